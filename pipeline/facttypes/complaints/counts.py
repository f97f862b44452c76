"""The counts of reports and the vocabulary that reads them (lexicon.toml, patterns.jsonl).

A count is a span_ruler match (patterns.jsonl): reports ("412 laporan", "132 aduan"), times
("dilaporkan 44 kali"), persons ("85 warga"), other contacts ("164 konsultasi", "20 tembusan") or a
bare amount ("laporan yang masuk sebanyak 244"). What each counts is read by reading.py; what is no
fact by excluded.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.facttypes.complaints import FOLDER
from pipeline.lang import CARDINALS, number_value, words_pattern
from pipeline.nlp.rules import read_lexicon, read_patterns

LEX = read_lexicon(FOLDER / "lexicon.toml")
PATTERNS = FOLDER / "patterns.jsonl"
I = re.IGNORECASE


def _nouns() -> list[str]:
    """The report nouns of the "reports" count pattern (patterns.jsonl)."""
    first = next(p for p in read_patterns(PATTERNS) if p.get("id") == "reports")
    return first["pattern"][-1]["LOWER"]["IN"]


REPORT_NOUNS: tuple[str, ...] = tuple(_nouns())
REPORT_NOUN = re.compile(words_pattern(REPORT_NOUNS), I)
RECEIVE = re.compile(words_pattern(LEX["receive"] + ["catat", "terima"]), I)
COMPARISON = re.compile(words_pattern(LEX["comparison"]), I)
BREAKDOWN = re.compile(words_pattern(LEX["breakdown"]), I)
COMPOSITION = re.compile(words_pattern(LEX["composition"]), I)
NOT_COMPOSITION = re.compile(words_pattern(LEX["not_composition"]), I)
#: persons who reported ("85 warga melapor")
REPORTING = re.compile(r"\b(?:melapor|mengadu|melaporkan|mengadukan)\b", I)
#: "dilaporkan 44 kali": a count of times needs the verb in its unit
REPORTED = re.compile(r"\b(?:dilaporkan|diadukan|dikeluhkan)\b", I)
#: the stretch of a unit a count belongs to ends at these
#: (written to open with a class of its first characters, `[,;]\s|\s(?:…)\s` led the same way: `re` then
#: tries it only where one stands, not at every offset)
CLAUSE_BREAK = re.compile(r"[,;\s](?:(?<=[,;])\s|(?<=\s)(?:sementara|sedangkan|namun|tetapi|adapun|disusul|lalu|"
                          r"kemudian)\s)", I)
#: a number in digits or words ("1.245", "42", "dua ratus")
_WORD_NUMBER = r"\b(?:" + "|".join(CARDINALS) + r")\b(?:\s+(?:belas|puluh|ratus|ribu)\b)*"
NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+|" + _WORD_NUMBER + r"(?:\s+" + _WORD_NUMBER + r")*", I)
#: one value for each government listed before (lexicon `respectively`)
RESPECTIVELY = re.compile(words_pattern(LEX["respectively"]), I)
#: a share right before a count: "6% atau", "lima persen atau"
SHARE_OR = r"(?:" + NUMBER.pattern + r")(?:[.,]\d+)?\s*" + words_pattern(LEX["percent"], boundary=False) + r"\s+atau"
#: the values between "masing-masing" and the last of them: "42 dan", "31, 22, dan" (after glue words and a
#: share: "masing-masing sebanyak 6% atau")
RESPECTIVE_VALUES = re.compile(r"(?:[\s,]*(?:" + words_pattern(LEX["respective_glue"]) + "|" + SHARE_OR + r"))*"
                               r"(?:\s*(?:" + NUMBER.pattern + r")\s*(?:" + "|".join(REPORT_NOUNS) + r"|kali)?\s*(?:,\s*)?"
                               r"(?:dan|serta)?)*\s*", I)
#: a share's number in the values: not a value ("6% atau")
SHARE_AFTER = re.compile(r"(?:[.,]\d+)?\s*" + words_pattern(LEX["percent"], boundary=False), I)


def clause_bounds(ut: str, pos: int) -> tuple[int, int]:
    """The stretch of unit text `ut` around `pos`, between clause breaks."""
    lo = max([0] + [m.end() for m in CLAUSE_BREAK.finditer(ut) if m.end() <= pos])
    hi = min([len(ut)] + [m.start() for m in CLAUSE_BREAK.finditer(ut) if m.start() >= pos])
    return lo, hi


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


def count_value(words: str) -> int | None:
    """The value of a count's number words or digits; None for a vague amount."""
    return number_value(words)
