"""pipeline.extract: golden pages (tests/fixtures/html), must/must-not snippets, bad input never raises."""
from __future__ import annotations

import importlib.util
import json
import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import MAX_HTML_CHARS, decode_html, extract_article, extract_text_record
from pipeline.facts import compose
from pipeline.models import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
_spec = importlib.util.spec_from_file_location("html_fixtures", FIXTURES / "regenerate.py")
fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixtures)
NOW = fixtures.NOW

CHECKS, TITLES = fixtures.CHECKS, fixtures.TITLES


def _extract(name: str) -> Article:
    _, url = fixtures.PAGES[name]
    return extract_article((FIXTURES / f"{name}.html").read_bytes(), url, now=NOW)


def test_every_page_has_a_golden_file_and_checks():
    pages = sorted(p.stem for p in FIXTURES.glob("*.html"))
    assert pages == sorted(fixtures.PAGES)
    assert len(pages) >= 4
    for name in pages:
        assert (FIXTURES / f"{name}.json").exists(), f"{name}: run tests/fixtures/html/regenerate.py"
        assert name in CHECKS and name in TITLES, f"{name}: add its snippets to CHECKS and TITLES"


@pytest.mark.parametrize("name", sorted(fixtures.PAGES))
def test_page_matches_golden(name):
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    assert fixtures.golden(name) == expected


@pytest.mark.parametrize("name", sorted(fixtures.PAGES))
def test_page_keeps_article_and_drops_boilerplate(name):
    art = _extract(name)
    must, must_not = CHECKS[name]
    for snippet in must:
        assert snippet in art.text, f"{name}: lost {snippet!r}"
    full = compose(art.title, art.text)
    for snippet in must_not:
        assert snippet not in full, f"{name}: kept {snippet!r}"
    assert art.title == TITLES[name]
    assert full.startswith(TITLES[name])


def test_metadata_of_golden_pages():
    wp = _extract("wordpress_kabarnagari")
    assert wp.published == datetime(2024, 4, 15, 10, 32, tzinfo=timezone(timedelta(hours=7)))
    assert wp.site == "KabarNagari"
    dw = _extract("disway_lebong")  # JSON-LD only, time kept
    assert dw.published.isoformat() == "2024-03-16T23:15:00+07:00"
    assert dw.author == "Muharista Delda"
    cp = _extract("cp1252_tarakan")
    assert cp.published.utcoffset() == timedelta(hours=8)  # WITA
    assert cp.author == "André Sitompul"
    # the page's only date lies after NOW: never a future date
    assert _extract("no_body").published is None
    assert _extract("no_body").text == ""


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.html")))
def test_metadata_fields_are_trafilaturas(name):
    """trafilatura_metadata skips categories, tags and licence; what Warta reads is extract_metadata's."""
    from trafilatura import load_html
    from trafilatura.metadata import extract_metadata

    from pipeline.pagemeta import trafilatura_metadata

    tree = load_html(decode_html((FIXTURES / f"{name}.html").read_bytes()))
    if tree is None:
        pytest.skip("no parsable HTML")
    params = {"extensive_search": True, "original_date": True, "max_date": NOW.strftime("%Y-%m-%d")}
    ours, theirs = trafilatura_metadata(tree, "https://x.example/a", params), \
        extract_metadata(tree, "https://x.example/a", params, False, None)
    for field in ("title", "author", "url", "hostname", "date", "sitename"):
        assert getattr(ours, field) == getattr(theirs, field), field


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.html")))
def test_author_found_in_place_is_extract_metadatas(name):
    """trafilatura_author prunes the tree itself instead of a copy: the same author as extract_metadata."""
    from trafilatura import load_html
    from trafilatura.metadata import extract_metadata

    from pipeline.pagemeta import trafilatura_author, trafilatura_metadata

    html = decode_html((FIXTURES / f"{name}.html").read_bytes())
    tree = load_html(html)
    if tree is None:
        pytest.skip("no parsable HTML")
    params = {"extensive_search": False, "original_date": True, "max_date": NOW.strftime("%Y-%m-%d")}
    theirs = extract_metadata(load_html(html), "https://x.example/a", params, False, None).author
    ours = trafilatura_metadata(tree, "https://x.example/a", params, author=False).author or trafilatura_author(tree)
    assert ours == theirs


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.html")))
@pytest.mark.parametrize("fast", [False, True])
def test_text_is_bare_extractions_and_leaves_the_tree(name, fast):
    """trafilatura_text runs bare_extraction's steps without its copy of the tree: same text, tree intact."""
    from lxml import etree
    from trafilatura import bare_extraction, load_html

    from pipeline.boilerplate import prune_boilerplate
    from pipeline.extract import _CONFIG, trafilatura_text

    html = decode_html((FIXTURES / f"{name}.html").read_bytes())
    tree = load_html(html)
    if tree is None:
        pytest.skip("no parsable HTML")
    prune_boilerplate(tree)
    before = etree.tostring(tree)
    ours = trafilatura_text(tree, "https://x.example/a", fast=fast)
    assert etree.tostring(tree) == before
    doc = bare_extraction(tree, url="https://x.example/a", with_metadata=False, include_comments=False,
                          include_tables=True, include_images=False, include_links=False, include_formatting=False,
                          fast=fast, config=_CONFIG)
    assert ours == (doc.text if doc is not None else None)


