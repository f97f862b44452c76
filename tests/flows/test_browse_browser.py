"""`warta browse` in a real browser: Debian's headless Chromium, driven by Playwright (playwright-core
only: no browser is downloaded), on the demo database. Asserts on the rendered page, not on HTML:
the home page, a region's facts, a facet, a search, and a map page (a province's tooltip, its link).

Skips, saying why, where Chromium is not installed (`apt-get install -y chromium`; .ci/run installs it).
`WARTA_UPDATE_SCREENSHOT=1` rewrites the README's screenshots, docs/browse-region.png and
docs/browse-map.png, from this test.
"""
from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

import pytest

from pipeline.store import snapshot as S
from tests.flows.browse_helpers import browsing

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
#: Flags that work on this machine (.library/env/machines/python.md): no sandbox as root, and no
#: background connections, which the closed network refuses.
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage"]
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "browse-region.png"
MAP_SCREENSHOT = SCREENSHOT.with_name("browse-map.png")
#: A screen point where the browser's own hit testing lands in an area (sampled over its box): where a
#: user points to read its tooltip and clicks to follow its link.
POINT_IN_AREA = """([selector]) => {
    const g = document.querySelector(selector);
    const r = g.getBoundingClientRect();
    for (let i = 1; i < 24; i++) for (let j = 1; j < 24; j++) {
        const x = r.left + r.width * i / 24, y = r.top + r.height * j / 24;
        const hit = document.elementFromPoint(x, y);
        if (hit && hit.closest("g.warta-area") === g) return [x, y];
    }
    return null;
}"""


@pytest.fixture(scope="module")
def page(demo_run, tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip("no Chromium: install Debian's package (apt-get install -y chromium) to run the browser test")
    playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency: uv sync")
    db = demo_run["db"]
    assert S.wait_fresh(db, timeout=120)
    with browsing(db) as (base, _), playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS,
                                     env={**os.environ, "HOME": str(tmp_path_factory.mktemp("chromium-home"))})
        try:
            tab = browser.new_page(viewport={"width": 1280, "height": 860})
            tab.base = base
            yield tab
        finally:
            browser.close()


def test_home_page(page):
    page.goto(page.base + "/")
    assert page.title().startswith("Warta: facts on Indonesian local public services")
    body = page.locator("body").inner_text()
    assert "Mal Pelayanan Publik" in body and "Extracted facts: MIT" in body
    page.get_by_role("link", name="warta", exact=True).first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/warta")
    text = page.locator("body").inner_text()
    for shown in ("Compliance history", "MPP register", "Everything about one kabupaten/kota", "The MPP register",
                  "Compliance history of a province", "Officeholders of a region"):
        assert shown in text


def test_a_regions_facts(page):
    page.goto(page.base + "/warta/region_facts?region=Kabupaten+Solok")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() >= 5
    first = rows.first.inner_text()
    assert "Kabupaten Solok" in first
    evidence = page.get_by_role("link", name="evidence ↗").first
    assert "#:~:text=" in evidence.get_attribute("href")
    facts = set(page.locator("table.rows-and-columns td.col-fact").all_inner_texts())
    assert {"compliance", "mpp", "officials"} <= facts
    # a fact links to its own row, which shows its evidence, the link to it and its source
    page.locator("td.col-fact_rowid a").first.click()
    page.wait_for_load_state()
    assert "/warta/compliance/" in page.url
    assert page.locator("td.col-evidence").first.inner_text().strip()
    assert page.get_by_role("link", name="evidence ↗").count() == 1
    assert page.locator("td.col-source_url a").first.get_attribute("href").startswith("http://127.0.0.1:")


def test_a_facet(page):
    page.goto(page.base + "/warta/compliance")
    zone = page.locator(".facet-info[data-column='zone']")
    assert "hijau" in zone.inner_text()
    zone.get_by_role("link", name="merah").click()
    page.wait_for_load_state()
    assert "zone=merah" in page.url
    zones = set(page.locator("table.rows-and-columns td.col-zone").all_inner_texts())
    assert zones == {"merah"}
    province = page.locator(".facet-info[data-column='province_code']").inner_text()
    assert any(name in province for name in ("Bengkulu", "Nusa Tenggara Barat", "Sumatera Barat", "Jawa Timur"))


def test_a_search_with_a_phrase(page):
    page.goto(page.base + "/warta/articles")
    page.fill("input#_search", '"mal pelayanan publik"')
    page.locator("input#_search").press("Enter")
    page.wait_for_load_state()
    heading = page.locator("h3").first.inner_text()
    assert "search matches" in heading and '"mal pelayanan publik"' in heading
    n = int(heading.split()[0])
    titles = page.locator("td.col-title").all_inner_texts()
    assert n == len(titles) and n >= 5
    assert any("MPP" in t and "Mal" not in t for t in titles)  # found through the synonym


