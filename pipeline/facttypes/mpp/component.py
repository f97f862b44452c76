"""Mal Pelayanan Publik facts of regional governments: `doc._.mpp`.

One `MppFact(region_code, status, year, location, evidence)` per government and status: `planned`,
`launched` (inaugurated, launched, soft-launched) or `operating`.

- **mentions**: "Mal/Mall Pelayanan Publik", "mal pelayanan", "MPP" (the acronym only in an article
  that speaks of public services); a shopping mall is no MPP, an MPP housed in one still is;
- **status** (status.py) from word stems; **region** (governments.py); **year and location**
  (place.py, yearbook.py); MPPs running without a status word (serving.py); a unit naming an MPP
  (unitstatus.py); the lists told on after their status (listing.py);
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
    BARE_STATUS_END, BUILDING_ANAPHOR, COLLECTIVE_START, DENIED, EVENT_NOUN_GATE, ITEM_NAMED, MPP_CONTRAST,
    OTHER_MPP_CONTEXT, SERVICE_CONTEXT, STORY_YEAR_STATUSES, elided_subject,
)
from pipeline.facttypes.mpp.drafts import ANAPHOR_REACH, Draft, LaunchFrame, history, merge
from pipeline.facttypes.mpp.names import ACRONYM, MENTION_ACRONYM, MENTION_LONG, local_names, mpp_mentions
from pipeline.facttypes.mpp.governments import governments_near, item_clause_cuts, main_region, province_of_key
from pipeline.facttypes.mpp.dating import heading_years, news_year
from pipeline.nlp.discourse.years import reported_day
from pipeline.facttypes.mpp.listing import ListReading
from pipeline.facttypes.mpp.place import location
from pipeline.facttypes.mpp.status import Trigger, other_event, statuses
from pipeline.facttypes.mpp.serving import ServingReading
from pipeline.facttypes.mpp.unitstatus import UnitStatusReading
from pipeline.facttypes.mpp.yearbook import YearReading
from pipeline.gazetteer import get_gazetteer
from pipeline.nlp.discourse import Discourse, discourse_of
from pipeline.nlp.discourse.itemlines import item_lines
from pipeline.nlp.discourse.units import Unit, split_unit
from pipeline.nlp.discourse.years import year_limit

if not Doc.has_extension("mpp"):
    Doc.set_extension("mpp", default=None)


@lru_cache(maxsize=None)
def _lower(rx: re.Pattern) -> re.Pattern:
    """A case-insensitive pattern (of lower-case words) for lower-cased text."""
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


class LaunchReader(UnitStatusReading, ListReading, YearReading, ServingReading):
    """Reads one doc's MPP facts unit by unit (see the module doc; a unit naming an MPP: unitstatus.py; the lists
    told on: listing.py; the years: yearbook.py; MPPs running without a status word: serving.py)."""

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
            if not mentions and (self._resumed(k, unit) or self._item_state(k, unit) or self._next_precedents(k, unit)):
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
