"""The status a unit naming an MPP tells, and of which governments (`LaunchReader`, component.py): the
governments written with the MPP ("MPP Kota A diresmikan"), else the one named nearest before each status
word, else the article's main region; the precedents ("… yang ketiga, setelah A dan B") and the other
governments ("Selain Kabupaten A, MPP juga diresmikan di Kota B") the unit tells of; what it tells the
launch frame for the units after it (the MPP it named, a counted group's status for a list to come). A
mixin of `LaunchReader`: it reads the reader's `frame`, `discourse`, `gaz`, `main` and adds its drafts
(`_add`).
"""
from __future__ import annotations

from pipeline.facttypes.mpp.cues import (
    ALSO, DEMONSTRATIVE_AFTER, DENIED, GENERIC_SUBJECT, LIST_AHEAD, MPP_ITEM, NATIONWIDE, RECAP_CLAUSE,
)
from pipeline.facttypes.mpp.governments import (
    enumerated_governments, governments_near, listed_after, placed_at, province_before, province_key,
    province_subject, set_apart_before, Written, written_with,
)
from pipeline.facttypes.mpp.names import GROUP_BACK_REFERENCE, mpp_mentions
from pipeline.facttypes.mpp.precedents import besides, precedents, precedents_at
from pipeline.facttypes.mpp.status import Trigger
from pipeline.nlp.discourse.lists import COUNTED_GROUP, GROUP_NOUN
from pipeline.nlp.discourse.units import Unit


