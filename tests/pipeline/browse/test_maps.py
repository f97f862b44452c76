"""Maps in the browse snapshot (pipeline/browse/maps.py): drawn when the snapshot is published, served
by a real datasette (in-process, through its ASGI client) from the snapshot alone. The same pages on
the demo database in a real `warta browse` process: tests/flows/test_browse.py; in Chromium:
tests/flows/test_browse_browser.py."""
from __future__ import annotations

import asyncio
import json
import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pipeline.browse import maps as M
from pipeline.browse.server import make_datasette
from pipeline.models import Facts
from pipeline.store import LoadItem, Store
from pipeline.store import snapshot as S
from tests.pipeline.maps.complaints_db import complaints_db
from tests.pipeline.store_helpers import article, solok_facts
from tests.pipeline.store_helpers import sqlite_rows as rows

SVG = "{http://www.w3.org/2000/svg}"


def fetch(ds, path: str) -> tuple[int, str]:
    async def go():
        response = await ds.client.get(path)
        return response.status_code, response.text

    return asyncio.run(go())


# ---------------------------------------------------------------------- links and words (pure)
def test_area_links_name_the_rows_counted_and_the_reports():
    assert M.area_links("compliance", "15", 2022) == (
        "/warta/compliance_history?level=region&province_code=15&year=2022",
        "/warta/compliance?province_code=15&year=2022&region_code__notblank=1")
    assert M.area_links("mpp", "13", None) == ("/warta/mpp_register?province_code=13",
                                               "/warta/mpp?province_code=13&region_code__notblank=1")
    rows_, reports = M.area_links("complaints", "74", 2024)
    assert rows_ == reports == "/warta/complaints?province_code=74&region_code__isnull=1&year=2024"
    with pytest.raises(ValueError):
        M.area_links("floods", "13", None)


def test_shown_says_what_the_map_shows():
    assert M.shown("compliance", dict(year=2022, n=11, hijau=10, kuning=1, merah=0, no_zone=0)) == \
        "2022: hijau 10, kuning 1, merah 0 of 11 kabupaten/kota assessed"
    assert M.shown("compliance", dict(year=2024, n=3, hijau=1, kuning=0, merah=0, no_zone=2)).endswith(
        "merah 0, no zone 2 of 3 kabupaten/kota assessed")
    assert M.shown("mpp", dict(open=2, planned=1)) == "2 launched or operating, 1 planned"
    assert M.shown("mpp", dict(open=0, planned=0)) == "0 launched or operating"
    assert M.shown("complaints", {"count": 1020, "year": 2024}) == "1,020 reports in 2024"


# ---------------------------------------------------------------------- a snapshot with complaints
def solok_item():
    """A compliance result (2023, merah) and an MPP plan of Kabupaten Solok (13.02)."""
    return LoadItem(article(9), solok_facts(year=2023, zone="merah"))


@pytest.fixture(scope="module")
def complaints_snapshot(tmp_path_factory):
    db = tmp_path_factory.mktemp("maps") / "warta.duckdb"
    complaints_db(db)
    with Store.open(db) as store:
        store.load([solok_item()], "0.2.0")
    done = S.publish(db)
    return db, done.path, make_datasette(done.path)


