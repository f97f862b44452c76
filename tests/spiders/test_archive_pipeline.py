"""The WARC archive pipeline: records, index, and the salvage of files left by killed crawls."""
from __future__ import annotations

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from pipeline.archive import iter_archive
from spiders.archive import ArchiveIndex, WarcArchivePipeline, salvage_stale_parts
from spiders.items import ArticlePage
from spiders.portal import PortalSpider
from spiders.portals import Portal

PORTAL = Portal(key="tes", name="Tes", base_url="https://tes.id/")


def open_pipeline(tmp_path):
    crawler = get_crawler(PortalSpider, {"WARTA_ARCHIVE_DIR": str(tmp_path / "archive")})
    crawler.spider = PortalSpider.from_crawler(crawler, portal=PORTAL)
    pipeline = WarcArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    return pipeline, crawler


def page(url: str, body: str, request_url: str | None = None) -> ArticlePage:
    response = HtmlResponse(url, body=body.encode(), encoding="utf-8", request=Request(url),
                            headers={"ETag": '"v1"', "Content-Encoding": "gzip", "Content-Type": "text/html"})
    return ArticlePage(portal="tes", request_url=request_url or url, response=response)


def test_records_are_written_once_indexed_and_renamed_on_close(tmp_path):
    pipeline, crawler = open_pipeline(tmp_path)
    pipeline.process_item(page("https://tes.id/a/", "<p>Bupati A</p>"))
    pipeline.process_item(page("https://tes.id/a/", "<p>Bupati A lagi</p>"))        # same URL again
    pipeline.process_item(page("https://tes.id/a/", "<p>x</p>", request_url="https://tes.id/?p=1"))  # redirect to it
    pipeline.process_item(page("https://tes.id/b/", "<p>Bupati B</p>"))
    assert list((tmp_path / "archive" / "tes").glob("*.warc.gz")) == []  # still .part while open
    pipeline.close_spider()
    pages = list(iter_archive(tmp_path / "archive"))
    assert [(p.url, p.portal) for p in pages] == [("https://tes.id/a/", "tes"), ("https://tes.id/b/", "tes")]
    assert "Bupati A" in pages[0].html
    assert crawler.stats.get_value("warta/archived") == 2
    assert crawler.stats.get_value("warta/skipped/duplicate") == 2
    entry = ArchiveIndex(tmp_path / "archive").lookup("https://tes.id/a/")
    assert entry.etag == '"v1"' and entry.offset == 0 and entry.warc_file.startswith("tes/")


def test_salvage_keeps_committed_records_and_cuts_the_rest(tmp_path):
    pipeline, _ = open_pipeline(tmp_path)
    pipeline.process_item(page("https://tes.id/a/", "<p>satu</p>"))
    pipeline.process_item(page("https://tes.id/b/", "<p>dua</p>"))
    pipeline._fh.write(b"\x1f\x8b half a record from a killed process")  # written, never committed
    pipeline._fh.flush()
    part = pipeline._part
    # Pretend the writer was a process that has died: rename the file to a dead pid.
    dead = part.with_name(part.name.replace(part.name.split("-")[1].split(".")[0], "999999"))
    pipeline._fh.close()
    part.rename(dead)
    index = ArchiveIndex(tmp_path / "archive")
    with index._con:  # the index rows pointed at the killed run's file name
        index._con.execute("UPDATE archived SET warc_file = ?", (f"tes/{dead.name[:-5]}",))
    made = salvage_stale_parts(tmp_path / "archive", tmp_path / "archive" / "tes", index)
    assert [m.name for m in made] == [dead.name[:-5]] and not dead.exists()
    assert [p.url for p in iter_archive(tmp_path / "archive")] == ["https://tes.id/a/", "https://tes.id/b/"]


def test_salvage_leaves_files_of_running_crawls_alone(tmp_path):
    pipeline, _ = open_pipeline(tmp_path)
    pipeline.process_item(page("https://tes.id/a/", "<p>satu</p>"))  # our own pid: alive
    assert salvage_stale_parts(tmp_path / "archive", tmp_path / "archive" / "tes", pipeline.index) == []
    assert pipeline._part.exists()
    pipeline.close_spider()