def test_pruning_drops_nested_blocks_once_and_keeps_tails():
    from lxml import html as lhtml

    from pipeline.boilerplate import prune_boilerplate

    tree = lhtml.fromstring(
        "<html><body><article><p>Isi berita pertama.</p>"
        "<div class='sidebar'><ul class='widget'><li><p class='related'>Baca juga: X</p></li></ul></div>tail"
        "<p>BACA JUGA: Banjir di hulu</p><p>Isi berita kedua.</p></article>"
        "<footer><nav>Beranda</nav></footer></body></html>")
    assert prune_boilerplate(tree) == 3  # sidebar, the BACA JUGA paragraph, footer (not what they hold)
    assert tree.text_content() == "Isi berita pertama.tailIsi berita kedua."


_POST = ("<p>Bupati Pesisir Barat meresmikan gerai kependudukan di tiga kecamatan pada Senin pagi, didampingi "
         "kepala dinas dan para camat.</p><p>Warga kini tidak perlu lagi menempuh perjalanan empat jam ke ibu kota "
         "kabupaten untuk mencetak KTP elektronik.</p><p>Gerai buka setiap hari kerja, kata kepala dinas.</p>")
_SIDEBAR = "<div class='sidebar'><h3>Populer</h3><ul><li><a href='/x'>Banjir di Kabupaten Tanggamus</a></li></ul></div>"


@pytest.mark.parametrize("wrapper", [
    "<div class='widget Blog' id='Blog1'><div class='post hentry'><div class='post-body entry-content'>{}</div></div></div>",
    "<form id='aspnetForm' method='post'><div id='main'>{}</div></form>",
    "<nav class='site'><div class='content'>{}</div></nav>",
    "<noscript><div>{}</div></noscript>",
    "<div class='navbar-wrapper'><div class='navbar'><div class='col'>{}</div></div></div>",
    "<div class='entry-content no-share'>{}</div>",
    "<div class='post type-post category-social-issues'>{}</div>",
])
def test_a_block_that_holds_the_post_is_never_pruned(wrapper):
    """The wrappers that made Warta return nothing on trafilatura's benchmark (issue 13): the post stays,
    the sidebar next to it still goes."""
    page = f"<html><body><div class='wrap'>{wrapper.format(_POST)}{_SIDEBAR}</div></body></html>"
    art = extract_article(page, "https://x.example/a", now=NOW)
    assert "meresmikan gerai kependudukan" in art.text and "Gerai buka setiap hari kerja" in art.text
    assert "Tanggamus" not in art.text


