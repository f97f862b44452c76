"""Portal furniture that spans several lines: blocks of other articles' links and site menus.

A line of furniture alone ("BACA JUGA: …", "Foto: …") is `pipeline.lang.noise_line`'s. Portals also put
whole blocks of it into the text, and the names in them are not the article's:

- **a link block**: a heading alone on its line ("Berita Terkini:", "Check Also", "Baca Juga" alone, "Recent
  Posts"; pipeline/lang/linkblocks.py) or a teaser line (a portal's name, a dash and a cut-off lead:
  "PORTAL.COM - Pemkab A menggelar …"), then every following line that is a headline, a teaser, a bullet
  item or a short line ("4 jam lalu"), up to the prose (pipeline.lang.linkblocks.block_line);
- **a site menu**: bullet items of a few words, without figures, before the article's first line of
  prose ("• Lintas Daerah", "  • Kota A", "  • Kabupaten B");
- **a menu bar**: one line of at least three short items without figures between separators, anywhere
  ("Beranda | Kota A | Kabupaten B | Olahraga", "Home » Daerah » Kota A"; final6: a portal's regional
  menu over the headline). A list of the article's own is written with commas, a colon or figures;
- **a news ticker**: a ticker's heading ("BREAKING NEWS :", pipeline/lang/noise.toml `ticker_headings`)
  and its one headline, on the same line or the next (final6);
- **a run of other articles' headlines** without a heading: at least `HEADLINE_RUN_MIN` lines in a row,
  each a headline (Title Case, `HEADLINE_MIN_WORDS` to `HEADLINE_MAX_WORDS` words, no sentence end but a
  question's or an exclamation's, no decimal figure, time of day or separator of a byline), most opening
  with a word of their own and no lower-case word in most of them (final7: a ticker's headlines as bullet
  lines over the article, and a portal's related headlines between its paragraphs). Bulleted, the run
  stands before the article's first line of prose (a bulleted list after it is the article's own);
  without bullets, after a line of prose (the title, its byline and a caption open a text). The rows
  of a table or a roll call open alike ("Bupati …", "Kabupaten …"), hold figures, share their
  linking word ("… sebagai Pj Gubernur …"). A numbered line ("1. …", "2) …") is a headline only where it
  reads as one and no roll call's row: it holds none of the marks that part a holder from an office
  ("1. A - Pj Bupati X", "1. A (Bupati X)", "1. Kabupaten X: A", "A, M.Si"), and at least half the lines of its run hold a headline's verb ("Resmikan", "Raih", "Tinjau";
  pipeline/lang/noise.toml `headline_verbs`, or a Title Case word in -kan; no agenda of nouns), so a
  numbered roll call after the prose keeps its officials and a numbered run of other stories' headlines
  gives none (issue 12 round 10: one rule for the officials reader and the region tagger, which read
  this layout twice before). A plain run before the prose counts too, less the text's first line (the
  title), where at least half its lines hold a headline's verb (final5: three headlines of the
  portal between the title and the lead; two of them may open alike);
- **a headline ticker on one line** before the prose: several headlines run together in Title Case, longer
  than a title (final4; `ticker_line_spans`);
- **a lone bulleted headline** inside the prose: one "• …" line that reads as a headline with a headline's
  verb, between a paragraph ending a sentence and the next (final8: a portal's related headline);

`furniture_spans(text)` gives their character spans; a tagger skips the names inside them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang import NOISE, words_pattern
from pipeline.lang.linkblocks import BULLET, CUT_OFF, HEADLINE_CAPITALISED, block_heading, block_line
from pipeline.nlp.discourse.units import BROKEN_OFF, SENTENCE_END, prose

#: a teaser of another article: a portal's name, a dash and a lead cut off with an ellipsis
TEASER = re.compile(r"^[ \t]*[A-Z0-9]+\.(?:COM|ID|CO\.ID|NET)\b.*?(?:…|\.\.\.)[ \t]*$")
#: A menu item has at most this many words …
MENU_ITEM_MAX_WORDS = 5
#: … and a menu at least this many items.
MENU_MIN_ITEMS = 3
DIGIT = re.compile(r"\d")
#: the separators of a menu bar's items, with white space around them ("Beranda | Daerah", "Home » Daerah")
MENU_BAR_SEPARATOR = re.compile(r"[ \t]+[|•·»>][ \t]+")
MENU_BAR_CHARS = "|•·»>"
#: A menu bar has at least this many items.
MENU_BAR_MIN_ITEMS = 3
#: what a list of the article's own holds and a menu bar does not: a colon, a comma, a sentence's end
NOT_MENU_BAR = re.compile(r"[:,;.!?]")
TICKER_HEADINGS = tuple(NOISE["ticker_headings"])
#: a ticker's heading, alone on its line or before its headline after a colon
TICKER = re.compile(r"^[ \t•*>-]*" + words_pattern(NOISE["ticker_headings"], boundary=False)
                    + r"[ \t]*(?:[:：»|–-][ \t]*(?P<item>\S.*)?)?$", re.IGNORECASE)


#: A run of other articles' headlines has at least this many lines …
HEADLINE_RUN_MIN = 3
#: … each of this many words …
HEADLINE_MIN_WORDS = 5
HEADLINE_MAX_WORDS = 16
#: … at least this share of them opening with a word of their own …
HEADLINE_RUN_DISTINCT = 0.75
#: … (of a plain run before the prose with its headlines' verbs, this share: "DPRD …", "Ketua …", "DPRD …")
HEADLINE_RUN_DISTINCT_VERBS = 0.6
#: … and no lower-case word in at least this share of them (a list's linking word: "sebagai", "selaku").
HEADLINE_RUN_SHARED = 0.6
#: what ends a line of prose and no headline (a headline may ask or exclaim)
_HEADLINE_NOT_FINAL = frozenset(".:;,\"'”’")
#: no headline: a decimal figure (a score, a share), a time of day (a byline's), a byline's separators
NOT_HEADLINE = re.compile(r"\d[.,]\d|\d[:.]\d\d\b|\s[|•]\s|\s[|•]$")
_WORD4 = re.compile(r"[^\W\d_]{4,}")
#: a numbered item ("1. …", "2) …"): a headline only with a headline's verb and no roll call's marks
NUMBERED_ITEM = re.compile(r"^\d{1,2}\s*[.)]\s")
#: what parts a roll call's holder from an office: a spaced dash, a bracket, a colon, a dotted degree
ROLL_MARKS = re.compile(r"\s[-–—]\s|[():]|\b[A-Z][a-z]{0,3}\.[A-Z]")
HEADLINE_VERBS = frozenset(NOISE["headline_verbs"])
#: A numbered run of headlines has a headline's verb in at least this share of its lines.
NUMBERED_RUN_VERBS = 0.5
#: a Title Case verb in -kan ("Resmikan", "Serahkan") has at least this many letters
KAN_VERB_MIN = 6
#: … and does not open like a noun in ke-/pe-…-an ("Kependudukan", "Pendidikan"; final8 round 10)
KAN_NOUN_PREFIXES = ("ke", "pe")
#: A headline ticker on one line has more than this many words (several headlines: a title has fewer) …
TICKER_LINE_MIN_WORDS = 2 * HEADLINE_MAX_WORDS
#: … at least this many words for each comma (a list of the article's has a comma every few words) …
TICKER_WORDS_PER_COMMA = 6
#: … and none of the marks of a roll call or a label
NOT_TICKER_LINE = re.compile(r"[:;()]")
#: the marks a lone bulleted headline may carry, and the ends of the sentence of prose before it
BULLET_CHARS = "-•*–·"
SENTENCE_FINAL = frozenset(".!?\"”’'")


def _headline_verb(words: list[str]) -> bool:
    """Whether a line's words hold a headline's verb (see the module doc)."""
    for w in words:
        low = w.lower().strip("!?,")
        if w[:1].isupper() and (low in HEADLINE_VERBS or len(low) >= KAN_VERB_MIN and low.endswith("kan")
                                                       and not low.startswith(KAN_NOUN_PREFIXES)):
            return True
    return False


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of each non-empty line."""
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append((pos, pos + len(raw), stripped))
        pos += len(raw) + 1
    return out