def test_every_map_is_in_the_snapshot(complaints_snapshot):
    _, snap, _ = complaints_snapshot
    maps = {kind: (title, svg, n) for kind, title, svg, n in rows(snap, "SELECT kind, title, svg, areas FROM maps")}
    assert set(maps) == {"compliance", "mpp", "complaints"}
    assert maps["complaints"][0] == "Reports received by the Ombudsman office of each province"
    assert maps["complaints"][2] == 2 and maps["compliance"][2] == 1 and maps["mpp"][2] == 1
    areas = {(k, c): (y, shown, counted) for k, c, y, shown, counted in rows(
        snap, "SELECT kind, province_code, year, shown, counted_rows FROM map_areas")}
    assert areas[("complaints", "74")] == (2024, "412 reports in 2024",
                                           "/warta/complaints?province_code=74&region_code__isnull=1&year=2024")
    assert areas[("complaints", "13")][:2] == (2024, "1,020 reports in 2024")
    assert areas[("compliance", "13")][:2] == (2023, "2023: hijau 0, kuning 0, merah 1 of 1 kabupaten/kota assessed")
    assert areas[("mpp", "13")][1] == "0 launched or operating, 1 planned"
    # in the SVG, each province with facts links to the rows counted, with its facts as tooltip
    root = ET.fromstring(maps["complaints"][1])
    links = {a.find(f"{SVG}g").get("data-code"): a.get("href") for a in root.iter(f"{SVG}a")}
    assert links == {"13": areas[("complaints", "13")][2], "74": areas[("complaints", "74")][2]}
    titles = {g.get("data-code"): g.find(f"{SVG}title").text for g in root.iter(f"{SVG}g")
              if g.get("class") == "warta-area"}
    assert len(titles) == 38
    assert titles["74"].startswith("Ombudsman RI Perwakilan Sulawesi Tenggara (74)")
    assert "2024: 412 reports (figures stated: 180, 412)" in titles["74"]
    assert titles["31"] == "DKI Jakarta (31): none reported"  # only a several-year figure: not mapped, no link
    described = {d["name"]: d for d in json.loads(S.read_info(snap)["describe"])}
    assert described["map_areas"]["columns"]["counted_rows"] and not described["map_areas"]["fact"]


def test_a_province_links_to_the_rows_behind_its_colour(complaints_snapshot):
    _, _, ds = complaints_snapshot
    status, body = fetch(ds, "/warta/complaints")
    assert status == 200
    assert body.count('class="warta-area"') == 38 and 'data-kind="complaints"' in body
    href = re.search(r'<a href="(/warta/complaints\?province_code=74[^"]*)"><g id="area-complaints-count-74"',
                     body).group(1).replace("&amp;", "&")
    status, found = fetch(ds, href.replace("/warta/complaints?", "/warta/complaints.json?_shape=array&"))
    assert status == 200
    assert sorted(r["count"] for r in json.loads(found)) == [180, 412]  # 412, the largest, is the one mapped
    status, body = fetch(ds, "/warta/compliance_history?province_code=13")
    assert body.count('class="warta-area"') == 3 * 38 and 'data-code="13"] path { stroke: #000 !important' in body
    assert "(Sumatera Barat outlined)" in body


def test_a_provinces_page_has_every_map_with_its_facts(complaints_snapshot):
    _, _, ds = complaints_snapshot
    status, body = fetch(ds, "/warta/gazetteer_provinces/74")
    assert status == 200
    assert [m for m in re.findall(r'<figure class="warta-map" data-kind="(\w+)"', body)] == list(M.KINDS)
    facts = re.findall(r'<tr data-code="(\d+)">', body)
    assert facts == ["74"]  # its own facts only: the complaints figure
    assert "412 reports in 2024" in body and body.count("No facts about Sulawesi Tenggara on this map.") == 2
    status, body = fetch(ds, "/warta/province_compliance?province=sumatera+barat")
    assert status == 200 and 'data-code="13"] path { stroke: #000 !important' in body and 'data-kind="compliance"' in body


def test_the_database_page_links_to_the_maps_and_other_pages_have_none(complaints_snapshot):
    _, _, ds = complaints_snapshot
    body = fetch(ds, "/warta")[1]
    index = re.search(r'<p class="warta-maps-index">(.*?)</p>', body, re.S).group(1)
    assert re.findall(r'href="([^"]+)"', index) == ["/warta/compliance_history#map-compliance",
                                                    "/warta/mpp_register#map-mpp", "/warta/complaints#map-complaints"]
    for page in ("/warta/articles", "/warta/officials", "/warta/gazetteer_regions/13~2E02", "/warta/region_facts?region=13.02"):
        status, body = fetch(ds, page)
        assert status == 200 and "warta-area" not in body, page
    status, body = fetch(ds, "/warta/map_areas?kind=complaints")
    assert status == 200 and "2 rows" in body
    assert 'href="/warta/complaints?province_code=74&amp;region_code__isnull=1&amp;year=2024"' in body
    assert "maps" not in {t["name"] for t in json.loads(fetch(ds, "/warta.json")[1])["tables"] if not t["hidden"]}


def test_highlight_takes_only_a_province_code(complaints_snapshot):
    _, _, ds = complaints_snapshot
    status, body = fetch(ds, '/warta/compliance?province_code=13"]{}body{display:none')
    assert status == 200 and body.count('class="warta-area"') == 3 * 38  # the map, no province outlined
    assert ".warta-area[data-code=" not in body and "outlined)" not in body


