"""Ombudsman compliance-assessment results of regional governments: `doc._.compliance`.

One `ComplianceResult` per assessed government and assessment year, read unit by unit from the
discourse layer (`doc._.discourse`: units, government mentions, lists, frames).

- **elements** of a unit (elements.py): zones ("zona hijau", "rapor kuning"), grades ("kepatuhan
  tinggi", "opini kualitas tertinggi", "kategori B": each implies a zone), scores ("nilai 87,31",
  "(86,61)", "27,00 poin", a decimal right after a subject), ranks ("posisi 46", "nilai tertinggi":
  a result without zone) and years;
- **subjects**: the unit's government mentions (pipeline/nlp/discourse/mentions.py): not an
  Ombudsman office, a governor's office, a dateline, a scope or an event place; a province written
  as a place only when no other subject is there;
- **results** of a unit (results.py): one subject, one result per year; several subjects (lists,
  prose tables), one each;
- **the assessment frame** across units (`AssessmentFrame`, frame.py): a zone stated for an unnamed group
  ("Empat pemerintah daerah lain berada pada zona kuning.") goes to the list of the next unit; a list
  without a result ("Kelima daerah tersebut adalah …") goes to the next unit's result when that one
  refers back ("Kelimanya masuk zona …"); a single subject carries to the next unit that refers back
  ("daerah ini", "nilainya"); "Kategori yang sama diraih …" takes the zone just told; the year told
  carries to a sentence that goes on from it ("Sementara …", "Pada penilaian itu, …");
- not results: hopes and targets, units about COVID-19 or disasters (and the unit after one), units
  with no compliance context nearby (results in a row are their own context);
- year: the unit's year, else the frame's, else the assessment year of the article's lead (a
  relative "tahun ini" only when the lead writes none; in a report on last year's assessment
  published early in the next, "tahun ini" is that assessment), else null.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from datetime import datetime

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facttypes.compliance import ComplianceResult
from pipeline.facttypes.compliance import grammar as G
from pipeline.facttypes.compliance.frame import CONTEXT_WINDOW, PENDING_REACH, YEAR_REACH, AssessmentFrame
from pipeline.facttypes.compliance.elements import ASSESSED_WINDOW, Elements, unit_elements
from pipeline.facttypes.compliance.article import agencies_only, article_province
from pipeline.facttypes.compliance.capital import capital_city
from pipeline.facttypes.compliance.carry import (ALL_SCOPE_CHARS, GroupZones, ListedZone, all_scope, all_zone,
                                                 expected_size, one_zone, scoped_all_zone,
                                                 zone_all_before)
from pipeline.facttypes.compliance.offices import drop_office_figures
from pipeline.facttypes.compliance.percents import name_percents
from pipeline.facttypes.compliance.records import records, rows
from pipeline.facttypes.compliance.results import EARLIER, Draft, Undated, finish, grade_text, unit_results
from pipeline.facttypes.compliance.subjects import not_said, own_subjects
from pipeline.facttypes.compliance.support import supported
from pipeline.facttypes.compliance.table import row_elements, table_rows
from pipeline.facttypes.compliance.wrapped import continues_line, sentence_wide
from pipeline.lang import unit_lower
from pipeline.nlp.discourse import Discourse, discourse_of
from pipeline.nlp.discourse.gate import UnitGate
from pipeline.nlp.discourse.itemlines import joined
from pipeline.nlp.discourse.lists import (COLLECTIVE, COUNT_BEFORE, COUNTED_GROUP, LIST_OPENER, Enumeration,
                                          group_listed)
from pipeline.nlp.discourse.mentions import Subject, unit_subjects
from pipeline.nlp.discourse.units import units_with_words
from pipeline.facttypes.compliance.legend import legend_zone, zone_legend
from pipeline.facttypes.compliance.years import announced_year, done
from pipeline.facttypes.compliance.years import (LEAD_UNITS, compared_in, compared_years, lead_year, single_years,
                                                      stated_year, text_date)
from pipeline.nlp.discourse.years import year_limit

if not Doc.has_extension("compliance"):
    Doc.set_extension("compliance", default=None)

#: how far into a unit a list without an opener may start and still be the group told before ("Pemerintah Kota A, …")
GROUP_LIST_LEAD_CHARS = 30

#: What a unit must hold to give a result of its own: `unit_elements`' gates (elements.py: zone, grade and
#: rank words, a digit; without them it finds no zone, grade, rank, score or earlier result). A unit
#: without them gets a zone only from what the frame carries (`CARRYING`) or from a counted group's
#: zone learnt before (`GroupZones.by_size`), and tells no carrying slot: after the last unit holding
#: one, once those are closed, no unit gives a result and the reader stops.
RESULT_GATE = UnitGate((*G.ZONE_GATE, *G.GRADE_GATE, *G.RANK_GATE), G.DIGIT)
#: the assessment frame's slots that lend zones to a unit without result words of its own
CARRYING = ("group_zone", "zone", "enumeration", "all_zone", "counted_zone")


class AssessmentReader:
    """Reads one doc's results unit by unit (see the module doc)."""

    def __init__(self, doc: Doc, discourse: Discourse, lead_units: int = LEAD_UNITS,
                 context_window: int = CONTEXT_WINDOW, pending_reach: int = PENDING_REACH, year_reach: int = YEAR_REACH):
        self.doc, self.discourse = doc, discourse
        self.context_window = context_window
        self.text = discourse.text
        # a result printed as a record (a name, then "Nilai: …", "Kategori: …" lines) is one unit
        # a list told on the lines after its heading ("… zona hijau, yakni:" then "1. Kota A" …) is one unit
        content, items = joined(self.text, discourse.units, discourse.content, discourse.mentions_in)
        self.units = records(self.text, discourse.lower, discourse.units, content,
                             lambda u: bool(discourse.mentions_in(u)))
        # … and so is a row on one line ("Kota Blitar: nilai 76,40 | kategori C"), a heading for the discourse layer
        shown = {u.index for u in self.units} | items
        found = [r for r in rows(self.text, discourse.units, discourse.mentions_in) if r.index not in shown]
        if found:
            self.units = sorted(self.units + found, key=lambda u: u.start)
        self.published = doc._.published or text_date(self.text)
        self.limit = year_limit(self.published)
        # … and a table flattened to lines ("1. Kota A, 91,01 (Hijau)"): each row its own unit with its own values
        self.table = self._table(items)
        skip = (lambda u: bool(G.NEGATIVE.search(u.text) or G.OTHER_ASSESSOR.search(u.text))) \
            if discourse.may_hold(G.LEX["negative"], end=False) or discourse.may_hold(G.LEX["other_assessors"]) else None
        self.lead_year = lead_year(discourse.units, self.limit, self.published, lead_units, skip=skip)
        # results announced early in the next year: "tahun ini" is the assessment the lead dates
        # ("Penilaian Kepatuhan Tahun 2024", published in January 2025: "kategori A tahun ini")
        # (not where the text itself calls that year past: "tahun 2021 lalu" in March 2022 makes "tahun lalu" 2021; final6)
        self.relative_base = self.lead_year if (isinstance(self.published, datetime) and self.lead_year is not None
                                                and self.lead_year == self.published.year - 1
                                                and f"{self.lead_year} lalu" not in discourse.lower) else None
        self.negative = units_with_words(discourse.lower, G.LEX["negative"], self.units)
        self.other = self._other_assessment(discourse.lower)
        self.context = sentence_wide(self.text, self.units,
                                     units_with_words(discourse.lower, G.LEX["context"], self.units))
        self.graded = "kategori" in discourse.lower or "opini" in discourse.lower  # see _out_of_scope
        self.frame = AssessmentFrame(pending_reach, context_window, year_reach)
        self.groups = GroupZones()
        self.province = article_province(discourse.mentions)
        self.drafts: list[Draft] = []
        self._sole: list[Subject] | None = None  # the article's one government, once asked (_sole_subject)

    @cached_property
    def rank_context(self) -> list[bool]:
        """For each unit, whether it holds a word that makes a rank an assessment's; on first use (a unit with a rank)."""
        return units_with_words(self.discourse.lower, G.LEX["rank_context"], self.units)

    def read(self) -> list[ComplianceResult]:
        last = RESULT_GATE.last(self.units, forced=self.table)  # (a table's row gives its own results)
        for k, unit in enumerate(self.units):
            if not self.groups.by_size and RESULT_GATE.done(k, last, self.frame, *CARRYING):
                break  # no unit from here on can give a result (RESULT_GATE)
            if self._out_of_scope(k):
                self.frame.close("group_zone", "listed", "subject")
                continue
            mentions = self.discourse.mentions_in(unit)
            subjects = self._subjects(unit, mentions)
            frame_subjects = self.frame.open_at(k, "listed", "subject", "resulted")
            story = self.frame.get("year", k) or self.lead_year
            el = unit_elements(unit.text, self.limit, numbers=bool(subjects or frame_subjects),
                               published=self.published, relative_base=self.relative_base,
                               story_year=story if isinstance(story, int) else None)
            row = self.table.get(unit.index)
            if row is not None:
                row_elements(unit.text, row, el)
            drop_office_figures(unit.text, el, [s.start - unit.start for s in subjects],
                                [(m.start - unit.start, m.end - unit.start) for m in mentions])
            if el.ranks and not any(self.rank_context[max(0, k - self.context_window):k + 1]):
                el.ranks = []  # "Posisi berikutnya ditempati Kabupaten A (21 laporan)": no assessment
            unit_year = row.year if row is not None and row.year is not None else self._unit_year(k, unit.text)
            continued = self._carried_zones(k, unit, subjects, mentions, el)
            if continued is not None and continued.year is not None and not el.years:
                unit_year = continued.year
            if not subjects and self.context[k]:
                self._assessment_year(k, unit.text)
            if not el.zones and subjects and self.frame.get("zone", k) and G.SAME_ZONE.search(unit.text):
                el.zones = [(z, g, -1) for z, g, _ in self.frame.get("zone", k)]
            if subjects and (el.zones or self.frame.get("group_zone", k)):  # "Kota A (75,74 persen), …" (percents.py)
                el.scores = sorted(el.scores + name_percents(unit.text, [s.end - unit.start for s in subjects
                                                                         if s.start >= unit.start], el.scores), key=lambda s: s[1])
            if not subjects and el.has_result:
                subjects = self.frame.referred(k, unit.text, continues_line(self.text, self.units, k)) \
                    or self._history_subject(k, unit.text) \
                    or self._sole_subject(unit.text, el)
            if subjects:
                self._results(k, unit, subjects, el, unit_year, continued)
            else:
                self._no_subject(k, el)
        if "100" in self.text and any(d.zone is None and d.score is not None for d in self.drafts):
            legend = zone_legend(self.units)  # "Nilai 0-50 zona merah, 51-80 zona kuning, 81-100 zona hijau"
            for d in self.drafts:
                if d.zone is None and d.score is not None and legend:
                    d.zone = legend_zone(legend, d.score)
        stated, compared = None, set()
        if self.lead_year is None and any(d.year is None for d in self.drafts):
            # (a sentence about the survey itself too: "Berdasarkan hasil survei … Juli hingga Agustus 2019")
            surveyed = [s and done(u.text) for s, u in
                        zip(units_with_words(self.discourse.lower, G.LEX["survey_nouns"], self.units), self.units)]
            about = [(c or s or G.names_zone(u.text)) and not n and not o
                     for u, c, s, n, o in zip(self.units, self.context, surveyed, self.negative, self.other)]
            stated = stated_year(self.units, about, self.limit, self.published)
            compared = compared_years(self.units, about, self.limit, self.published)
        announced = announced_year(self.published, self.text) if any(d.year is None for d in self.drafts) else None
        return finish(self.drafts, fill_year=self.lead_year is None, stated_year=stated, compared=compared,
                      announced=announced)

    def _table(self, joined_items: set[int]) -> dict:
        """The rows of the tables flattened to lines (table.py) by unit index, each row made a unit of
        `self.units` (a line without a sentence end is a heading for the discourse layer)."""
        d = self.discourse
        skip = joined_items | {u.index for u in self.units if u.end != d.units[u.index].end}  # records
        rows = {r.index: r for r in table_rows(self.text, d.units, d.mentions_in, self.limit, skip)} \
            if any(c.isdigit() for c in self.text) or any(z in d.lower for z in G.ZONES) else {}
        if rows:
            shown = {u.index for u in self.units}
            added = [replace(d.units[i], heading=False) for i in rows if i not in shown]
            self.units = sorted(self.units + added, key=lambda u: u.start) if added else self.units
        return rows

    def _history_subject(self, k: int, ut: str) -> list[Subject]:
        """The one government of the unit before, for a unit without subjects that opens with another
        year: the next step of its history ("Lalu pada 2023, Bangli meraih nilai 96,13. Sedangkan 2024,
        nilai yang diperoleh adalah 96,54."); not a figure over many governments, not a group."""
        m = G.YEAR_LED.match(ut)
        single = self.frame.get("subject", k)
        if m is None or single is None or self.frame.told_at("subject") != k - 1 or not self.drafts:
            return []
        last = self.drafts[-1]
        if last.key != single.key or not isinstance(last.year, int) or last.year == int(m.group(1)):
            return []
        if G.AGGREGATE.search(ut) or COUNTED_GROUP.search(ut) or COLLECTIVE.search(ut) or G.OTHER_GOVERNMENTS.search(ut):
            return []
        return [single]

    def _sole_subject(self, ut: str, el: Elements) -> list[Subject]:
        """The article's one government, for a unit without subjects that states a whole result, a zone or
        grade and a score ("Dengan demikian hasil akhir sebesar 66,01 masuk kategori C."), in an article
        whose units name no other government as a subject (final6: a city's assessment told to it); not
        a figure over many governments, not a group."""
        if not (el.zones and el.scores) or G.AGGREGATE.search(ut) or COUNTED_GROUP.search(ut) \
                or COLLECTIVE.search(ut) or G.OTHER_GOVERNMENTS.search(ut):
            return []
        if self._sole is None:
            found: dict = {}
            for u in self.units:
                for s in self._subjects(u, self.discourse.mentions_in(u)):
                    if s.kind == "gov":
                        found.setdefault(s.key, s)
            self._sole = list(found.values()) if len(found) == 1 else []
        return self._sole

    def _subjects(self, unit, mentions: list) -> list[Subject]:
        """The unit's governments (pipeline/nlp/discourse/mentions.py) that may be a result's subject
        (subjects.py: not the speaker's place after a quote, a venue, a scope, a place, an office's
        owner); a provincial government written without its province ("Pemerintah Provinsi masih …",
        "10 kabupaten dan 1 provinsi …") is the article's province."""
        ut = unit.text
        subjects = unit_subjects(self.text, unit, mentions, G.RESULT_WORDS, province_lists=True)
        subjects = own_subjects(self.text, unit, not_said(self.text, unit, subjects), [m.end for m in mentions])
        if not subjects and any(map(unit_lower(ut).__contains__, G.CAPITAL_WORDS)):
            subjects = capital_city(self.text, unit, mentions, self.discourse.mentions)
        if not subjects and self.province is not None:
            m = G.UNNAMED_PROVINCE.search(ut)
            if m and COUNT_BEFORE.search(ut, max(0, m.start() - 20), m.start()):
                m = None  # "13 pemprov"
            # "ada 10 kabupaten dan 1 provinsi mendapatkan nilai kuning": the one province of the article
            m = m or (G.ONE_PROVINCE.search(ut) if "provinsi" in unit_lower(ut) or "pemprov" in unit_lower(ut) else None)
            if m:
                subjects = [Subject(None, self.province, unit.start + m.start(), unit.start + m.end(), "gov")]
        return subjects

    def _carried_zones(self, k: int, unit, subjects: list, mentions: list, el: Elements) -> ListedZone | None:
        """Zones a unit takes from what was told before (carry.py): the zone of the enumeration it
        continues, of the counted group that names its list, of all governments; it also learns
        the zones told here for counted groups. Returns the enumeration continued, if any."""
        ut = unit.text
        taken = [(m.start - unit.start, m.end - unit.start) for m in mentions]
        local = [s for s in subjects if unit.start <= s.start < unit.end]
        listed = self.frame.get("enumeration", k)
        continued = listed if local and listed is not None and (
            listed.enumeration.continues(ut, k) or listed.expects(ut, local[0].start - unit.start, k)) else None
        if continued is not None and continued.zones and not el.zones:
            el.zones = [(z, g, -1) for z, g, _ in continued.zones]
        # a unit that names a zone it does not state ("… agar tidak dalam zona merah") takes no group's zone
        if len(local) > 1 and (el.zones or not G.names_zone(ut)):
            named = self.groups.named(ut, el.zones, local[0].start - unit.start, taken)
            if named:
                el.zones = sorted(el.zones + named, key=lambda z: z[2])
        if not el.zones and local and self.frame.told_at("counted_zone") == k - 1 \
                and group_listed(self.text, mentions, unit.start, unit.end):
            el.zones = [(z, g, -1) for z, g, _ in self.frame.get("counted_zone", k)]
        self.frame.tell("counted_zone", self.groups.learn(ut, el.zones, taken), k)
        told = all_zone(ut, el.zones)
        if told is None and "nya" in ut:
            self._scoped_all(k, ut, mentions, unit.start, el)
        if told is not None:
            zones, end = told
            scope = next((m.code for m in mentions if m.is_province and 0 <= m.start - unit.start - end <= ALL_SCOPE_CHARS),
                         None)
            self.frame.tell("all_zone", (zones, scope or self._all_scope(k)), k)
        return continued

    def _scoped_all(self, k: int, ut: str, mentions: list, start: int, el: Elements) -> None:
        """"Khusus di Provinsi X, semuanya masuk zona hijau" (carry.scoped_all_zone): the zone of every result of
        X's kabupaten/kota without one, told before (the summary after a list of scores; final8) or after; the
        unit's zone is spent there (the province is its scope, no result)."""
        scoped = scoped_all_zone(ut, el.zones, [(m.start - start, m.end - start, m.code) for m in mentions
                                                if m.is_province])
        if scoped is None:
            return
        self.frame.tell("all_zone", scoped, k)
        zone_all_before(self.drafts, *scoped)
        el.zones = []

    def _all_scope(self, k: int) -> str | None:
        """The province of "seluruh pemerintah daerah di Provinsi X" in the unit before `k`."""
        if k == 0:
            return None
        unit = self.units[k - 1]
        end = all_scope(unit.text)
        if end is None:
            return None
        return next((m.code for m in self.discourse.mentions_in(unit)
                     if m.is_province and 0 <= m.start - unit.start - end <= ALL_SCOPE_CHARS), None)

    def _other_assessment(self, low: str) -> list[bool]:
        """For each unit, whether it is about another assessor's ranking: it names one, or goes on
        after one without naming the Ombudsman's assessment again."""
        names = units_with_words(low, G.LEX["other_assessors"], self.units)
        if not any(names):
            return names
        ombudsman = units_with_words(low, G.LEX["ombudsman_assessment"], self.units)
        out, open_ = [], False
        for named, back in zip(names, ombudsman):
            open_ = named or (open_ and not back)
            out.append(open_)
        return out

    def _out_of_scope(self, k: int) -> bool:
        """A unit about something else (or right after one), or without compliance context nearby."""
        if self.negative[k] or (k > 0 and self.negative[k - 1]) or self.other[k]:
            return True
        if self.frame.chained(k) or any(self.context[max(0, k - self.context_window):k + 1]) \
                or self.frame.get("result", k) is not None:
            return False
        # a category letter with its score is context of its own ("Dalam acara yang sama, Kabupaten A
        # meraih kategori A dengan nilai 90,3."), however far the last context word
        return not (self.graded and G.GRADE_WITH_SCORE.search(self.units[k].text))

    def _unit_year(self, k: int, ut: str) -> int | None:
        """The lead's year, or the frame's for a sentence going on from the one that told it."""
        year = self.frame.get("year", k)
        # (the same year as the lead's needs no continuation looked for)
        if year is not None and year != self.lead_year and (self.lead_year is None or G.CONTINUATION.search(ut)):
            return year
        # a year framing the results told next ("Pada penilaian tahun 2022, A di zona kuning. B dan C masuk zona hijau.")
        if year is not None and self.frame.get("framed", k) == year and not G.PRESENT.search(ut):
            return year
        return self.lead_year

    def _assessment_year(self, k: int, ut: str) -> None:
        """"… hasil Penilaian Kepatuhan 2024 Ombudsman RI.": the year of the assessment told."""
        told = {y for y, a, _ in single_years(ut, self.limit)
                if G.ASSESSED_BEFORE.search(ut[max(0, a - ASSESSED_WINDOW):a])}
        if len(told) == 1:
            self.frame.tell("year", told.pop(), k)
        elif not told:  # "… hasil survei Ombudsman sejak 2016-2018": the results told next have no one year
            spans = {(m.group(1), m.group(2)) for m in G.year_spans(ut)
                     if G.ASSESSED_BEFORE.search(ut[max(0, m.start() - ASSESSED_WINDOW):m.start()])}
            if len(spans) == 1:
                first, last = spans.pop()
                self.frame.tell("year", Undated(int(first), int(last)), k)

    def _no_subject(self, k: int, el: Elements) -> None:
        """A unit naming nobody: its one zone waits for the list that follows (a zone of a part of the assessment
        ends the one waiting: the list is that part's); any result of its own ends the subject carried so far."""
        if el.zones or el.has_result or el.part_zone or self.frame.get("group_zone", k) is None:
            self.frame.tell("group_zone", el.zones if len(el.distinct_zones()) == 1 else None, k)
        self.frame.close("listed")
        if el.has_result:
            self.frame.close("subject")

    def _results(self, k: int, unit, subjects: list, el: Elements, unit_year: int | None,
                 continued: ListedZone | None = None) -> None:
        own_result = el.has_result
        local = [s for s in subjects if unit.start <= s.start < unit.end]  # not carried
        group_zone = self.frame.get("group_zone", k)
        inherited = bool(not el.zones and group_zone and (el.scores or (len(subjects) > 1 and self._takes_group(unit, local))
                                                         or LIST_OPENER.search(unit.text) or G.INCLUDED.search(unit.text))
                         and not G.SAMPLE_LIST.search(unit.text))  # the governments assessed: no result
        if inherited:
            el.zones = [(z, g, -1) for z, g, _ in group_zone]
        made = unit_results(unit, subjects, el, unit_year, len(self.drafts)) or self._listed_of_all(k, unit, local, el, unit_year)
        self._zone_of_all(k, made)
        self.drafts.extend(made)
        if made:
            self.frame.tell("result", True, k)
            told = {d.year for d in made if d.year != EARLIER}
            year = told.pop() if len(told) == 1 and None not in told else None
            if year is not None and (year in compared_in(unit.text, self.limit, self.published)
                                     or any(len(y) > 4 and y[4] >= 0 and y[0] == year for y in el.years)):
                year = None  # "Untuk A, 2017 masih kuning, tahun ini hijau": 2017 dates no later sentence
            elif year is not None and self.lead_year not in (None, year) and f"{year} lalu" in unit.text.lower():
                year = None  # "Pada 2021 lalu, A masih kuning." in a story of 2022: a look back, no later sentence's year
            elif year is not None and G.PAST_CLAUSE.search(unit.text) and year < max(
                    (d.year for d in self.drafts if isinstance(d.year, int)), default=self.lead_year or year):
                year = None  # "Sebelumnya, B lebih dahulu meraih zona hijau pada 2016." after results of 2017 (final10)
            self.frame.tell("year", year, k)
            # (not a look back at an earlier year beside results told before: "Pada penilaian 2022, A masih di zona kuning")
            framing = year is not None and G.FRAMING_YEAR.match(unit.text) is not None \
                and all(d.year == year for d in self.drafts[:len(self.drafts) - len(made)])
            self.frame.tell("framed", year if framing else None, k)
            self.frame.tell("zone", el.zones if len(el.distinct_zones()) == 1 else None, k)
            self._enumerate(k, local, el, year, continued)
        self.frame.close("group_zone")
        if (not own_result and not inherited) or (not el.zones and len(local) > 1):
            # a list without a result, or with scores but no zone ("Nilai tertinggi diraih
            # Kabupaten A (88,12), disusul …. Ketiganya masuk zona hijau.")
            self.frame.tell("listed", local or None, k)
            self.frame.tell("subject", local[0] if len(local) == 1 else None, k)
        else:
            self.frame.close("listed")
            if len({s.key for s in local}) > 1 and made:
                self.frame.tell("resulted", local, k)
            one = len({s.key for s in subjects}) == 1 and made
            self.frame.tell("subject", subjects[0] if one else None, k)


    def _takes_group(self, unit, local: list) -> bool:
        """Whether a list without an opener may be the group whose zone was told before it: it refers back
        ("Mereka …", "Keempat daerah itu …"), or the unit opens with it ("Kota A, Kabupaten B dan Kabupaten C.");
        not a list the sentence tells something else of ("Pekan lalu, tim juga mengunjungi A dan B")."""
        ut = unit.text
        counted = COUNTED_GROUP.search(ut)
        if counted is not None and G.OTHER_GROUP_AFTER.match(ut, counted.end()):
            return False  # "Sementara masih ada dua kabupaten lagi yang belum disurvei, A dan B": another group
        if G.ANAPHOR.search(ut) or counted is not None or not local:
            return True
        return min(s.start for s in local) - unit.start <= GROUP_LIST_LEAD_CHARS

    def _enumerate(self, k: int, local: list, el: Elements, year: int | None, continued: ListedZone | None) -> None:
        """Keep the list of results told here (or continued here) for the units that continue it."""
        if continued is not None:
            for s in local:
                continued.enumeration.add(s.key, k)
        elif len(local) > 1:
            first = min(s.start for s in local) - self.units[k].start
            expected = expected_size(self.units[k].text, first, len(local))
            self.frame.tell("enumeration", ListedZone(Enumeration([(s.key, k) for s in local]),
                                                       one_zone(el.zones), year, expected), k)
        else:
            self.frame.close("enumeration")

    def _listed_of_all(self, k: int, unit, local: list, el: Elements, unit_year: int | None) -> list[Draft]:
        """A list opened as such ("Daerah tersebut antara lain: A, B, …") with no result of its own, after a zone
        stated for all governments ("seluruh Pemda … masuk zona kuning"): each listed government has that zone
        (final11: the list of a part's group, whose zone is no result; the contract: a list gives one each)."""
        held = self.frame.get("all_zone", k)
        if held is None or len(local) < 2 or el.has_result or not (LIST_OPENER.search(unit.text) or G.ANAPHOR.search(unit.text)):
            return []
        province = held[1]
        year = self.lead_year if self.lead_year is not None else next(  # the story's assessment: "Penilaian 2022 ini"
            (int(m.group(1)) for j in range(k + 1) if self.context[j] and " ini" in self.units[j].text
             for m in G.PRESENT_YEAR.finditer(self.units[j].text) if int(m.group(1)) <= self.limit), None)
        return [Draft(s.key, year, None, [], None, unit.text.strip(), len(self.drafts) + i, lent=True)
                for i, s in enumerate(local) if province is None or s.key[1] == province]

    def _zone_of_all(self, k: int, made: list[Draft]) -> None:
        """Results without a zone of their own take the zone stated for all governments (of their province)."""
        held = self.frame.get("all_zone", k)
        if held is None:
            return
        zones, province = held
        grade = grade_text(zones)
        for d in made:
            if d.zone is None and (province is None or d.key[1] == province):
                d.zone = zones[0][0]
                if grade and grade not in d.grades:
                    d.grades.append(grade)


