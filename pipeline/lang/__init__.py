"""Indonesian language data, written once: the TOML files beside this module, read here.

Every component, the date parser and the clean-up take their word lists from here; none keeps a copy.

| file             | what                                                                   |
|------------------|------------------------------------------------------------------------|
| calendar.toml    | months (names, old spellings, abbreviations, English) and days         |
| numbers.toml     | number words, multipliers, vague amounts, quantifiers                  |
| time.toml        | years relative to publication ("tahun lalu"), months ahead            |
| noise.toml       | portal furniture lines: related links, captions, bylines, meta, footer |
| discourse.toml   | connectives, demonstratives, negation, list openers and glue          |
| people.toml      | honorifics, academic degrees, abbreviated given names                  |
| offices.toml     | titles of public office by category, acting prefixes                   |

    >>> MONTHS["nopember"], DAYS["ahad"], number_value("tiga puluh dua"), RELATIVE_YEARS["lalu"]
    (11, 6, 32, -1)
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """One data file of this folder (`name` without `.toml`), parsed."""
    with open(DATA_DIR / f"{name}.toml", "rb") as fh:
        return tomllib.load(fh)


#: the characters `re.IGNORECASE` equates with an ASCII letter although lower-casing does not give
#: that letter ("İ" and "ı" with "i", "ſ" with "s"; Python's re._casefix)
IGNORECASE_EXTRA = ("\u0130", "\u0131", "\u017f")


#: the ASCII characters Unicode `\\s` matches and ASCII `\\s` does not (the information separators)
_INFO_SEPARATORS = ("\x1c", "\x1d", "\x1e", "\x1f")


def matches_from(pattern: re.Pattern, text: str, literals, haystack: str | None = None) -> list[re.Match]:
    """`pattern`'s non-overlapping matches in `text`, in order, tried only where one of `literals` starts in
    `haystack` (`text`, or a copy of it of the same length, such as its lower case) instead of at every
    offset: the same matches as `finditer` for a pattern every match of which starts with one of them."""
    hay = text if haystack is None else haystack
    starts = set()
    for literal in literals:
        i = hay.find(literal)
        while i >= 0:
            starts.add(i)
            i = hay.find(literal, i + 1)
    out, pos = [], 0
    for p in sorted(starts):
        m = pattern.match(text, p) if p >= pos else None
        if m:
            out.append(m)
            pos = m.end()
    return out


def line_start_matches(pattern: re.Pattern, text: str) -> list[re.Match]:
    """`pattern.finditer(text)` for a MULTILINE pattern whose matches all start at a line's start
    (it opens with `^`) and are never empty: the pattern is tried at the start of each line only,
    not at every offset of the text."""
    out, pos, start, size = [], 0, 0, len(text)
    while start <= size:
        if start >= pos:
            m = pattern.match(text, start)
            if m:
                out.append(m)
                pos = m.end()
        nl = text.find("\n", start)
        if nl < 0:
            break
        start = nl + 1
    return out


def _plain_char(c: str) -> bool:
    """An ASCII character, or one without case ("©", "–"): `re.IGNORECASE` and `str.lower` then agree
    on what it matches."""
    return c.isascii() or c.lower() == c.upper() == c


def _opening_texts(items) -> set[str] | None:
    """The literal texts (lower case; ASCII or uncased characters) one of which every match of the parsed sequence `items`
    opens with, read from its first item that consumes text; None when that item is no literal,
    literal class, alternation or group of them, or may match nothing."""
    from re import _constants as C
    for op, av in items:
        if op is C.AT:
            continue  # (zero-width: "^", "\\b")
        if op is C.LITERAL:
            run = ""
            for op2, av2 in items[items.index((op, av)):]:
                if op2 is not C.LITERAL:
                    break
                run += chr(av2)
            return {run.lower()} if all(map(_plain_char, run)) else None
        if op is C.IN and av and all(o is C.LITERAL for o, _ in av):
            chars = {chr(c).lower() for _, c in av}
            return chars if all(map(_plain_char, chars)) else None
        if op is C.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                heads = _opening_texts(list(alternative))
                if heads is None:
                    return None
                out |= heads
            return out
        if op is C.SUBPATTERN:
            return _opening_texts(list(av[-1]))
        return None
    return None


def line_openings(rx: re.Pattern) -> tuple[str, ...] | None:
    """For a pattern written `^\\s*(?:…)` (a line's start, any white space, then alternatives each
    opening with literal text, as NOISE_LINE): the literal openings read from the pattern itself
    (lower case), so that a text whose first non-space characters open with none of them is known
    not to match without running it. None for a pattern of another shape."""
    from re import _constants as C, _parser
    items = list(_parser.parse(rx.pattern, rx.flags))
    if items and items[0] == (C.AT, C.AT_BEGINNING):
        items = items[1:]
    if not items or items[0][0] is not C.MAX_REPEAT or items[0][1][:2] != (0, C.MAXREPEAT) \
            or list(items[0][1][2]) != [(C.IN, [(C.CATEGORY, C.CATEGORY_SPACE)])]:
        return None
    heads = _opening_texts(items[1:])
    if not heads or any(not h or h[0].isspace() for h in heads):
        return None
    return tuple(sorted(heads))


class LineOpening:
    """A `^\\s*(?:…)` pattern's `match` behind a test of its literal openings (`line_openings`): a
    line whose first non-space characters, lower-cased, start with none of them is not tried."""

    def __init__(self, rx: re.Pattern):
        self.rx, self.openings = rx, line_openings(rx)
        self.longest = max(map(len, self.openings)) if self.openings else 0

    def match(self, line: str):
        heads = self.openings
        if heads is not None and not line.lstrip()[:self.longest].lower().startswith(heads) \
                and (line.isascii() or not any(c in line for c in IGNORECASE_EXTRA)):
            return None
        return self.rx.match(line)


#: the text `lower_of` lowered last, and its lower case (one entry, replaced whole)
_LOWERED: tuple = (None, None)


def lower_of(text: str) -> str:
    """`text.lower()`, kept for the last text asked: the steps that read a whole article's lower case
    (the discourse layer, its sentence splits, the gates of government mentions, MPP's names) lower
    it once; lower-casing a text that is not ASCII looks up every character. Only for whole texts:
    a call with another text replaces the entry."""
    global _LOWERED
    cached = _LOWERED
    if cached[0] is text:
        return cached[1]
    low = text.lower()
    _LOWERED = (text, low)
    return low


#: how many short texts `unit_lower` keeps the lower case of
UNIT_LOWERS = 256
#: `text.lower()` kept for the last UNIT_LOWERS texts asked: a reader lowers each unit's text in several of its
#: steps (compliance: its elements, subjects, offices, zones), and lowering looks at every character
unit_lower = lru_cache(maxsize=UNIT_LOWERS)(str.lower)


def plain_ascii(text: str) -> bool:
    """Whether `text` is ASCII without information separators: a pattern compiled with `re.ASCII`
    then finds exactly what its Unicode form finds (`\\w`, `\\d`, `\\b` and case-insensitive
    letters agree on ASCII characters; `\\s` differs only on those separators), in less time."""
    # (four substring tests written out: a generator over the separators costs more than the tests)
    return text.isascii() and "\x1c" not in text and "\x1d" not in text and "\x1e" not in text \
        and "\x1f" not in text


def ascii_twin(rx: re.Pattern) -> re.Pattern:
    """`rx` compiled with `re.ASCII` (for `plain_ascii` text), or `rx` itself where it cannot be."""
    if not isinstance(rx.pattern, str) or rx.flags & re.ASCII:
        return rx
    try:
        return re.compile(rx.pattern, (rx.flags & ~re.UNICODE) | re.ASCII)
    except (re.error, ValueError):
        return rx


class AsciiTwin:
    """A compiled pattern that searches `plain_ascii` text with its `re.ASCII` twin (the same
    matches, 25–50 % fewer instructions for a case-insensitive pattern of words); `search`, `match`,
    `fullmatch` and `finditer` answer as the pattern's, its other attributes are the pattern's."""

    def __init__(self, rx: re.Pattern):
        self.rx, self.ascii_rx = rx, ascii_twin(rx)

    def __getattr__(self, name):
        if name in ("rx", "ascii_rx"):  # (not set yet: a copy being made)
            raise AttributeError(name)
        return getattr(self.rx, name)

    def search(self, text: str, *span):
        return (self.ascii_rx if plain_ascii(text) else self.rx).search(text, *span)

    def match(self, text: str, *span):
        return (self.ascii_rx if plain_ascii(text) else self.rx).match(text, *span)

    def fullmatch(self, text: str, *span):
        return (self.ascii_rx if plain_ascii(text) else self.rx).fullmatch(text, *span)

    def finditer(self, text: str, *span):
        return (self.ascii_rx if plain_ascii(text) else self.rx).finditer(text, *span)


#: the text a `Gated` pattern lowered last, and its lower case (one entry, replaced whole)
_GATED_LOWERED: tuple = (None, None)


class Gated:
    """A case-insensitive compiled pattern behind a cheap test: every match holds one of `needs`
    (lower-case ASCII substrings of the pattern's literal text), so a text whose lower case holds
    none of them (and no IGNORECASE_EXTRA character) is not searched. `search` and `finditer`
    answer as the pattern's."""

    def __init__(self, rx: re.Pattern, needs: tuple[str, ...]):
        self.rx, self.needs = rx, needs
        self.pattern = rx.pattern
        self.ascii_rx = ascii_twin(rx)  # (for plain_ascii text: the same matches, faster)

    def may_match(self, text: str) -> bool:
        global _GATED_LOWERED
        cached = _GATED_LOWERED
        if cached[0] is text:  # (several gated patterns read the same text in a row: lowered once)
            low = cached[1]
        else:
            low = text.lower()
            _GATED_LOWERED = (text, low)
        return any(w in low for w in self.needs) or (not text.isascii() and any(c in text for c in IGNORECASE_EXTRA))

    def search(self, text: str, *span):
        if not self.may_match(text):
            return None
        return (self.ascii_rx if plain_ascii(text) else self.rx).search(text, *span)

    def finditer(self, text: str, *span):
        if not self.may_match(text):
            return iter(())
        return (self.ascii_rx if plain_ascii(text) else self.rx).finditer(text, *span)


#: the characters besides its two cases that `re.IGNORECASE` equates with an ASCII letter (Python's sre: "İ"
#: and "ı" with "i", "ſ" with "s", the Kelvin sign with "k"; tests/pipeline/test_lang.py reads every code point)
IGNORECASE_KIN = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _escaped(text: str) -> str:
    """`text` escaped, a space matching any white space."""
    return re.escape(text).replace(r"\ ", r"\s+")


def _first_char_led(words: list[str]) -> str:
    r"""`\b(?:words)` (`words` in order, each opening with an ASCII letter or digit) written to open with a
    class of the characters a match may start with: `(?-i:[…])(?<!\w.)(?:(?<=k)(?:…)|…)`. The same matches
    at every offset: the class holds every character any flags let match a first letter (both cases and
    IGNORECASE_KIN), the look-behind `(?<=k)` then tests the first letter under the pattern's own flags,
    and `(?<!\w.)` after a word character is `\b` before it. Python's search scans a pattern that opens
    with a class for the class's characters only, and tries the pattern at no other offset; one that opens
    with `\b` is tried at every offset (several times fewer instructions on an article's text). Words
    are grouped by their first letter (a character matches the first letters of one group only, so
    the order across groups does not matter; within a group it is kept)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower(), []).append(w)
    chars = set()
    alts = []
    for key, group in groups.items():
        for w in group:
            chars.update((w[0], w[0].lower(), w[0].upper(), *IGNORECASE_KIN.get(key, "")))
        if len({w[0] for w in group}) == 1:
            alts.append(f"(?<={_escaped(group[0][0])})(?:" + "|".join(_escaped(w[1:]) for w in group) + ")")
        else:
            alts.extend(f"(?<={_escaped(w[0])}){_escaped(w[1:])}" for w in group)
    return "(?-i:[" + "".join(sorted(chars)) + r"])(?<!\w.)(?:" + "|".join(alts) + ")"


def words_pattern(words, *, boundary: bool = True, end: bool = True) -> str:
    r"""A regular-expression alternation of `words`, longest first, escaped; a space inside a word
    matches any white space. With `boundary`, the matches of `\b(?:…)\b` (word characters at the ends;
    with `end=False` of `\b(?:…)`, a word's start only), written to open with a class of first
    characters when every word opens with an ASCII letter or digit (`_first_char_led`: the same
    matches, found in fewer instructions)."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    alts = "|".join(map(_escaped, ordered))
    if not boundary:
        return f"(?:{alts})"
    tail = r"\b" if end else ""
    if ordered and all(w[:1].isascii() and w[:1].isalnum() for w in ordered):
        return _first_char_led(ordered) + tail
    return rf"\b(?:{alts})" + tail


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


class WordFinder:
    """Whole words of a list in lower-cased text, found by substring search: the matches of
    `re.compile(words_pattern(words), re.IGNORECASE).finditer(text)` on `text.lower()` (leftmost, the
    longest word first, not overlapping), many times faster than a long alternation in Python's
    regular expressions. A space inside a word matches one space only."""

    def __init__(self, words):
        self.words = tuple(sorted(dict.fromkeys(w.lower() for w in words), key=len, reverse=True))

    def finditer(self, low: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of every match in `low[start:end]`, in text order."""
        end = len(low) if end is None else end
        found: dict[int, int] = {}
        for w in self.words:  # longest first: the first word found at a position is the longest
            i = low.find(w, start, end)
            while i >= 0:
                j = i + len(w)
                if i not in found and (i == 0 or not _word_char(low[i - 1])) \
                        and (j == len(low) or not _word_char(low[j])):
                    found[i] = j
                i = low.find(w, i + 1, end)
        out, last = [], -1
        for i in sorted(found):
            if i >= last:
                out.append((i, found[i]))
                last = found[i]
        return out

    def search(self, low: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """The first match, or None."""
        end = len(low) if end is None else end
        best = None
        for w in self.words:
            i = low.find(w, start, end if best is None else min(end, best[0] + len(w)))
            while i >= 0:
                j = i + len(w)
                if (i == 0 or not _word_char(low[i - 1])) and (j == len(low) or not _word_char(low[j])):
                    if best is None or i < best[0]:
                        best = (i, j)
                    break
                i = low.find(w, i + 1, end)
        return best


# ------------------------------------------------------------------------------------ calendar
_CAL = load("calendar")
#: Indonesian month names with old spellings ("pebruari", "nopember").
MONTH_NAMES: tuple[str, ...] = tuple(n for m in _CAL["month"] for n in m["names"])
#: The canonical month name of each month, January first.
MONTH_CANONICAL: tuple[str, ...] = tuple(m["names"][0] for m in _CAL["month"])
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple(a for m in _CAL["month"] for a in m["abbreviations"])
MONTHS_ENGLISH: tuple[str, ...] = tuple(e for m in _CAL["month"] for e in m["english"])
#: Every spelling of a month → its number (1–12).
MONTHS: dict[str, int] = {w: m["number"] for m in _CAL["month"]
                          for w in (*m["names"], *m["abbreviations"], *m["english"])}
#: Day names and their other spellings → Python weekday (Monday 0).
DAYS: dict[str, int] = {w: d["weekday"] for d in _CAL["day"] for w in (d["name"], *d["spellings"])}
DAY_NAMES: tuple[str, ...] = tuple(DAYS)
#: The canonical day names, Monday first ("senin" … "minggu").
DAY_CANONICAL: tuple[str, ...] = tuple(d["name"] for d in _CAL["day"])

# ------------------------------------------------------------------------------------ numbers
_NUM = load("numbers")
CARDINALS: dict[str, int] = dict(_NUM["cardinal"])
MULTIPLIERS: dict[str, int] = dict(_NUM["multiplier"])
APPROXIMATE: tuple[str, ...] = tuple(_NUM["approximate"])
#: Quantifier groups: "some" (beberapa, sejumlah), "all" (seluruh, semua), "many" (para, banyak, …).
QUANTIFIERS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _NUM["quantifier"].items()}
#: "kedua", "ketiga" … "kesepuluh": the collective forms of two to ten ("kelimanya": all five).
COLLECTIVES: tuple[str, ...] = tuple("ke" + w for w, n in CARDINALS.items() if 2 <= n <= 10)


_DIGITS = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+")
_SEPARATORS = re.compile(r"[.,]")


def number_value(text: str) -> int | None:
    """The value of a number written in words or digits: "tiga puluh dua" 32, "dua belas" 12,
    "seratus lima" 105, "1.250" 1250, "41" 41; None when it is no number."""
    words = text.lower().split()
    if len(words) == 1 and _DIGITS.fullmatch(words[0]):
        return int(_SEPARATORS.sub("", words[0]))
    total, current = 0, None
    for w in words:
        if w in CARDINALS:
            if current is not None:
                total += current
            current = CARDINALS[w]
        elif w in MULTIPLIERS and current is not None:
            if w == "belas":
                current += MULTIPLIERS[w]
            elif MULTIPLIERS[w] >= 1000:
                total, current = (total + current) * MULTIPLIERS[w], None
            else:
                current *= MULTIPLIERS[w]
        else:
            return None
    if current is None and total == 0:
        return None
    return total + (current or 0)


# ------------------------------------------------------------------------------------ time
_TIME = load("time")
#: "tahun <word>" → the offset from the publication year ("lalu" -1, "depan" +1).
RELATIVE_YEARS: dict[str, int] = dict(_TIME["relative_year"])
STORY_RELATIVE_YEARS: dict[str, int] = dict(_TIME["story_relative_year"])
MONTH_AHEAD: tuple[str, ...] = tuple(_TIME["month_ahead"])
#: Words of a regulation cited by number and year ("UU 25 Tahun 2009"): that year is the law's.
REGULATIONS: tuple[str, ...] = tuple(_TIME["regulations"])
#: Prepositions that date what stands right before them ("Kabupaten A pada tahun 2016").
YEAR_PREPOSITIONS: tuple[str, ...] = tuple(_TIME["year_prepositions"])

# ------------------------------------------------------------------------------------ noise
NOISE: dict = load("noise")
#: Byline label → the field it names ("wartawan" → "reporter").
BYLINE_LABELS: dict[str, str] = {label: key for key, labels in NOISE["byline"].items() for label in labels}
_COLON = r"\s*[:：]"
_NOISE_PARTS = {
    "links": words_pattern(NOISE["links"], boundary=False),
    "headings": words_pattern(NOISE["headings"] + NOISE["heading_words"], boundary=False) + r"\s*(?:[:：]|$)",
    "captions": words_pattern(NOISE["captions"], boundary=False) + r"\s*[:：/|–-]",
    "byline": words_pattern(BYLINE_LABELS, boundary=False) + _COLON,
    "labels": words_pattern(NOISE["labels"], boundary=False) + _COLON,
    "widgets": words_pattern(NOISE["widgets"], boundary=False) + r"\b",
    "footer": words_pattern(NOISE["footer"], boundary=False),
}


def _noise_re(kinds) -> re.Pattern:
    return re.compile(r"^\s*(?:" + "|".join(_NOISE_PARTS[k] for k in kinds) + ")", re.IGNORECASE)


#: A line that is portal furniture for the taggers: a related link, a list heading, a caption, a
#: byline, a meta label, widget residue or a copyright line (at the line's start).
NOISE_LINE = _noise_re(_NOISE_PARTS)
#: The same without captions: a photo caption may still name people ("Foto: Bupati X meninjau …").
NOISE_LINE_BUT_CAPTIONS = _noise_re([k for k in _NOISE_PARTS if k != "captions"])
#: (the two behind their literal openings: most lines open with none and are not tried)
_NOISE_OPENING, _NOISE_OPENING_BUT_CAPTIONS = LineOpening(NOISE_LINE), LineOpening(NOISE_LINE_BUT_CAPTIONS)


def noise_line(line: str, *, captions: bool = True) -> bool:
    """Whether a line of article text is portal furniture (see NOISE_LINE), never evidence; with
    `captions=False` a caption line is not counted as noise."""
    return bool((_NOISE_OPENING if captions else _NOISE_OPENING_BUT_CAPTIONS).match(line))


# ------------------------------------------------------------------------------------ discourse
_DISC = load("discourse")
CONNECTIVES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DISC["connective"].items()}
DEMONSTRATIVES: tuple[str, ...] = tuple(_DISC["demonstratives"])
NEGATION: tuple[str, ...] = tuple(_DISC["negation"])
LIST_OPENERS: tuple[str, ...] = tuple(_DISC["list_openers"])
ENUMERATION_OPENERS: tuple[str, ...] = tuple(_DISC["enumeration_openers"])
PARTITIVE_HEADS: tuple[str, ...] = tuple(_DISC["partitive_heads"])
LIST_ETCETERA: tuple[str, ...] = tuple(_DISC["list_etcetera"])
LIST_GLUE: frozenset[str] = frozenset(_DISC["list_glue"])
LIST_HEADS: tuple[str, ...] = tuple(_DISC["list_heads"])
LIST_HEAD_STARTS: tuple[str, ...] = tuple(_DISC["list_head_starts"])
GROUP_RANK_WORDS: tuple[str, ...] = tuple(_DISC["group_rank_words"])
VALUE_NOUNS: tuple[str, ...] = tuple(_DISC["value_nouns"])

# ------------------------------------------------------------------------------------ people
_PEOPLE = load("people")
HONORIFICS: frozenset[str] = frozenset(_PEOPLE["honorifics"])
DEGREES: frozenset[str] = frozenset(_PEOPLE["degrees"])
DEGREE_TAILS: frozenset[str] = frozenset(_PEOPLE["degree_tails"])
GIVEN_NAME_ABBREVIATIONS: frozenset[str] = frozenset(_PEOPLE["given_name_abbreviations"])
#: an honorific fused with the initial after it ("HM" for "H. M."): the initial is the name's
HONORIFIC_INITIALS: frozenset[str] = frozenset(_PEOPLE["honorific_initials"])

# ------------------------------------------------------------------------------------ offices
_OFFICES = load("offices")
#: Title head (lower case) → (category, needs): needs "" (an office alone) or "org" (only with a
#: public organisation after it).
TITLES: dict[str, tuple[str, str]] = {h: (t["category"], t["needs"]) for t in _OFFICES["title"]
                                      for h in t["heads"]}
ACTING_PREFIXES: frozenset[str] = frozenset(_OFFICES["acting_prefixes"])
ACTING_VARIANTS: frozenset[str] = frozenset(_OFFICES["acting_variants"])
#: the kinds of government written short with a full stop ("kab.", "kec."): one token each, no sentence end
GOVERNMENT_ABBREVIATIONS: frozenset[str] = frozenset(_OFFICES["government_abbreviations"])
