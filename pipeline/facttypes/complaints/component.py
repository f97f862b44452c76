"""Complaints to the Ombudsman: `doc._.complaints`, a list of `Complaint`.

One fact per office, government, count and year, read unit by unit from the discourse layer:

- **the counts** of a unit (counts.py) and what each counts (reading.py): a kabupaten/kota's, the
  office's total, or nothing (excluded.py);
- **the office** (offices.py): the Ombudsman office named last before the count in its unit ("Ombudsman
  RI Perwakilan Sulawesi Tenggara", "ORI Kalteng"), else the report's office so far; Ombudsman RI
  itself (no province) where that is the office named;
- **the report frame** across units (`ReportFrame`): the units about reports to the Ombudsman (a unit
  naming the office or the governments reported on opens it, a unit counting reports continues it);
  the period of the total told ("sepanjang 2023", "semester I 2025", "hingga November 2025") holds
  for the counts told after it without a year of their own (the governments most reported, a list
  continued with "disusul" or "Selanjutnya"); a total just told lets the next units compare with it
  ("Angka tersebut lebih tinggi dari tahun sebelumnya yang berjumlah 297 laporan");
- **the year**: the one written nearest the count in its unit (a date ending a period counts:
  "hingga 30 Juni 2024"); a period over several years ("periode 2021–2023", "tiga tahun terakhir")
  has none; "tahun lalu"/"tahun sebelumnya" count back from the period told when the count compares
  with it, else from publication; a count with no period told in its report, none of several years
  told either, is of the year of the story's day (publication, else the day it reports);
- a total that the article breaks down into reports and other contacts is no fact, whichever unit
  breaks it down (its value is the count before "terdiri …" or the sum of the parts);
- counts of persons who reported ("85 warga melapor") only when the article gives no report count;
- a list of governments continued in the next unit ("Disusul Kabupaten A delapan laporan", "Sedangkan …")
  keeps the year of the unit before's governments' counts where it states none; a unit counting only
  reports still pending or closed ("masih ada 22 laporan dalam proses penanganan" in 2018) tells no
  period; the office misspelt ("Ombusman RI Provinsi Kaltara") is the office.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facttypes.complaints import Complaint
from pipeline.facttypes.complaints.counts import (COMPARISON, LEX, PATTERNS, RECEIVE, REPORT_NOUN, REPORT_NOUNS, Count, Read,
                                                  clause_bounds, count_value)
from pipeline.facttypes.complaints.excluded import outcome
from pipeline.facttypes.complaints.offices import Offices, office_before
from pipeline.facttypes.complaints.public import opens_split, public_count, recalls_whole, split_whole, summed_whole
from pipeline.facttypes.complaints.reading import BRACKETED, UnitCounts
from pipeline.facttypes.complaints.wrapped import joined_lines
from pipeline.gazetteer import get_gazetteer
from pipeline.lang import MONTH_NAMES, MONTHS, Gated, words_pattern
from pipeline.nlp.discourse import Discourse, discourse_of
from pipeline.nlp.discourse.frames import Frame
from pipeline.nlp.discourse.lists import CONTINUED
from pipeline.nlp.discourse.units import units_matching, units_with_words
from pipeline.nlp.discourse.years import relative_years, reported_day, valid_years, year_limit
from pipeline.nlp.rules import PatternMatcher, read_patterns

if not Doc.has_extension("complaints"):
    Doc.set_extension("complaints", default=None)

#: an article without "ombudsman" and one of these (lower case, anywhere) has no complaint fact
REPORT_WORDS = ("laporan", "pengaduan", "aduan", "keluhan", "melapor", "mengadu", "dilaporkan", "diadukan",
                "pelapor")  # (the reporters counted: "jumlah pelapor … mencapai 132 orang", final9)
#: a unit without one of these has no count to read (reports, or all contacts of which they are part; the
#: parties reported on: "Kabupaten A sebanyak 30 terlapor")
COUNT_WORDS = (*REPORT_WORDS, "akses", "konsultasi", "terlapor",
               *LEX["total_anaphors"])  # "Jumlah ini meningkat dibanding 2017 sebanyak 356" (reading.py `_total`)
#: an office head word and the office words after it, right before a province name (offices.py)
OFFICE_BEFORE = office_before(LEX["office_head"] + LEX["office_misspelt"], LEX["office_word"])
#: the institution's name as the press writes it, misspellings too (lower case)
OMBUDSMAN_FORMS = ("ombudsman", *LEX["office_misspelt"])
#: offices whose name is no province name, and their province ("Jakarta Raya": "31")
OFFICE_NAMES = {" ".join(name.split()): code for name, code in LEX["office_names"].items()}
OFFICE_NAME = re.compile(words_pattern(OFFICE_NAMES), re.IGNORECASE)
#: two years joined as one period: "2021–2023", "2021 hingga 2023", "2022 hingga awal Maret 2023" (a month of
#: the second year between: lexicon `period_bound`); the same year twice is one year's period
YEAR_SPAN = re.compile(r"((?:19|20)\d\d)\s*(?:[-–—]|s\.?d\.?|sampai|hingga|ke)\s*(?:tahun\s+)?"
                       r"(?:(?:" + words_pattern(LEX["period_bound"]) + r")\s+)?(?:(?:bulan\s+)?(?:\d{1,2}\s+)?"
                       + words_pattern(MONTH_NAMES) + r"\s+)?((?:19|20)\d\d)", re.IGNORECASE)
#: a period from a month of one year to an earlier month of the next ("Oktober 2016 hingga September 2017"):
#: at most a year, the year it ends in (`_one_year`)
MONTH_SPAN = re.compile(r"(" + words_pattern(MONTH_NAMES) + r")\s+((?:19|20)\d\d)\s*(?:[-–—]|s\.?d\.?|sampai(?:\s+dengan)?|"
                        r"hingga|ke)\s*(?:bulan\s+)?(" + words_pattern(MONTH_NAMES) + r")\s+((?:19|20)\d\d)\b", re.IGNORECASE)
#: a year a count is compared with, after a comparison word or a change and "dari" ("… 16 laporan walaupun
#: jumlahnya meningkat 100% dari tahun 2018", "… dibanding 2022"): not the count's own year (final6)
COMPARED_YEAR = re.compile(r"\b(?:dibanding(?:kan)?|ketimbang|daripada|(?:naik|turun|meningkat|menurun|bertambah|berkurang"
                           r"|lebih\s+(?:tinggi|rendah|banyak|sedikit))\b[^.,;\d]{0,12}(?:[\d.,]+\s*(?:%|persen)\s*)?dari)"
                           r"\s+(?:periode\s+)?(?:tahun\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
#: a ranking of the governments reported on (lexicon `ranking_words`)
RANKING = re.compile(words_pattern(LEX["ranking_words"]), re.IGNORECASE)
#: a period of months with no year ("dari bulan Juli sampai dengan September"): the story's year
MONTHS_ONLY = re.compile(words_pattern(MONTH_NAMES) + r"\s*(?:[-–—]|s\.?d\.?|sampai(?:\s+dengan)?|hingga)\s*"
                         r"(?:bulan\s+)?" + words_pattern(MONTH_NAMES) + r"(?!\s*,?\s*(?:tahun\s+)?(?:19|20)\d\d)",
                         re.IGNORECASE)
#: a date that ends a period: its year is the period's ("hingga 30 Juni 2024", "per 4 Desember 2023")
PERIOD_END = re.compile(words_pattern(LEX["period_end"]) + r"\.?\s+(?:tanggal\s+)?\d{1,2}\s+"
                        + words_pattern(MONTH_NAMES) + r"\s+((?:19|20)\d\d)\b", re.IGNORECASE)
MULTI_YEAR = re.compile(r"\b(?:\w+\s+)?(?:" + "|".join(LEX["multi_year"]) + r")\b", re.IGNORECASE)
#: a period from a year to the day of the story ("sejak 2013", "semenjak tahun 2019"; lexicon `since`): a
#: period of several years when that year is before the story's (final7)
SINCE_YEAR = re.compile(words_pattern(LEX["since"]) + r"\s+(?:tahun\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
#: the word after a bare amount, and the words that may follow one ("sebanyak 244 pada 2024")
NEXT_WORD = re.compile(r"[ \t]*([a-z][a-z-]*)")
AMOUNT_FOLLOWERS = frozenset(LEX["amount_followers"]) | frozenset(REPORT_NOUNS)
#: right after a count: the year it is of ("242 laporan di tahun 2025", "130 aduan pada 2022")
YEAR_RIGHT_AFTER = re.compile(r"\s*(?:" + words_pattern(REPORT_NOUNS, boundary=False) + r")?\s*(?:masyarakat\s+)?"
                              r"(?:pada|di|dalam|selama|sepanjang)\s+(?:tahun\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
#: a period of the reports told before its year ("sepanjang 2017", "triwulan II 2022"; lexicon `period_cues`)
PERIOD_CUE = re.compile(words_pattern(LEX["period_cues"]) + r"\s+(?:[\w.]+\s+){0,2}?(?:tahun\s+)?(?:19|20)\d\d\b",
                        re.IGNORECASE)
#: the office visited or contacted: a unit with one of these and a year tells the report's period
ACCESS = re.compile(words_pattern(LEX["access"]), re.IGNORECASE)
#: a unit about the governments reported on tells of the Ombudsman's reports (lexicon `reported_on`)
#: (every match holds the longest piece of one of its words: `Gated`)
REPORTED_ON = Gated(re.compile(words_pattern(LEX["reported_on"]), re.IGNORECASE),
                    tuple(max(w.lower().split(), key=len) for w in LEX["reported_on"]))
#: a unit that is the office's own account after sentences about its reports: its contacts broken down (lexicon
#: `other_contact`: the Ombudsman's own vocabulary) or the office speaking of itself ("pihaknya"; lexicon `office_self`)
OFFICE_OWN = re.compile(words_pattern(LEX["other_contact"] + LEX["office_self"]), re.IGNORECASE)
#: a digit: a unit listing governments reported on without one has no number to read
DIGIT = re.compile(r"\d")
#: How many units after an office total a comparison may refer to it.
TOTAL_REACH = 4
#: How many units after the last about the Ombudsman's reports a count still belongs to them.
REPORT_REACH = 2
#: How many units after a breakdown of the reports a unit continuing it ("Berikutnya …") is one too.
BREAKDOWN_REACH = 1
#: How many units after a kabupaten/kota's count with its year a count of the next government (the list
#: continued: "Disusul Kabupaten A tujuh laporan", "Sedangkan Kota B …") without a year of its own takes it.
LIST_REACH = 1


class ReportFrame(Frame):
    """The report told across units: `period`, the year of the office's intake told (for the counts
    after it); `total`, that a total was just told (for a comparison with it); `report`, that the
    units just before are about reports to the Ombudsman (a count in a unit that names no
    Ombudsman office belongs to the report only while this holds); `mentioned`, that sentences about the
    reports with no count of their own followed it (a unit that is the office's own account still
    belongs to the report then: OFFICE_OWN)."""

    def __init__(self, total_reach: int = TOTAL_REACH, report_reach: int = REPORT_REACH):
        super().__init__("report", period=None, total=total_reach, report=report_reach, breakdown=BREAKDOWN_REACH,
                         listed=LIST_REACH, mentioned=report_reach)


class ReportReader:
    """Reads one doc's complaint facts unit by unit (see the module doc)."""

    def __init__(self, doc: Doc, discourse: Discourse, matcher: PatternMatcher, total_reach: int = TOTAL_REACH,
                 report_reach: int = REPORT_REACH):
        self.doc, self.discourse = doc, discourse
        self.text = discourse.text
        self.gaz = get_gazetteer()
        # without a publication date, the day the story reports ("Kamis (28/12/2017)"): what "tahun ini"
        # and a period of months without a year are relative to (final6; the MPP dating's rule)
        self.published = doc._.published or reported_day(self.text)
        self.limit = year_limit(self.published)
        first = discourse.units[:1]
        #: the content units, the headline first ("Ombudsman Sultra Terima 412 Laporan Sepanjang 2023")
        self.units = joined_lines(self.text, ([first[0]] if first and first[0].heading and not first[0].noise else [])
                                  + discourse.content)  # (a sentence hard-wrapped across lines: one unit, wrapped.py)
        self.counts = self._counts(matcher)
        self.offices = Offices(self.text, self._province_spans(doc), self.units, OFFICE_BEFORE) if self.counts else None
        self.frame = ReportFrame(total_reach, report_reach)
        self.several = False  # a period of several years was told: an undated count is not the story's year

    def _province_spans(self, doc: Doc) -> list[tuple[int, int, str]]:
        """The provinces named (start, end, code), and the offices' names that are no province name
        ("Jakarta Raya": lexicon `office_names`)."""
        spans = [(s.start_char, s.end_char, s.kb_id_) for s in self.discourse.spans("provinces")]
        spans += [(m.start(), m.end(), OFFICE_NAMES[m.group(0).lower()]) for m in OFFICE_NAME.finditer(self.text)
                  if not any(a <= m.start() < b for a, b, _ in spans)]
        return sorted(spans)

    def _counts(self, matcher: PatternMatcher) -> list[Count]:
        """Every count of the units that speak of reports (character offsets in the text), one per
        number, the most specific reading first ("sebanyak 41 laporan" is a count of reports, not a
        bare amount)."""
        rank = {"reports": 0, "times": 1, "persons": 2, "other": 3, "amount": 4}
        found: list[tuple[int, int, int, str]] = []
        units = self.units
        for unit, gate in zip(units, units_with_words(self.discourse.lower, COUNT_WORDS, units, start_only=False)):
            if not gate:
                continue
            for m in matcher(self.doc[unit.tok_start:unit.tok_end]):
                a, b = self.discourse.char_span(m.start, m.end)
                found.append((a, b, rank[m.id], m.id))
        found.sort(key=lambda f: (f[2], -(f[1] - f[0])))
        taken: list[Count] = []
        for a, b, _, kind in found:
            if any(a < c.end and c.start < b for c in taken) or (kind == "amount" and self._amount_of_other(b)):
                continue
            taken.append(Count(kind, count_value(_number_words(self.text[a:b])), a, b))
        return sorted(taken, key=lambda c: c.start)

    def _amount_of_other(self, end: int) -> bool:
        """A bare amount followed by a noun that is no report ("sebanyak 23 pemerintah daerah")."""
        m = NEXT_WORD.match(self.discourse.lower, end)
        return m is not None and m.group(1) not in AMOUNT_FOLLOWERS

    def _note_unit(self, k: int, unit, counts: list[Count], reported_on: bool) -> None:
        """What unit k tells before its counts are read: that it speaks of the reports (it names the
        Ombudsman, a government reported on, or continues a ranking of the reported), the office it
        names and, with no count of its own, the period it tells."""
        low = self.discourse.lower[unit.start:unit.end]
        ombudsman = any(w in low for w in OMBUDSMAN_FORMS) or self.offices.named_in(unit)
        if ombudsman or reported_on:
            self.frame.tell("report", True, k)
        elif not counts and self.frame.get("report", k) and "lapor" in low and RANKING.search(unit.text) \
                and REPORT_NOUN.search(unit.text):
            self.frame.tell("report", True, k)  # a ranking of the reported continued (lexicon `ranking_words`)
        if not counts and (self.frame.get("report", k) or self.frame.get("mentioned", k)) and REPORT_NOUN.search(unit.text):
            self.frame.tell("mentioned", True, k)  # "… penyelesaian laporan masyarakat yang masuk." (final8, final9)
        if ombudsman and (counts or RECEIVE.search(unit.text)):
            self.offices.told(unit, unit.start + counts[0].start if counts else None)
        if ombudsman and not counts:
            self._period(k, unit.text, counts)  # "Ombudsman Sumut didatangi 610 warga pada 2024"

    def read(self) -> list[Complaint]:
        facts: list[Complaint] = []
        persons: list[Complaint] = []
        inclusive: set[int] = set()  # totals of all contacts, broken down somewhere in the article
        reported_on = units_matching(REPORTED_ON, self.text, self.units)
        residence_list = False  # the last unit read listed where reporters live
        parts: tuple[int, list[int]] = (-2, [])  # the last unit that counted other contacts, its values
        regional = -2  # the last unit that gave a kabupaten/kota its count
        for k, unit in enumerate(self.units):
            counts = [Count(c.kind, c.value, c.start - unit.start, c.end - unit.start)
                      for c in self.counts if unit.start <= c.start < unit.end]
            self._note_unit(k, unit, counts, reported_on[k])
            # a list of governments reported on continued with bare numbers: "Disusul Kota A 27, Kabupaten B 14 dan C 1."
            continued = regional == k - 1 and CONTINUED.match(unit.text) is not None
            listing = (continued or reported_on[k]) and DIGIT.search(unit.text) is not None
            if not (counts or listing or BRACKETED.search(unit.text)) or not (
                    self.frame.get("report", k) or (self.frame.get("mentioned", k) and OFFICE_OWN.search(unit.text))):
                continue  # (the office's contacts broken down, after sentences about its reports: still its report)
            self._period(k, unit.text, counts)
            mentions = [m for m in self.discourse.mentions_in(unit) if m.start not in self.offices.names]
            offices = tuple(p - unit.start for p, _ in self.offices.named if unit.start <= p < unit.end)
            reading = UnitCounts(self.text, unit, mentions, counts, self.gaz, residence_list, offices,
                                 listing=listing)
            residence_list = reading.residence_list
            values = reading.parts()
            together = sum(parts[1]) + sum(values) if values and parts[0] == k - 1 else None
            told = {c.value for c in self.counts if c.start < unit.start}  # the values told before the unit
            # the public's own reports beside other contacts (public.py) are the office's figure
            public = public_count(unit.text, counts) if values or opens_split(unit.text, counts) else None
            whole = bool(values) and (sum(values) in told or together in told or public is not None)
            no_facts = frozenset({c.value for c in self.counts if c.start < unit.start and c.kind in ("reports", "amount")}
                                 - {f.count for f in facts})
            reads = reading.read(self.frame.get("total", k) is not None, self.frame.get("breakdown", k) is not None, whole,
                                 no_facts)
            split = split_whole(unit.text, counts, public, told) if public is not None and not values else None
            if public is None and not values:
                inclusive |= self._recalled_whole(unit.text, counts, facts)
            if public is not None and (summed := summed_whole(unit.text, public, told | {
                    c.value for c in counts if c.start < public.start})) is not None:
                inclusive.add(summed)  # the public's reports and the other contacts add up to a total told
            if split is not None:  # "Dari total 545 laporan, 170 laporan berasal langsung dari masyarakat"
                reads = [r for r in reads if r.count is not split and r.count is not public] + [Read(public, None, False)]
                inclusive.add(split.value)
            told_facts = [self._fact(k, unit, r) for r in reads]
            self._list_year(k, told_facts)
            facts += told_facts
            regional = k if any(r.region is not None for r in reads) else regional
            self.frame.tell("breakdown", True if reading.breakdown else None, k)
            persons += [self._fact(k, unit, Read(c, None, False)) for c in reading.persons()]
            inclusive |= reading.inclusive()
            if values:  # the parts of a total told before: 87, 22, 1 … of 255 aduan
                inclusive |= {sum(values)} | ({together} if together is not None else set())
                parts = (k, values)
            self.frame.tell("report", True, k)  # a unit counting reports continues the report
        return self._unique(facts or persons, inclusive)

    @staticmethod
    def _recalled_whole(ut: str, counts: list[Count], facts: list[Complaint]) -> set[int]:
        """The office's last total when this unit tells it was made of the public's reports and other
        contacts ("… itu terdiri dari laporan masyarakat sebanyak 179": public.recalls_whole)."""
        public = public_count(ut, counts)
        if public is None or not recalls_whole(ut, counts, public):
            return set()
        last = next((f for f in reversed(facts) if f.region_code is None), None)
        return {last.count} if last is not None and last.count > public.value else set()

    def _unique(self, facts: list[Complaint], inclusive: set[int]) -> list[Complaint]:
        """One fact per office, government, count and year; no total of all contacts; a headline's
        count only where the body does not tell it (the body's gives the year and the evidence); a
        count without a year only where it is not told elsewhere with one."""
        heading = self.units[0].text if self.units and self.units[0].heading else None
        body = {(f.province_code, f.region_code, f.count) for f in facts if f.evidence != heading}
        dated = {(f.province_code, f.region_code, f.count) for f in facts if f.year is not None}
        unique: dict[tuple, Complaint] = {}
        for f in facts:
            if (f.region_code is None and f.count in inclusive) \
                    or (f.evidence == heading and (f.province_code, f.region_code, f.count) in body) \
                    or (f.year is None and (f.province_code, f.region_code, f.count) in dated):
                continue  # (the same count told again with its period: a lede repeated further down)
            unique.setdefault((f.province_code, f.region_code, f.count, f.year), f)
        return list(unique.values())

    def _period(self, k: int, ut: str, counts: list[Count]) -> None:
        """A unit telling what the office received ("menerima 523 akses masyarakat sepanjang
        2024", "didatangi 610 warga pada 2024"), not in comparison with another period: its year is the
        period of the report."""
        verb = RECEIVE.search(ut) if counts or REPORT_NOUN.search(ut) else None
        verb = verb or ACCESS.search(ut)  # (not "masuk zona merah" in a unit about no report)
        low = ut.lower()
        if verb is None and REPORT_NOUN.search(ut) is None and not any(w in low for w in (*REPORT_WORDS, *OMBUDSMAN_FORMS)):
            return
        if verb is None:
            # "… paling banyak diadukan ke Ombudsman selama 2017": the year of the period written
            cue = PERIOD_CUE.search(ut)
            if cue is not None and int(cue.group(0)[-4:]) <= self.limit and not COMPARISON.search(ut, 0, cue.start()):
                # "selama periode 2021 hingga 2025": several years, no one year's period
                span = YEAR_SPAN.match(ut, cue.end() - 4)
                several = span is not None and span.group(1) != span.group(2)
                self.several |= several
                self.frame.tell("period", None if several else int(cue.group(0)[-4:]), k)
            return
        first = counts[0] if counts else Count("other", None, verb.start(), verb.end())
        if COMPARISON.search(ut, 0, first.start) or (counts and all(outcome(ut, c, *clause_bounds(ut, c.start))
                                                                     for c in counts)):
            return  # (the reports still pending "hingga memasuki 2018": no period of the reports received)
        year, stated = self._year(k, ut, Read(first, None, False))
        if stated:
            self.frame.tell("period", year, k)

    def _fact(self, k: int, unit, r: Read) -> Complaint:
        year, stated = self._year(k, unit.text, r)
        if r.region is None and not r.comparison:
            self.frame.tell("total", True, k)
        if not stated:
            year = self.frame.get("period", k)
            if year is None and r.region is not None:
                year = self.frame.get("listed", k)  # a list of governments continued from the unit before
            if year is None and not r.comparison and not self.several and self.published is not None:
                year = self.published.year  # no period told at all: the story's day's (final10, final6)
        office = self.offices.at(unit.start + r.count.start, unit)
        self.offices.read(office)
        return Complaint(province_code=office, region_code=r.region, count=r.count.value, year=year,
                         evidence=unit.text)

    def _list_year(self, k: int, facts: list[Complaint]) -> None:
        """The year of the governments' counts a unit gave (one year for all of them): the counts of the
        governments listed on in the next unit without a year of their own take it ("Kota A paling banyak
        dilaporkan pada Januari–Maret 2025, 18 laporan. Disusul Kabupaten B delapan laporan, …")."""
        years = {f.year for f in facts if f.region_code is not None}
        if len(years) == 1 and None not in years:
            self.frame.tell("listed", years.pop(), k)

    def _year(self, k: int, ut: str, r: Read) -> tuple[int | None, bool]:
        """(year, whether the unit states one) for a count: the nearest year written in the unit;
        None for a period of several years."""
        c = r.count
        turns = [m for m in MONTH_SPAN.finditer(ut) if _one_year(m)]  # "Oktober 2016 hingga September 2017": 2017
        spans = [m.span() for m in YEAR_SPAN.finditer(ut) if m.group(1) != m.group(2)
                 and not any(t.start() <= m.start() < t.end() for t in turns)]
        spans += [m.span() for m in MULTI_YEAR.finditer(ut)]
        if self.published is not None:  # "Sejak 2013, Ombudsman … menerima 1519 aduan" (2022): several years
            spans += [m.span(1) for m in SINCE_YEAR.finditer(ut) if int(m.group(1)) < self.published.year]
        base = self.frame.get("period", k) if r.comparison else None
        years = [(y, a) for y, a, _ in valid_years(ut, self.limit, periods=True)]
        years += [(y, a) for y, a, _ in relative_years(ut, self.published, base)]
        years += [(int(m.group(1)), m.start(1)) for m in PERIOD_END.finditer(ut) if int(m.group(1)) <= self.limit]
        firsts = {t.start(2) for t in turns}
        # a year the count is compared with, told after it: the other period's
        compared = {m.start(1) for m in COMPARED_YEAR.finditer(ut, c.end)} if not r.comparison else set()
        years = [(y, a) for y, a in years if a not in compared]
        marks = [(None, a) for a, _ in spans] + [(y, a) for y, a in years
                                                 if not any(s <= a < e for s, e in spans) and a not in firsts]
        if not marks:
            # "dari bulan Juli sampai dengan September, Ombudsman telah menerima …": this year's months
            if self.published is not None and MONTHS_ONLY.search(ut) is not None:
                return self.published.year, True
            return None, False
        after = YEAR_RIGHT_AFTER.match(ut, c.end)  # "dari 171 laporan pada 2024 menjadi 242 laporan di tahun 2025"
        if after is not None:
            mark = next((m for m in marks if m[1] == after.start(1)), None)
            if mark is not None:
                self.several |= mark[0] is None
                return mark[0], True
        lo, hi = clause_bounds(ut, c.start)  # "Pada 2021 tercatat 220 laporan, 2022 sebanyak 250 laporan"
        year, _ = min(marks, key=lambda m: (not lo <= m[1] < hi, abs(m[1] - c.start), m[1] > c.start))
        self.several |= year is None
        return year, True


