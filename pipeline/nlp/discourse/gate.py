"""Unit gates: which units of a doc a fact type's reader has to read.

A reader reads a doc unit by unit, and a frame (frames.py) carries what one unit told to the units
after it. Most of a reader's work on a unit is spent on units that hold none of its facts. A
`UnitGate` names, as data, what a unit must hold to give a fact of its own: trigger words (lower
case, found anywhere in the unit's lower-cased text) and a pattern (a digit); each unit is tested
once. Scope is the frame's: a unit without triggers is still read while one of the frame's slots
that can lend it a fact is open (a list's zone, a group's status), so a unit that continues a list
or a frame is never skipped.

    gate = UnitGate(("zona ", "kategori "), re.compile(r"\\d"))
    last = gate.last(units)                        # the last unit that can give a fact of its own
    for k, unit in enumerate(units):
        if gate.done(k, last, frame, "group_zone"):
            break                                  # no unit from here on can give a fact

The gate's words must be the words the reader's own per-unit tests ask for (a test per fact type
checks that they are the same objects), so a trigger added to a rule without its gate fails a test
instead of going silent.
"""
from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

from pipeline.nlp.discourse.frames import Frame


@dataclass(frozen=True)
class UnitGate:
    """What a unit must hold to give a fact of its own: one of `words` (lower case, a substring of
    the unit's lower-cased text) or a match of `pattern` in its text."""

    words: tuple[str, ...]
    pattern: re.Pattern | None = None

    def holds(self, text: str) -> bool:
        """Whether a unit's text holds a trigger."""
        if self.pattern is not None and self.pattern.search(text):
            return True
        return any(map(text.lower().__contains__, self.words))

    def flags(self, units: Iterable) -> list[bool]:
        """For each unit, whether it holds a trigger."""
        return [self.holds(u.text) for u in units]

    def last(self, units: Sequence, forced: Container[int] = ()) -> int:
        """The index (in `units`) of the last unit that holds a trigger or whose `index` is in `forced`
        (units the reader gives facts by other means, such as a table's rows); -1 when none does."""
        for k in range(len(units) - 1, -1, -1):
            if units[k].index in forced or self.holds(units[k].text):
                return k
        return -1

    @staticmethod
    def done(k: int, last: int, frame: Frame, *carrying: str) -> bool:
        """Whether unit `k` and every unit after it can be skipped: it comes after the `last` unit with
        a trigger, and none of the frame's `carrying` slots (those that lend a unit without triggers a
        fact) holds at `k`. A slot out of reach or closed at `k` is so for every later unit, since
        units without triggers tell no carrying slot."""
        return k > last and not frame.open_at(k, *carrying) if carrying else k > last
