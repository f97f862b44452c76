"""PatternMatcher's gate: spaCy's Matcher runs only where a token pattern's trigger word occurs, and the
gate is sound: on text built from each pattern of the fact-type folders (every word of its trigger
token, in lower case, capitals and title case, beside non-ASCII characters) the gated matcher finds
what spaCy's Matcher finds."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import Matcher

from pipeline.nlp.rules import PatternMatcher, pattern_triggers, read_patterns
from pipeline.nlp.text import remember_text

FACTTYPES = Path(__file__).resolve().parents[3] / "pipeline" / "facttypes"
PATTERN_FILES = sorted(FACTTYPES.glob("*/patterns.jsonl"))
TOKEN_PATTERNS = [(f.parent.name, p["pattern"]) for f in PATTERN_FILES for p in read_patterns(f)
                  if not isinstance(p["pattern"], str)]


def _word(token: dict, trigger: str | None, case=str) -> str | None:
    """A word the pattern token accepts, `case` applied unless the token is case-sensitive (None:
    the token is optional and left out)."""
    if token.get("OP") in ("?", "*"):
        return None
    key = next((k for k in ("LOWER", "TEXT", "ORTH") if k in token), None)
    if key is None:
        return "12" if token.get("LIKE_NUM") else case("kata")
    value = token[key]
    words = [value] if isinstance(value, str) else value["IN"]
    word = next((w for w in words if w.lower() == trigger), words[0])
    return case(word) if key == "LOWER" else word


def _texts(pattern: list[dict]) -> list[str]:
    """Texts the pattern matches: one per word of its trigger token, in three spellings (a
    case-sensitive token keeps its own), and framed by non-ASCII text."""
    out = []
    for trigger in sorted(pattern_triggers(pattern)):
        for case, frame in ((str, "Kata {} di sini."), (str.upper, "KATA {} DI SINI."), (str.title, "Kata {} – ünd.")):
            words = [w for w in (_word(t, trigger, case) for t in pattern) if w is not None]
            out.append(frame.format(" ".join(words)))
    return out


def test_every_token_pattern_names_its_trigger_words():
    assert TOKEN_PATTERNS  # (regions' "Karo" + a bureau, complaints' counts)
    for folder, pattern in TOKEN_PATTERNS:
        assert pattern_triggers(pattern), (folder, pattern)


@pytest.mark.parametrize("folder,pattern", TOKEN_PATTERNS, ids=[f"{f}-{n}" for n, (f, _) in enumerate(TOKEN_PATTERNS)])
def test_the_gate_never_hides_a_match(nlp, folder, pattern):
    gated = PatternMatcher(nlp, [{"label": "x", "pattern": pattern}])
    plain = Matcher(nlp.vocab)
    plain.add("x", [pattern])
    for text in _texts(pattern):
        doc = remember_text(nlp.make_doc(text), text)
        found = [(m.start, m.end) for m in gated(doc)]
        assert found and found == sorted((s, e) for _, s, e in plain(doc)), text
        span = doc[1:len(doc) - 1]  # a span (a unit) as the components pass it
        assert [(m.start, m.end) for m in gated(span)] == sorted((s + 1, e + 1) for _, s, e in plain(span)), text


def test_a_text_without_a_trigger_skips_the_matcher(nlp):
    karo = [{"LOWER": "karo"}, {"LOWER": {"IN": ["hukum", "umum"]}}]
    matcher = PatternMatcher(nlp, [{"label": "blocked", "pattern": karo}])
    assert matcher.triggers == {"karo"}
    doc = nlp.make_doc("Kepala Biro Hukum hadir.")
    assert not matcher._may_match(doc) and matcher(doc) == []
    assert [m.label for m in matcher(nlp.make_doc("Karo Hukum hadir."))] == ["blocked"]
    # a pattern whose required tokens name no words makes the matcher run everywhere
    assert PatternMatcher(nlp, [{"label": "n", "pattern": [{"LIKE_NUM": True}]}]).triggers is None
    assert pattern_triggers([{"LOWER": "karo", "OP": "?"}, {"LIKE_NUM": True}]) is None
