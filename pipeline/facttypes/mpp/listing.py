"""The lists of MPPs a story goes on telling after the sentence that gave their status (`LaunchReader`,
component.py): a unit of governments only that resumes the list ("Kabupaten Tabanan; Kota Pontianak.",
item lines "2. Kota Bima") takes the list's status and years; an item line after an MPP heading may tell its
government's own state ("1. Kota A - sudah beroperasi"). A mixin of `LaunchReader`: it reads the reader's
launch frame (`frame`: "enumeration", "group_status") and keeps its tables (`list_heads`, `unit_regions`,
`item_run`).
"""
from __future__ import annotations

from pipeline.facttypes.mpp.cues import EXAMPLE_HEAD, LIST_AHEAD, MPP_LIST_OPENER
from pipeline.facttypes.mpp.governments import (
    EXAMPLE_LEAD_CHARS, EXAMPLE_OPENER, GOVERNMENTS_BACK, designated_province, enumerated_governments, item_state_government, province_key,
)
from pipeline.facttypes.mpp.precedents import next_precedents
from pipeline.facttypes.mpp.status import Trigger
from pipeline.nlp.discourse.lists import ends_unit, enumerated_after, group_listed, resumed_list, resumed_province
from pipeline.nlp.discourse.units import Unit


class ListReading:
    """The list-reading part of `LaunchReader`."""

    def _resumed(self, k: int, unit: Unit) -> bool:
        """A unit of governments only that resumes the list told before ("Kabupaten Tabanan; Kota
        Pontianak.", "Selanjutnya, Kabupaten Jeneponto; dan Kota Makassar.", item lines "2. Kota Bima"):
        each listed government gets the list's status and years."""
        told = self.frame.get("enumeration", k)
        group = self.frame.get("group_status", k)
        if group and (told is None or self.frame.told_at("group_status") > self.frame.told_at("enumeration")):
            # the list's first items: its heading told the status (a new heading ends the list told before it:
            # "MPP yang sudah beroperasi:" items, then "MPP yang masih dibangun:" items)
            told = group
            self.list_heads.setdefault(id(told), self.frame.told_at("group_status"))
        if not told:
            return False
        spans = [m for m in self.discourse.mentions_in(unit) if m.is_province or m.code in self.gaz.regions]
        text = self.discourse.text
        adjacent = k - 1 in (self.frame.told_at("enumeration"), self.frame.told_at("group_status"))
        listed = resumed_list(text, spans, unit.start, unit.end) \
            or group_listed(text, spans, unit.start, unit.end, adjacent)
        if not listed and GOVERNMENTS_BACK.match(unit.text):  # "Kabupaten/kota tersebut meliputi A, B …"
            listed = enumerated_after(text, spans, unit.start, unit.end)
        if not listed and spans:  # "Di luar Jawa, misalnya Kota A dan B": more examples (final6)
            listed = enumerated_after(text, spans, unit.start, unit.end, EXAMPLE_LEAD_CHARS, EXAMPLE_OPENER)
        regions = [m.code if not m.is_province else province_key(m.code) for m in listed
                   if not m.is_province or designated_province(text, m)]  # "Kota A, DKI Jakarta, Kota B"
        if not listed:  # "1. Provinsi Sulawesi Tengah": the province's own MPP, an item of the list
            own = resumed_province(text, spans, unit.start, unit.end)
            regions = [province_key(own.code)] if own is not None else []
        if not regions:
            return False
        triggers, years = told
        # examples of the group ("Beberapa di antaranya adalah …"): recalled, dated by the group's sentence only
        examples = EXAMPLE_HEAD.search(self.discourse.text, unit.start, min(m.start for m in listed)) is not None \
            if listed else False
        self._add(regions, triggers, years, unit.text, k, own=not examples)
        head = self.list_heads.get(id(told))
        if head is not None:  # the heading tells of the listed governments (its year is not another MPP's)
            self.unit_regions.setdefault(head, set()).update(regions)
        self.frame.tell("enumeration", told, k)
        self.frame.close("group_status")
        return True

    def _listed_as_mpps(self, unit: Unit) -> list[str]:
        """The governments a unit lists as MPPs right after an opener at its head ("Di antaranya MPP Pemprov A,
        Kabupaten B, C, dan Kota D": the province's own office too), for a group told before it (its caller holds
        the group; final10). Empty when the unit names anything else first."""
        return enumerated_governments(self.discourse.text, self.discourse.mentions_in(unit), unit.start, unit.end,
                                      self.gaz.regions, MPP_LIST_OPENER)

    def _next_precedents(self, k: int, unit: Unit) -> bool:
        """A unit right after one telling its MPP's ordinal that names the earlier ones ("Sebelumnya, sudah ada
        fasilitas yang sama di Kabupaten A dan B"; precedents.py): they run, no year of the story's."""
        if k == 0 or not self.found[k - 1]:
            return False
        regions = next_precedents(self.discourse, self.units[k - 1], unit, self.gaz)
        if not regions:
            return False
        self._add(regions, [Trigger("operating", True, 0, state=True)], {}, unit.text, k, own=False)
        return True

    def _item_state(self, k: int, unit: Unit) -> bool:
        """An item line after an MPP heading or another such item that names a government and then its own
        state ("Status MPP di Sumbar:" then "1. Kota A - sudah beroperasi", "2. Kabupaten B - direncanakan 2025")."""
        # the first item after a heading about the MPP that opens a list ("…:"), not after a dateline ("KOTA A – …")
        if not (k > 0 and ((self.found[k - 1] and LIST_AHEAD.search(self.units[k - 1].text)) or self.item_run == k - 1)):
            return False
        code = item_state_government(self.discourse, unit, self.gaz)
        strong = [tr for tr in self._statuses(unit) if tr.strong] if code is not None else []
        if not strong:
            return False
        self._add([code], strong, self._years(k, unit.text, strong), unit.text, k)
        self.item_run = k
        return True

    def _list_ends_unit(self, unit: Unit, regions: list[str]) -> bool:
        """Whether the unit ends with the last of the listed governments (a note in brackets or its
        province after it): the list may go on in the next units."""
        spans = [m for m in self.discourse.mentions_in(unit) if m.code in regions or m.is_province]
        last = max((m.end for m in spans if not m.is_province), default=None)
        return last is not None and ends_unit(self.discourse.text, spans, last, unit.end)
