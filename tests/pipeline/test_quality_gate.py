"""The quality gate: `warta eval` on the labelled sets kept in the repo, with a floor per fact type.

Floors live in tests/fixtures/gold/floors.toml and only move up.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from flows.goldhtml import with_html
from pipeline.evaluate import KINDS, evaluate_records, read_jsonl

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"
FLOORS = tomllib.loads((GOLD / "floors.toml").read_text(encoding="utf-8"))
CASES = [(name, mode) for name in FLOORS for mode in ("text", "html")]


@pytest.fixture(scope="module")
def reports(nlp):
    out = {}
    for name in FLOORS:
        records = read_jsonl(GOLD / f"{name}.jsonl")
        out[(name, "text")] = evaluate_records(records)
        out[(name, "html")] = evaluate_records(with_html(records), html=True)
    return out


def test_floors_name_known_metrics():
    """A set's floors name metrics of the fact-type table (a set may predate a fact type: it then
    has no floors for it); tests/pipeline/test_fact_types.py asks every metric to have floors."""
    for name, floors in FLOORS.items():
        assert set(floors) <= set(KINDS), (name, set(floors) - set(KINDS))
        assert all(0.0 < v <= 1.0 for v in floors.values()), name


@pytest.mark.parametrize(("name", "mode"), CASES)
def test_f1_at_or_above_floor(reports, name, mode):
    report = reports[(name, mode)]
    below = {kind: (round(report.scores[kind].f1, 3), floor) for kind, floor in FLOORS[name].items()
             if report.scores[kind].f1 < floor}
    assert not below, f"{name} ({mode}) below its floors: {below}\n{report.table()}"


@pytest.mark.parametrize("name", list(FLOORS))
def test_html_within_two_points_of_text(reports, name):
    text, html = reports[(name, "text")], reports[(name, "html")]
    worse = {k: (round(text.scores[k].f1, 3), round(html.scores[k].f1, 3)) for k in FLOORS[name]
             if html.scores[k].f1 < text.scores[k].f1 - 0.02}
    assert not worse, f"{name}: HTML input loses more than 0.02 F1: {worse}"
