"""Sentence boundaries (`warta_sentencizer`): spaCy's rule-based `Sentencizer`, computed on the doc's
arrays instead of token objects.

The rule is spaCy's (spacy/pipeline/sentencizer.pyx, `Sentencizer.predict`), unchanged: a sentence
starts at the first token and at every token that is neither punctuation nor a sentence-final
character (`PUNCT_CHARS`, spaCy's `default_punct_chars`) after a sentence-final character, whatever
punctuation stands between ("kata.\" Kata", "kata.) Kata"). Like spaCy's (`overwrite=False`), it
keeps a boundary a token already has. spaCy's walks the doc token by token, creating a token object
each time; this reads LENGTH, IS_PUNCT, IDX and SENT_START once and decides in numpy (the same
boundaries: tests/pipeline/nlp/test_sentences.py checks them against spaCy's component).
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, LENGTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from pipeline.nlp.text import doc_text

#: The characters that end a sentence: spaCy's own list (one character each).
PUNCT_CHARS: frozenset[str] = frozenset(Sentencizer.default_punct_chars)


def sentence_starts(doc: Doc) -> np.ndarray:
    """SENT_START of every token as spaCy's Sentencizer sets it: 1 at a sentence start, -1 elsewhere,
    a value the doc already has kept."""
    n = len(doc)
    arr = doc.to_array([LENGTH, IS_PUNCT, IDX, SENT_START]).view(np.int64)
    text = doc_text(doc)
    # sentence-final characters are one character long: only tokens of length 1 can be one
    singles = np.flatnonzero(arr[:, 0] == 1)
    final = np.zeros(n, dtype=bool)
    final[[i for i, at in zip(singles.tolist(), arr[singles, 2].tolist()) if text[at] in PUNCT_CHARS]] = True
    word = ~final & (arr[:, 1] == 0)
    # other punctuation changes nothing: among the remaining tokens, a word after a final character starts
    kept = np.flatnonzero(final | word)
    is_word = word[kept]
    out = np.full(n, -1, dtype=np.int64)
    out[kept[1:][is_word[1:] & ~is_word[:-1]]] = 1
    out[0] = 1
    current = arr[:, 3]
    return np.where(current != 0, current, out)


class FastSentencizer:
    """The `warta_sentencizer` component (see the module doc)."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            doc.from_array([SENT_START], sentence_starts(doc).reshape(-1, 1).view(np.uint64))
        return doc


@Language.factory("warta_sentencizer", assigns=["token.is_sent_start", "doc.sents"])
def make_sentencizer(nlp: Language, name: str) -> FastSentencizer:
    return FastSentencizer()
