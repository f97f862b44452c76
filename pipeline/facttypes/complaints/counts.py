"""The counts of one unit and what each counts: an office's total, a kabupaten/kota's, or nothing.

A count is a span_ruler match (patterns.jsonl): reports ("412 laporan", "132 aduan"), times
("dilaporkan 44 kali"), persons ("85 warga"), other contacts ("164 konsultasi") or a bare amount
("laporan yang masuk sebanyak 244"). What it counts:

- **a kabupaten/kota's** when a government mention stands before it in its stretch of the unit
  ("Pemerintah Kota Kendari dengan 64 laporan", "Kabupaten Agam (21 laporan)", "instansi yang
  berkedudukan di Kota Kupang dilaporkan 44 kali") or right after it as the addressee ("19 laporan
  ditujukan kepada Pemerintah Kabupaten Manokwari"); values given "masing-masing" go to the listed
  governments in order. A provincial government's count ("Pemprov Jambi dilaporkan 24 kali") and
  where reporters live ("warga Kota Mataram … 71 orang") count nothing;
- **the office's total** when nothing is its subject and the unit says the office received or
  recorded it ("menerima", "tercatat", "laporan yang masuk"), lists it as the reports part of all
  contacts ("terdiri atas 318 laporan masyarakat, 164 konsultasi"), or compares it with the total just
  told ("lebih tinggi dari tahun sebelumnya yang berjumlah 297 laporan");
- **nothing**: a vague amount ("ratusan laporan"), a total that includes consultations, a breakdown
  by subject, maladministration or channel ("terkait pertanahan 98 laporan, disusul kepegawaian 73
  laporan"), an outcome ("301 laporan telah selesai ditindaklanjuti").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.facttypes.complaints import FOLDER
from pipeline.lang import CARDINALS, number_value, words_pattern
from pipeline.nlp.discourse.lists import RESPECTIVELY
from pipeline.nlp.discourse.mentions import ROLE_WINDOW, mention_role
from pipeline.nlp.rules import read_lexicon, read_patterns

LEX = read_lexicon(FOLDER / "lexicon.toml")
PATTERNS = FOLDER / "patterns.jsonl"
I = re.IGNORECASE


def _nouns() -> list[str]:
    """The report nouns of the "reports" count pattern (patterns.jsonl)."""
    first = next(p for p in read_patterns(PATTERNS) if p.get("id") == "reports")
    return first["pattern"][-1]["LOWER"]["IN"]


REPORT_NOUN = re.compile(words_pattern(_nouns()), I)
RECEIVE = re.compile(words_pattern(LEX["receive"] + ["catat", "terima"]), I)
COMPARISON = re.compile(words_pattern(LEX["comparison"]), I)
BREAKDOWN = re.compile(words_pattern(LEX["breakdown"]), I)
OUTCOME = re.compile(words_pattern(LEX["outcome"]), I)
COMPOSITION = re.compile(words_pattern(LEX["composition"]), I)
NOT_COMPOSITION = re.compile(words_pattern(LEX["not_composition"]), I)
#: right after a count: what the reports are about ("18 laporan masyarakat terkait pungutan")
ABOUT_AFTER = re.compile(r"^\s*(?:masyarakat\s+)?(?:yang\s+)?(?:terkait|berkaitan|menyangkut|soal|tentang)\b", I)
#: persons who reported ("85 warga melapor")
REPORTING = re.compile(r"\b(?:melapor|mengadu|melaporkan|mengadukan)\b", I)
#: "dilaporkan 44 kali": a count of times needs the verb in its unit
REPORTED = re.compile(r"\b(?:dilaporkan|diadukan|dikeluhkan)\b", I)
#: right after a count: the government it was addressed to ("19 laporan ditujukan kepada …")
ADDRESSED_AFTER = re.compile(r"^\s*(?:masyarakat\s+)?(?:di(?:tujukan|alamatkan)\s+(?:kepada|ke|untuk)|terhadap)\s+"
                             r"(?:pemerintah\s+)?(?:kabupaten\s+|kota\s+|kab\.\s+|pemkab\s+|pemkot\s+|pemko\s+)?$", I)
AGENCY_BEFORE = re.compile(words_pattern(LEX["agency_before"]) + r"(?:\s+\w+){0,3}?\s+(?:di|berkedudukan\s+di)\s+"
                           r"(?:wilayah\s+)?$", I)
RESIDENCE_BEFORE = re.compile(words_pattern(LEX["residence_before"])
                              + r"(?:\s+(?:yang\s+)?(?:berasal|asal|berdomisili|tinggal))?(?:\s+(?:dari|di))?\s+$", I)
#: the stretch of a unit a count belongs to ends at these
CLAUSE_BREAK = re.compile(r"[,;]\s|\s(?:sementara|sedangkan|namun|tetapi|adapun|disusul|lalu|kemudian)\s", I)
#: a number in digits or words ("1.245", "42", "dua ratus")
_WORD_NUMBER = r"\b(?:" + "|".join(CARDINALS) + r")\b(?:\s+(?:belas|puluh|ratus|ribu)\b)*"
NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+|" + _WORD_NUMBER + r"(?:\s+" + _WORD_NUMBER + r")*", I)
#: the values between "masing-masing" and the last of them: "42 dan", "31, 22, dan"
RESPECTIVE_VALUES = re.compile(r"(?:\s*(?:" + NUMBER.pattern + r")\s*(?:laporan|aduan|pengaduan|kali)?\s*(?:,\s*)?(?:dan|serta)?)+\s*",
                               I)
#: How far after a count its outcome or addressee is read.
AFTER_WINDOW = 60


@dataclass
class Count:
    kind: str  # reports | times | persons | other | amount
    value: int | None
    start: int  # offsets in the unit's text
    end: int


@dataclass
class Read:
    """What one count counts: `region` a kabupaten/kota code, None the office's total."""

    count: Count
    region: str | None
    comparison: bool