# ---------------------------------------------------------------------- without complaints; a map that fails
def test_without_complaints_there_is_no_complaints_map(tmp_path):
    db = tmp_path / "warta.duckdb"
    with Store.open(db) as store:
        store.load([solok_item()], "0.2.0")
    done = S.publish(db)
    assert [k for (k,) in rows(done.path, "SELECT kind FROM maps ORDER BY kind")] == ["compliance", "mpp"]
    ds = make_datasette(done.path)
    assert "map-complaints" not in fetch(ds, "/warta")[1]
    assert fetch(ds, "/warta/mpp")[1].count('class="warta-area"') == 38


def test_a_map_that_fails_is_logged_and_the_snapshot_still_published(tmp_path, monkeypatch, caplog):
    import pipeline.maps

    db = tmp_path / "warta.duckdb"
    with Store.open(db) as store:
        store.load([solok_item()], "0.2.0")
    real = pipeline.maps.draw

    def draw(store, kind, **kw):
        if kind == "mpp":
            raise RuntimeError("broken boundaries")
        return real(store, kind, **kw)

    monkeypatch.setattr(pipeline.maps, "draw", draw)
    with caplog.at_level(logging.ERROR):
        done = S.publish(db)
    assert "the mpp map was not drawn: RuntimeError: broken boundaries" in caplog.text
    assert [k for (k,) in rows(done.path, "SELECT kind FROM maps")] == ["compliance"]
    assert rows(done.path, "SELECT count(*) FROM mpp")[0][0] == 1  # the facts are all there
    ds = make_datasette(done.path)
    status, body = fetch(ds, "/warta/mpp_register")
    assert status == 200 and "warta-area" not in body
    assert rows(done.path, "SELECT fingerprint FROM maps") == [(None,)]  # not to be reused: drawn again next time
    monkeypatch.setattr(pipeline.maps, "draw", real)
    again = S.publish(db, force=True)
    assert [k for (k,) in rows(again.path, "SELECT kind FROM maps ORDER BY kind")] == ["compliance", "mpp"]


def test_maps_are_drawn_again_only_when_what_they_show_changed(tmp_path, monkeypatch, caplog):
    import pipeline.maps

    db = tmp_path / "warta.duckdb"
    with Store.open(db) as store:
        store.load([solok_item()], "0.2.0")
    first = S.publish(db)
    before = rows(first.path, "SELECT kind, svg, fingerprint FROM maps ORDER BY kind")
    assert before[0][2] and len(before[0][2]) == 64

    def no_drawing(*args, **kw):
        raise AssertionError("drawn again")

    monkeypatch.setattr(pipeline.maps, "draw", no_drawing)
    with Store.open(db) as store:  # an article with no compliance or MPP fact
        store.load([LoadItem(article(10, text="Berita lain tentang Solok."), Facts())], "0.2.0")
    with caplog.at_level(logging.ERROR):
        second = S.publish(db)
    assert "not drawn" not in caplog.text  # copied from the published snapshot, not drawn
    assert rows(second.path, "SELECT kind, svg, fingerprint FROM maps ORDER BY kind") == before
    assert rows(second.path, "SELECT count(*) FROM articles")[0][0] == 2
    assert rows(second.path, "SELECT count(*) FROM map_areas")[0][0] == rows(first.path, "SELECT count(*) FROM map_areas")[0][0]
    with Store.open(db) as store:  # a new compliance result: the compliance map changes
        store.load([LoadItem(article(11), solok_facts(year=2024, zone="hijau"))], "0.2.0")
    with caplog.at_level(logging.ERROR):
        S.publish(db)
    assert "the compliance map was not drawn: AssertionError: drawn again" in caplog.text


def test_the_fingerprint_covers_every_relation_the_measures_read():
    source = (Path(M.__file__).parents[1] / "maps" / "measures.py").read_text(encoding="utf-8")
    read = set(re.findall(r"\b(?:FROM|JOIN)\s+([a-z_]+)\b", source)) - {"information_schema"}
    # complaints read only their articles' URLs, by id, and an article's URL is its key: never changed
    assert read - {"articles"} == set(M.RELATIONS), read
    assert all(p.exists() for p in M.DRAWN_BY)