class ComplianceTagger:
    def __init__(self, **windows: int):
        self.windows = windows  # see make_compliance_tagger's default_config

    def __call__(self, doc: Doc) -> Doc:
        doc._.compliance = self.extract(doc)
        return doc

    def extract(self, doc: Doc) -> list[ComplianceResult]:
        discourse = discourse_of(doc)
        low = discourse.lower
        if not any(w in low for w in G.QUICK_WORDS):
            return []
        if not any(w in low for w in G.ARTICLE_GATE_WORDS) or \
                not any(G.ARTICLE_GATE.search(u.text) for u in discourse.content):
            return []
        if agencies_only(discourse):
            return []
        results = AssessmentReader(doc, discourse, **self.windows).read()
        return supported(results, [u.text for u in discourse.units if not u.noise])


@Language.factory("warta_compliance", requires=["doc._.discourse", "doc._.published"],
                  assigns=["doc._.compliance"],
                  default_config={"lead_units": LEAD_UNITS, "context_window": CONTEXT_WINDOW,
                                  "pending_reach": PENDING_REACH, "year_reach": YEAR_REACH})
def make_compliance_tagger(nlp: Language, name: str, lead_units: int, context_window: int, pending_reach: int,
                           year_reach: int) -> ComplianceTagger:
    """Windows in units: the lead searched for the assessment year; how far back a context word
    counts; how far a group's zone reaches its list; how long the year told holds."""
    return ComplianceTagger(lead_units=lead_units, context_window=context_window, pending_reach=pending_reach,
                            year_reach=year_reach)
