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

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.discourse.mentions import Mention, build_mentions
from pipeline.nlp.discourse.units import Unit, build_units
from pipeline.nlp.text import doc_text

if not Doc.has_extension("discourse"):
    Doc.set_extension("discourse", default=None)


class Discourse:
    """One doc's units and government mentions, computed lazily and kept."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._units: list[Unit] | None = None
        self._content: list[Unit] | None = None
        self._mentions: list[Mention] | None = None
        self._starts: list[int] = []
        self._tokens: tuple[list[str], list[int], list[int], list[int]] | None = None

    @property
    def text(self) -> str:
        return doc_text(self.doc)

    @property
    def units(self) -> list[Unit]:
        """Every unit, headings and noise included."""
        if self._units is None:
            self._units = build_units(self.doc)
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
            self._mentions = build_mentions(self.doc)
            self._starts = [m.start for m in self._mentions]
        return self._mentions

    def _table(self) -> tuple[list[str], list[int], list[int], list[int]]:
        """Lower-case form, character offset, white-space flag and length of every token (from the
        doc's arrays, without creating token objects)."""
        if self._tokens is None:
            doc = self.doc
            table = doc.to_array(["LOWER", "IDX", "IS_SPACE", "LENGTH"]).tolist() if len(doc) else []
            strings = doc.vocab.strings
            self._tokens = ([strings[row[0]] for row in table], [row[1] for row in table],
                            [row[2] for row in table], [row[3] for row in table])
        return self._tokens

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of the tokens start..end (end exclusive)."""
        _, idx, _, length = self._table()
        return idx[start], idx[end - 1] + length[end - 1]

    def words(self, unit: Unit) -> tuple[list[str], list[int]]:
        """The words of a unit (tokens that are not white space): lower-case forms and offsets in
        the unit's text."""
        lowers, idx, space, _ = self._table()
        keep = [i for i in range(unit.tok_start, unit.tok_end) if not space[i]]
        return [lowers[i] for i in keep], [idx[i] - unit.start for i in keep]

    def mentions_in(self, unit: Unit) -> list[Mention]:
        """The mentions that start inside `unit` (any span with `start` and `end` offsets)."""
        mentions = self.mentions
        return mentions[bisect_left(self._starts, unit.start):bisect_left(self._starts, unit.end)]


def discourse_of(doc: Doc) -> Discourse:
    """`doc._.discourse`, created when the doc did not pass through `warta_discourse`."""
    found = doc._.discourse
    if found is None or found.doc is not doc:
        found = doc._.discourse = Discourse(doc)
    return found


@Language.factory("warta_discourse", requires=["doc.spans"], assigns=["doc._.discourse"])
def make_discourse(nlp: Language, name: str):
    def discourse(doc: Doc) -> Doc:
        doc._.discourse = Discourse(doc)
        return doc
    return discourse
