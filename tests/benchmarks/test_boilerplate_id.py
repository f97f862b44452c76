"""benchmarks/boilerplate_id.py: Indonesian portal boilerplate stays out of Warta's article text.

A gate on pages written for Warta (the bundled corpus and the extraction fixtures), not a timing test.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import boilerplate_id  # noqa: E402


@pytest.fixture(scope="module")
def result():
    return boilerplate_id.score(boilerplate_id.corpus_cases() + boilerplate_id.fixture_cases(), echo=lambda *_: None)


def test_every_layout_is_scored(result):
    layouts = {key.split("|")[1] for key in result}
    assert {"wordpress", "disway", "lembaga", "blogger_pesisir", "pemda_aspnet_haltim", "tribun_kapuas"} <= layouts
    corpus = [r for key, r in result.items() if key.startswith("bundled corpus|")]
    assert sum(r["warta"]["pages"] for r in corpus) >= 30
    assert sum(r["warta"]["without"] for r in corpus) > 1000  # menus, related headlines, comments, footers


def test_warta_keeps_every_article_segment_and_leaks_no_boilerplate(result):
    for key, by in result.items():
        w = by["warta"]
        assert w["kept"] == w["with"], f"{key}: article segments lost"
        assert w["leaked"] == 0, f"{key}: boilerplate leaked: {w['leaks'][:5]}"


def test_the_segments_tell_extractors_apart(result):
    """trafilatura alone leaves some of this boilerplate in: the measure can fail."""
    assert sum(by["trafilatura"]["leaked"] for by in result.values()) > 0
