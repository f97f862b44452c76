"""`warta browse`: a real datasette server in a real `warta` process, on the demo database that the
real nightly flow loaded (tests/conftest.py::demo_run). The browser itself: test_browse_browser.py."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from pipeline.store import LoadItem, Store
from pipeline.store import snapshot as S
from tests.flows.browse_helpers import WARTA, browsing, get

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_db(demo_run):
    db = demo_run["db"]
    # the nightly's writers started the snapshot in the background (the default): it arrives by itself
    assert S.wait_fresh(db, timeout=120), "the nightly did not publish the browse snapshot"
    return db


@pytest.fixture(scope="module")
def server(demo_db):
    with browsing(demo_db) as (url, proc):
        yield url, proc


def api(base: str, path: str, **params) -> dict | list:
    status, body = get(base + path + ("?" + urllib.parse.urlencode(params) if params else ""))
    assert status == 200, body[:500]
    return json.loads(body)


def test_every_table_and_view_is_served_with_the_schema_descriptions(server, demo_db):
    base, _ = server
    with Store.open(demo_db, read_only=True) as store:
        _, objects = store.query(
            "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main' UNION ALL "
            "SELECT view_name, comment FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal")
        _, column = store.query("SELECT comment FROM duckdb_columns() WHERE table_name = 'compliance' "
                                "AND column_name = 'zone'")
        counts = store.counts()
    served = {t["name"] for t in api(base, "/warta.json")["tables"]}
    assert {name for name, _ in objects} <= served
    meta = api(base, "/-/metadata.json")
    tables = meta["databases"]["warta"]["tables"]
    for name, comment in objects:
        if name != "schema_version":
            assert tables[name]["description"].startswith(comment), name
    assert tables["compliance"]["columns"]["zone"] == column[0][0]
    assert tables["mpp_register"]["title"] == "MPP register"
    assert "licen" not in meta["license"].lower() and "MIT" in meta["license"] and meta["source"]
    compliance = api(base, "/warta/compliance.json")
    assert compliance["filtered_table_rows_count"] == counts["compliance"]


def test_json_api_rows_link_to_evidence_and_source(server):
    base, _ = server
    rows = api(base, "/warta/compliance.json", _shape="array", zone="hijau", _size="max")
    assert rows and all(r["zone"] == "hijau" for r in rows)
    for r in rows:
        assert r["source_url"].startswith("http://127.0.0.1:") and r["evidence"]
        assert r["evidence_link"].startswith(r["source_url"] + "#:~:text=")
    article = api(base, f"/warta/articles/{rows[0]['article_id']}.json", _shape="array")[0]
    assert article["url"] == rows[0]["source_url"]


def test_facets_are_configured(server):
    base, _ = server
    data = api(base, "/warta/compliance.json", _size=0)
    facets = data["facet_results"]
    assert {"province_code", "region_code", "year", "zone", "grade_category", "portal"} <= set(facets)
    zones = {f["value"]: f["count"] for f in facets["zone"]["results"]}
    assert zones.get("hijau", 0) > 0 and set(zones) <= {"hijau", "kuning", "merah", None}
    labels = {f["label"] for f in facets["province_code"]["results"]}
    assert "Sumatera Barat" in labels  # codes shown by their gazetteer names
    assert "status" in api(base, "/warta/mpp.json", _size=0)["facet_results"]
    assert "category" in api(base, "/warta/officials.json", _size=0)["facet_results"]
    assert {"portal", "fact_types"} <= set(api(base, "/warta/articles.json", _size=0)["facet_results"])


def test_region_page_has_every_fact_with_evidence(server, demo_db):
    base, _ = server
    by_code = api(base, "/warta/region_facts.json", region="13.02", _shape="array")
    by_label = api(base, "/warta/region_facts.json", region="Kabupaten Solok", _shape="array")
    assert by_code == by_label and {r["region"] for r in by_code} == {"Kabupaten Solok"}
    facts = {r["fact"] for r in by_code}
    assert {"compliance", "mpp", "officials"} <= facts
    assert all(r["evidence"] and r["source_url"] for r in by_code)
    with Store.open(demo_db, read_only=True) as store:
        n = sum(store.query(f"SELECT count(*) FROM {t} WHERE region_code = '13.02'")[1][0][0]
                for t in ("compliance", "mpp", "officials"))
    assert len(by_code) == n
    both = api(base, "/warta/region_facts.json", region="Solok", _shape="array")
    assert {r["region"] for r in both} >= {"Kabupaten Solok"} and len(both) >= len(by_code)


def test_other_canned_queries(server):
    base, _ = server
    history = api(base, "/warta/province_compliance.json", province="Sumatera Barat", _shape="array")
    assert history and "Solok" in {r["name"] for r in history}
    assert history == api(base, "/warta/province_compliance.json", province="13", _shape="array")
    register = api(base, "/warta/mpp_overview.json", province="", _shape="array")
    assert len(register) >= 5 and {r["stage"] for r in register} <= {"planned", "launched", "operating"}
    holders = api(base, "/warta/region_officeholders.json", region="13.02", _shape="array")
    assert "Epyardi Asda" in {r["person"] for r in holders}


def test_search_matches_warta_search(server, demo_db):
    """The same query, phrase or synonym, finds the same articles on the page and on the command line."""
    base, _ = server
    for query in ('"mal pelayanan publik"', "MPP", '"zona hijau"'):
        page = api(base, "/warta/articles.json", _search=query, _shape="array", _size="max", _col="id")
        out = subprocess.run([str(WARTA), "search", query, "-n", "100", "--format", "json"], capture_output=True,
                             text=True, env={**os.environ, "WARTA_DB": str(demo_db)}, check=True)
        cli = json.loads(out.stdout)["hits"]
        assert page and sorted(r["id"] for r in page) == sorted(h["id"] for h in cli), query


def _linked_rows(base: str, href: str) -> list[dict]:
    """The rows a map area links to, through the JSON API (the same page with .json)."""
    table, _, query = href.replace("&amp;", "&").partition("?")
    status, body = get(f"{base}{table}.json?{query}&_shape=array&_size=max")
    assert status == 200, body[:300]
    return json.loads(body)


def test_fact_pages_show_the_province_maps_of_warta_map(server, demo_db):
    """The maps on the pages are `warta map`'s measures on the demo database, drawn into the snapshot:
    each province with facts links to exactly the rows it counts."""
    from pipeline.maps import map_data

    base, _ = server
    with Store.open(demo_db, read_only=True) as store:
        compliance = map_data(store, "compliance").table.set_index("code")
        mpp = map_data(store, "mpp").table.set_index("code")
    status, body = get(base + "/warta/compliance_history")
    assert status == 200 and body.count('class="warta-area"') == 3 * 38
    linked = dict((code, href) for href, code in re.findall(
        r'<a href="([^"]+)"><g id="area-compliance-hijau-(\d+)"', body))
    assert set(linked) == set(compliance.index) and len(linked) >= 10
    for code, href in linked.items():
        rows = _linked_rows(base, href)
        assert len(rows) == compliance.loc[code, "n"], code
        assert {r["year"] for r in rows} == {compliance.loc[code, "year"]}
        for zone in ("hijau", "kuning", "merah"):
            assert sum(r["zone"] == zone for r in rows) == compliance.loc[code, zone], (code, zone)
    status, body = get(base + "/warta/mpp_register")
    linked = dict((code, href) for href, code in re.findall(r'<a href="([^"]+)"><g id="area-mpp-open-(\d+)"', body))
    assert set(linked) == set(mpp.index)
    for code, href in linked.items():
        stages = [r["stage"] for r in _linked_rows(base, href)]
        assert len(stages) == mpp.loc[code, "open"] + mpp.loc[code, "planned"], code
        assert sum(s in ("launched", "operating") for s in stages) == mpp.loc[code, "open"], code
    for page, kind in (("/warta/compliance?zone=merah", "compliance"), ("/warta/mpp", "mpp"),
                       ("/warta/mpp_overview", "mpp"), ("/warta/facts?fact=mpp", "mpp")):
        assert f'<figure class="warta-map" data-kind="{kind}">' in get(base + page)[1], page
    # the demo corpus states no complaints: no complaints map anywhere, and the table page has no map
    assert "map-complaints" not in get(base + "/warta")[1]
    status, body = get(base + "/warta/complaints")
    assert status == 200 and '<figure class="warta-map"' not in body


def test_map_areas_link_to_the_reports_with_their_evidence(server, demo_db):
    base, _ = server
    areas = api(base, "/warta/map_areas.json", _shape="array", _size="max")
    assert {a["kind"] for a in areas} == {"compliance", "mpp"}
    with Store.open(demo_db, read_only=True) as store:
        for area in areas:
            reports = _linked_rows(base, area["fact_rows"])
            if area["kind"] == "compliance":
                sql = ("SELECT count(*) FROM compliance WHERE region_code IS NOT NULL AND province_code = "
                       f"'{area['province_code']}' AND year = {area['year']}")
            else:
                sql = ("SELECT count(*) FROM mpp m JOIN gazetteer_regions g ON g.code = m.region_code "
                       f"WHERE g.province_code = '{area['province_code']}'")
            assert len(reports) == store.query(sql)[1][0][0], area
            assert all(r["evidence_link"] and r["source_url"] for r in reports)
            counted = _linked_rows(base, area["counted_rows"])  # the area's sources are its counted rows'
            assert set(json.loads(area["sources"])) == {u for r in counted for u in json.loads(r["sources"])}


def test_a_provinces_page_shows_it_on_every_map(server):
    base, _ = server
    status, body = get(base + "/warta/gazetteer_provinces/15")
    assert status == 200
    assert re.findall(r'<figure class="warta-map" data-kind="(\w+)"', body) == ["compliance", "mpp"]
    assert '.warta-area[data-code="15"] path { stroke: #000 !important' in body and "(Jambi outlined)" in body
    title = re.search(r'<g id="area-compliance-hijau-15" class="warta-area" data-code="15">\s*<title>([^<]*)', body)
    assert title.group(1).startswith("Jambi (15): assessment 2022, n=11")
    assert re.findall(r'<tr data-code="(\d+)">', body) == ["15"]  # Jambi's facts, under the compliance map
    assert "2022: hijau 10, kuning 1, merah 0 of 11 kabupaten/kota assessed" in body
    assert "No facts about Jambi on this map." in body  # no MPP in Jambi in the demo database
    index = re.search(r'<p class="warta-maps-index">(.*?)</p>', get(base + "/warta")[1], re.S).group(1)
    assert re.findall(r'href="([^"]+)"', index) == ["/warta/compliance_history#map-compliance",
                                                    "/warta/mpp_register#map-mpp"]


def test_read_only(server):
    base, _ = server
    status, body = get(base + "/warta.json?" + urllib.parse.urlencode({"sql": "DELETE FROM compliance"}))
    assert status == 400 and "Statement must be a SELECT" in body
    status, _ = get(base + "/warta/compliance/-/insert")
    assert status in (403, 404, 405)
    assert api(base, "/-/databases.json")[0]["is_mutable"] is False


def test_a_new_snapshot_is_served_without_restarting(demo_db, tmp_path):
    db = tmp_path / "warta.duckdb"
    shutil.copy(demo_db, db)
    with browsing(db) as (base, _):
        before = api(base, "/warta/articles.json", _size=0)["filtered_table_rows_count"]
        os.environ["WARTA_SNAPSHOT"] = "wait"
        try:
            from tests.pipeline.store_helpers import article, solok_facts

            with Store.open(db) as store:
                store.load([LoadItem(article(999, text="Berita baru tentang Solok."), solok_facts())], "0.9.9")
        finally:
            os.environ["WARTA_SNAPSHOT"] = "off"
        import time

        time.sleep(1.1)  # the server looks for a new snapshot at most once a second
        after = api(base, "/warta/articles.json", _size=0)["filtered_table_rows_count"]
        assert after == before + 1
        assert api(base, "/warta/articles.json", url="https://padek.example/berita/999", _shape="array")


def test_starts_from_a_missing_snapshot_and_stops_cleanly_with_no_process_left(demo_db, tmp_path):
    db = tmp_path / "warta.duckdb"
    shutil.copy(demo_db, db)
    for sig in (signal.SIGINT, signal.SIGTERM):
        with browsing(db) as (base, proc):
            assert S.snapshot_path(db).exists()  # published on demand before serving
            if sig == signal.SIGINT:  # by the builder, in a process of its own that has ended
                assert re.search(r"^Browse snapshot: published .*warta\.sqlite \(\d+ articles", proc.startup, re.M)
            assert get(base + "/warta")[0] == 200
            children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
            assert children == []  # datasette runs in the warta process itself
            proc.send_signal(sig)
            assert proc.wait(timeout=30) == 0
            assert "Stopped." in proc.stdout.read()


def test_a_database_it_cannot_read_leaves_the_previous_snapshot_served(demo_db, tmp_path):
    db = tmp_path / "warta.duckdb"
    db.write_bytes(b"not a DuckDB file\n" * 1000)  # a broken database beside an older snapshot
    shutil.copy(S.snapshot_path(demo_db), S.snapshot_path(db))
    with browsing(db) as (base, proc):
        assert re.search(r"^warning: cannot .*warta\.duckdb.*; serving the snapshot built \d{4}-", proc.startup, re.M)
        status, body = get(base + "/warta/mpp_register")
        assert status == 200 and body.count('class="warta-area"') == 38


def test_user_errors_are_one_line(tmp_path, demo_db):
    out = subprocess.run([str(WARTA), "browse"], capture_output=True, text=True,
                         env={**os.environ, "WARTA_DB": str(tmp_path / "none.duckdb")})
    assert out.returncode == 1 and out.stderr.startswith("Error: no Warta database at")
    assert out.stderr.count("\n") == 1
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        out = subprocess.run([str(WARTA), "browse", "--port", str(taken.getsockname()[1])], capture_output=True,
                             text=True, env={**os.environ, "WARTA_DB": str(demo_db)})
    finally:
        taken.close()
    assert out.returncode == 1 and "cannot listen on 127.0.0.1:" in out.stderr and "--port" in out.stderr
    assert "Traceback" not in out.stderr
