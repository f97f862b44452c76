"""Mal Pelayanan Publik facts of regional governments: `doc._.mpp`.

One `MppFact(region_code, status, year, location, evidence)` per government and status: `planned`,
`launched` (inaugurated, launched, soft-launched) or `operating`.

- **mentions**: "Mal/Mall Pelayanan Publik", "mal pelayanan", "MPP" (the acronym only in an article
  that speaks of public services); a shopping mall is no MPP, an MPP housed in one still is;
- **status** (status.py) from word stems; **region** (governments.py); **year and location**
  (place.py);
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
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facttypes.mpp import MppFact
from pipeline.facttypes.mpp.governments import governments_near, main_region, written_with
from pipeline.facttypes.mpp.place import event_year, location
from pipeline.facttypes.mpp.status import LEX, Trigger, statuses
from pipeline.gazetteer import get_gazetteer
from pipeline.lang import CONNECTIVES, words_pattern
from pipeline.nlp.discourse import Discourse, discourse_of
from pipeline.nlp.discourse.frames import Frame
from pipeline.nlp.discourse.units import Unit, split_unit
from pipeline.nlp.discourse.years import year_limit

if not Doc.has_extension("mpp"):
    Doc.set_extension("mpp", default=None)

MENTION_LONG = re.compile(words_pattern(LEX["mentions"]), re.IGNORECASE)
MENTION_ACRONYM = re.compile(r"\b" + re.escape(LEX["acronym"]) + r"\b")
#: "Mal Pelayanan Publik (MPP)": the acronym in parentheses is the same mention
SAME_MENTION_GAP = re.compile(r"\s*\(\s*")
SERVICE_CONTEXT = re.compile(words_pattern(LEX["service_context"], boundary=False), re.IGNORECASE)
OTHER_MPP_CONTEXT = re.compile(words_pattern(LEX["other_context"], boundary=False), re.IGNORECASE)
#: a sentence that goes on about the MPP just named without naming it ("Gedung dua lantai itu
#: ditargetkan …", "Gedung tiga lantai di Jalan …, itu diresmikan …")
BUILDING_ANAPHOR = re.compile(r"^\W*(?:gedung|bangunan|mal|mall)\b[^;]{0,70}?\b(?:itu|tersebut|ini)\b",
                              re.IGNORECASE)
#: how many units after an MPP sentence a building anaphor still refers to its MPP
ANAPHOR_REACH = 3
#: a unit about other governments in general ("kabupaten/kota lain yang belum memiliki MPP")
GENERIC_SUBJECT = re.compile(
    r"\b(?:kabupaten/kota|kab/kota|daerah|pemda|pemerintah\s+daerah|kabupaten|kota)\s+(?:lain|lainnya)\b"
    r"|\b(?:setiap|seluruh|semua|tiap|para)\s+(?:daerah|pemda|kepala\s+daerah|kabupaten|kota|pemerintah)"
    r"|\byang\s+belum\s+(?:memiliki|punya|mempunyai)\b", re.IGNORECASE)
#: an MPP named as the place where one goes or is served ("… di gerai Disdukcapil di MPP Baubau")
PLACE_BEFORE = re.compile(r"\b(?:di|ke)\s+$", re.IGNORECASE)
PLACE_BEFORE_CHARS = 4
#: a sentence telling of another MPP's event as the same one ("… juga diresmikan pada hari yang sama")
SAME_EVENT = re.compile(r"\b(?:yang\s+sama|bersamaan|serentak|sekaligus)\b", re.IGNORECASE)
#: contrast words that split a unit into clauses told of different MPPs
MPP_CONTRAST = re.compile(r",?\s" + words_pattern(CONNECTIVES["other_subject"], boundary=False) + r"\s|;\s",
                          re.IGNORECASE)


@lru_cache(maxsize=None)
def _lower(rx: re.Pattern) -> re.Pattern:
    """A case-insensitive pattern (of lower-case words) for lower-cased text."""
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


def mpp_mentions(text: str, acronym_ok: bool) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in MENTION_LONG.finditer(text)]
    if acronym_ok:
        ends = {b for _, b in found}
        for m in MENTION_ACRONYM.finditer(text):
            if not any(SAME_MENTION_GAP.fullmatch(text[e:m.start()]) for e in ends if e <= m.start()):
                found.append((m.start(), m.end()))
    return sorted(found)


@dataclass
class Draft:
    region: str
    status: str
    strong: bool
    year: int | None
    location: str | None
    evidence: str
    unit: int


class LaunchFrame(Frame):
    """The MPP events told across units: `group_status`, a counted group's status and years for the
    list that follows; `named`, the governments of the last unit naming an MPP, for a building
    anaphor within `ANAPHOR_REACH` units."""

    def __init__(self, anaphor_reach: int = ANAPHOR_REACH):
        super().__init__("launch", group_status=None, named=anaphor_reach)


class LaunchReader:
    """Reads one doc's MPP facts unit by unit (see the module doc)."""

    def __init__(self, doc: Doc, discourse: Discourse, acronym_ok: bool, anaphor_reach: int = ANAPHOR_REACH):
        self.discourse = discourse
        self.acronym_ok = acronym_ok
        self.gaz = get_gazetteer()
        self.published = doc._.published
        self.limit = year_limit(self.published)
        self.units, self.found = self._clauses(discourse.content)
        self.main = main_region(discourse)
        self.frame = LaunchFrame(anaphor_reach)
        self.drafts: list[Draft] = []
        self.unit_years: dict[int, dict[str, int]] = {}  # unit -> status -> year told there (strong triggers)
        self.unit_status: dict[int, set[str]] = {}  # unit -> statuses told there
        self.unit_regions: dict[int, set[str]] = {}  # unit -> regions given facts there
        self.places: dict[str, str] = {}  # region -> where an MPP sentence without a status puts it
        self.passing: dict[str, tuple[str, int]] = {}  # region -> (evidence, unit) of an MPP named as a place

    def _clauses(self, units: list[Unit]) -> tuple[list[Unit], list]:
        """Units split at a contrast ("Kota A sudah mengoperasikan MPP sejak 2020, sedangkan MPP
        Kabupaten B, yang diresmikan pada 2021, …") when each side tells a status of its own; and
        the MPP mentions of each unit."""
        out, found = [], []
        low = self.discourse.lower
        for u in units:
            seg = low[u.start:u.end]  # no MPP is named without one of these
            mentions = mpp_mentions(u.text, self.acronym_ok) if "pelayanan" in seg or "mpp" in seg else []
            cuts = [m.start() for m in MPP_CONTRAST.finditer(u.text)] if mentions else []
            parts = split_unit(self.discourse.doc, u, cuts) if cuts else []
            if len(parts) > 1 and all(self._statuses(p) for p in parts):
                out.extend(parts)
                found.extend(mpp_mentions(p.text, self.acronym_ok) for p in parts)
            else:
                out.append(u)
                found.append(mentions)
        return out, found

    def _statuses(self, unit: Unit) -> list[Trigger]:
        return statuses(unit.text, *self.discourse.words(unit))

    def _years(self, k: int, ut: str, triggers: list[Trigger]) -> dict[str, int]:
        """The year of each status told in the unit; the strong ones are kept for its neighbours."""
        years: dict[str, int] = {}
        strong: dict[str, int] = {}
        for tr in triggers:
            # the year of an event is written after its word, before the next event's word
            stop = min((o.pos for o in triggers if o.pos > tr.pos and o.status != tr.status), default=len(ut))
            y = event_year(ut, tr.pos, stop, tr.status, self.limit, self.published)
            if y is not None:
                years.setdefault(tr.status, y)
                if tr.strong:
                    strong.setdefault(tr.status, y)
        self.unit_years[k] = strong
        self.unit_status[k] = {tr.status for tr in triggers}
        return years

    def read(self) -> list[MppFact]:
        for k, unit in enumerate(self.units):
            mentions = self.found[k]
            named = self.frame.get("named", k)
            anaphor = not mentions and named is not None and bool(BUILDING_ANAPHOR.match(unit.text))
            near = bool(mentions) or anaphor or (k > 0 and self.found[k - 1]) \
                or (k + 1 < len(self.units) and self.found[k + 1])
            if not near:
                self.frame.close("group_status")
                continue
            triggers = self._statuses(unit)
            years = self._years(k, unit.text, triggers)
            if mentions:
                self._mpp_unit(k, unit, mentions, triggers, years)
            elif anaphor and any(tr.strong for tr in triggers):
                # "Gedung dua lantai itu ditargetkan rampung pada 2025."
                self._add(named, [tr for tr in triggers if tr.strong], years, unit.text, k)
        for code, (evidence, k) in self.passing.items():
            if not any(d.region == code for d in self.drafts):
                self.drafts.append(Draft(code, "operating", True, None, None, evidence, k))
        return self._finish()

    def _mpp_unit(self, k: int, unit: Unit, mentions, triggers: list[Trigger], years: dict) -> None:
        ut = unit.text
        regions, grouped, provincial = written_with(self.discourse, unit, mentions, self.gaz,
                                                    lambda gap: bool(mpp_mentions(gap, True)))
        if not grouped and not provincial:
            named = regions or governments_near(self.discourse, unit, self.gaz, unit.end) or (
                [self.main] if self.main else [])
            self.frame.tell("named", named or None, k)
        if not triggers:
            group = self.frame.get("group_status", k)
            if regions and group:
                triggers, years = group
            self.frame.close("group_status")
            if not triggers:
                self._no_status(k, ut, mentions, regions, grouped)
                return
        if not regions:
            if provincial:  # a province's own MPP: not a regional government's fact
                self.frame.close("group_status")
                return
            if grouped:
                self.frame.tell("group_status", (triggers, years), k)
                return
            first_trigger = min(tr.pos for tr in triggers) + unit.start
            regions = governments_near(self.discourse, unit, self.gaz, first_trigger) or (
                [self.main] if self.main and not GENERIC_SUBJECT.search(ut) else [])
        else:
            self.frame.close("group_status")
        self._add(regions, triggers, years, ut, k)

    def _no_status(self, k: int, ut: str, mentions, regions: list[str], grouped: bool) -> None:
        """An MPP sentence without a status: where it puts the MPP; an MPP named as a place."""
        loc = location(ut)
        for code in (regions or ([self.main] if self.main and not grouped else [])):
            if loc:
                self.places.setdefault(code, loc)
        if regions and any(PLACE_BEFORE.search(ut, max(0, a - PLACE_BEFORE_CHARS), a) for a, _ in mentions):
            for code in regions:
                self.passing.setdefault(code, (ut.strip(), k))

    def _add(self, regions: list[str], triggers: list[Trigger], years: dict[str, int], ut: str, k: int) -> None:
        by_status: dict[str, Trigger] = {}
        for tr in triggers:
            cur = by_status.get(tr.status)
            if cur is None or (tr.strong and not cur.strong):
                by_status[tr.status] = tr
        loc = location(ut)
        for code in regions:
            for status, tr in by_status.items():
                self.drafts.append(Draft(code, status, tr.strong, years.get(status), loc, ut.strip(), k))
        self.unit_regions[k] = set(regions)

    def _borrow(self, d: Draft) -> None:
        """A neighbouring unit's year for the same event; the next unit's location."""
        if d.year is None:
            for k in (d.unit - 1, d.unit + 1):
                y = self.unit_years.get(k, {}).get(d.status)
                if y is not None and (d.region in self.unit_regions.get(k, (d.region,))
                                      or SAME_EVENT.search(self.units[d.unit].text)):
                    d.year = y
                    break
        # the next sentence may say where, without naming the MPP again ("Rencananya … di …")
        nxt = d.unit + 1
        if d.location is None and nxt < len(self.units) and d.status in self.unit_status.get(nxt, ()) \
                and not self.found[nxt]:
            d.location = location(self.units[nxt].text)

    def _finish(self) -> list[MppFact]:
        for d in self.drafts:
            self._borrow(d)
        # one fact per government and status: the first year and location told
        merged: dict[tuple[str, str], Draft] = {}
        for d in self.drafts:
            m = merged.setdefault((d.region, d.status), d)
            if m is d:
                continue
            m.strong = m.strong or d.strong
            if m.year is None and d.year is not None:
                m.year = d.year
            if m.location is None and d.location:
                m.location = d.location
        # one MPP per government: a location told with any of its facts holds for all of them
        for m in merged.values():
            m.location = m.location or self.places.get(m.region) or next(
                (o.location for o in merged.values() if o.region == m.region and o.location), None)
        # a weak plan ("MPP dibangun untuk …") of an MPP that is launched or operating is history
        done = {r for (r, s) in merged if s in ("launched", "operating")}
        facts = sorted((d for d in merged.values() if d.strong or d.region not in done), key=lambda d: d.unit)
        return [MppFact(region_code=d.region, status=d.status, year=d.year, location=d.location,
                        evidence=d.evidence) for d in facts]


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
        if not _lower(MENTION_LONG).search(low) and not (acronym_ok and MENTION_ACRONYM.search(text)):
            return []
        return LaunchReader(doc, discourse, acronym_ok, self.anaphor_reach).read()


@Language.factory("warta_mpp", requires=["doc._.discourse", "doc._.published"], assigns=["doc._.mpp"],
                  default_config={"anaphor_reach": ANAPHOR_REACH})
def make_mpp_tagger(nlp: Language, name: str, anaphor_reach: int) -> MppTagger:
    """`anaphor_reach`: how many units after an MPP sentence "Gedung itu …" still refers to it."""
    return MppTagger(anaphor_reach)