def test_region_page_screenshot(page, tmp_path):
    page.goto(page.base + "/warta/region_facts?region=13.02")
    out = tmp_path / "region.png"
    page.screenshot(path=str(out), full_page=False)
    width, height = struct.unpack(">II", out.read_bytes()[16:24])
    assert (width, height) == (1280, 860)
    if os.environ.get("WARTA_UPDATE_SCREENSHOT"):
        shutil.copy(out, SCREENSHOT)
    assert SCREENSHOT.exists(), "docs/browse-region.png is missing: WARTA_UPDATE_SCREENSHOT=1 writes it"
    assert struct.unpack(">II", SCREENSHOT.read_bytes()[16:24]) == (1280, 860)


def test_a_map_page(page):
    """A fact view's page with its province map: the areas are drawn, pointing at Jambi shows its facts
    (its tooltip) and outlines it, and clicking it opens the rows its colour counts."""
    page.goto(page.base + "/warta/compliance_history")
    figure = page.locator('figure.warta-map[data-kind="compliance"]')
    box = figure.locator("svg").bounding_box()
    assert box["width"] >= 1000 and box["height"] >= 1000  # three national panels, drawn at full width
    assert figure.locator("g.warta-area").count() == 3 * 38
    jambi = figure.locator('g.warta-area[data-code="15"]').first
    tooltip = jambi.locator("title").text_content()
    assert tooltip.startswith("Jambi (15): assessment 2022, n=11 kabupaten/kota") and "Merangin (15.02): kuning" in tooltip
    assert jambi.evaluate("g => getComputedStyle(g.querySelector('path')).fill") == "rgb(46, 125, 50)"  # 10/11 hijau
    jambi.scroll_into_view_if_needed()
    point = page.evaluate(POINT_IN_AREA, ['figure.warta-map g.warta-area[data-code="15"]'])
    assert point, "no point of the page lands on Jambi"
    page.mouse.move(*point)
    assert jambi.evaluate("g => getComputedStyle(g.querySelector('path')).strokeWidth") == "1.6px"  # :hover outline
    assert page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('g').querySelector('title').textContent",
                         point) == tooltip  # what the pointer is on carries the tooltip
    if os.environ.get("WARTA_UPDATE_SCREENSHOT"):
        page.goto(page.base + "/warta/mpp_register")
        page.screenshot(path=str(MAP_SCREENSHOT), full_page=False)
        page.goto(page.base + "/warta/compliance_history")
        jambi.scroll_into_view_if_needed()
        point = page.evaluate(POINT_IN_AREA, ['figure.warta-map g.warta-area[data-code="15"]'])
    page.mouse.click(*point)
    page.wait_for_url("**/warta/compliance_history?*")
    assert "province_code=15" in page.url and "year=2022" in page.url and "level=region" in page.url
    codes = page.locator("table.rows-and-columns td.col-code").all_inner_texts()
    assert len(codes) == 11 and all(c.strip().startswith("15.") for c in codes)
    zones = page.locator("table.rows-and-columns td.col-zone").all_inner_texts()
    assert sorted(z.strip() for z in zones).count("hijau") == 10 and zones.count("kuning") == 1
    # the page it opened outlines Jambi on its own map
    outlined = page.locator('figure.warta-map g.warta-area[data-code="15"] path').first
    assert outlined.evaluate("p => getComputedStyle(p).strokeWidth") == "2.6px"
    assert MAP_SCREENSHOT.exists(), "docs/browse-map.png is missing: WARTA_UPDATE_SCREENSHOT=1 writes it"


def test_a_provinces_page_with_its_maps(page):
    page.goto(page.base + "/warta/gazetteer_provinces/15")
    assert page.locator("figure.warta-map").count() == 2  # compliance and MPP (no complaints in the demo)
    summary = page.locator("details.warta-map-box summary").first.inner_text()
    assert "(Jambi outlined)" in summary
    row = page.locator("table.warta-map-facts tr[data-code='15']")
    assert row.is_visible() and "2022: hijau 10, kuning 1, merah 0 of 11" in row.inner_text()
    row.get_by_role("link", name="with evidence").click()
    page.wait_for_load_state()
    assert "/warta/compliance?" in page.url
    evidence = page.locator("td.col-evidence").all_inner_texts()
    assert len(evidence) >= 11 and all(e.strip() for e in evidence)
    assert all("Jambi" in c for c in page.locator("td.col-province_code").all_inner_texts())
