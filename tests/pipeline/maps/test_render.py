"""Every map rendered to PNG and read back: its size, the areas drawn (all 38 provinces), and the colour
of known provinces and kabupaten/kota of the demo database; SVG tooltips and the HTML table of facts."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pipeline.gazetteer import get_gazetteer
from pipeline.maps import draw, province_boundaries, region_boundaries
from pipeline.maps.render import (COMPLAINTS_COLOUR, MPP_COLOUR, NO_DATA, NO_DATA_TILE, STAGE_COLOURS, ZONE_COLOURS,
                                  count_classes, ramp, share_classes)
from pipeline.models import Facts
from pipeline.store import LoadItem, Store
from tests.pipeline.maps.complaints_db import complaints_db as _complaints_db
from tests.pipeline.maps.pixels import area_colour, close, image, tile_colour
from tests.pipeline.store_helpers import article

ADM2 = Path(__file__).resolve().parents[2] / "fixtures" / "maps" / "adm2_fixture.geojson"
HIJAU, KUNING, MERAH = 0, 1, 2  # panels of the compliance map
PROVINCES = set(get_gazetteer().provinces)


def assert_colour(actual: str, expected: str, what: str) -> None:
    assert close(actual, expected), f"{what}: painted {actual}, expected {expected}"


# ---------------------------------------------------------------------- scales (pure)
def test_share_classes():
    classes = share_classes(ZONE_COLOURS["hijau"])
    assert classes.labels == ["0–20%", "20–40%", "40–60%", "60–80%", "80–100%"]
    assert classes.colour(1.0) == classes.colour(0.85) == "#2e7d32"  # the full zone colour on top
    assert classes.colour(0.0) != classes.colour(0.2) != classes.colour(0.4)
    assert classes.colour(float("nan")) == NO_DATA


def test_count_classes():
    assert count_classes([0, 1, 3], MPP_COLOUR).labels == ["0", "1", "2", "3"]
    big = count_classes([412, 1020], COMPLAINTS_COLOUR)
    assert big.labels == ["1–249", "250–499", "500–749", "750–999", "1,000–1,249"]
    assert big.colour(1020) == COMPLAINTS_COLOUR and big.colour(412) == big.colours[1]
    assert ramp("#000000", 3)[-1] == "#000000"


# ---------------------------------------------------------------------- the demo database
@pytest.fixture(scope="module")
def demo(demo_run):
    with Store.open(demo_run["db"], read_only=True) as store:
        yield store


@pytest.mark.slow
def test_compliance_by_province(demo):
    fig = draw(demo, "compliance")
    img = image(fig)
    assert fig.size == (1200, 1585)
    for panel in (HIJAU, KUNING, MERAH):
        assert {a.code for a in fig.areas if a.panel == panel} == PROVINCES  # all 38 joined and drawn
    shapes = province_boundaries().shapes
    hijau, kuning, merah = (share_classes(ZONE_COLOURS[z]) for z in ("hijau", "kuning", "merah"))
    # Jambi 2022: 10 of 11 hijau, 1 kuning; Banten 2019: 2 of 2 kuning; Kalimantan Barat 2018: 2/3/3 of 8
    assert_colour(area_colour(fig, img, HIJAU, shapes["15"]), "#2e7d32", "Jambi, hijau 10/11")
    assert_colour(area_colour(fig, img, KUNING, shapes["15"]), kuning.colours[0], "Jambi, kuning 1/11")
    assert_colour(area_colour(fig, img, KUNING, shapes["36"]), "#f9a825", "Banten, kuning 2/2")
    assert_colour(area_colour(fig, img, MERAH, shapes["61"]), merah.colours[1], "Kalimantan Barat, merah 3/8")
    assert_colour(area_colour(fig, img, HIJAU, shapes["11"]), hijau.colours[2], "Aceh, hijau 2/4")
    for panel in (HIJAU, KUNING, MERAH):  # Riau: no result at all
        assert_colour(area_colour(fig, img, panel, shapes["14"]), "#ffffff", "Riau, no result")
    texts = {t.get_text() for ax in fig.axes for t in ax.texts}
    assert {"10/11\n2022", "1/11\n2022", "2/2\n2019", "3/8\n2018", "2/4\n2024"} <= texts  # n and year
    row = fig.data.table.set_index("code").loc["15"]
    assert (row.year, row.n, row.hijau, row.kuning) == (2022, 11, 10, 1)
    assert "Merangin (15.02): kuning" in row.regions


@pytest.mark.slow
def test_mpp_by_province(demo):
    fig = draw(demo, "mpp")
    img = image(fig)
    assert fig.size == (1200, 585)
    assert {a.code for a in fig.areas} == PROVINCES
    shapes = province_boundaries().shapes
    classes = count_classes([0, 1, 2, 3], MPP_COLOUR)
    # Bengkulu: Kota Bengkulu, Bengkulu Tengah launched, Lebong operating; Sumatera Barat: Solok planned
    assert_colour(area_colour(fig, img, 0, shapes["17"]), MPP_COLOUR, "Bengkulu, 3 MPPs")
    assert_colour(area_colour(fig, img, 0, shapes["64"]), classes.colours[1], "Kalimantan Timur, 1 MPP")
    assert_colour(area_colour(fig, img, 0, shapes["13"]), classes.colours[0], "Sumatera Barat, 0 (+1 planned)")
    assert_colour(area_colour(fig, img, 0, shapes["14"]), "#ffffff", "Riau, none reported")
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert {"3", "0 +1 planned"} <= texts


@pytest.mark.slow
def test_compliance_tile_grid(demo):
    fig = draw(demo, "compliance", level="region")
    img = image(fig)
    gaz = get_gazetteer()
    with_facts = {gaz.regions[c].province_code for c in fig.data.table["code"]}
    assert {a.code for a in fig.areas} == {c for c, r in gaz.regions.items() if r.province_code in with_facts}
    assert_colour(tile_colour(fig, img, "13.02"), ZONE_COLOURS["hijau"], "Solok 2024")
    assert_colour(tile_colour(fig, img, "17.71"), ZONE_COLOURS["merah"], "Kota Bengkulu 2015")
    assert_colour(tile_colour(fig, img, "15.02"), ZONE_COLOURS["kuning"], "Merangin 2022")
    assert_colour(tile_colour(fig, img, "17.06"), ZONE_COLOURS[None], "Mukomuko 2015, no zone stated")
    assert_colour(tile_colour(fig, img, "13.01"), NO_DATA_TILE, "Pesisir Selatan, not assessed")
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert "Solok\n2024" in texts and "Kota Solok" in texts and "Kota Bengkulu\n2015" in texts  # every tile named
    every = draw(demo, "compliance", level="region", all_provinces=True)
    assert len(every.areas) == 514


@pytest.mark.slow
def test_mpp_tile_grid(demo):
    fig = draw(demo, "mpp", level="region")
    img = image(fig)
    assert_colour(tile_colour(fig, img, "17.07"), STAGE_COLOURS["operating"], "Lebong operating")
    assert_colour(tile_colour(fig, img, "36.03"), STAGE_COLOURS["launched"], "Tangerang launched")
    assert_colour(tile_colour(fig, img, "13.02"), STAGE_COLOURS["planned"], "Solok planned")


@pytest.mark.slow
def test_compliance_on_a_kabupaten_kota_file(demo):
    regions = region_boundaries(ADM2)
    fig = draw(demo, "compliance", boundaries=regions)
    img = image(fig)
    assert {a.code for a in fig.areas} == set(regions.shapes)
    assert_colour(area_colour(fig, img, 0, regions.shapes["15.02"]), ZONE_COLOURS["kuning"], "Merangin")
    assert_colour(area_colour(fig, img, 0, regions.shapes["15.01"]), ZONE_COLOURS["hijau"], "Kerinci")
    assert_colour(area_colour(fig, img, 0, regions.shapes["61.05"]), ZONE_COLOURS["merah"], "Sintang")
    assert_colour(area_colour(fig, img, 0, regions.shapes["61.04"]), "#ffffff", "Ketapang, not assessed")
    assert "Kabupaten/kota boundaries: adm2_fixture.geojson" in " ".join(t.get_text() for t in fig.figure.texts)
    mpp = draw(demo, "mpp", boundaries=regions)
    assert_colour(area_colour(mpp, image(mpp), 0, regions.shapes["17.07"]), STAGE_COLOURS["operating"], "Lebong")


@pytest.mark.slow
def test_svg_areas_carry_their_facts(demo):
    fig = draw(demo, "compliance")
    root = ET.fromstring(fig.svg())
    ns = "{http://www.w3.org/2000/svg}"
    areas = [g for g in root.iter(f"{ns}g") if g.get("class") == "warta-area"]
    assert len(areas) == 3 * 38 and len({g.get("id") for g in areas}) == 3 * 38
    jambi = next(g for g in areas if g.get("id") == "area-compliance-hijau-15")
    title = jambi.find(f"{ns}title").text
    assert title.startswith("Jambi (15): assessment 2022, n=11") and "Merangin (15.02): kuning" in title
    riau = next(g for g in areas if g.get("data-code") == "14")
    assert riau.find(f"{ns}title").text == "Riau (14): none reported"
    assert any((t.text or "").startswith("10/11") for t in root.iter(f"{ns}text"))  # labels stay text


@pytest.mark.slow
def test_html_page_is_self_contained_with_sources(demo, tmp_path):
    fig = draw(demo, "mpp", level="region")
    page = fig.save(tmp_path / "mpp.html").read_text(encoding="utf-8")
    assert "<script" not in page and not re.search(r'(src|href)="(?!http://127\.0\.0\.1)', page)
    assert re.search(r'<tr data-code="17.07">.*?operating 2023.*?<a href="http://127\.0\.0\.1:\d+/', page)
    assert "<title>Kabupaten Lebong (17.07), Bengkulu\nMPP operating 2023</title>" in page


# ---------------------------------------------------------------------- complaints (a fact type being added)
def test_complaints_by_province(tmp_path):
    _complaints_db(tmp_path / "w.duckdb")
    with Store.open(tmp_path / "w.duckdb", read_only=True) as store:
        fig = draw(store, "complaints")
        tiles = draw(store, "complaints", level="region")
    img = image(fig)
    shapes = province_boundaries().shapes
    classes = count_classes([412, 1020], COMPLAINTS_COLOUR)
    assert_colour(area_colour(fig, img, 0, shapes["13"]), COMPLAINTS_COLOUR, "Sumatera Barat 1,020 (2024)")
    assert_colour(area_colour(fig, img, 0, shapes["74"]), classes.colours[1], "Sulawesi Tenggara 412 (2024)")
    assert_colour(area_colour(fig, img, 0, shapes["31"]), "#ffffff", "DKI: only a several-year figure")
    table = fig.data.table.set_index("code")
    assert list(table.index) == ["13", "74"]
    assert table.loc["74", "count"] == 412 and table.loc["74", "counts"] == [180, 412]
    assert table.loc["74", "sources"] == ["https://padek.example/berita/2", "https://padek.example/berita/3"]
    assert "2024: 412 reports (figures stated: 180, 412)" in table.loc["74", "tooltip"]
    assert {"1,020 (2024)", "412 (2024)"} <= {t.get_text() for t in fig.axes[0].texts}
    timg = image(tiles)
    assert_colour(tile_colour(tiles, timg, "13.71"), COMPLAINTS_COLOUR, "Kota Padang 120")
    assert_colour(tile_colour(tiles, timg, "74.71"), count_classes([41, 120], COMPLAINTS_COLOUR).colours[1],
                  "Kota Kendari 41")


def test_no_complaints_table_draws_nothing(tmp_path):
    _complaints_db(tmp_path / "w.duckdb", without_table=True)
    with Store.open(tmp_path / "w.duckdb", read_only=True) as store:
        assert draw(store, "complaints") is None
        assert draw(store, "complaints", level="region") is None
        empty = draw(store, "mpp")  # no facts: every province drawn blank
    assert len(empty.data.table) == 0 and len(empty.areas) == 38
