"""Frames: an event told over several units, and the scope of what was said about it.

News states an assessment, a launch or a complaint report once and goes on about it: "Hasil penilaian
kepatuhan 2024 … . Kabupaten A masuk zona hijau. Kota B …" — the year holds for both results;
"Empat pemerintah daerah lain berada pada zona kuning. Yakni …" — the zone holds for the list that
follows; "Kelimanya …" — the subjects listed before. A `Frame` keeps such values as named `Scope`s:
each holds from the unit that tells it for `reach` units (None: until closed), and whatever ends the
story (a sentence about something else, a negation, a new subject) closes it.

    frame = Frame("assessment", year=2, zone=1)
    frame.tell("year", 2024, unit=3)
    frame.get("year", unit=5)   # 2024
    frame.get("year", unit=6)   # None: out of reach
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Scope:
    """One value told at a unit that holds over the next `reach` units (None: until closed)."""

    reach: int | None = None
    value: object = None
    unit: int | None = None

    def tell(self, value, unit: int) -> None:
        """Tell the value at `unit`; telling None closes the scope."""
        self.value, self.unit = value, unit

    def at(self, unit: int):
        """The value where it still holds at `unit`, else None."""
        if self.value is None or self.unit is None:
            return None
        if self.reach is not None and unit - self.unit > self.reach:
            return None
        return self.value

    def close(self) -> None:
        self.value = None


class Frame:
    """A named event (`kind`) and its scopes, one per slot: `Frame("launch", status=3, year=1)`."""

    def __init__(self, kind: str, **reaches: int | None):
        self.kind = kind
        self.scopes = {slot: Scope(reach) for slot, reach in reaches.items()}

    def tell(self, slot: str, value, unit: int) -> None:
        self.scopes[slot].tell(value, unit)

    def get(self, slot: str, unit: int):
        """The slot's value at `unit`, or None where nothing holds."""
        scope = self.scopes[slot]  # Scope.at, inlined: frames are asked on every unit
        if scope.value is None or (scope.reach is not None and unit - scope.unit > scope.reach):
            return None
        return scope.value

    def told_at(self, slot: str) -> int | None:
        """The unit where the slot's value was told (None: never, or closed)."""
        scope = self.scopes[slot]
        return scope.unit if scope.value is not None else None

    def close(self, *slots: str) -> None:
        """Close the given slots (all of them when none is given)."""
        for slot in slots or tuple(self.scopes):
            self.scopes[slot].close()

    def open_at(self, unit: int, *slots: str) -> bool:
        """Whether any of the given slots (any slot when none is given) holds at `unit`."""
        scopes = self.scopes
        for s in slots or tuple(scopes):  # (`get` inlined: asked of several slots on every unit)
            scope = scopes[s]
            if scope.value is not None and (scope.reach is None or unit - scope.unit <= scope.reach):
                return True
        return False

    def __repr__(self) -> str:
        held = {s: (sc.value, sc.unit) for s, sc in self.scopes.items() if sc.value is not None}
        return f"Frame({self.kind!r}, {held})"
