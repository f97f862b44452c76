"""Text units: the pieces of an article that facts are read from.

A unit is one of spaCy's sentences, further split at line breaks (portal paragraphs, headlines and
list items often lack a final full stop). Each unit knows its line's kind:

- **heading**: a headline, subheading or caption line (no sentence end, fewer than
  `HEADING_MAX_WORDS` words, not a list item, not prose: a line of `PROSE_MIN_WORDS` words or more
  whose words mostly start in lower case is a paragraph that lacks its full stop, as the last
  paragraph of a story or a line broken inside a sentence often does; headlines are short or
  capitalise their words; nor the first part of a sentence broken across lines, whose next line
  goes on in lower case);
- **noise**: portal furniture (pipeline.lang.NOISE_LINE: related links, captions, bylines) or the
  bare "1." a sentencizer splits off a list item.

Neither gives facts (`Unit.content` is False). Units work on character offsets: token objects are
costly to create, so a unit's token range comes from the doc's IDX array.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.lang import lower_of, matches_from, noise_line
from pipeline.nlp.discourse.lists import ENUMERATOR_ONLY, LIST_ITEM
from pipeline.nlp.text import doc_text

#: an item of a list of links: a bulleted line ("- Another article's title")
LINK_ITEM = re.compile(r"^\s*[-•*–·]\s+\S")

#: A line that ends like a sentence; shorter lines that do not are headlines or captions.
#: (`(?:[.!?:"'”’]|[.!?]\s*\(…\)|\s\(…\))\s*$` written to open with a class of its first characters, each
#: alternative's behind a look-behind: re then tries it only where one stands, not at every offset)
SENTENCE_END = re.compile(r"[.!?:\"'”’\s](?:(?<=[.!?:\"'”’])|(?<=[.!?])\s*\([^()]{1,20}\)"
                          r"|(?<=\s)\([a-z*/.]{1,10}\))\s*$")
#: a line whose last character is one of these matches SENTENCE_END's first alternative at its end
_FINAL_CHARS = frozenset(".!?:\"'”’")
#: SENTENCE_END is anchored at the line's end: only this many last characters can take part.
SENTENCE_END_TAIL = 64
#: A line that breaks off inside a sentence (a comma, a list's "dan"/"serta" at its end, as an excerpt cut
#: inside a list leaves it): prose, never a headline.
BROKEN_OFF = re.compile(r"[,\s](?:(?<=,)|(?<=\s)(?:dan|serta|yakni|yaitu))\s*$", re.IGNORECASE)  # (led as SENTENCE_END)
#: A line without a sentence end and with fewer words than this is a heading …
HEADING_MAX_WORDS = 25
#: … unless it has at least this many words, most of the words with letters in lower case (prose).
PROSE_MIN_WORDS = 12
PROSE_LOWER_SHARE = 0.5
#: The start of a line that goes on with the sentence of the line before it: a lower-case word (not
#: a portal's name such as "liputan6.com"); a line before one is no heading, whatever its length
#: ("Sedangkan delapan daerah sisanya masuk zona kuning" + "termasuk Pemerintah Provinsi …").
CONTINUED_LINE = re.compile(r"[ \t]*\n\s*[a-z]+\b(?![.\w])")
#: A letter grade that ends a sentence ("… masuk kategori C. Padahal …"): the tokenizer keeps "C."
#: as an initial, so the sentencizer does not end the sentence there.
LETTER_STOP = re.compile(r"\b(?:[Kk]ategori|[Oo]pini|[Pp]redikat)\s+[A-E]\.(?=\s+[A-Z])")
LETTER_STOP_WORDS = ("kategori", "opini", "predikat")


@dataclass
class Unit:
    """A sentence, split at line breaks. `start`/`end`: character offsets in the doc's text;
    `tok_start`/`tok_end`: its tokens. `heading` and `noise` units give no facts."""

    index: int
    start: int
    end: int
    text: str
    tok_start: int
    tok_end: int
    heading: bool = False
    noise: bool = False

    @property
    def content(self) -> bool:
        return not (self.heading or self.noise)


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the line holding `pos`."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _letter_stops(text: str, low: str) -> list[int]:
    """The ends of `LETTER_STOP.finditer(text)`, the pattern tried only where one of its words
    starts in the lower-cased text (every match starts there; no two can overlap) instead of at
    every offset. Text whose lower case changes its length is searched as before."""
    if len(low) != len(text):
        return [m.end() for m in LETTER_STOP.finditer(text)]
    return [m.end() for m in matches_from(LETTER_STOP, text, LETTER_STOP_WORDS, low)]


def _split_at_letter_stops(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans split after a sentence-final letter grade (LETTER_STOP)."""
    low = lower_of(text)
    stops = _letter_stops(text, low) if "kategori" in low or "opini" in low or "predikat" in low else []
    if not stops:
        return bounds
    split = []
    for s_start, s_end in bounds:
        for cut in stops[bisect_left(stops, s_start + 1):bisect_left(stops, s_end)]:
            split.append((s_start, cut))
            s_start = cut
        split.append((s_start, s_end))
    return split


def prose(words: list[str]) -> bool:
    """Whether a line's words read as a sentence, not as a headline (see the module doc)."""
    if len(words) < PROSE_MIN_WORDS:
        return False
    lettered = [w for w in words if w[:1].isalpha()]
    return bool(lettered) and sum(w[0].islower() for w in lettered) >= PROSE_LOWER_SHARE * len(lettered)


