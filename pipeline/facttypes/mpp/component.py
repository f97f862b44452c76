"""Mal Pelayanan Publik facts of regional governments: `doc._.mpp`.

One `MppFact(region_code, status, year, location, evidence)` per government and status: `planned`,
`launched` (inaugurated, launched, soft-launched) or `operating`.

- **mentions**: "Mal/Mall Pelayanan Publik", "mal pelayanan", "MPP" (the acronym only in an article
  that speaks of public services); a shopping mall is no MPP, an MPP housed in one still is;
- **status** (status.py) from word stems; **region** (governments.py); **year and location**
  (place.py, yearbook.py); MPPs running without a status word (serving.py);
- **the launch frame** across units (`LaunchFrame`): a counted group's status ("tiga MPP akan
  diresmikan") goes to the list in the next unit naming MPPs ("Ketiganya adalah MPP Kota Bengkulu,
  …"); a sentence about the MPP just named without naming it ("Gedung dua lantai itu ditargetkan …",
  up to `ANAPHOR_REACH` units later) tells of that MPP; an event noun referring back ("Dengan
  peresmian ini, …") gives no fact; a unit whose contrast ("…, sedangkan MPP Kabupaten B …")
  separates two statuses is read clause by clause;
- a fact without a year takes the year a neighbouring unit gives the same event (not one it tells of
  another government's MPP, unless "pada hari yang sama"); the next unit may say where; one fact per
  government and status; a weak plan of an MPP that is launched or operating is history; an MPP
  named only as the place one goes to ("… di MPP Kota X") is operating.
"""
from __future__ import annotations

import re
from datetime import datetime
from functools import cached_property, lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facttypes.mpp import MppFact
from pipeline.facttypes.mpp.cues import (
    ALSO, EXAMPLE_HEAD, BARE_STATUS_END, BUILDING_ANAPHOR, COLLECTIVE_START, DEMONSTRATIVE_AFTER, DENIED, EVENT_NOUN_GATE,
    GENERIC_SUBJECT, ITEM_NAMED, LIST_AHEAD, MPP_CONTRAST, MPP_ITEM, OTHER_MPP_CONTEXT, RECAP_CLAUSE, SERVICE_CONTEXT,
    STORY_YEAR_STATUSES, elided_subject,
)
from pipeline.facttypes.mpp.drafts import ANAPHOR_REACH, Draft, LaunchFrame, history, merge
from pipeline.facttypes.mpp.names import (
    ACRONYM, GROUP_BACK_REFERENCE, MENTION_ACRONYM, MENTION_LONG, local_names, mpp_mentions,
)
from pipeline.facttypes.mpp.governments import (
    EXAMPLE_LEAD_CHARS, EXAMPLE_OPENER, GOVERNMENTS_BACK, designated_province, enumerated_governments, governments_near,
    item_clause_cuts, item_state_government, listed_after, main_region, placed_at, province_before, province_key,
    province_of_key, province_subject, set_apart_before, written_with,
)
from pipeline.facttypes.mpp.dating import heading_years, news_year
from pipeline.nlp.discourse.years import reported_day
from pipeline.facttypes.mpp.precedents import besides, precedents, precedents_at
from pipeline.facttypes.mpp.place import location
from pipeline.facttypes.mpp.status import Trigger, other_event, statuses
from pipeline.facttypes.mpp.serving import ServingReading
from pipeline.facttypes.mpp.yearbook import YearReading
from pipeline.gazetteer import get_gazetteer
from pipeline.nlp.discourse import Discourse, discourse_of
from pipeline.nlp.discourse.lists import (
    COUNTED_GROUP, GROUP_NOUN, ends_unit, enumerated_after, group_listed, resumed_list, resumed_province,
)
from pipeline.nlp.discourse.itemlines import item_lines
from pipeline.nlp.discourse.units import Unit, split_unit
from pipeline.nlp.discourse.years import year_limit

if not Doc.has_extension("mpp"):
    Doc.set_extension("mpp", default=None)


@lru_cache(maxsize=None)
def _lower(rx: re.Pattern) -> re.Pattern:
    """A case-insensitive pattern (of lower-case words) for lower-cased text."""
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


