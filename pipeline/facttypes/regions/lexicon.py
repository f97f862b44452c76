"""The regions component's words as data, read once: the cue and blocked phrases (patterns.jsonl, spaCy
span_ruler patterns) and the word lists of lexicon.toml (what rejects a name after it, what makes a bare
name a place before it, what ends a dateline)."""
from __future__ import annotations

from pipeline.facttypes.regions import FOLDER
from pipeline.nlp.rules import read_lexicon

#: Cue phrases before a name and blocked phrases: spaCy span_ruler patterns (see lexicon.toml).
PATTERNS = FOLDER / "patterns.jsonl"
_LEX = read_lexicon(FOLDER / "lexicon.toml")
NEG_AFTER = frozenset(_LEX["neg_after"])
DIRECTIONS = frozenset(_LEX["directions"])
CONTEXT_BEFORE = frozenset(_LEX["context_before"])
DATELINE_AFTER = frozenset(_LEX["dateline_after"])
PERSON_AFTER = frozenset(_LEX["person_after"])
ORG_HEADS = frozenset(_LEX["org_heads"])
