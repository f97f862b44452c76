"""docs/scaling.md's cost model is what benchmarks/cost_model.py computes from the runs kept in
benchmarks/scaling/ (no figure typed by hand), and the model answers as its formulas say."""
from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import cost_model  # noqa: E402


def test_the_docs_show_the_model_of_the_kept_runs():
    doc = (REPO / "docs" / "scaling.md").read_text(encoding="utf-8")
    shown = re.search(r"<!-- cost-model: start -->\n(.*?)\n<!-- cost-model: end -->", doc, flags=re.S)
    assert shown, "docs/scaling.md lost its cost-model markers"
    assert shown.group(1).strip() == cost_model.model().strip()


def test_the_model_follows_its_formulas():
    p = {"crawl": 0.010, "extract_tag": 0.009, "workers": 0.011, "write_large": 0.004, "cluster_writer": 0.003}
    n = 1000
    assert cost_model.backfill(p, 1, n) == n * (0.009 + 0.004)
    assert cost_model.backfill(p, 8, n) == max(n * 0.011 / 7, n * 0.004)
    assert cost_model.backfill(p, 64, n) == n * 0.004  # the writer bounds it
    assert cost_model.nightly(p, 8, n) == n * 0.010 / 8 + max(n * 0.011 / 7, n * 0.004)
    assert cost_model.hours(5400) == "1.5 h" and cost_model.hours(600) == "10 min"
