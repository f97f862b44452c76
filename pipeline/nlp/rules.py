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

from pipeline.lang import lower_of
from pipeline.nlp.text import doc_text


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


#: the `OP`s of a token pattern's token that still need the token once (absent: exactly once)
_REQUIRED_OPS = (None, "+", "1")


def pattern_triggers(pattern: list[dict]) -> frozenset[str] | None:
    """The words one of which a token pattern cannot match without: the smallest word set of a
    token the pattern requires (no `OP` or `OP` "+") whose `LOWER` (or case-sensitive `TEXT`/`ORTH`)
    is a word or `{"IN": […]}`, all ASCII. A match holds a token whose lower case is one of them
    (lower-cased), so the lower-cased text of the doc or span holds it as a substring (lower-casing
    goes character by character). None when no required token names its words (the pattern may
    match anywhere)."""
    best = None
    for token in pattern:
        key = next((k for k in ("LOWER", "TEXT", "ORTH") if k in token), None)
        if token.get("OP") not in _REQUIRED_OPS or key is None:
            continue
        value = token[key]
        words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) and len(value) == 1 else None
        if not words or not all(isinstance(w, str) and w and w.isascii() for w in words):
            continue
        if best is None or len(words) < len(best):
            best = frozenset(w.lower() for w in words)
    return best


class Match(NamedTuple):
    label: str
    id: str
    phrase: str | None  # the pattern's phrase; None for a token pattern
    start: int  # token offsets
    end: int


class PatternMatcher:
    """span_ruler patterns compiled for one component: phrases into a PhraseMatcher on LOWER, token
    patterns into a Matcher. Calling it on a doc gives its `Match`es in text order. The Matcher runs
    only on a doc or span whose lower-cased text holds a trigger of one of its patterns
    (`pattern_triggers`, read from the patterns themselves): a pass of spaCy's Matcher makes a token
    object of every token, a substring search costs next to nothing."""

    def __init__(self, nlp: Language, patterns):
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.tokens = Matcher(nlp.vocab)
        self.keys: dict[int, tuple[str, str, str | None]] = {}
        #: every token pattern's triggers, or None when one of them has none (then always run)
        self.triggers: frozenset[str] | None = frozenset()
        for n, p in enumerate(patterns):
            label, pid, pattern = p["label"], p.get("id", ""), p["pattern"]
            phrase = pattern if isinstance(pattern, str) else None
            key = f"{label}\u241f{pid}\u241f{phrase if phrase is not None else n}"
            self.keys[nlp.vocab.strings.add(key)] = (label, pid, phrase)
            if phrase is not None:
                self.phrases.add(key, [nlp.make_doc(phrase)])
            else:
                self.tokens.add(key, [pattern])
                needs = pattern_triggers(pattern)
                self.triggers = None if needs is None or self.triggers is None else self.triggers | needs

    def __call__(self, doclike: Doc | Span) -> list[Match]:
        """Matches in a doc or a span, with token offsets in the doc (spaCy's PhraseMatcher gives
        a span's matches in doc offsets, its Matcher in span offsets: both come out in the doc's)."""
        found = list(self.phrases(doclike))
        if len(self.tokens) and self._may_match(doclike):
            shift = doclike.start if isinstance(doclike, Span) else 0
            found += [(k, s + shift, e + shift) for k, s, e in self.tokens(doclike)]
        return sorted((Match(*self.keys[k], s, e) for k, s, e in found), key=lambda m: (m.start, m.end))

    def _may_match(self, doclike: Doc | Span) -> bool:
        """Whether the lower-cased text of `doclike` holds a trigger of a token pattern."""
        if self.triggers is None:
            return True
        doc = doclike.doc if isinstance(doclike, Span) else doclike
        low = lower_of(doc_text(doc))
        if isinstance(doclike, Span):
            text = doc_text(doc)
            a, b = doclike.start_char, doclike.end_char
            low = low[a:b] if len(low) == len(text) else text[a:b].lower()
        return any(w in low for w in self.triggers)