def _prose_line(line: str) -> bool:
    """A line of the article's prose: it ends like a sentence (not cut off with an ellipsis), breaks off
    inside one, or reads as a sentence (long, mostly lower case)."""
    if CUT_OFF.search(line):
        return False
    return bool(SENTENCE_END.search(line) or BROKEN_OFF.search(line) or prose(line.split()))


def link_block_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the link blocks (see the module doc), each from its heading or first teaser to its
    last line."""
    spans: list[tuple[int, int]] = []
    lines = _lines(text)
    k = 0
    while k < len(lines):
        start, end, line = lines[k]
        if not (block_heading(line) or TEASER.match(line)):
            k += 1
            continue
        j = k + 1
        while j < len(lines) and block_line(lines[j][2]):
            end = lines[j][1]
            j += 1
        spans.append((start, end))
        k = j
    return spans


def menu_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a site menu's items before the article's first line of prose (see the module doc)."""
    items: list[tuple[int, int]] = []
    for start, end, line in _lines(text):
        if _prose_line(line):
            break
        if BULLET.match(line) and len(line.split()) <= MENU_ITEM_MAX_WORDS + 1 and not DIGIT.search(line):
            items.append((start, end))
    return items if len(items) >= MENU_MIN_ITEMS else []


def menu_bar_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the menu bars (see the module doc): lines split by separators into at least
    `MENU_BAR_MIN_ITEMS` items of at most `MENU_ITEM_MAX_WORDS` words, without figures, a colon, a
    comma or a sentence's end."""
    if not any(c in text for c in MENU_BAR_CHARS):
        return []
    spans = []
    for start, end, line in _lines(text):
        if not any(c in line for c in MENU_BAR_CHARS) or DIGIT.search(line) or NOT_MENU_BAR.search(line):
            continue
        items = MENU_BAR_SEPARATOR.split(line.strip(MENU_BAR_CHARS + " \t"))
        if len(items) >= MENU_BAR_MIN_ITEMS and all(0 < len(i.split()) <= MENU_ITEM_MAX_WORDS for i in items):
            spans.append((start, end))
    return spans