class UnitStatusReading:
    """The per-unit status reading of `LaunchReader`."""

    def _mpp_unit(self, k: int, unit: Unit, mentions, triggers: list[Trigger], years: dict) -> None:
        """A unit naming an MPP: the facts of the governments it tells of, and what it tells the launch frame
        for the units after it. A unit without a status word may take a group's told before it."""
        before = self._told_beside(k, unit, triggers, years)
        written = written_with(self.discourse, unit, mentions, self.gaz, lambda gap: bool(mpp_mentions(gap, True)))
        regions = self._named(k, unit, mentions, triggers, written)
        if regions is None:
            return
        if triggers and written.counted:
            self.frame.tell("counted", (triggers, years), k)
        if not triggers:
            group = self._group_told(k, unit, mentions, written, regions)
            if group is None:
                return
            triggers, years, regions = group
        if not regions:
            regions = self._group_members(k, unit, triggers, years, written, regions)
            if regions is None:
                return
        if written.counted:  # "13 MPP diresmikan, termasuk MPP Kabupaten A": the list may follow
            self.frame.tell("group_status", (triggers, years), k)
        else:
            self.frame.close("group_status")
        if regions:
            triggers = self._placed_elsewhere(k, unit, triggers, regions, years)
        if regions and triggers:
            self._add(regions, triggers, years, unit.text, k)
            if (written.counted or len(regions) > 1) and self._list_ends_unit(unit, regions):
                self.frame.tell("enumeration", (triggers, years), k)
            return
        self._nearest_governments(k, unit, triggers, years, before)

    def _told_beside(self, k: int, unit: Unit, triggers: list[Trigger], years: dict) -> list[str]:
        """The facts of the governments a unit naming an MPP tells of besides its own: those of its opening
        clause ("Selain Kabupaten A, MPP juga diresmikan di Kota B"), the precedents of its MPP ("… yang
        ketiga, setelah A dan B": returned, no year of the story's) and the MPPs it sets apart ("… MPP selain
        A, B dan C")."""
        ut = unit.text
        self._besides(k, unit, triggers, years)
        before, told = precedents(self.discourse, unit, self.gaz, triggers)  # "… yang ketiga, setelah A dan B"
        if before:
            self._add(before, told, {}, ut, k, own=False)
        strong = [tr for tr in triggers if tr.strong]
        others = besides(self.discourse, unit, self.gaz) if strong else []  # "… MPP selain A, B dan C"
        if others:
            self._add([province_key(o.code) if o.is_province else o.code for o in others], strong, years, ut, k)
        return before

    def _named(self, k: int, unit: Unit, mentions, triggers: list[Trigger], written: Written) -> list[str] | None:
        """The governments written with the unit's MPP, or those of the MPP named in the unit before that it
        refers back to ("MPP ini diresmikan setahun lalu"); the frame is told which MPP the unit named (a
        province's own, the governments near, else the article's main region). None where the MPP referred
        back to has no government (a province's own): no fact."""
        ut = unit.text
        regions, grouped, provincial = written.regions, written.grouped, written.provincial
        # "MPP ini diresmikan setahun lalu": the MPP named in the unit before (a province's own: no fact)
        prev = self.frame.get("named", k) if self.frame.told_at("named") == k - 1 else None
        this = prev is not None and not regions and not grouped and not provincial \
            and any(DEMONSTRATIVE_AFTER.match(ut, b) for _, b in mentions) \
            and not governments_near(self.discourse, unit, self.gaz, unit.end)
        if this:
            if not prev:
                return None
            regions = list(prev)
        elif provincial:
            self.frame.tell("named", [provincial], k)
        elif not grouped:
            at = min(tr.pos for tr in triggers) + unit.start if triggers and not regions else unit.end
            named = regions or governments_near(self.discourse, unit, self.gaz, at)
            if not named and at < unit.end and province_before(self.discourse, unit, at):
                # "Provinsi Sulsel juga memiliki MPP sendiri …": the province's own; "Di Sulsel, MPP …": none
                own = province_subject(self.discourse, unit, at)
                self.frame.tell("named", [own] if own else [], k)
            else:
                self.frame.tell("named", named or ([self.main] if self.main else None), k)
        return regions

    def _group_told(self, k: int, unit: Unit, mentions, written: Written,
                    regions: list[str]) -> tuple[list[Trigger], dict, list[str]] | None:
        """A unit naming an MPP without a status word: the status and years of the group told before it that
        the unit lists ("Adapun 16 MPP tersebut ialah …") or goes on listing ("2. MPP Kabupaten Wonosobo"),
        with the governments to give them (triggers, years, regions). None where the unit is read here: a
        heading of the items to come, a counted group's members, an MPP told without a status."""
        ut = unit.text
        provincial = written.provincial
        triggers: list[Trigger] = []
        years: dict = {}
        denied = DENIED.search(ut) is not None  # "Sedangkan tiga daerah belum membentuk MPP, yakni …"
        if denied:  # no MPP of theirs to refer back to ("Ke-11 daerah yang telah membentuk MPP ini …")
            self.frame.tell("named", [], k)
        group = None if denied else self.frame.get("group_status", k)
        back = None if denied else GROUP_BACK_REFERENCE.search(ut)
        if back:  # "Adapun 16 MPP tersebut ialah …", "Kelima MPP itu berada di Kota A, Kabupaten B …"
            group = group or self.frame.get("counted", k)
            if group and not regions:
                regions = listed_after(self.discourse, unit, self.gaz, unit.start + back.end())
        if group and not regions and not back:  # "Di antaranya MPP Pemprov A, Kabupaten B, C dan Kota D"
            regions = self._listed_as_mpps(unit)
        item = bool(regions or provincial) and not denied and MPP_ITEM.match(ut) is not None
        if item:  # "2. MPP Kabupaten Wonosobo", "MPP Provinsi Maluku Utara": the list's next item
            group = group or self.frame.get("enumeration", k)
            regions = regions or [provincial]
        if regions and group:
            triggers, years = group
            if item:
                self.frame.tell("enumeration", group, k)
        elif group and LIST_AHEAD.search(ut):  # "Kelima MPP tersebut adalah:" and item lines
            self.frame.tell("group_status", group, k)
            return None
        self.frame.close("group_status")
        if not triggers and regions and written.counted and not denied and not back:
            # "dibandingkan empat MPP tetangga, yaitu Kota A, B, C dan D": a counted group's listed members
            # exist (final7), with no year; not a group named again ("Adapun 9 MPP tersebut …": its status
            # was told, or it is out of reach)
            self._add(regions, [Trigger("operating", True, 0, state=True)], {}, ut, k, own=False)
            return None
        if not triggers:
            self._no_status(k, ut, mentions, regions or ([provincial] if provincial else []), written.grouped)
            return None
        return triggers, years, regions

    def _group_members(self, k: int, unit: Unit, triggers: list[Trigger], years: dict, written: Written,
                       regions: list[str]) -> list[str] | None:
        """The governments of a status told with no government written with the MPP: a province's own MPP
        ("MPP Sulawesi Tengah diresmikan …"), the members a counted group lists ("dua MPP diresmikan, yaitu
        …"), else none (the governments near each status word read them). None where the list is still to
        come ("MPP yang diresmikan meliputi:"): the frame holds the status for it."""
        if written.provincial:  # a province's own MPP ("MPP Sulawesi Tengah diresmikan …")
            regions = [written.provincial]
        elif LIST_AHEAD.search(unit.text):  # "MPP yang diresmikan meliputi:": the items are the next units
            self.frame.tell("group_status", (triggers, years), k)
            return None
        first_trigger = min(tr.pos for tr in triggers) + unit.start
        if written.grouped:  # "dua MPP diresmikan, yaitu …" lists them, else a list may follow
            regions = enumerated_governments(self.discourse.text, self.discourse.mentions_in(unit), first_trigger,
                                             unit.end, self.gaz.regions)
            if not regions:
                self.frame.tell("group_status", (triggers, years), k)
                return None
        return regions

    def _nearest_governments(self, k: int, unit: Unit, triggers: list[Trigger], years: dict,
                             before: list[str]) -> None:
        """The facts of a unit that writes no government with its MPP: each status word's government
        (`_governments_of`); with none, a counted group's status holds for a list to come."""
        governments = self._governments_of(k, unit, triggers, precedents_at(self.discourse, unit, before))
        for near, told in governments.items():
            self._add(list(near), told, years, unit.text, k)
        strong = [tr for tr in triggers if tr.strong]
        if not governments and strong and COUNTED_GROUP.search(unit.text):
            # "… agar MPP di tujuh kabupaten/kota itu segera dibangun. Kabupaten/kota tersebut meliputi …"
            self.frame.tell("group_status", (strong, years), k)

    def _placed_elsewhere(self, k: int, unit: Unit, triggers: list[Trigger], regions: list[str],
                          years: dict) -> list[Trigger]:
        """The triggers left to the regions written with the unit's MPP once the plans placed in
        another region right after their word ("… mempelajari penerapan MPP Batam, … maka segera
        dibangun di Pariaman pada 2019") have gone to that region."""
        rest = []
        for tr in triggers:
            # a plan or building word, not an event's (an MPP may be inaugurated in another city)
            built = tr.strong and tr.status == "planned" and not tr.event
            there = placed_at(self.discourse, unit, self.gaz, unit.start + tr.pos) if built else None
            if there is not None and there not in regions:
                self._add([there], [tr], years, unit.text, k)
            else:
                rest.append(tr)
        return rest

    def _besides(self, k: int, unit: Unit, triggers: list[Trigger], years: dict) -> None:
        """"Selain Kabupaten A, MPP juga diresmikan di Kota B": the governments of the opening clause
        share the status its "juga" tells after it, with the one placed right after that status's word."""
        recap = RECAP_CLAUSE.match(unit.text)
        if recap is None or not ALSO.search(unit.text, recap.end()):
            return
        # an event's word ("juga diresmikan", "juga sudah beroperasi"), not having one ("Selain A, B juga
        # sudah memiliki MPP" tells of B)
        told = [tr for tr in triggers if tr.strong and tr.event and tr.pos >= recap.end()]
        govs = [m for m in self.discourse.mentions_in(unit) if not m.is_province and m.code in self.gaz.regions]
        named = [m.code for m in govs if m.start < unit.start + recap.end()]
        # the MPP the subject after the clause ("Selain A, MPP juga …"), not another government ("Selain A,
        # Kabupaten B juga …" tells of B)
        told = [tr for tr in told if not any(unit.start + recap.end() <= m.start < unit.start + tr.pos for m in govs)]
        if told and named:
            self._add(named, told, years, unit.text, k)
            for tr in told:  # "…, MPP juga sudah beroperasi di Kabupaten B"
                there = placed_at(self.discourse, unit, self.gaz, unit.start + tr.pos)
                if there is not None:
                    self._add([there], [tr], years, unit.text, k)

    def _governments_of(self, k: int, unit: Unit, triggers: list[Trigger],
                        precedent: tuple[set[str], int] = (set(), 0)) -> dict[tuple[str, ...], list[Trigger]]:
        """The governments of each status word in a unit that writes none with its MPP: the one the
        unit names nearest before it ("Tolitoli menjadi daerah ketiga yang memiliki MPP, setelah Kota
        Palu dan Kabupaten Parimo yang lebih dulu mengoperasikan MPP": two facts), else the main
        region's where the unit may tell of it. The precedents the unit names after a status word
        ("MPP ini diresmikan 2018, MPP keempat setelah Kota A dan B") are not its MPP's governments."""
        out: dict[tuple[str, ...], list[Trigger]] = {}
        for tr in triggers:
            pos = tr.pos + unit.start
            ahead = precedent[0] if pos < precedent[1] else set()
            near = (tuple(set_apart_before(self.discourse, unit, self.gaz, pos)) if tr.state else ()) \
                or tuple(c for c in governments_near(self.discourse, unit, self.gaz, pos) if c not in ahead)
            if not near and tr.strong:
                own = province_subject(self.discourse, unit, pos)  # "Pemprov Sulteng resmi memiliki MPP"
                near = (own,) if own else ()
            if not near and tr.strong and self.main not in ahead and self._main_subject(unit, pos):
                near = (self.main,)
                self.guessed.add(k)
            if near:
                out.setdefault(near, []).append(tr)
        return out

    def _main_subject(self, unit: Unit, trigger: int) -> bool:
        """Whether a unit naming no region tells of the article's main region: not when it speaks of
        governments in general or of a group ("kabupaten/kota lain", "sejumlah daerah", "selebihnya")
        or names a province before its status word ("Di Sulsel, MPP telah diresmikan …")."""
        if self.main is None:
            return False
        ut = unit.text
        if GENERIC_SUBJECT.search(ut) or GROUP_NOUN.search(ut) or NATIONWIDE.search(ut):
            return False  # (NATIONWIDE: "… 100% MPP sudah dibangun di Indonesia", the nation's MPPs: final10)
        recap = RECAP_CLAUSE.match(ut)
        if recap and trigger - unit.start < recap.end():  # "Selain menargetkan pembentukan MPP, Gubernur …"
            return False
        return not province_before(self.discourse, unit, trigger)
