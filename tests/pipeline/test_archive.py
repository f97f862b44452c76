"""Reading the WARC archive back: decoding, portal filter, .part files, damaged files."""
from __future__ import annotations

import gzip
import logging
from io import BytesIO
from pathlib import Path

from hypothesis import given, settings, strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.archive import iter_archive
from pipeline.decode import decode as decode_body

TEXT = "Bupati menyebut \u201cpelayanan publik\u201d di Kabupaten Solok \u2013 zona hijau, caf\u00e9."


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], portal: str | None = None) -> None:
    """pages: (url, body, content type) written as WARC response records, gzip per record."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, ctype in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                                       protocol="HTTP/1.1")
            extra = {"WARC-Date": "2024-03-16T16:15:00Z"}
            if portal:
                extra["WARC-Warta-Portal"] = portal
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                          length=len(body), http_headers=headers,
                                                          warc_headers_dict=extra))


def html(charset_meta: str | None = None) -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return f"<html><head>{meta}<title>t</title></head><body><p>{TEXT}</p></body></html>"


def test_pages_come_back_with_text_portal_and_position(tmp_path):
    archive = tmp_path / "archive"
    write_warc(archive / "klikpositif" / "20240316T000000Z-1.warc.gz", [
        ("https://klikpositif.com/a/", html("utf-8").encode(), "text/html; charset=utf-8"),
        ("https://klikpositif.com/b/", html().encode("cp1252"), "text/html; charset=windows-1252"),
    ], portal="klikpositif")
    pages = list(iter_archive(archive))
    assert [p.url for p in pages] == ["https://klikpositif.com/a/", "https://klikpositif.com/b/"]
    assert all(TEXT in p.html for p in pages)
    assert pages[0].portal == "klikpositif" and pages[0].offset == 0 and pages[1].offset > 0
    assert pages[0].fetched_at.isoformat() == "2024-03-16T16:15:00+00:00"
    assert pages[1].content_type == "text/html; charset=windows-1252"


def test_windows_1252_declared_utf8_is_readable(tmp_path):
    archive = tmp_path / "archive"
    write_warc(archive / "kalamanthana" / "x-1.warc.gz",
               [("https://kalamanthana.com/a/", html("utf-8").encode("cp1252"), "text/html; charset=UTF-8")])
    [page] = iter_archive(archive)
    assert TEXT in page.html and "\ufffd" not in page.html
    assert page.portal == "kalamanthana"  # no WARC-Warta-Portal header: the folder names the portal


def test_meta_charset_decides_when_http_says_nothing(tmp_path):
    body = html("iso-8859-1").encode("cp1252")
    text, encoding = decode_body(body, "text/html")
    assert TEXT in text and encoding == "cp1252"  # WHATWG: latin-1 labels mean windows-1252


def test_portal_filter_and_part_files(tmp_path):
    archive = tmp_path / "archive"
    write_warc(archive / "a" / "1-1.warc.gz", [("https://a.id/1", b"<p>a</p>", "text/html")])
    write_warc(archive / "b" / "1-1.warc.gz", [("https://b.id/1", b"<p>b</p>", "text/html")])
    write_warc(archive / "b" / "2-2.warc.gz.part", [("https://b.id/2", b"<p>b2</p>", "text/html")])
    assert [p.url for p in iter_archive(archive)] == ["https://a.id/1", "https://b.id/1"]
    assert [p.url for p in iter_archive(archive, portals={"b"})] == ["https://b.id/1"]
    assert list(iter_archive(tmp_path / "missing")) == []


def test_truncated_and_corrupt_files_are_logged_and_skipped(tmp_path, caplog):
    archive = tmp_path / "archive"
    good = archive / "a" / "1-1.warc.gz"
    write_warc(good, [("https://a.id/1", b"<p>satu</p>", "text/html"), ("https://a.id/2", b"<p>dua</p>", "text/html")])
    data = good.read_bytes()
    (archive / "a" / "2-1.warc.gz").write_bytes(data[: len(data) - 40])  # second record cut short
    (archive / "a" / "3-1.warc.gz").write_bytes(gzip.compress(b"this is not a WARC file at all\r\n\r\n"))
    write_warc(archive / "a" / "4-1.warc.gz", [("https://a.id/4", b"<p>empat</p>", "text/html")])
    with caplog.at_level(logging.WARNING, logger="pipeline.archive"):
        urls = [p.url for p in iter_archive(archive)]
    assert urls[:2] == ["https://a.id/1", "https://a.id/2"]
    assert urls[-1] == "https://a.id/4"          # files after the damaged ones are still read
    assert urls.count("https://a.id/1") == 2     # the truncated file's whole first record is kept
    assert "https://a.id/2" not in urls[2:-1]
    assert sum("damaged WARC" in r.message for r in caplog.records) == 2


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=2000), ctype=st.sampled_from(["", "text/html", "text/html; charset=utf-8",
                                                             "text/html; charset=bogus-enc", "text/html; charset=utf-16"]))
def test_decode_body_never_raises(body, ctype):
    text, encoding = decode_body(body, ctype)
    assert isinstance(text, str) and encoding


def test_files_the_index_does_not_describe_are_whole_shards(tmp_path):
    """An un-indexed file, and one indexed before part_of was recorded (NULL), are one shard each: read
    whole, they still give what iter_archive gives."""
    import sqlite3

    from pipeline.archive import plan_shards, read_shard

    archive = tmp_path / "archive"
    pages = [(f"https://klikpositif.com/{c}/", html("utf-8").encode(), "text/html") for c in "abc"]
    write_warc(archive / "klikpositif" / "20240316T000000Z-1.warc.gz", pages, portal="klikpositif")
    write_warc(archive / "klikpositif" / "20240317T000000Z-1.warc.gz", pages[:1], portal="klikpositif")
    con = sqlite3.connect(archive / "index.sqlite")  # an index as written before part_of existed
    con.execute("CREATE TABLE archived (url TEXT PRIMARY KEY, final_url TEXT, portal TEXT, warc_file TEXT, "
                "offset INTEGER, length INTEGER, fetched_at TEXT, etag TEXT, last_modified TEXT, sha1 TEXT)")
    con.execute("INSERT INTO archived VALUES ('https://klikpositif.com/a/', 'https://klikpositif.com/a/', "
                "'klikpositif', 'klikpositif/20240316T000000Z-1.warc.gz', 0, 1, '2024-03-16', NULL, NULL, 'x')")
    con.commit()
    con.close()
    shards = list(plan_shards(archive, size=1))
    assert [(s.path.name, s.offsets) for s in shards] == [("20240316T000000Z-1.warc.gz", None),
                                                          ("20240317T000000Z-1.warc.gz", None)]
    assert [p.url for s in shards for p in read_shard(s)] == [p.url for p in iter_archive(archive)]
    assert list(plan_shards(tmp_path / "nowhere")) == []


def test_one_decoder_for_the_archive_and_extraction():
    """A UTF-8 page with one stray windows-1252 byte: the archive and extraction read the same text, and
    only the stray byte is read as windows-1252 (the page is not re-read as windows-1252: no mojibake)."""
    from pipeline.extract import decode_html

    page = ("<html><head><meta charset='utf-8'></head><body><p>Wali Kota Padang menyebut pelayanan "
            "“prima” – itu kata beliau.</p></body></html>").encode("utf-8").replace("–".encode("utf-8"), b"\x96")
    text, encoding = decode_body(page, "text/html; charset=utf-8")
    assert text == decode_html(page, "text/html; charset=utf-8") == decode_html(page)
    assert "“prima” – itu" in text and "â€" not in text and encoding == "utf-8"
