"""The bundled corpus generator (flows/corpus.py): determinism, entry points, reachability, boilerplate."""
from __future__ import annotations

import csv
import json
import re
import tomllib
import urllib.robotparser
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

import lxml.html
import pytest

from flows import corpus
from flows.corpus import (ARTICLES_PATH, PORTALS, CorpusError, article_path, build_sites, candidate_files,
                          disallowed_paths, load_articles, url_to_relpath, write_portals_toml)
from pipeline.config import REFERENCE_DIR

BASES = {"warta-wp": "http://127.0.0.1:8001/", "warta-disway": "http://127.0.0.1:8002",
         "warta-lembaga": "http://127.0.0.1:8003/"}
BODY_XPATH = {"wordpress": '//div[@class="entry-content"]', "disway": '//div[@class="post-content"]',
              "lembaga": '//div[@class="news-content"]'}
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "atom": "http://www.w3.org/2005/Atom"}
GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold" / "warta.jsonl"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("sites")
    return out, build_sites(out, BASES)


@pytest.fixture(scope="module")
def articles():
    return load_articles()


def read(out: Path, url: str) -> bytes:
    """The bytes the server would answer for `url` (same mapping as flows/localserver.py)."""
    parts = urlsplit(url)
    key = next(k for k, b in BASES.items() if urlsplit(b).netloc == parts.netloc)
    for rel in candidate_files(parts.path, parts.query):
        f = out / key / rel
        if f.is_file():
            return f.read_bytes()
    raise FileNotFoundError(url)


def links(page: bytes, base: str) -> set[str]:
    doc = lxml.html.fromstring(page, base_url=base)
    doc.make_links_absolute(base)
    return {a.get("href") for a in doc.iter("a") if a.get("href")}


def sitemap_urls(out: Path, url: str) -> set[str]:
    root = ET.fromstring(read(out, url))
    if root.tag == f"{{{NS['sm']}}}sitemapindex":
        return set().union(*(sitemap_urls(out, loc.text) for loc in root.findall("sm:sitemap/sm:loc", NS)))
    return {loc.text for loc in root.findall("sm:url/sm:loc", NS)}


def feed_urls(out: Path, url: str) -> set[str]:
    root = ET.fromstring(read(out, url))
    rss = {i.text for i in root.findall("channel/item/link")}
    atom = {link.get("href") for link in root.findall("atom:entry/atom:link", NS)}
    return rss | atom


def listing_urls(out: Path, start: str, pattern: str) -> set[str]:
    """Article links on a listing and every page reachable by its pagination links."""
    seen, todo, found = set(), [start], set()
    listing_path = urlsplit(start).path.rstrip("/")
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        for link in links(read(out, url), url):
            path = urlsplit(link).path
            if re.match(pattern, path):
                found.add(link)
            elif path.rstrip("/").startswith(listing_path) and (urlsplit(link).query or "/page/" in path):
                todo.append(link)
    assert len(seen) >= 2, f"{start}: no pagination"
    return found


