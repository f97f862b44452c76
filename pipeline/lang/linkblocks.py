"""Blocks of other articles' links, line by line: their heading and the lines that go on with them.

Portals put a heading alone on its line ("Baca Juga", "Berita Terkini:", "Check Also", "Recent Posts";
noise.toml `links`, `headings`, `heading_words`, `block_headings`) over a list of other articles:
headlines (Title Case, no sentence end), bullet items, teasers cut off with an ellipsis, short lines
("4 jam lalu"). The block ends where the prose resumes (a line that ends like a sentence, or one written
mostly in lower case). pipeline/clean.py drops such blocks; the taggers skip what is left
(pipeline/nlp/discourse/furniture.py).
"""
from __future__ import annotations

import re

from pipeline.lang import NOISE, words_pattern

#: a line that is only the heading of a block of links
HEADING = re.compile(r"^[\s•*>-]*" + words_pattern(
    [*NOISE["links"], *NOISE["headings"], *NOISE["heading_words"], *NOISE["block_headings"]], boundary=False)
    + r"[\s:：»>-]*$", re.IGNORECASE)
#: a bulleted line ("- Another article's title")
BULLET = re.compile(r"^\s*[-•*–·]\s+\S")
#: a line cut off with an ellipsis: a teaser's lead
CUT_OFF = re.compile(r"(?:…|\.\.\.)\s*$")
#: the characters a line ends with when it ends like a sentence
SENTENCE_FINAL = frozenset(".!?:\"'”’")
#: A headline: at least this share of its words of 4+ letters capitalised (Title Case).
HEADLINE_CAPITALISED = 0.7
#: A line of at most this many words without a sentence end is a short line of the block (a time, a label).
SHORT_LINE_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{4,}")


def block_heading(line: str) -> bool:
    """Whether a line is only the heading of a block of links."""
    return HEADING.match(line) is not None


def block_line(line: str) -> bool:
    """Whether a line under such a heading goes on with the block: a bullet item, a teaser cut off, or a
    headline or short line that does not end like a sentence."""
    line = line.strip()
    if not line:
        return False
    if BULLET.match(line) or CUT_OFF.search(line):
        return True
    if line[-1] in SENTENCE_FINAL:
        return False
    if len(line.split()) <= SHORT_LINE_WORDS:
        return True  # "4 jam lalu", "Tabone: Dari Kam"
    words = _WORD.findall(line)
    return sum(w[0].isupper() for w in words) >= HEADLINE_CAPITALISED * len(words)