@pytest.mark.parametrize("lead, kept", [
    ("<p><strong>Read more:</strong> <a href='/y'>Floods in the north</a></p>", False),
    ("<p>Lea también: <a href='/y'>Inundaciones en el norte</a></p>", False),
    ("<h3>Baca Juga</h3><ul><li><a href='/y'>Banjir di utara</a></li><li><a href='/z'>Jalan rusak</a></li></ul>", False),
    ("<p><b>BACA JUGA:</b></p><p><a href='/y'>Banjir di utara</a></p>", False),
    ("<p>Read more about the service in the annual report, which the regency published last week.</p>", True),
])
def test_related_article_leads(lead, kept):
    page = f"<html><body><article>{_POST}{lead}</article></body></html>"
    art = extract_article(page, "https://x.example/a", now=NOW)
    assert "Gerai buka setiap hari kerja" in art.text
    link_text = ("annual report" if kept else "Floods" if "Floods" in lead else "Inundaciones" if "Inund" in lead
                 else "Banjir di utara")
    assert (link_text in art.text) is kept


def test_layout_table_cells_beside_the_article_are_dropped():
    page = ("<html><body><table><tr><td><div>Agenda Kegiatan</div><ul><li>Rapat camat se-kabupaten</li></ul></td>"
            f"<td><div class='isi-berita'>{_POST}</div></td><td>Statistik Pengunjung: 214</td></tr></table></body></html>")
    art = extract_article(page, "https://x.example/a", now=NOW)
    assert art.text.split("\n")[0].startswith("Bupati Pesisir Barat meresmikan")  # paragraphs, not one table row
    assert "Agenda" not in art.text and "Statistik" not in art.text and "|" not in art.text


def test_captions_are_dropped_as_lines():
    from pipeline.boilerplate import drop_caption_lines

    page = (f"<html><body><article><figure><img src='a.jpg'><figcaption>Bupati menggunting pita di Maba.</figcaption>"
            f"</figure>{_POST}<p><span class='ket-foto'>Warga antre di loket.</span></p></article></body></html>")
    art = extract_article(page, "https://x.example/a", now=NOW)
    assert "menggunting pita" not in art.text and "Warga antre" not in art.text and "Gerai buka" in art.text
    assert drop_caption_lines("| Foto A. |\nIsi berita, Foto A. juga.", ["Foto A."]) == "Isi berita, Foto A. juga."


def test_content_hash_is_sha1_of_clean_text():
    import hashlib

    art = _extract("disway_lebong")
    assert art.content_hash == hashlib.sha1(art.text.encode("utf-8")).hexdigest()


def test_str_and_bytes_input_agree():
    raw = (FIXTURES / "disway_lebong.html").read_bytes()
    a = extract_article(raw, now=NOW)
    b = extract_article(raw.decode("utf-8"), now=NOW)
    assert a.text == b.text and a.title == b.title


def test_mixed_encoding_keeps_letters():
    page = ("<html><head><meta charset='utf-8'></head><body><article><h1>Kunjungan Bupati ke MPP Kota</h1>"
            "<p>Bupati Solok meninjau Mal Pelayanan Publik bersama Andr").encode("utf-8") \
        + "é".encode("cp1252") + " Hutapea, Selasa (12/3/2019), dan menyapa warga yang antre di gerai perizinan " \
        "serta kependudukan sejak pagi hari.</p></article></body></html>".encode("utf-8")
    assert "\ufffd" not in decode_html(page)
    art = extract_article(page, now=NOW)
    assert "André Hutapea" in art.text


def test_undeclared_windows_1252_is_detected():
    body = ("<html><body><article><h1>Wali Kota Resmikan Gerai Layanan Baru</h1><p>“Kami ingin warga "
            "dilayani dengan cepat,” kata wali kota saat meresmikan gerai di Mal Pelayanan Publik, "
            "didampingi kepala dinas dan para camat se-kota.</p></article></body></html>")
    art = extract_article(body.encode("cp1252"), now=NOW)
    assert "“Kami ingin warga dilayani dengan cepat,” kata wali kota" in art.text  # quotes as written


