"""Smoke tests of the benchmark scripts on tiny N: they run and print their figures (no timing asserted)."""
from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import peers  # noqa: E402
import refusals  # noqa: E402
import run_all  # noqa: E402
import stages  # noqa: E402
import synth  # noqa: E402


def test_synthesize_is_deterministic_and_varied():
    a, b = synth.synthesize(30), synth.synthesize(30)
    assert a == b
    assert synth.synthesize(30, seed=1) != a
    assert len({r["slug"] for r in a}) == 30
    assert {r["portal"] for r in a} == {"warta-wp", "warta-disway", "warta-lembaga"}
    lengths = sorted(len(r["text"]) for r in a)
    assert lengths[0] < lengths[-1] / 2  # lengths vary like real news, not one template
    assert len({r["text"].split("\n")[2] for r in a}) > 20  # regions and names differ per article


def test_synthetic_articles_are_all_body_text():
    """Captions and "BACA JUGA" lines of the source articles are not drawn as body paragraphs: the
    extractor rightly cuts them, and a page whose drawn paragraphs were all captions fell under the
    article minimum (bench-001017 of the 10,000-article run: 184 characters left)."""
    from pipeline.clean import boilerplate_kind
    from pipeline.process import MIN_TEXT_CHARS

    records = synth.synthesize(1100)
    assert [(r["id"], p) for r in records for p in r["text"].split("\n") if boilerplate_kind(p)] == []
    assert min(len(r["text"]) for r in records) > MIN_TEXT_CHARS


def test_served_corpus_has_every_article_page(tmp_path):
    with synth.serve_synthetic(9, tmp_path) as served:
        pages = synth.article_pages(served["root"])
        assert len(pages) == 9
        base = served["portals"][0]["base_url"]
        with urllib.request.urlopen(base + "robots.txt", timeout=5) as resp:
            assert b"Sitemap:" in resp.read()
        titles = [json.loads(line)["title"] for line in served["articles"].read_text().splitlines()]
        html = "".join(p.read_text(encoding="utf-8") for p in pages)
        assert all(t.split()[0] in html for t in titles)


def test_peers_compare_prints_every_tool(capsys):
    pages = peers.load_pages(6)
    assert len(pages) == 6
    results = peers.compare(pages)
    out = capsys.readouterr().out
    for name in ("trafilatura alone", "newspaper4k", "readability-lxml", "goose3", "warta extract+clean",
                 "warta extract+clean+tag", "warta tag alone"):
        assert name in out
        assert name in results
    assert results["trafilatura alone"]["ok"] == 6 and results["warta extract+clean+tag"]["ms"] > 0
    assert "target tagging" in out
    assert "interleaved page by page" in out and results["interleaved"]["ratio"] > 0


def test_peers_profile_splits_extraction_by_step(capsys):
    steps = peers.profile_extract(peers.load_pages(6))
    assert {"parse (trafilatura.load_html)", "pruning (prune_boilerplate)",
            "trafilatura text (trafilatura_sequence)", "clean-up (clean.split_byline)", "other"} <= set(steps)
    assert any(label.startswith("trafilatura metadata") for label in steps)
    assert all(ms >= 0 for ms in steps.values())
    assert "extract_article" in capsys.readouterr().out


def test_memory_growth_and_summary(capsys):
    rows = lambda n, mb: [{"n": n, "run": 1, "stage": s, "rss_mb": mb, "wall_s": 1.0, "cpu_s": 1.0,  # noqa: E731
                          "items": n} for s in stages.STAGES]
    growth = run_all.memory_growth({1000: rows(1000, 100.0), 10000: rows(10000, 150.0)})
    assert growth == {s: 1.5 for s in stages.STAGES}
    assert "MISSED" in capsys.readouterr().out
    second = [dict(r, run=2, wall_s=0.01, items=0) for r in rows(10, 90.0)]
    totals = stages.summarise(rows(10, 100.0) + second)
    assert totals[1]["pages"] == 10 and totals[2]["pages"] == 0
    assert "1.0 % of the first's wall time" in capsys.readouterr().out


@pytest.mark.slow
@pytest.mark.e2e
def test_stages_two_runs_on_a_tiny_corpus(tmp_path, capsys):
    results = stages.measure(6, tmp_path, runs=2)
    by = {(r["run"], r["stage"]): r for r in results}
    assert by[(1, "crawl")]["archived"] == 6
    assert by[(1, "extract")]["items"] == 6 and by[(1, "tag")]["items"] == 6
    assert by[(1, "load")]["articles"] == 6 and by[(1, "load")]["items"] > 6
    assert by[(2, "extract")]["items"] == 0 and by[(2, "load")]["items"] == 0
    # a night with nothing new runs no tag and no load stage, as the flow builds no tagger and opens no writer
    assert by[(2, "tag")].get("skipped") and by[(2, "load")].get("skipped")
    assert all(r["rss_mb"] > 10 for r in results if not r.get("skipped"))
    out = capsys.readouterr().out
    assert out.count("peak RSS") == 8


def test_refusals_runs_every_case_once(capsys):
    results = refusals.measure(repeat=1)
    assert set(results) == {"--url file:///etc/passwd", "unknown --portal", "malformed portal table",
                            "data directory not writable", "not a database", "another run holds the data directory"}
    assert all(r["status"] in (1, 75) and r["line"].startswith("Error: ") for r in results.values())
    assert results["another run holds the data directory"]["status"] == 75
    assert "median" in capsys.readouterr().out


@pytest.mark.slow
def test_browse_benchmark_runs_on_a_tiny_database(capsys):
    import browse

    out = browse.main(["20"])
    assert out["exit_status"] == 0 and out["snapshot_mb"] > 0
    assert {f"page_{p}_s" for p in browse.PAGES} <= set(out)
    assert "snapshot:" in capsys.readouterr().out


def test_instructions_phases_run_on_a_tiny_corpus():
    """The counted process's path without valgrind: every phase runs over the pages (the count itself
    needs valgrind and minutes; BENCHMARKS.md has its figures)."""
    import subprocess

    out = subprocess.run([sys.executable, str(BENCH / "instructions.py"), "--phases", "--pages", "6"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "phases: ['trafilatura alone', 'warta extract+clean', 'warta tag alone'] pages: 6" in out.stdout


def test_instructions_reads_a_dumps_total(tmp_path):
    import instructions

    dump = tmp_path / "cg.out.3"
    dump.write_text("version: 1\ncreator: callgrind\nevents: Ir\nsummary: 123456789\ntotals: 123456789\n")
    assert instructions._total(str(dump)) == 123456789
    (tmp_path / "empty").write_text("events: Ir\n")
    with pytest.raises(ValueError):
        instructions._total(str(tmp_path / "empty"))