class LaunchReader(YearReading, ServingReading):
    """Reads one doc's MPP facts unit by unit (see the module doc; the years: yearbook.py)."""

    def __init__(self, doc: Doc, discourse: Discourse, acronym_ok: bool, anaphor_reach: int = ANAPHOR_REACH):
        self.discourse = discourse
        self.acronym_ok = acronym_ok
        self.gaz = get_gazetteer()
        self.published = doc._.published
        # the story's day: its publication, else the first day it reports ("Selasa (28/05/2019)"): which
        # years and months are ahead of the story (a launch "bulan Juli" said in May is a plan)
        self.today = self.published if isinstance(self.published, datetime) else reported_day(discourse.text)
        self.limit = year_limit(self.today)
        self.local = local_names(discourse.text)  # "… atau MaPeS"
        self.contrasted: set[int] = set()  # clauses after a contrast that split their unit ("…, sementara …")
        # the item lines of a list told after its heading ("… yang sudah mengoperasikan MPP yaitu:" then
        # "Provinsi Bengkulu;", "Kota Bengkulu;"), short lines the discourse layer marks headings, are read
        self.units, self.found = self._clauses(item_lines(discourse.text, discourse.units, discourse.content,
                                                          discourse.mentions_in, ITEM_NAMED))
        self.frame = LaunchFrame(anaphor_reach)
        self.drafts: list[Draft] = []
        self.unit_years: dict[int, dict[str, int]] = {}  # unit -> status -> year told there (strong triggers)
        self.unit_status: dict[int, set[str]] = {}  # unit -> statuses told there
        self.unit_regions: dict[int, set[str]] = {}  # unit -> regions given facts there
        self.guessed: set[int] = set()  # units whose facts went to the article's region (none named)
        self.places: dict[str, str] = {}  # region -> where an MPP sentence without a status puts it
        self.passing: dict[str, tuple[str, int]] = {}  # region -> (evidence, unit) of an MPP named as a place
        self.serving: set[str] = set()  # regions whose MPP is named as where service is given
        self.served: list[Draft] = []  # the operating drafts of those, besides their launch
        self.item_run = -1  # the last item line read with a state of its own ("1. Kota A - sudah beroperasi")
        self.list_heads: dict[int, int | None] = {}  # id of a group's (triggers, years) -> the unit that told it

    @cached_property
    def main(self) -> str | None:
        """The article's main region (governments.main_region: every unit's mentions read), on first use:
        a story whose units all name their government never asks."""
        return main_region(self.discourse)

    @cached_property
    def heading_years(self) -> list[tuple[str, int, set[str]]]:
        """The years headlines and captions give (dating.heading_years), on first use: only a fact without a
        year of its own asks (`_story_year`)."""
        return heading_years(self.discourse, self.gaz, self.acronym_ok, self.local, self.limit, self.today)

    def _clauses(self, units: list[Unit]) -> tuple[list[Unit], list]:
        """Units split at a contrast ("Kota A sudah mengoperasikan MPP sejak 2020, sedangkan MPP
        Kabupaten B, yang diresmikan pada 2021, …") when each side tells a status of its own; and
        the MPP mentions of each unit."""
        out, found = [], []
        low = self.discourse.lower
        for u in units:
            seg = low[u.start:u.end]  # no MPP is named without one of these
            mentions = mpp_mentions(u.text, self.acronym_ok, self.local) \
                if "pelayan" in seg or "mpp" in seg or self.local is not None else []
            cuts = [m.start() for m in MPP_CONTRAST.finditer(u.text)] if mentions else []
            items = not cuts and bool(mentions) and bool(cuts := item_clause_cuts(self.discourse, u, self.gaz))
            parts = split_unit(self.discourse.doc, u, cuts) if cuts else []
            told = [bool(self._statuses(p)) for p in parts]
            if items and not all(told):  # "Kota A sudah beroperasi, Kota B dalam pembangunan, …": each item its own
                parts = []
            # each side tells a status of its own or denies one ("…, sedangkan Kabupaten B belum membangunnya")
            if len(parts) > 1 and any(told) and all(t or DENIED.search(p.text) for t, p in zip(told, parts)):
                # the first side too where its status word ends it, the MPP of the other side elided ("Kalau
                # Kabupaten A sedang membangun, sedangkan …")
                first = len(out) if BARE_STATUS_END.search(parts[0].text) and told[0] else len(out) + 1
                self.contrasted.update(range(first, len(out) + len(parts)))
                out.extend(parts)
                found.extend(mpp_mentions(p.text, self.acronym_ok, self.local) for p in parts)
            else:
                out.append(u)
                found.append(mentions)
        return out, found

    def _statuses(self, unit: Unit) -> list[Trigger]:
        return statuses(unit.text, *self.discourse.words(unit))

    def read(self) -> list[MppFact]:
        for k, unit in enumerate(self.units):
            mentions = self.found[k]
            if not mentions and (self._resumed(k, unit) or self._item_state(k, unit)):
                continue
            named = self.frame.get("named", k)
            anaphor = not mentions and named is not None and bool(BUILDING_ANAPHOR.match(unit.text))
            near = bool(mentions) or anaphor or (k > 0 and self.found[k - 1]) \
                or (k + 1 < len(self.units) and self.found[k + 1]) or k in self.contrasted
            low = self.discourse.lower[unit.start:unit.end]  # (cut once, not once per gate word)
            events = any(w in low for w in EVENT_NOUN_GATE)
            if events and not mentions and other_event(self.discourse.words(unit)[0]):
                self.frame.close("named")  # "… menghadiri peresmian jembatan": another event's story
                named = anaphor = None
            if not near:
                self.frame.close("group_status")
                if events:
                    self._event_noun(k, unit, self._statuses(unit))
                continue
            triggers = self._statuses(unit)
            years = self._years(k, unit.text, triggers)
            if not triggers:
                self._event_told_before(k, unit.text)
            if mentions:
                self._mpp_unit(k, unit, mentions, triggers, years)
            elif anaphor and any(tr.strong for tr in triggers):
                # "Gedung dua lantai itu ditargetkan rampung pada 2025."
                self._add(named, [tr for tr in triggers if tr.strong], years, unit.text, k)
            elif named and k > 0 and self.found[k - 1] and elided_subject(unit.text, triggers):
                # "MPP ini jadi yang pertama di Banten. Diresmikan pada hari ini, Senin (31/8/2020)."
                self._add(named, [tr for tr in triggers if tr.strong], years, unit.text, k)
            elif k in self.contrasted and any(tr.strong for tr in triggers):
                # "Kota A sudah memiliki MPP, sementara Kabupaten B baru akan membangunnya": B's own status
                strong = [tr for tr in triggers if tr.strong]
                named = governments_near(self.discourse, unit, self.gaz, unit.start + strong[0].pos)
                if named:
                    self._add(named, strong, years, unit.text, k)
            elif COLLECTIVE_START.match(unit.text) and self.frame.get("listed", k) and any(tr.strong for tr in triggers):
                # "… yaitu Kabupaten Belu dan Ngada. Keduanya akan segera diresmikan."
                self._add(self.frame.get("listed", k), [tr for tr in triggers if tr.strong], years, unit.text, k)
            else:
                self._event_noun(k, unit, triggers)
        self._passing()
        return self._finish()

    def _event_noun(self, k: int, unit: Unit, triggers: list[Trigger]) -> None:
        """A unit not naming the MPP whose launch word is an event noun standing alone ("Jelang
        peresmian yang direncanakan pada 28 Mei 2022, …", "Pemkot Tarakan juga akan melakukan grand
        opening yang belum ditentukan jadwalnya"): the event of a government the story gave an MPP
        fact, named in the unit, else of the MPP named within `ANAPHOR_REACH` units."""
        told = [tr for tr in triggers if tr.noun]
        if not told:
            return
        story = {d.region for d in self.drafts}
        regions = [c for c in governments_near(self.discourse, unit, self.gaz, unit.start + told[0].pos) if c in story]
        regions = regions or self.frame.get("named", k)
        if regions:
            self._add(regions, told, self._years(k, unit.text, told), unit.text, k)

    def _mpp_unit(self, k: int, unit: Unit, mentions, triggers: list[Trigger], years: dict) -> None:
        ut = unit.text
        self._besides(k, unit, triggers, years)
        before, told = precedents(self.discourse, unit, self.gaz, triggers)  # "… yang ketiga, setelah A dan B"
        if before:
            self._add(before, told, {}, ut, k, own=False)
        strong = [tr for tr in triggers if tr.strong]
        others = besides(self.discourse, unit, self.gaz) if strong else []  # "… MPP selain A, B dan C"
        if others:
            self._add([province_key(o.code) if o.is_province else o.code for o in others], strong, years, ut, k)
        written = written_with(self.discourse, unit, mentions, self.gaz, lambda gap: bool(mpp_mentions(gap, True)))
        regions, grouped, provincial = written.regions, written.grouped, written.provincial
        # "MPP ini diresmikan setahun lalu": the MPP named in the unit before (a province's own: no fact)
        prev = self.frame.get("named", k) if self.frame.told_at("named") == k - 1 else None
        this = prev is not None and not regions and not grouped and not provincial \
            and any(DEMONSTRATIVE_AFTER.match(ut, b) for _, b in mentions) \
            and not governments_near(self.discourse, unit, self.gaz, unit.end)
        if this:
            if not prev:
                return
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
        if triggers and written.counted:
            self.frame.tell("counted", (triggers, years), k)
        if not triggers:
            denied = DENIED.search(ut) is not None  # "Sedangkan tiga daerah belum membentuk MPP, yakni …"
            if denied:  # no MPP of theirs to refer back to ("Ke-11 daerah yang telah membentuk MPP ini …")
                self.frame.tell("named", [], k)
            group = None if denied else self.frame.get("group_status", k)
            back = None if denied else GROUP_BACK_REFERENCE.search(ut)
            if back:  # "Adapun 16 MPP tersebut ialah …", "Kelima MPP itu berada di Kota A, Kabupaten B …"
                group = group or self.frame.get("counted", k)
                if group and not regions:
                    regions = listed_after(self.discourse, unit, self.gaz, unit.start + back.end())
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
                return
            self.frame.close("group_status")
            if not triggers and regions and written.counted and not denied and not back:
                # "dibandingkan empat MPP tetangga, yaitu Kota A, B, C dan D": a counted group's listed members
                # exist (final7), with no year; not a group named again ("Adapun 9 MPP tersebut …": its status
                # was told, or it is out of reach)
                self._add(regions, [Trigger("operating", True, 0, state=True)], {}, ut, k, own=False)
                return
            if not triggers:
                self._no_status(k, ut, mentions, regions or ([provincial] if provincial else []), grouped)
                return
        if not regions:
            if provincial:  # a province's own MPP ("MPP Sulawesi Tengah diresmikan …")
                regions = [provincial]
            elif LIST_AHEAD.search(ut):  # "MPP yang diresmikan meliputi:": the items are the next units
                self.frame.tell("group_status", (triggers, years), k)
                return
            first_trigger = min(tr.pos for tr in triggers) + unit.start
            if grouped:  # "dua MPP diresmikan, yaitu …" lists them, else a list may follow
                regions = enumerated_governments(self.discourse.text, self.discourse.mentions_in(unit), first_trigger,
                                                 unit.end, self.gaz.regions)
                if not regions:
                    self.frame.tell("group_status", (triggers, years), k)
                    return
        if written.counted:  # "13 MPP diresmikan, termasuk MPP Kabupaten A": the list may follow
            self.frame.tell("group_status", (triggers, years), k)
        else:
            self.frame.close("group_status")
        if regions:
            triggers = self._placed_elsewhere(k, unit, triggers, regions, years)
        if regions and triggers:
            self._add(regions, triggers, years, ut, k)
            if (written.counted or len(regions) > 1) and self._list_ends_unit(unit, regions):
                self.frame.tell("enumeration", (triggers, years), k)
            return
        governments = self._governments_of(k, unit, triggers, precedents_at(self.discourse, unit, before))
        for near, told in governments.items():
            self._add(list(near), told, years, ut, k)
        strong = [tr for tr in triggers if tr.strong]
        if not governments and strong and COUNTED_GROUP.search(ut):
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

    def _list_ends_unit(self, unit: Unit, regions: list[str]) -> bool:
        """Whether the unit ends with the last of the listed governments (a note in brackets or its
        province after it): the list may go on in the next units."""
        spans = [m for m in self.discourse.mentions_in(unit) if m.code in regions or m.is_province]
        last = max((m.end for m in spans if not m.is_province), default=None)
        return last is not None and ends_unit(self.discourse.text, spans, last, unit.end)

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
        if GENERIC_SUBJECT.search(ut) or GROUP_NOUN.search(ut):
            return False
        recap = RECAP_CLAUSE.match(ut)
        if recap and trigger - unit.start < recap.end():  # "Selain menargetkan pembentukan MPP, Gubernur …"
            return False
        return not province_before(self.discourse, unit, trigger)

    def _add(self, regions: list[str], triggers: list[Trigger], years: dict[str, int], ut: str, k: int,
             own: bool = True) -> None:
        by_status: dict[str, Trigger] = {}
        for tr in triggers:
            cur = by_status.get(tr.status)
            if cur is None or (tr.strong and not cur.strong):
                by_status[tr.status] = tr
        loc = location(ut) if len(regions) == 1 else None  # a list's places are its governments
        for code in regions:
            for status, tr in by_status.items():
                # a launch told as a state ("telah terbentuk enam MPP, yaitu …"): past MPPs, no year of the story's
                past = tr.state and status == "launched"
                self.drafts.append(Draft(code, status, tr.strong, years.get(status), loc, ut.strip(), k, own and not past))
        self.unit_regions.setdefault(k, set()).update(regions)
        if len(regions) > 1:
            self.frame.tell("listed", list(regions), k)

    def _finish(self) -> list[MppFact]:
        for d in self.drafts:
            if not d.own:  # a precedent: the story's years are its own MPP's
                continue
            self._borrow(d)
            if d.year is None and d.status in STORY_YEAR_STATUSES:
                d.year = self._story_year(d.region, d.status)
            if d.year is None and d.status == "launched" and d.strong and d.own:
                d.year = news_year(self.published, self.units[d.unit].text,
                                   self.discourse.text)  # the day's news
        self._served_year()
        merged = merge(self.drafts)
        # one MPP per government: a location told with any of its facts holds for all of them
        for m in merged.values():
            m.location = m.location or self.places.get(m.region) or next(
                (o.location for o in merged.values() if o.region == m.region and o.location), None)
        facts = sorted((d for d in merged.values() if d.strong or not history(d, merged)), key=lambda d: d.unit)
        return [self._fact(d) for d in facts]

    def _fact(self, d: Draft) -> MppFact:
        province = province_of_key(d.region)
        if province is not None:  # a province's own MPP
            return MppFact(region_code=None, status=d.status, year=d.year, location=d.location,
                           evidence=d.evidence, province_code=province)
        return MppFact(region_code=d.region, status=d.status, year=d.year, location=d.location,
                       evidence=d.evidence, province_code=self.gaz.regions[d.region].province_code)


