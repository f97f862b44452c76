"""benchmarks/extraction_eval.py on a miniature stand-in for a trafilatura checkout (plumbing only).

The real checkout (adbar/trafilatura: its corpus and tests/eval_common.py) is third-party material and is
never in this repository; BENCHMARKS.md has the figures measured on it. Here a checkout-shaped directory
holds three of Warta's own fixture pages as the corpus, a stand-in `trafilatura` package (whole page
text) and a stand-in `tests/eval_common.py` written for this test with the interface the script uses.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
sys.path.insert(0, str(BENCH))

import extraction_eval  # noqa: E402

EVAL_COMMON = '''
import json, os, re
from dataclasses import dataclass
from functools import partial
from trafilatura import extract

EXTRACT_OPTS = {"include_comments": False, "include_tables": True, "include_formatting": False}
RUNNERS = {"fast": partial(extract, fast=True, **EXTRACT_OPTS), "fallback": partial(extract, fast=False, **EXTRACT_OPTS)}

def load_evaldata(path):
    if os.path.isdir(path):
        path = os.path.join(path, "evaldata.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)

def validate(evaldata):
    assert isinstance(evaldata, dict) and evaldata

def norm(text):
    return re.sub(r"\\s+", " ", text).strip()

def read_corpus(here, evaldata):
    out = {}
    for url in sorted(evaldata):
        path = os.path.join(here, "cache", evaldata[url]["file"])
        with open(path, "rb") as f:
            out[url] = ("cache/" + evaldata[url]["file"], f.read())
    return out

def count_item(item, result):
    res = norm(result) if isinstance(result, str) else ""
    tp = sum(norm(w) in res for w in item["with"]) if res else 0
    fp = sum(norm(w) in res for w in item["without"]) if res else 0
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp

def run_and_count(fn, htmlbinary, item):
    try:
        result = fn(htmlbinary)
    except Exception as exc:
        return None, count_item(item, None), exc
    return result, count_item(item, result), None

@dataclass
class ConfusionMatrix:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    def add(self, c):
        self.tp += c[0]; self.fp += c[1]; self.fn += c[2]; self.tn += c[3]
    def f1(self):
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else 0.0
    def scores(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        t = self.tp + self.fp + self.fn + self.tn
        return p, r, (self.tp + self.tn) / t if t else 0.0, self.f1()
'''
STAND_IN = '''__version__ = "0.0-standin"
import re
def extract(data, **options):
    return re.sub(r"<[^>]*>", " ", data.decode("utf-8", "replace"))
'''
PAGES = {"disway_lebong": ("https://a.example/1", ["Mustarani"], ["BKD Kejar", "Seluma"]),
         "blogger_pesisir": ("https://b.example/2", ["Ramlan Siregar"], ["Postingan Populer", "Kecamatan Lemong"]),
         "tribun_kapuas": ("https://c.example/3", ["Antonius Sinang"], ["Sanggau", "Pasar Mawar"])}


@pytest.fixture(scope="module")
def checkout(tmp_path_factory):
    root = tmp_path_factory.mktemp("trafilatura-checkout")
    (root / "trafilatura").mkdir()
    (root / "trafilatura" / "__init__.py").write_text(STAND_IN)
    tests = root / "tests"
    (tests / "cache").mkdir(parents=True)
    (tests / "eval_common.py").write_text(EVAL_COMMON)
    evaldata = {}
    for name, (url, with_, without) in PAGES.items():
        (tests / "cache" / f"{name}.html").write_bytes((FIXTURES / f"{name}.html").read_bytes())
        evaldata[url] = {"file": f"{name}.html", "with": with_, "without": without}
    (tests / "evaldata.json").write_text(json.dumps(evaldata))
    (tests / "eval_baseline.json").write_text(json.dumps({"floors": {"fast": 0.5, "fallback": 0.5}, "entries": 3,
                                                          "chunks": [3, 6]}))
    return root


def test_the_checkouts_own_trafilatura_is_scored_against_its_floors(checkout):
    lines = []
    got = extraction_eval.reproduce(checkout, echo=lines.append)
    assert got["version"] == "0.0-standin"  # the checkout's package, not the installed trafilatura
    fast = got["runners"]["fast"]  # the whole page: every snippet found, "with" and "without"
    assert fast["recall"] == 1.0 and fast["precision"] == pytest.approx(1 / 3) and fast["f1"] == pytest.approx(0.5)
    assert got["reproduced"] is True and "reproduced" in "\n".join(lines)


def test_side_by_side_scores_times_and_checks_targets(checkout):
    lines = []
    out = extraction_eval.side_by_side(checkout, "all", echo=lines.append)
    assert out["pages"] == 3 and set(out["runners"]) == {"trafilatura fast", "trafilatura fallback", "warta"}
    warta = out["runners"]["warta"]
    assert warta["precision"] == 1.0 and warta["recall"] == 1.0 and warta["ms"] > 0
    assert out["runners"]["trafilatura fallback"]["precision"] < 1.0  # the installed trafilatura keeps some
    assert out["empty_vs_fallback"] == [] and "target F1 ≥ 0.93: met" in "\n".join(lines)


def test_splits_partition_the_pages():
    urls = [f"https://site{i}.example/page" for i in range(400)]
    dev = {u for u in urls if extraction_eval.in_split(u, "dev")}
    seen = {u for u in urls if extraction_eval.in_split(u, "test-seen")}
    blind = {u for u in urls if extraction_eval.in_split(u, "test-blind")}
    test = {u for u in urls if extraction_eval.in_split(u, "test")}
    assert dev | seen | blind == set(urls) and not (dev & test) and test == seen | blind and not (seen & blind)
    assert 150 < len(dev) < 250 and len(seen) > 50 and len(blind) > 50