def subject_role(text: str, unit, m) -> str | None:
    """A mention's role as the government reported on: agencies located there count for it
    ("instansi di Kabupaten Sikka"), reporters living there do not ("warga Kota Mataram")."""
    before = text[max(unit.start, m.start - ROLE_WINDOW):m.start]
    if RESIDENCE_BEFORE.search(before):
        return None
    if AGENCY_BEFORE.search(before):
        return "gov"
    return mention_role(text, unit, m, events=False)


def clause_bounds(ut: str, pos: int) -> tuple[int, int]:
    """The stretch of unit text `ut` around `pos`, between clause breaks."""
    lo = max([0] + [m.end() for m in CLAUSE_BREAK.finditer(ut) if m.end() <= pos])
    hi = min([len(ut)] + [m.start() for m in CLAUSE_BREAK.finditer(ut) if m.start() >= pos])
    return lo, hi


def _excluded(ut: str, c: Count) -> bool:
    """An outcome or a subject at the count ("301 laporan telah selesai", "18 laporan terkait …")."""
    lo, hi = clause_bounds(ut, c.start)
    return bool(OUTCOME.search(ut, lo, min(hi, c.end + AFTER_WINDOW)) or ABOUT_AFTER.match(ut[c.end:]))


class UnitCounts:
    """The counts of one unit and their reading (see the module doc)."""

    def __init__(self, text: str, unit, mentions: list, counts: list[Count], gaz):
        self.text, self.unit, self.ut = text, unit, unit.text
        self.counts = counts
        self.govs = [(m, m.start - unit.start) for m in mentions if subject_role(text, unit, m) == "gov"
                     and (m.is_province or m.code in gaz.regions)]

    def _subject(self, c: Count, lo: int):
        """The government mention a count is of, or None: before it after `lo`, else its addressee."""
        before = [m for m, rel in self.govs if lo <= rel < c.start]
        if before:
            return before[-1]
        return next((m for m, rel in self.govs if c.end <= rel and ADDRESSED_AFTER.match(self.ut[c.end:rel])), None)

    def respective(self) -> dict[int, object]:
        """Counts given "masing-masing" after two or more governments ("… masing-masing 42 dan 36
        laporan"), by count start → government; the numbers before the last count become counts."""
        m = RESPECTIVELY.search(self.ut)
        if not m:
            return {}
        govs = [g for g, rel in self.govs if rel < m.start() and not g.is_province]
        last = next((c for c in self.counts if c.start >= m.end() and c.kind in ("reports", "times")), None)
        if len(govs) < 2 or last is None:
            return {}
        values = RESPECTIVE_VALUES.fullmatch(self.ut, m.end(), last.start)
        if values is None:
            return {}
        leading = [Count(last.kind, count_value(v.group(0)), v.start(), v.end())
                   for v in NUMBER.finditer(self.ut, m.end(), last.start)]
        if len(leading) + 1 != len(govs):
            return {}
        self.counts = sorted([c for c in self.counts if c not in leading] + leading, key=lambda c: c.start)
        return {c.start: g for c, g in zip([*leading, last], govs)}

    def read(self, total_before: bool) -> list[Read]:
        """Each count's reading; `total_before`: an office total was told in the units just before."""
        out: list[Read] = []
        shares = self.respective()
        composition = self._composition()
        breakdown_from = next((m.start() for m in BREAKDOWN.finditer(self.ut)), None)
        lo = 0
        for c in self.counts:
            if c.kind in ("other", "persons") or c.value is None:
                lo = c.end
                continue
            subject = shares.get(c.start) or self._subject(c, lo)
            lo = c.end
            if _excluded(self.ut, c) or (c.kind == "times" and not REPORTED.search(self.ut, 0, c.start)):
                continue
            if subject is not None:
                if not subject.is_province:  # a provincial government's count is not scored
                    out.append(Read(c, subject.code, False))
                continue
            if c.kind == "times" or (breakdown_from is not None and breakdown_from < c.start):
                continue
            if c.kind == "amount" and not REPORT_NOUN.search(self.ut, 0, c.start):
                continue
            if composition is not None and c.start < composition:
                continue  # a total of reports and consultations
            comparison = bool(COMPARISON.search(self.ut, 0, c.start))
            if RECEIVE.search(self.ut) or (composition is not None and c.start > composition) \
                    or (comparison and total_before):
                out.append(Read(c, None, comparison))
        return out

    def _composition(self) -> int | None:
        """Where a composition of all contacts starts ("terdiri atas …"), when other contacts are
        counted after it; None otherwise (also for "belum termasuk 141 konsultasi")."""
        m = COMPOSITION.search(self.ut)
        if not m or NOT_COMPOSITION.search(self.ut):
            return None
        if not any(c.kind == "other" and c.start > m.start() for c in self.counts):
            return None
        return m.start()

    def persons(self) -> list[Count]:
        """Counts of persons who reported ("Sebanyak 85 warga melapor"): reports only where an
        article gives no report count."""
        return [c for c in self.counts if c.kind == "persons" and c.value is not None
                and REPORTING.search(self.ut)]


def count_value(words: str) -> int | None:
    """The value of a count's number words or digits; None for a vague amount."""
    return number_value(words)
