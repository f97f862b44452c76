"""pipeline/evaluate.py: scoring, and each miss shown with its sentence, grouped by fact type
(`warta eval --misses`, run as the README writes it). Articles written for this test."""
from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path

from pipeline.evaluate import miss_sentence, score
from pipeline.gazetteer import get_gazetteer

ROOT = Path(__file__).resolve().parents[2]

TEXT = ("Ombudsman RI Perwakilan Bali menyerahkan hasil penilaian kepatuhan 2022. Kabupaten Tabanan "
        "masuk zona hijau. Kabupaten Jembrana meraih nilai 71,20.\nBupati Jembrana, I Nengah Sutama, "
        "menerima piagam itu.")
GOLD = {"id": "t1", "text": TEXT, "gold": {
    "regions": [{"kind": "kabupaten", "name": "Tabanan", "province": "Bali"},
                {"kind": "kabupaten", "name": "Jembrana", "province": "Bali"}],
    "compliance": [
        {"region": {"kind": "kabupaten", "name": "Tabanan", "province": "Bali"}, "province": None,
         "year": 2022, "zone": "hijau", "score": None, "evidence": "Kabupaten Tabanan masuk zona hijau."},
        {"region": {"kind": "kabupaten", "name": "Jembrana", "province": "Bali"}, "province": None,
         "year": 2022, "zone": None, "score": 71.2}],
    "officials": [{"name": "I Nengah Sutama", "category": "kepala_daerah",
                   "region": {"kind": "kabupaten", "name": "Jembrana", "province": "Bali"}}]}}
PRED = {"id": "t1", "regions": [{"code": "51.02"}, {"code": "51.03"}, {"code": "51.71"}],
        "compliance": [{"region_code": "51.01", "province_code": "51", "year": 2022, "zone": "kuning", "grade": None,
                        "score": 71.2, "evidence": "Kabupaten Jembrana meraih nilai 71,20."}]}


def test_each_miss_has_its_sentence():
    report = score([GOLD], {"t1": PRED})
    by = {(m.metric, m.kind, m.key): m.sentence for m in report.misses}
    tabanan, jembrana = "51.02", "51.01"
    assert report.scores["compliance.subject+score"].tp == 1
    # a missed fact with gold evidence shows it; a spurious one shows the prediction's evidence
    assert by[("compliance.subject+zone", "missed", str((tabanan, "hijau")))] == "Kabupaten Tabanan masuk zona hijau."
    assert by[("compliance.subject+zone", "spurious", str((jembrana, "kuning")))] == "Kabupaten Jembrana meraih nilai 71,20."
    # without evidence: the first sentence naming the place or the person
    assert by[("compliance.subject+zone", "missed", str((jembrana, None)))] == "Kabupaten Jembrana meraih nilai 71,20."
    assert by[("officials.name", "missed", "i nengah sutama")] == "Bupati Jembrana, I Nengah Sutama, menerima piagam itu."
    # a place the article never names has no sentence
    assert by[("regions", "spurious", "51.71")] == ""


def test_misses_grouped_by_fact_type():
    text = score([GOLD], {"t1": PRED}).misses_text()
    headers = re.findall(r"^== (\w+): (\d+) missed, (\d+) spurious$", text, re.M)
    assert [h[0] for h in headers] == ["regions", "officials", "compliance"]  # the fact-type table's order
    assert ("regions", "1", "2") in headers
    block = text.split("== compliance")[1]
    assert "t1\tcompliance.subject+zone\tmissed\t('51.02', 'hijau')\n    Kabupaten Tabanan masuk zona hijau." in block


def test_miss_sentence_is_cut_when_long():
    long = "Kabupaten Badung " + "sangat " * 200 + "baik."
    got = miss_sentence(long, {"region_code": "51.03"}, get_gazetteer())
    assert got.startswith("Kabupaten Badung") and got.endswith("…") and len(got) == 400


def test_readme_eval_misses_command_runs_as_written():
    commands = re.findall(r"^\$ (\.venv/bin/warta eval --misses\b[^\n]*)$",
                          (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.M)
    assert commands, "README shows no `warta eval --misses` command"
    argv = shlex.split(commands[0].split("#")[0])
    argv[0] = str(ROOT / argv[0])
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert re.search(r"^compliance\.subject\+zone\s+\d", done.stdout, re.M)  # the table first
    for line in done.stdout.splitlines():
        assert not line.startswith("== ") or re.fullmatch(r"== \w+: \d+ missed, \d+ spurious", line), line


def test_json_misses(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    done = subprocess.run([str(ROOT / ".venv/bin/warta"), "eval", "--json", "--misses", str(gold)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["articles"] == 1 and out["misses"]
    assert all(set(m) == {"id", "fact_type", "metric", "kind", "key", "sentence"} for m in out["misses"])
