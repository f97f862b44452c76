"""benchmarks/realnews.py and the real-news label sets in benchmarks/realnews/.

The label files must hold no article text (no `text`, no labellers' quotes), name only places the
gazetteer knows (so `warta eval` can score them once the texts are joined back), and round-trip: the
texts joined again score exactly as the full set did. The texts used here are our own sentences.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluate import Codes, gold_keys, score
from pipeline.gazetteer import get_gazetteer

REPO = Path(__file__).resolve().parents[2]
SETS = sorted((REPO / "benchmarks" / "realnews").glob("*.labels.jsonl"))
sys.path.insert(0, str(REPO / "benchmarks"))

import realnews  # noqa: E402

OWN = [
    {"id": "own-1", "source_url": "https://contoh.test/a", "source_date": "2025-01-10", "topic": "compliance",
     "text": "Ombudsman RI menetapkan Kabupaten Agam masuk zona hijau dengan nilai 88,1 pada penilaian 2024.",
     "gold": {"regions": [{"kind": "kabupaten", "name": "Agam", "province": "Sumatera Barat"}],
              "compliance": [{"region": {"kind": "kabupaten", "name": "Agam", "province": "Sumatera Barat"},
                              "province": None, "zone": "hijau", "grade": None, "score": 88.1, "year": 2024,
                              "evidence": "Kabupaten Agam masuk zona hijau dengan nilai 88,1"}]}},
    {"id": "own-2", "source_url": "https://contoh.test/b", "source_date": None, "topic": "mpp",
     "text": "Bupati Sleman meresmikan Mal Pelayanan Publik di Kabupaten Sleman.",
     "gold": {"regions": [{"kind": "kabupaten", "name": "Sleman", "province": "DI Yogyakarta"}]}},
]


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_label_sets():
    assert {p.name for p in SETS} >= {"dev.labels.jsonl", "dev2.labels.jsonl"}


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_a_label_set_holds_no_text_and_names_known_places(path):
    codes = Codes(get_gazetteer())
    records = _lines(path)
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert set(record) == {*realnews.LABEL_FIELDS, "text_sha256", "text_chars"}, record["id"]
        assert record["source_url"].startswith(("http://", "https://")), record["id"]
        assert len(record["text_sha256"]) == 64 and record["text_chars"] > 0
        for facts in record["gold"].values():
            for fact in facts:
                assert not (isinstance(fact, dict) and set(fact) & set(realnews.QUOTED_FIELDS)), record["id"]
        gold_keys(record["gold"], codes)  # raises GoldError on a place the gazetteer does not know


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "benchmarks" / "realnews.py"), *args],
                          capture_output=True, text=True, input=stdin, cwd=REPO)


def test_strip_then_join_gives_back_the_set_without_quotes(tmp_path):
    full = tmp_path / "full.jsonl"
    full.write_text("".join(json.dumps(r) + "\n" for r in OWN))
    stripped = _run("strip", str(full))
    assert stripped.returncode == 0, stripped.stderr
    labels = tmp_path / "labels.jsonl"
    labels.write_text(stripped.stdout)
    assert "Agam masuk" not in stripped.stdout  # neither the text nor the quote
    texts = tmp_path / "texts.jsonl"
    texts.write_text(json.dumps({"id": "own-1", "text": OWN[0]["text"]}) + "\n"
                     + json.dumps({"source_url": "https://contoh.test/b", "text": OWN[1]["text"]}) + "\n")
    joined = _run("join", str(labels), str(texts))
    assert joined.returncode == 0, joined.stderr
    back = [json.loads(line) for line in joined.stdout.splitlines()]
    assert [r["text"] for r in back] == [r["text"] for r in OWN]
    assert back[0]["gold"]["compliance"][0] == {k: v for k, v in OWN[0]["gold"]["compliance"][0].items()
                                                 if k != "evidence"}
    report = score(back, {})  # scored as `warta eval` scores it: nothing predicted, every label missed
    assert report.articles == 2
    assert report.scores["regions"].fn == 2 and report.scores["compliance.subject+zone"].fn == 1


def test_a_changed_or_missing_text_is_left_out_and_said(tmp_path):
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(r) + "\n" for r in realnews.strip(OWN)))
    texts = tmp_path / "texts.jsonl"
    texts.write_text(json.dumps({"id": "own-1", "text": OWN[0]["text"] + " Diperbarui."}) + "\n")
    joined = _run("join", str(labels), str(texts))
    assert joined.returncode == 1
    assert joined.stdout == ""
    assert "own-1: text differs from the labelled one" in joined.stderr
    assert "own-2: no text given; left out" in joined.stderr
    kept = _run("join", "--keep-changed", str(labels), str(texts))
    assert [json.loads(line)["id"] for line in kept.stdout.splitlines()] == ["own-1"]
