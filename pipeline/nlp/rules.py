"""Rules as data: the lexicons (TOML) and patterns (spaCy span_ruler JSONL) of the fact-type folders.

A patterns file holds one span_ruler pattern a line, `{"label": …, "pattern": …, "id": …}`, where
`pattern` is a phrase (a string, matched on the lower-case form, as span_ruler does with
`phrase_matcher_attr = "LOWER"`) or a list of token patterns. The files load into spaCy's own
span_ruler as they are (tests/pipeline/test_fact_types.py does), so a reviewer can try them in spaCy;
the components compile them into matchers of their own (`PatternMatcher`) and run them only on the
docs and units that need them, which a span_ruler in the pipeline could not do.
"""
from __future__ import annotations

import json
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span


@lru_cache(maxsize=None)
def read_lexicon(path: Path) -> dict:
    """A TOML lexicon, parsed once per process."""
    with open(path, "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=None)
def read_patterns(path: Path) -> tuple[dict, ...]:
    """A span_ruler patterns file (JSON lines), parsed once per process."""
    with open(path, encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


class Match(NamedTuple):
    label: str
    id: str
    phrase: str | None  # the pattern's phrase; None for a token pattern
    start: int  # token offsets
    end: int


class PatternMatcher:
    """span_ruler patterns compiled for one component: phrases into a PhraseMatcher on LOWER, token
    patterns into a Matcher. Calling it on a doc gives its `Match`es in text order."""

    def __init__(self, nlp: Language, patterns):
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.tokens = Matcher(nlp.vocab)
        self.keys: dict[int, tuple[str, str, str | None]] = {}
        for n, p in enumerate(patterns):
            label, pid, pattern = p["label"], p.get("id", ""), p["pattern"]
            phrase = pattern if isinstance(pattern, str) else None
            key = f"{label}\u241f{pid}\u241f{phrase if phrase is not None else n}"
            self.keys[nlp.vocab.strings.add(key)] = (label, pid, phrase)
            if phrase is not None:
                self.phrases.add(key, [nlp.make_doc(phrase)])
            else:
                self.tokens.add(key, [pattern])

    def __call__(self, doclike: Doc | Span) -> list[Match]:
        """Matches in a doc or a span, with token offsets in the doc (spaCy's PhraseMatcher gives
        a span's matches in doc offsets, its Matcher in span offsets: both come out in the doc's)."""
        found = list(self.phrases(doclike))
        if len(self.tokens):
            shift = doclike.start if isinstance(doclike, Span) else 0
            found += [(k, s + shift, e + shift) for k, s, e in self.tokens(doclike)]
        return sorted((Match(*self.keys[k], s, e) for k, s, e in found), key=lambda m: (m.start, m.end))
