"""End to end: the bundled corpus served over HTTP on 127.0.0.1, crawled by real Scrapy processes,
extracted, tagged and loaded by the real Prefect flow into a real DuckDB file. Then assertions on rows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.corpus import load_articles
from pipeline.facts import compose, tag_text
from pipeline.store import Store

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def e2e(demo_run):
    return demo_run


def rows(db: Path, sql: str, params=None):
    with Store.open(db, read_only=True) as store:
        return store.query(sql, params)[1]


def test_every_article_loaded_once(e2e):
    published = [a for a in load_articles() if not getattr(a, "draft", False)]
    (n_articles, n_urls), = rows(e2e["db"], "SELECT count(*), count(DISTINCT url) FROM articles")
    assert n_articles == n_urls
    # every corpus article is stored (near-duplicates as extra sources of one article)
    (n_sources,), = rows(e2e["db"], "SELECT count(*) FROM (SELECT url FROM articles UNION SELECT url FROM sources)")
    assert n_sources >= len(published) >= 30
    assert e2e["first"]["articles_new"] == n_articles
    assert e2e["first"]["pages_fetched"] >= len(published)


def test_second_run_adds_nothing(e2e):
    with Store.open(e2e["db"], read_only=True) as store:
        assert store.counts() == e2e["counts_first"]
    assert e2e["second"]["articles_new"] == 0
    assert all(v == 0 for v in e2e["second"]["facts"].values())


def test_seed_facts_of_solok(e2e):
    db = e2e["db"]
    assert rows(db, "SELECT count(*) FROM regions WHERE code = '13.02'")[0][0] > 0
    mpp = rows(db, "SELECT status FROM mpp WHERE region_code = '13.02'")
    assert ("planned",) in mpp
    bupati = rows(db, "SELECT region_code, category FROM officials WHERE name = 'Epyardi Asda'")
    assert ("13.02", "kepala_daerah") in bupati


def test_seed_facts_of_lebong(e2e):
    got = rows(e2e["db"], "SELECT zone, year, evidence FROM compliance WHERE region_code = '17.07'")
    assert any(zone == "hijau" and year == 2023 for zone, year, _ in got)
    assert all(evidence for _, _, evidence in got)


def test_every_fact_keeps_evidence_and_article(e2e):
    db = e2e["db"]
    for table in ("officials", "compliance", "mpp"):
        (missing,), = rows(db, f"SELECT count(*) FROM {table} t LEFT JOIN articles a ON a.id = t.article_id "
                               f"WHERE a.url IS NULL OR coalesce(t.evidence, '') = ''")
        assert missing == 0, table


def test_no_fact_only_the_boilerplate_states(e2e):
    """Regions found in the crawled pages must all be stated by the article itself: related
    headlines, sidebars, comments and footers name other regencies, and must not leak in."""
    sources = load_articles()
    leaks, checked = {}, 0
    for (url,) in rows(e2e["db"], "SELECT url FROM articles"):
        source = next((a for a in sources if a.slug in url), None)
        if source is None:
            continue
        checked += 1
        own = {r.code for r in tag_text(compose(source.title, source.text)).regions}
        found = {c for (c,) in rows(e2e["db"], "SELECT DISTINCT r.code FROM regions r JOIN articles a "
                                               "ON a.id = r.article_id WHERE a.url = ?", [url])}
        if found - own:
            leaks[url] = sorted(found - own)
    assert checked >= 30
    assert not leaks, json.dumps(leaks, indent=1)


def test_archive_files_holding_nothing_new_are_not_read(e2e):
    from pipeline.archive import iter_archive

    archive = e2e["data"] / "archive"
    everything = list(iter_archive(archive))
    stored = {u for (u,) in rows(e2e["db"], "SELECT url FROM articles UNION SELECT url FROM sources")}
    assert {p.url for p in everything} <= stored
    assert list(iter_archive(archive, skip_urls=stored)) == []
    one_left = stored - {everything[0].url}
    assert everything[0].url in {p.url for p in iter_archive(archive, skip_urls=one_left)}