def ticker_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the news tickers (see the module doc): the heading's line, and the next line when the
    heading stands alone."""
    low = text.lower()
    if not any(h in low for h in TICKER_HEADINGS):
        return []
    spans = []
    lines = _lines(text)
    for k, (start, end, line) in enumerate(lines):
        m = TICKER.match(line)
        if m is None:
            continue
        if not m.group("item") and k + 1 < len(lines) and not _prose_line(lines[k + 1][2]):
            end = lines[k + 1][1]
        spans.append((start, end))
    return spans


def _headline(line: str) -> tuple[str, frozenset[str]] | None:
    """(first word, lower-case words) of a line that reads as another article's headline (see the module
    doc), else None."""
    numbered = NUMBERED_ITEM.match(line)
    if numbered:
        line = line[numbered.end():].strip()
        if not line or ROLL_MARKS.search(line):
            return None
    elif BULLET.match(line):
        line = line.lstrip("-•*–· \t")
    words = line.split()
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS or line[-1] in _HEADLINE_NOT_FINAL \
            or NOT_HEADLINE.search(line):
        return None
    long_words = _WORD4.findall(line)
    if not long_words or sum(w[0].isupper() for w in long_words) < HEADLINE_CAPITALISED * len(long_words):
        return None
    return words[0].lower(), frozenset(w for w in words if w.isalpha() and w.islower())


def _verbs(text: str, run: list) -> bool:
    """Whether at least `NUMBERED_RUN_VERBS` of a numbered run's lines hold a headline's verb."""
    return sum(_headline_verb(text[start:end].split()) for start, end, _ in run) >= NUMBERED_RUN_VERBS * len(run)


def _run_kind(line: str) -> str:
    """How a headline line is set: "numbered", "bulleted" or "plain"."""
    return "numbered" if NUMBERED_ITEM.match(line) else "bulleted" if BULLET.match(line) else "plain"


def _run_counts(text: str, run: list, kind: str, prose_seen: bool) -> list:
    """The lines of a run of headline-like lines that are furniture where they stand (else []): bulleted
    runs before the prose, plain ones after it, numbered ones anywhere with their verbs, and plain ones
    before the prose with their verbs, less the text's first line (the title; see the module doc)."""
    if kind == "numbered":
        return run if _verbs(text, run) and _headline_run(run) else []
    if prose_seen == (kind == "plain"):
        return run if _headline_run(run) else []
    if kind != "plain":
        return []
    if not text[:run[0][0]].strip():
        run = run[1:]
    return run if run and _verbs(text, run) and _headline_run(run, HEADLINE_RUN_DISTINCT_VERBS) else []