def test_utf8_bom():
    raw = b"\xef\xbb\xbf" + (FIXTURES / "disway_lebong.html").read_bytes()
    assert extract_article(raw, now=NOW).title == TITLES["disway_lebong"]


def test_huge_page_is_capped_and_logged(caplog):
    raw = (FIXTURES / "cp1252_tarakan.html").read_bytes()
    filler = b"<!-- " + b"x" * (MAX_HTML_CHARS + 10) + b" -->"
    with caplog.at_level(logging.WARNING, logger="pipeline.extract"):
        art = extract_article(raw.replace(b"</body>", filler + b"</body>"), now=NOW)
    assert any("extracting from the first" in r.getMessage() for r in caplog.records)
    assert "Agus Sutanto" in art.text  # the article before the cut survives


@pytest.mark.parametrize("junk", [b"", "", b"\x00\x01\x02\xff\xfe", "   ", "<html></html>", "<html><head>",
                                  "plain text without any markup", b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
                                  "<" * 1000, "<div>" * 5000, None, 42])
def test_bad_input_gives_an_article(junk):
    art = extract_article(junk, "https://x.example/a", now=NOW)
    assert isinstance(art, Article) and isinstance(art.text, str)
    assert art.url == "https://x.example/a"


def test_text_record():
    text = ("Pemkab Lebong Minta Kecamatan Menjaga Sinergitas\n\nSabtu 16 Mar 2024 - 23:15 WIB\n"
            "Reporter : Muharista Delda\nEditor : M. Rizki Amanda Lubis\n\n"
            "Untuk diketahui, Pemkab Lebong berada di zona hijau pelayanan publik kategori B.\n"
            "BACA JUGA:BKD Kejar Distribusi SPPT PBB-P2\n\nKategori :")
    art = extract_text_record(text)
    assert art.title == "Pemkab Lebong Minta Kecamatan Menjaga Sinergitas"
    assert art.published.isoformat() == "2024-03-16T23:15:00+07:00"
    assert art.author == "Muharista Delda"
    assert art.text == ("Pemkab Lebong Minta Kecamatan Menjaga Sinergitas\n"
                        "Untuk diketahui, Pemkab Lebong berada di zona hijau pelayanan publik kategori B.")
    assert extract_text_record("").text == ""
    assert extract_text_record(None).text == ""


# ---------------------------------------------------------------------------------------------- property
_PAGES = [(FIXTURES / f"{n}.html").read_bytes() for n in sorted(fixtures.PAGES)]
_TAGS = ["div", "p", "span", "article", "table", "tr", "td", "script", "a", "b", "aside", "h1"]


@st.composite
def nested_html(draw):
    depth = draw(st.integers(1, 60))
    tags = draw(st.lists(st.sampled_from(_TAGS), min_size=depth, max_size=depth))
    text = draw(st.text(max_size=200))
    close = draw(st.booleans())
    return "".join(f"<{t} class='{draw(st.sampled_from(['', 'related', 'content', 'x y']))}'>" for t in tags) \
        + text + ("".join(f"</{t}>" for t in reversed(tags)) if close else "")


_junk = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=3000),
    st.builds(lambda p, cut: p[:cut], st.sampled_from(_PAGES), st.integers(0, 9000)),
    st.builds(lambda p, cut, b: p[:cut] + b + p[cut:], st.sampled_from(_PAGES), st.integers(0, 9000),
              st.binary(min_size=1, max_size=50)),
    nested_html(),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=20), st.integers(1000, 20000)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_junk)
def test_extract_never_raises(junk):
    art = extract_article(junk, now=NOW)
    assert isinstance(art.text, str)
    for field in (art.title, art.author, art.site):
        assert field is None or isinstance(field, str)
    assert art.published is None or art.published <= NOW + timedelta(days=1)
    assert isinstance(art.content_hash, str) and len(art.content_hash) == 40