class MppTagger:
    def __init__(self, anaphor_reach: int = ANAPHOR_REACH):
        self.anaphor_reach = anaphor_reach

    def __call__(self, doc: Doc) -> Doc:
        doc._.mpp = self.extract(doc)
        return doc

    def extract(self, doc: Doc) -> list[MppFact]:
        discourse = discourse_of(doc)
        text, low = discourse.text, discourse.lower
        # the case-insensitive patterns, searched case-sensitively in the lower-cased text (faster)
        acronym_ok = bool(_lower(SERVICE_CONTEXT).search(low)) or not _lower(OTHER_MPP_CONTEXT).search(low)
        if not _lower(MENTION_LONG).search(low) and not (acronym_ok and ACRONYM in text and MENTION_ACRONYM.search(text)):
            return []
        return LaunchReader(doc, discourse, acronym_ok, self.anaphor_reach).read()


@Language.factory("warta_mpp", requires=["doc._.discourse", "doc._.published"], assigns=["doc._.mpp"],
                  default_config={"anaphor_reach": ANAPHOR_REACH})
def make_mpp_tagger(nlp: Language, name: str, anaphor_reach: int) -> MppTagger:
    """`anaphor_reach`: how many units after an MPP sentence "Gedung itu …" still refers to it."""
    return MppTagger(anaphor_reach)