def _headline_run(run: list[tuple[int, int, tuple[str, frozenset[str]]]],
                  distinct: float = HEADLINE_RUN_DISTINCT) -> bool:
    """Whether headline-like lines in a row are a run of other articles' headlines (see the module doc)."""
    if len(run) < HEADLINE_RUN_MIN or len({h[0] for *_, h in run}) < distinct * len(run):
        return False
    shared: dict[str, int] = {}
    for *_, (_, lower) in run:
        for w in lower:
            shared[w] = shared.get(w, 0) + 1
    return not shared or max(shared.values()) < HEADLINE_RUN_SHARED * len(run)


def headline_run_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of other articles' headlines (see the module doc), each from its first line
    to its last (computed once per text: the region tagger and the officials reader both ask)."""
    return list(_headline_run_spans(text))


@lru_cache(maxsize=4)
def _headline_run_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    run: list = []
    kind = ""
    prose_seen = False
    for start, end, line in [*_lines(text), (len(text), len(text), "")]:
        head = _headline(line) if line else None
        this = "" if head is None else _run_kind(line)
        if head is not None and (not run or this == kind):
            run.append((start, end, head))
            kind = this
            continue
        counted = _run_counts(text, run, kind, prose_seen) if run else []
        if counted:
            spans.append((counted[0][0], counted[-1][1]))
        prose_seen = prose_seen or (bool(line) and _prose_line(line))
        run = [(start, end, head)] if head is not None else []
        kind = this
    return tuple(spans)


def lone_bullet_spans(text: str) -> list[tuple[int, int]]:
    """The spans of lone bulleted headlines inside the prose (final8: a portal's related headline as one
    "• …" line between two paragraphs): a bulleted line that reads as a headline and holds a headline's
    verb, alone (no bulleted line beside it), after a line of prose ending a sentence (no colon opening a
    list) and before another line of prose. A one-item list of the article's own follows a colon or
    holds no headline's verb."""
    if not any(b in text for b in BULLET_CHARS):
        return []
    lines = _lines(text)
    spans = []
    for k in range(1, len(lines) - 1):
        start, end, line = lines[k]
        before, after = lines[k - 1][2], lines[k + 1][2]
        if not BULLET.match(line) or BULLET.match(before) or BULLET.match(after) or _headline(line) is None:
            continue
        if before.rstrip()[-1:] in SENTENCE_FINAL and _prose_line(before) and _prose_line(after) \
                and _headline_verb(line.lstrip("-•*–· \t").split()):
            spans.append((start, end))
    return spans


def ticker_line_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the headline tickers on one line before the article's first line of prose (final4:
    a portal's ticker of several headlines run together over the title): a line of more than
    `TICKER_LINE_MIN_WORDS` words, every word of four letters or more in Title Case, without a colon,
    a semicolon or a bracket (a roll call's, a label's), with few commas (a list's items are between
    commas) and no sentence's end at its end. A lead paragraph is mostly lower case; a title is shorter."""
    spans = []
    for start, end, line in _lines(text):
        if _prose_line(line):
            break
        words = line.split()
        long_words = _WORD4.findall(line)
        if len(words) > TICKER_LINE_MIN_WORDS and not NOT_TICKER_LINE.search(line) \
                and line.count(",") * TICKER_WORDS_PER_COMMA <= len(words) and line[-1] not in _HEADLINE_NOT_FINAL \
                and all(w[0].isupper() for w in long_words):
            spans.append((start, end))
    return spans


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the link blocks, site menus, menu bars, tickers and runs of other articles'
    headlines of an article's text."""
    return link_block_spans(text) + menu_spans(text) + menu_bar_spans(text) + ticker_spans(text) \
        + headline_run_spans(text) + lone_bullet_spans(text) + ticker_line_spans(text)
