"""Complaints to the Ombudsman: `doc._.complaints`, a list of `Complaint`.

One fact per office, government, count and year, read unit by unit from the discourse layer:

- **the counts** of a unit and what each counts (counts.py): a kabupaten/kota's, the office's total,
  or nothing;
- **the office**: the Ombudsman office named last before the count ("Ombudsman RI Perwakilan
  Sulawesi Tenggara", "Kepala Ombudsman Kalbar"), else the first one the article names; Ombudsman RI
  itself (no province) where that is the office named;
- **the report frame** across units (`ReportFrame`): the period of the total told ("sepanjang
  2023", "semester I 2025", "hingga November 2025") holds for the counts told after it without a
  year of their own (the governments most reported, a list continued with "disusul" or
  "Selanjutnya"); a total just told lets the next units compare with it ("Angka tersebut lebih
  tinggi dari tahun sebelumnya yang berjumlah 297 laporan");
- **the year**: the one written nearest the count in its unit; a period over several years
  ("periode 2021–2023", "tiga tahun terakhir") has none; "tahun lalu"/"tahun sebelumnya" count
  back from the period told when the count compares with it, else from publication;
- counts of persons who reported ("85 warga melapor") only when the article gives no report count.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facttypes.complaints import Complaint
from pipeline.facttypes.complaints.counts import COMPARISON, LEX, PATTERNS, RECEIVE, Count, Read, UnitCounts, count_value
from pipeline.gazetteer import get_gazetteer
from pipeline.nlp.discourse import Discourse, discourse_of
from pipeline.nlp.discourse.frames import Frame
from pipeline.nlp.discourse.units import units_with_words
from pipeline.nlp.discourse.years import relative_years, valid_years, year_limit
from pipeline.nlp.rules import PatternMatcher, read_patterns

if not Doc.has_extension("complaints"):
    Doc.set_extension("complaints", default=None)

#: an article without "ombudsman" and one of these (lower case, anywhere) has no complaint fact
REPORT_WORDS = ("laporan", "pengaduan", "aduan", "melapor", "mengadu", "dilaporkan", "diadukan")
#: a unit without one of these has no count to read (reports, or all contacts of which they are part)
COUNT_WORDS = (*REPORT_WORDS, "akses", "konsultasi")
#: Ombudsman RI itself: no province after it
NATIONAL = re.compile(r"\bombudsman\s+(?:ri|republik\s+indonesia)\b(?!\s+perwakilan)", re.IGNORECASE)
#: How close after "Ombudsman RI" a province name makes it a provincial office.
NATIONAL_GAP = 3
#: two years joined as one period: "2021–2023", "2021 hingga 2023"
YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*(?:[-–—]|s\.?d\.?|sampai|hingga|ke)\s*(?:tahun\s+)?(?:19|20)\d\d", re.IGNORECASE)
MULTI_YEAR = re.compile(r"\b(?:\w+\s+)?(?:" + "|".join(LEX["multi_year"]) + r")\b", re.IGNORECASE)
#: How many units after an office total a comparison may refer to it.
TOTAL_REACH = 2
#: How many units after the last about the Ombudsman's reports a count still belongs to them.
REPORT_REACH = 2


class ReportFrame(Frame):
    """The report told across units: `period`, the year of the office's intake told (for the counts
    after it); `total`, that a total was just told (for a comparison with it); `report`, that the
    units just before are about reports to the Ombudsman (a count in a unit that names no
    Ombudsman office belongs to the report only while this holds)."""

    def __init__(self, total_reach: int = TOTAL_REACH, report_reach: int = REPORT_REACH):
        super().__init__("report", period=None, total=total_reach, report=report_reach)


class ReportReader:
    """Reads one doc's complaint facts unit by unit (see the module doc)."""

    def __init__(self, doc: Doc, discourse: Discourse, matcher: PatternMatcher, total_reach: int = TOTAL_REACH,
                 report_reach: int = REPORT_REACH):
        self.doc, self.discourse = doc, discourse
        self.text = discourse.text
        self.gaz = get_gazetteer()
        self.published = doc._.published
        self.limit = year_limit(self.published)
        self.counts = self._counts(matcher)
        self.offices = self._offices() if self.counts else []
        self.frame = ReportFrame(total_reach, report_reach)

    def _offices(self) -> list[tuple[int, str | None]]:
        """(position, province code or None for Ombudsman RI) of every Ombudsman office named."""
        out = [(s.start_char, s.kb_id_) for s in self.doc.spans.get("provinces", [])
               if s._.cue and ("ombudsman" in s._.cue or "perwakilan" in s._.cue)]
        starts = [p for p, _ in out]
        for m in NATIONAL.finditer(self.text):
            if not any(m.end() <= p <= m.end() + NATIONAL_GAP for p in starts):
                out.append((m.start(), None))
        return sorted(out, key=lambda o: o[0])

    def _office_at(self, pos: int) -> str | None:
        before = [code for p, code in self.offices if p < pos]
        if before:
            return before[-1]
        return self.offices[0][1] if self.offices else None

    def _counts(self, matcher: PatternMatcher) -> list[Count]:
        """Every count of the units that speak of reports (character offsets in the text), one per
        number, the most specific reading first ("sebanyak 41 laporan" is a count of reports, not a
        bare amount)."""
        rank = {"reports": 0, "times": 1, "persons": 2, "other": 3, "amount": 4}
        found: list[tuple[int, int, int, str]] = []
        units = self.discourse.content
        for unit, gate in zip(units, units_with_words(self.discourse.lower, COUNT_WORDS, units, start_only=False)):
            if not gate:
                continue
            for m in matcher(self.doc[unit.tok_start:unit.tok_end]):
                a, b = self.discourse.char_span(m.start, m.end)
                found.append((a, b, rank[m.id], m.id))
        found.sort(key=lambda f: (f[2], -(f[1] - f[0])))
        taken: list[Count] = []
        for a, b, _, kind in found:
            if any(a < c.end and c.start < b for c in taken):
                continue
            taken.append(Count(kind, count_value(_number_words(self.text[a:b])), a, b))
        return sorted(taken, key=lambda c: c.start)

    def read(self) -> list[Complaint]:
        facts: list[Complaint] = []
        persons: list[Complaint] = []
        for k, unit in enumerate(self.discourse.content):
            counts = [Count(c.kind, c.value, c.start - unit.start, c.end - unit.start)
                      for c in self.counts if unit.start <= c.start < unit.end]
            ombudsman = "ombudsman" in self.discourse.lower[unit.start:unit.end]
            if ombudsman:
                self.frame.tell("report", True, k)
            if not counts or not (ombudsman or self.frame.get("report", k)):
                continue
            self._period(k, unit.text, counts)
            reading = UnitCounts(self.text, unit, self.discourse.mentions_in(unit), counts, self.gaz)
            made = [self._fact(k, unit, r) for r in reading.read(self.frame.get("total", k) is not None)]
            facts += made
            persons += [self._fact(k, unit, Read(c, None, False)) for c in reading.persons()]
            if ombudsman or made:
                self.frame.tell("report", True, k)
        unique: dict[tuple, Complaint] = {}
        for f in facts or persons:
            unique.setdefault((f.province_code, f.region_code, f.count, f.year), f)
        return list(unique.values())

    def _period(self, k: int, ut: str, counts: list[Count]) -> None:
        """A unit telling what the office received ("menerima 523 akses masyarakat sepanjang
        2024"), not in comparison with another period: its year is the period of the report."""
        first = counts[0]
        if not RECEIVE.search(ut) or COMPARISON.search(ut, 0, first.start):
            return
        year, stated = self._year(k, ut, Read(first, None, False))
        if stated:
            self.frame.tell("period", year, k)

    def _fact(self, k: int, unit, r: Read) -> Complaint:
        year, stated = self._year(k, unit.text, r)
        if r.region is None and not r.comparison:
            self.frame.tell("total", True, k)
        if not stated:
            year = self.frame.get("period", k)
        return Complaint(province_code=self._office_at(unit.start + r.count.start), region_code=r.region,
                         count=r.count.value, year=year, evidence=unit.text)

    def _year(self, k: int, ut: str, r: Read) -> tuple[int | None, bool]:
        """(year, whether the unit states one) for a count: the nearest year written in the unit;
        None for a period of several years."""
        c = r.count
        spans = [m.span() for m in YEAR_SPAN.finditer(ut)] + [m.span() for m in MULTI_YEAR.finditer(ut)]
        base = self.frame.get("period", k) if r.comparison else None
        years = [(y, a) for y, a, _ in valid_years(ut, self.limit, periods=True)]
        years += [(y, a) for y, a, _ in relative_years(ut, self.published, base)]
        marks = [(None, a) for a, _ in spans] + [(y, a) for y, a in years if not any(s <= a < e for s, e in spans)]
        if not marks:
            return None, False
        year, _ = min(marks, key=lambda m: (abs(m[1] - c.start), m[1] > c.start))
        return year, True


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
        if "ombudsman" not in low or not any(w in low for w in REPORT_WORDS):
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
