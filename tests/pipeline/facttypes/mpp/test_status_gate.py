"""The word gate of MPP's status loop (status.py): `statuses` calls `_word_trigger` only for a word whose
stem or form is in one of the sets its branches test, so every branch must test one of them."""
from __future__ import annotations

import ast
import inspect

from pipeline.facttypes.mpp import status
from pipeline.facttypes.mpp.unitwords import Words


def _branch_sets(test: ast.expr) -> set[int]:
    """ids of the module-level sets a branch's test asks `st in …` or `low in …` of."""
    found = set()
    for node in ast.walk(test):
        if isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id in ("st", "low") \
                and isinstance(node.ops[0], ast.In) and isinstance(node.comparators[0], ast.Name):
            found.add(id(getattr(status, node.comparators[0].id)))
    return found


def test_every_branch_of_word_trigger_tests_a_gated_set():
    tree = ast.parse(inspect.getsource(status._word_trigger))
    branches = [n for n in tree.body[0].body if isinstance(n, ast.If)]
    assert len(branches) >= 7
    gated = {id(s) for s in status.TRIGGER_STEM_SETS + status.TRIGGER_WORD_SETS}
    for branch in branches:
        assert _branch_sets(branch.test) & gated, ast.unparse(branch.test)


def _words(text: str) -> tuple[list[str], list[int]]:
    """The lower-cased words of a space-separated invented sentence and their offsets."""
    lows, offsets, pos = text.lower().split(), [], 0
    for word in text.split():
        pos = text.index(word, pos)
        offsets.append(pos)
        pos += len(word)
    return lows, offsets


def test_a_word_outside_the_gate_gives_no_trigger():
    """The gate's premise, on invented sentences: words in none of the sets give None."""
    for text in ("Gedung baru itu dicat biru oleh warga setempat kemarin sore .",
                 "Bupati menghadiri rapat koordinasi di aula kantor camat ."):
        w = Words(text, *_words(text))
        for i, (low, st) in enumerate(zip(w.lows, w.stems)):
            if st not in status._TRIGGER_STEMS and low not in status._TRIGGER_WORDS:
                assert status._word_trigger(w, i) is None, low


def test_gated_words_still_trigger():
    text = "Pemkab akan membangun MPP dan merencanakan peresmian tahun depan ."
    found = status.statuses(text, *_words(text))
    assert any(t.status == "planned" for t in found)
