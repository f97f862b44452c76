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
  and its one headline, on the same line or the next (final6).

`furniture_spans(text)` gives their character spans; a tagger skips the names inside them.
"""
from __future__ import annotations

import re

from pipeline.lang import NOISE, words_pattern
from pipeline.lang.linkblocks import BULLET, CUT_OFF, block_heading, block_line
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


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the link blocks, site menus, menu bars and tickers of an article's text."""
    return link_block_spans(text) + menu_spans(text) + menu_bar_spans(text) + ticker_spans(text)