def _one_year(m: re.Match) -> bool:
    """A MONTH_SPAN match of at most twelve months: into the next year, to an earlier month."""
    return int(m.group(4)) == int(m.group(2)) + 1 and MONTHS[m.group(3).lower()] < MONTHS[m.group(1).lower()]


def _number_words(span: str) -> str:
    """The number in a count's text: "sebanyak 244" → "244", "412 laporan" → "412"."""
    words = span.split()
    keep = [w for w in words if count_value(w) is not None or w.lower() in ("belas", "puluh", "ratus", "ribu")]
    return " ".join(keep)


class ComplaintTagger:
    def __init__(self, nlp: Language, total_reach: int = TOTAL_REACH, report_reach: int = REPORT_REACH):
        self.matcher = PatternMatcher(nlp, read_patterns(PATTERNS))
        self.reaches = {"total_reach": total_reach, "report_reach": report_reach}

    def __call__(self, doc: Doc) -> Doc:
        doc._.complaints = self.extract(doc)
        return doc

    def extract(self, doc: Doc) -> list[Complaint]:
        discourse = discourse_of(doc)
        low = discourse.lower
        if not any(w in low for w in OMBUDSMAN_FORMS) or not any(w in low for w in REPORT_WORDS):
            return []
        reader = ReportReader(doc, discourse, self.matcher, **self.reaches)
        return reader.read() if reader.counts else []


@Language.factory("warta_complaints", requires=["doc._.discourse", "doc._.published", "doc.spans"],
                  assigns=["doc._.complaints"],
                  default_config={"total_reach": TOTAL_REACH, "report_reach": REPORT_REACH})
def make_complaint_tagger(nlp: Language, name: str, total_reach: int, report_reach: int) -> ComplaintTagger:
    """Reaches in units: of an office total for a comparison with it; of a report for a count in a
    unit that names no Ombudsman office."""
    return ComplaintTagger(nlp, total_reach, report_reach)