def _line_kind(line: str, previous: tuple[bool, bool, bool] | None = None) -> tuple[bool, bool, bool]:
    """(heading, noise, links) of a whole line; `links`: it heads or goes on with a list of links
    ("Baca Juga:" alone on its line, then "- Another article's title" items), whose items are noise."""
    noise = noise_line(line)
    if noise:
        return False, True, line.endswith(":") or bool(previous and previous[2] and LINK_ITEM.match(line))
    if previous and previous[2] and LINK_ITEM.match(line):
        return False, True, True  # an item of the link list above
    # (a line ending in one of SENTENCE_END's final characters matches it there: no search needed)
    if line[-1:] in _FINAL_CHARS or SENTENCE_END.search(line, max(0, len(line) - SENTENCE_END_TAIL)) \
            or LIST_ITEM.match(line) or BROKEN_OFF.search(line, max(0, len(line) - SENTENCE_END_TAIL)):
        return False, False, False
    words = line.split()
    return len(words) < HEADING_MAX_WORDS and not prose(words), False, False


def _previous_line_kind(text: str, start: int, kinds: dict) -> tuple[bool, bool, bool] | None:
    """The kind of the last non-empty line before the line at `start`, when it was read."""
    end = start - 1
    while end >= 0 and text[end].isspace():  # only the blank lines between (a few characters)
        end -= 1
    if end < 0:
        return None
    return kinds.get(text.rfind("\n", 0, end) + 1)


def build_units(text: str, sentences: list[tuple[int, int]], idx: list[int]) -> list[Unit]:
    """The sentences (character spans) split at line breaks, each marked heading/noise by its line;
    `idx`: the character offset of every token (a unit's token range comes from it)."""
    units: list[Unit] = []
    line_kind: dict[int, tuple[bool, bool]] = {}
    for s_start, s_end in _split_at_letter_stops(text, sentences):
        pos = s_start
        while pos < s_end:
            nl = text.find("\n", pos, s_end)
            piece_end = s_end if nl < 0 else nl
            seg = text[pos:piece_end]
            stripped = seg.strip()
            if stripped:
                start = pos + (len(seg) - len(seg.lstrip()))
                end = start + len(stripped)
                la, lb = line_bounds(text, start)
                kind = line_kind.get(la)
                if kind is None:
                    kind = _line_kind(text[la:lb].strip(), _previous_line_kind(text, la, line_kind))
                    if kind[0] and CONTINUED_LINE.match(text, lb):
                        kind = (False, False, False)  # a sentence broken across lines
                    line_kind[la] = kind
                # "… . BACA JUGA: …"; the "1." the sentencizer splits off a list item
                noise = kind[1] or noise_line(stripped) or bool(ENUMERATOR_ONLY.fullmatch(stripped))
                units.append(Unit(len(units), start, end, stripped, bisect_left(idx, start),
                                  bisect_left(idx, end), kind[0], noise))
            pos = piece_end + 1
    return units


def split_unit(doc: Doc, unit: Unit, cuts: list[int]) -> list[Unit]:
    """`unit` cut at the given offsets (relative to its text) into clause units, stripped; empty
    pieces are dropped. Each piece keeps the unit's index."""
    text = doc_text(doc)
    idx = [t.idx for t in doc[unit.tok_start:unit.tok_end]]
    parts: list[Unit] = []
    a = 0
    for b in [*cuts, len(unit.text)]:
        piece = unit.text[a:b]
        lead = len(piece) - len(piece.lstrip())
        st, en = unit.start + a + lead, unit.start + a + len(piece.rstrip())
        if en > st:
            parts.append(Unit(unit.index, st, en, text[st:en], unit.tok_start + bisect_left(idx, st),
                              unit.tok_start + bisect_left(idx, en)))
        a = b
    return parts


def units_with_words(low: str, words, units: list[Unit], *, start_only: bool = True) -> list[bool]:
    """For each unit, whether one of `words` (lower case) starts a word inside it (with
    `start_only=False`: occurs anywhere in it): the same as `units_matching` with a `\\b(?:words)`
    pattern, by substring search on the lower-cased text `low` (many times faster than a regular
    expression with a long alternation)."""
    flags = [False] * len(units)
    if not units:
        return flags
    starts = [u.start for u in units]
    for w in words:
        n = len(w)
        i = low.find(w)
        while i >= 0:
            if not start_only or i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):
                k = bisect_left(starts, i + 1) - 1
                if k >= 0 and i + n <= units[k].end:
                    flags[k] = True
                    # (an occurrence before the next unit's start can only flag this unit again)
                    if k + 1 == len(starts):
                        break
                    i = low.find(w, starts[k + 1])
                    continue
            i = low.find(w, i + 1)
    return flags


def units_matching(rx: re.Pattern, text: str, units: list[Unit]) -> list[bool]:
    """For each unit, whether `rx` matches inside it (one pass over the whole text)."""
    flags = [False] * len(units)
    if not units:
        return flags
    starts = [u.start for u in units]
    for m in rx.finditer(text):
        k = bisect_left(starts, m.start() + 1) - 1
        if k >= 0 and m.end() <= units[k].end:
            flags[k] = True
    return flags
