"""The discourse layer shared by every fact type: `doc._.discourse`.

| object / module   | what it is                                                                     |
|-------------------|--------------------------------------------------------------------------------|
| `units`           | text units: sentences split at line breaks; headings and noise lines marked   |
| `mentions`        | government mentions (region and province spans) and their role in a unit      |
| `lists`           | lists and enumerations: item lines, coordination, counted groups, collectives |
| `frames`          | frames: an event told over several units, with scopes that carry and close   |
| `years`           | years written, relative to publication, and event dates                        |

The `warta_discourse` component (after `warta_regions`) sets `doc._.discourse`, a `Discourse` whose
units and mentions are computed on first use, once per doc, whichever fact type asks first.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang import lower_of
from pipeline.nlp.discourse.mentions import Mention, build_mentions
from pipeline.nlp.discourse.units import Unit, build_units
from pipeline.nlp.text import doc_text

if not Doc.has_extension("discourse"):
    Doc.set_extension("discourse", default=None)


#: The characters `re.IGNORECASE` equates with an ASCII letter ("ı" with "i", "ſ" with "s", Python's
#: re._casefix) although lower-casing keeps them apart.
CASE_EXTRA = ("\u0131", "\u017f")


def _word_char(c: str) -> bool:
    """A character `\\w` matches."""
    return c.isalnum() or c == "_"


@lru_cache(maxsize=None)
def _parsed_words(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """`Discourse.may_hold`'s reading of a word list, made once per list: each word's first piece
    and other pieces (lower case); None when a word is not ASCII or its first piece starts or ends
    with a non-word character (the list is then always searched)."""
    out = []
    for w in words:
        pieces = w.lower().split()
        if not w.isascii() or not pieces or not (_word_char(pieces[0][0]) and _word_char(pieces[0][-1])):
            return None
        out.append((pieces[0], tuple(pieces[1:])))
    return tuple(out)


#: the one letter whose lower case depends on the letters around it (a final sigma): str.lower
#: of a word and of the text around it may differ there
_CONTEXT_CASED = "\u03a3"


def _lowers_in_place(text: str) -> bool:
    """Whether lower-casing `text` lower-cases each of its pieces in place: every character's lower
    case is one character (the lengths agree) and none depends on its neighbours."""
    return len(lower_of(text)) == len(text) and _CONTEXT_CASED not in text


class _Lowers:
    """The lower-case form of each token (spaCy's LOWER is the text lowered), made on first use."""

    def __init__(self, discourse: "Discourse"):
        self.discourse = discourse
        self._list: list[str] | None = None

    @property
    def list(self) -> list[str]:
        if self._list is None:
            d = self.discourse
            if d.text.isascii() or _lowers_in_place(d.text):
                _, idx, _, length = d._table()
                low = d.lower
                self._list = [low[a:a + n] for a, n in zip(idx, length)]
            else:
                self._list = [t.lower() for t in d.token_texts]
        return self._list

    def __getitem__(self, i: int) -> str:
        return self.list[i]


class Discourse:
    """One doc's units and government mentions, computed lazily and kept."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._text: str | None = None
        self._units: list[Unit] | None = None
        self._content: list[Unit] | None = None
        self._mentions: list[Mention] | None = None
        self._starts: list[int] = []
        self._tokens: tuple[_Lowers, list[int], list[int], list[int]] | None = None
        self._sent_starts: list[int] = []
        self._sentences: list[tuple[int, int]] | None = None
        self._texts: list[str] | None = None
        self._lower: str | None = None
        self._spans: dict[str, tuple[object, list]] = {}

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = doc_text(self.doc)
        return self._text

    @property
    def lower(self) -> str:
        """The text in lower case (same offsets: Indonesian text has no letters that change length)."""
        if self._lower is None:
            low = lower_of(self.text)
            self._lower = low if len(low) == len(self.text) else "".join(c.lower()[:1] or c for c in self.text)
        return self._lower

    def spans(self, name: str) -> list:
        """`list(doc.spans[name])` (empty when there is no such group), read once per span group:
        iterating a span group creates every Span object anew."""
        group = self.doc.spans.get(name)
        if group is None:
            return []
        cached = self._spans.get(name)
        if cached is None or cached[0] is not group:  # (a group assigned anew is read anew)
            cached = self._spans[name] = (group, list(group))
        return cached[1]

    def keep_spans(self, name: str, spans: list) -> None:
        """Keep `spans`, the Span objects just assigned to `doc.spans[name]`, as that group's list: the
        component that made them hands them on instead of the group creating every Span anew."""
        self._spans[name] = (self.doc.spans[name], spans)

    def may_hold(self, words, *, end: bool = True) -> bool:
        """Whether a case-insensitive `\\b(?:words)\\b` pattern of `words` (as `pipeline.lang.words_pattern`
        writes it: escaped, a space matching any white space; with `end=False` without the final
        `\\b`) may match somewhere in the text. False only when no word has its first piece starting
        a word (and, for a word of one piece, ending one) with its other pieces somewhere in the
        lower-cased text: then the pattern matches no unit and the search can be spared. Exact for
        ASCII words: the only characters `re.IGNORECASE` equates with an ASCII letter that
        lower-casing does not turn into it are dotless i and long s (`CASE_EXTRA`), and a text
        holding one is always searched."""
        text = self.text
        if any(c in text for c in CASE_EXTRA):
            return True
        low = self.lower
        parsed = _parsed_words(tuple(words))
        if parsed is None:
            return True  # (a word that starts or ends with a non-word character: \\b reads otherwise)
        size = len(text)
        for first, rest in parsed:
            if rest and not all(p in low for p in rest):
                continue
            n = len(first)
            i = low.find(first)
            while i >= 0:
                if i == 0 or not _word_char(text[i - 1]):
                    if rest or not end or i + n == size or not _word_char(text[i + n]):
                        return True
                i = low.find(first, i + 1)
        return False

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """The sentencizer's sentences as character spans (start of the first token to end of the
        last), read from the doc's arrays without creating spans."""
        if self._sentences is None:
            _, idx, _, length = self._table()
            if not idx:
                self._sentences = []
            elif not self.doc.has_annotation("SENT_START"):
                self._sentences = [(0, len(self.text))]
            else:
                firsts = [i for i, v in enumerate(self._sent_starts) if v == 1 or i == 0]
                lasts = [f - 1 for f in firsts[1:]] + [len(idx) - 1]
                self._sentences = [(idx[a], idx[b] + length[b]) for a, b in zip(firsts, lasts)]
        return self._sentences

    @property
    def units(self) -> list[Unit]:
        """Every unit, headings and noise included."""
        if self._units is None:
            self._units = build_units(self.text, self.sentences, self._table()[1])
        return self._units

    @property
    def content(self) -> list[Unit]:
        """The units that may give facts (no headings, no noise)."""
        if self._content is None:
            self._content = [u for u in self.units if u.content]
        return self._content

    @property
    def mentions(self) -> list[Mention]:
        """Region and province mentions in text order."""
        if self._mentions is None:
            self._mentions = build_mentions(self.doc, self.char_span, self.spans)
            self._starts = [m.start for m in self._mentions]
        return self._mentions

    def _table(self) -> tuple[_Lowers, list[int], list[int], list[int]]:
        """Lower-case form, character offset, white-space flag and length of every token (from the
        doc's arrays, without creating token objects; the offsets as int64 columns, which convert to
        Python lists far faster than uint64 rows)."""
        if self._tokens is None:
            doc = self.doc
            if len(doc):
                idx, length, space, sent = doc.to_array(["IDX", "LENGTH", "IS_SPACE", "SENT_START"]).astype(np.int64).T.tolist()
            else:
                idx, length, space, sent = [], [], [], []
            self._sent_starts = sent
            self._tokens = (_Lowers(self), idx, space, length)
        return self._tokens

    @property
    def token_texts(self) -> list[str]:
        """Every token's text, cut from the doc's text by the token offsets and lengths (no token
        objects; the vocabulary's strings decode a new string for each token: slower). A doc's
        text is its tokens' texts with their white space, so the cuts are the tokens' texts."""
        if self._texts is None:
            _, idx, _, length = self._table()
            text = self.text
            self._texts = [text[a:a + n] for a, n in zip(idx, length)]
        return self._texts

    @property
    def token_spaces(self) -> list[int]:
        """Every token's white-space flag (IS_SPACE, 1 or 0)."""
        return self._table()[2]

    @property
    def token_lowers(self) -> list[str]:
        """Every token's lower-case form."""
        return self._table()[0].list if len(self.doc) else []

    def token_text(self, start: int, end: int) -> str:
        """The text of tokens start..end (end exclusive) as `doc[start:end].text` gives it."""
        if end <= start:
            return ""
        a, b = self.char_span(start, end)
        return self.text[a:b]

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of the tokens start..end (end exclusive)."""
        _, idx, _, length = self._table()
        return idx[start], idx[end - 1] + length[end - 1]

    def words(self, unit: Unit) -> tuple[list[str], list[int]]:
        """The words of a unit (tokens that are not white space): lower-case forms and offsets in
        the unit's text."""
        lowers, idx, space, _ = self._table()
        keep = [i for i in range(unit.tok_start, unit.tok_end) if not space[i]]
        low = lowers.list
        return [low[i] for i in keep], [idx[i] - unit.start for i in keep]

    def mentions_in(self, unit: Unit) -> list[Mention]:
        """The mentions that start inside `unit` (any span with `start` and `end` offsets)."""
        mentions = self.mentions
        return mentions[bisect_left(self._starts, unit.start):bisect_left(self._starts, unit.end)]


#: `doc.user_data` key of the doc's `Discourse` besides `doc._.discourse` (reading an extension
#: attribute creates spaCy's Underscore object each time; the components ask a dozen times a doc)
_KEY = "_warta_discourse"


def discourse_of(doc: Doc) -> Discourse:
    """`doc._.discourse`, created when the doc did not pass through `warta_discourse`."""
    found = doc.user_data.get(_KEY)
    if found is not None and found.doc is doc:
        return found
    found = doc._.discourse
    if found is None or found.doc is not doc:
        found = doc._.discourse = Discourse(doc)
    doc.user_data[_KEY] = found
    return found


class DiscourseLayer:
    """The `warta_discourse` component: gives each doc its (lazily computed) `Discourse`."""

    def __call__(self, doc: Doc) -> Doc:
        discourse_of(doc)  # an earlier component may have started it already
        return doc


@Language.factory("warta_discourse", requires=["doc.spans"], assigns=["doc._.discourse"])
def make_discourse(nlp: Language, name: str) -> DiscourseLayer:
    return DiscourseLayer()