def test_corpus_has_30_articles_with_the_five_seeds_spread_over_three_portals(articles):
    assert len(articles) >= 30
    ids = {a.id for a in articles}
    assert {f"seed-00{i}" for i in range(5)} <= ids
    assert {f"d{i:03d}" for i in range(1, 21)} <= ids
    per_portal = {k: sum(a.portal == k for a in articles) for k in PORTALS}
    assert all(n >= len(articles) // 3 - 2 for n in per_portal.values()), per_portal
    seed_001 = next(a for a in articles if a.id == "seed-001")
    assert seed_001.portal == "warta-disway" and seed_001.author == "Muharista Delda"
    assert "Mall Pelayanan Publik (MPP) sejak tahun 2023" in seed_001.text


def test_generation_is_deterministic(built, tmp_path):
    out, defs = built
    again = build_sites(tmp_path, BASES)
    assert again == defs
    first = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert first.keys() == second.keys() and len(first) > 40
    assert all(first[k] == second[k] for k in first)
    assert all((out / k).stat().st_mtime == (tmp_path / k).stat().st_mtime for k in first)


def test_definitions_follow_the_portal_schema(built, tmp_path):
    _, defs = built
    assert [d["key"] for d in defs] == list(PORTALS)
    for d in defs:
        assert d["base_url"] == BASES[d["key"]].rstrip("/") + "/"
        assert d["layout"] == PORTALS[d["key"]]["layout"]
        for field in ("sitemaps", "feeds", "listings"):
            assert d[field] and all(u.startswith(d["base_url"]) for u in d[field])
        re.compile(d["article_pattern"])
    path = tmp_path / "portals.toml"
    write_portals_toml(defs, path)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["portal"] == defs


def test_every_portal_has_robots_sitemap_feed_and_listings(built):
    out, defs = built
    for d in defs:
        robots = read(out, d["base_url"] + "robots.txt").decode()
        assert f"Sitemap: {d['sitemaps'][0]}" in robots
        for url in d["sitemaps"]:
            assert sitemap_urls(out, url)
        for url in d["feeds"]:
            assert feed_urls(out, url)
        for url in d["listings"]:
            assert listing_urls(out, url, d["article_pattern"])
        home = links(read(out, d["base_url"]), d["base_url"])
        assert set(d["listings"]) <= home


def test_every_article_is_in_the_sitemap_and_in_the_feed_or_listings(built, articles):
    out, defs = built
    for d in defs:
        in_sitemap = set().union(*(sitemap_urls(out, u) for u in d["sitemaps"]))
        in_feed = set().union(*(feed_urls(out, u) for u in d["feeds"]))
        in_listings = set().union(*(listing_urls(out, u, d["article_pattern"]) for u in d["listings"]))
        mine = [a for a in articles if a.portal == d["key"]]
        urls = {d["base_url"].rstrip("/") + article_path(d["key"], a) for a in mine}
        assert urls <= in_sitemap
        assert urls <= in_feed | in_listings
        assert urls - in_feed, "the feed should not hold every article (listings must matter)"
        assert all(re.match(d["article_pattern"], urlsplit(u).path) for u in urls)
        assert not any(re.match(d["article_pattern"], urlsplit(u).path) for u in d["listings"] + d["feeds"])
        for a in mine:  # the page holds the article's title and every paragraph
            page = read(out, d["base_url"].rstrip("/") + article_path(d["key"], a)).decode()
            body = lxml.html.fromstring(page).xpath(BODY_XPATH[d["layout"]])[0].text_content()
            assert all(p in body for p in a.paragraphs), a.id


def test_robots_disallows_a_page_that_a_listing_links_to(built):
    out, defs = built
    for d in defs:
        rp = urllib.robotparser.RobotFileParser()
        rp.parse(read(out, d["base_url"] + "robots.txt").decode().splitlines())
        trap = d["base_url"].rstrip("/") + disallowed_paths(d["key"])[0]
        assert not rp.can_fetch("WartaBot", trap)
        assert re.match(d["article_pattern"], urlsplit(trap).path), "the trap must look like an article"
        assert trap in links(read(out, d["listings"][0]), d["listings"][0])
        assert corpus.ROBOTS_MARKER in read(out, trap).decode()
        assert trap not in sitemap_urls(out, d["sitemaps"][0]) | feed_urls(out, d["feeds"][0])
        for extra in disallowed_paths(d["key"])[1:]:
            assert not rp.can_fetch("WartaBot", d["base_url"].rstrip("/") + extra)
        assert rp.can_fetch("WartaBot", d["listings"][0])


def _region_names() -> set[str]:
    with open(REFERENCE_DIR / "wilayah" / "regencies.csv", encoding="utf-8") as fh:
        return {row["name"] for row in csv.DictReader(fh) if len(row["name"]) > 3}


def test_boilerplate_outside_the_body_names_other_regencies(built, articles):
    out, defs = built
    names = _region_names()
    for d in defs:
        for a in (x for x in articles if x.portal == d["key"]):
            doc = lxml.html.fromstring(read(out, d["base_url"].rstrip("/") + article_path(d["key"], a)))
            body = doc.xpath(BODY_XPATH[d["layout"]])[0]
            body.drop_tree()
            outside = doc.text_content()
            foreign = {n for n in names if re.search(rf"\b{re.escape(n)}\b", outside)
                       and not re.search(rf"\b{re.escape(n)}\b", a.title + "\n" + a.text)}
            assert foreign, f"{a.id}: no other regency named in the boilerplate"
            address = PORTALS[d["key"]]["address"]
            assert address in outside


def test_layout_specific_markup(built, articles):
    out, defs = built
    by_key = {d["key"]: d for d in defs}
    wp = next(a for a in articles if a.id == "seed-000")
    page = read(out, by_key["warta-wp"]["base_url"].rstrip("/") + article_path("warta-wp", wp)).decode()
    assert '<meta property="article:published_time" content="2023-05-05T16:42:00+07:00">' in page
    assert 'property="og:title"' in page and 'property="og:site_name"' in page
    assert "Discussion about this post" in page and "BACA JUGA:" in page and "Terpopuler" in page
    assert article_path("warta-wp", wp) == "/2023/05/05/terbaik-tingkat-sumbar-kabupaten-solok-bidik-10-besar-nasional/"
    assert "Allow: /wp-admin/admin-ajax.php" in read(out, "http://127.0.0.1:8001/robots.txt").decode()

    dw = next(a for a in articles if a.id == "seed-001")
    page = read(out, by_key["warta-disway"]["base_url"].rstrip("/") + article_path("warta-disway", dw)).decode()
    assert "Sabtu 16 Mar 2024 - 23:15 WIB" in page
    assert "Reporter : Muharista Delda" in page and "Editor : M. Rizki Amanda Lubis" in page
    assert "Kategori :" in page and "Berita Terkait" in page and "<strong>BACA JUGA:</strong>" in page
    assert re.fullmatch(r"/read/\d+/pemkab-lebong-[a-z0-9-]+", article_path("warta-disway", dw))

    lb = next(a for a in articles if a.id == "seed-002")
    page = read(out, by_key["warta-lembaga"]["base_url"].rstrip("/") + article_path("warta-lembaga", lb)).decode()
    assert "ARTIKEL &bull; Kamis, 04/03/2021 &bull; Rujalinor" in page
    assert 'class="breadcrumb"' in page and "Berita Lainnya" in page and "Perwakilan Papua Barat" in page
    assert read(out, "http://127.0.0.1:8003/perwakilan/news?page=2") != read(out, "http://127.0.0.1:8003/perwakilan/news")


def test_undated_article_has_no_date_markup(built, articles):
    out, _ = built
    undated = [a for a in articles if a.published is None]
    assert undated and all(PORTALS[a.portal]["layout"] != "wordpress" for a in undated)
    a = undated[0]
    page = read(out, BASES[a.portal].rstrip("/") + article_path(a.portal, a)).decode()
    assert "article:published_time" not in page and a.paragraphs[0] in page


@pytest.mark.parametrize("path,query,expected", [
    ("/", "", "index.html"),
    ("/feed/", "", "feed/index.html"),
    ("/read/123/some-slug", "", "read/123/some-slug/index.html"),
    ("/perwakilan/news", "page=2", "perwakilan/news/index@page=2.html"),
    ("/sitemap.xml", "b=2&a=1", "sitemap@a=1&b=2.xml"),
    ("/../../etc/passwd", "", "etc/passwd/index.html"),
    ("/a/%2e%2e/%2e%2e/secret.txt", "", "a/secret.txt"),
])
def test_url_to_relpath(path, query, expected):
    assert url_to_relpath(path, query) == expected


def test_bad_article_lines_fail_with_the_line_number(tmp_path):
    good = ARTICLES_PATH.read_text(encoding="utf-8").splitlines()[0]
    for bad, message in [("{not json", ":2:"), (json.dumps({"portal": "nope", "slug": "a", "title": "t",
                                                              "text": "x"}), "unknown portal"),
                         (json.dumps({"portal": "warta-wp", "slug": "A B", "title": "t", "text": "x"}), "bad slug"),
                         (json.dumps({"portal": "warta-wp", "slug": "a", "title": "t", "text": "x",
                                      "published": "2024-01-01T10:00:00"}), "UTC offset")]:
        path = tmp_path / "a.jsonl"
        path.write_text(good + "\n" + bad + "\n", encoding="utf-8")
        with pytest.raises(CorpusError, match=re.escape(message)):
            load_articles(path)
    with pytest.raises(CorpusError, match="unknown portal"):
        build_sites(tmp_path / "x", {"elsewhere": "http://127.0.0.1:1/"})


def test_authored_gold_matches_the_corpus_and_the_gazetteer(articles):
    with open(REFERENCE_DIR / "wilayah" / "regencies.csv", encoding="utf-8") as fh:
        regions = {(r["kind"], r["name"], r["province_name"]) for r in csv.DictReader(fh)}
    with open(REFERENCE_DIR / "wilayah" / "provinces.csv", encoding="utf-8") as fh:
        provinces = {r["name"] for r in csv.DictReader(fh)}
    by_id = {a.id: a for a in articles}
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(gold) >= 8
    for g in gold:
        a = by_id[g["id"]]
        assert g["text"] == a.title + "\n\n" + a.text
        facts = g["gold"]
        places = facts["regions"] + [x["region"] for k in ("officials", "compliance", "mpp") for x in facts[k]
                                     if x.get("region")]
        for r in places:
            assert (r["kind"], r["name"], r["province"]) in regions, (g["id"], r)
            assert r in facts["regions"], (g["id"], r)
        assert set(facts["provinces"]) <= provinces
        for c in facts["compliance"]:
            assert c["zone"] in ("hijau", "kuning", "merah", None) and 2015 <= c["year"] <= 2026
        for o in facts["officials"]:
            assert o["name"] in g["text"]
    assert sum(bool(g["gold"]["compliance"]) for g in gold) >= 5
    assert sum(bool(g["gold"]["mpp"]) for g in gold) >= 3
