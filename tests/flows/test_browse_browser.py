"""`warta browse` in a real browser: Debian's headless Chromium, driven by Playwright (playwright-core
only: no browser is downloaded), on the demo database. Asserts on the rendered page, not on HTML.

Skips, saying why, where Chromium is not installed (`apt-get install -y chromium`; .ci/run installs it).
`WARTA_UPDATE_SCREENSHOT=1` rewrites the README's screenshot, docs/browse-region.png, from this test.
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
