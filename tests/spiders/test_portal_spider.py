"""PortalSpider callbacks on hand-built responses (no network, no reactor)."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from scrapy.http import HtmlResponse, Request, Response, XmlResponse
from scrapy.utils.test import get_crawler

from spiders.archive import ArchiveIndex, IndexEntry
from spiders.items import ArticlePage
from spiders.portal import PortalSpider, looks_like_article, normalise_url
from spiders.portals import Portal, portal_for_url

BASE = "https://klikpositif.com"
PORTAL = Portal(key="klikpositif", name="KlikPositif", base_url=BASE + "/", province="13",
                sitemaps=(BASE + "/sitemap_index.xml",), feeds=(BASE + "/feed/",),
                listings=(BASE + "/category/daerah/",), article_pattern=r"^/\d{4}/\d{2}/[^/]+/?$")


def make_spider(tmp_path, portal=PORTAL, **kwargs) -> PortalSpider:
    crawler = get_crawler(PortalSpider, {"WARTA_ARCHIVE_DIR": str(tmp_path / "archive"),
                                         "WARTA_MAX_LISTING_PAGES": 2})
    spider = PortalSpider.from_crawler(crawler, portal=portal, **kwargs)
    crawler.spider = spider
    return spider


def xml(url: str, body: str) -> XmlResponse:
    return XmlResponse(url, body=body.encode(), request=Request(url))


def html(url: str, body: str, **meta) -> HtmlResponse:
    return HtmlResponse(url, body=body.encode(), encoding="utf-8", request=Request(url, meta=meta))


def urls(results) -> list[str]:
    return [r.url for r in results if isinstance(r, Request)]


def stat(spider, name):
    return spider.crawler.stats.get_value(f"warta/{name}", 0)


def test_start_requests_follow_the_portal_definition(tmp_path):
    spider = make_spider(tmp_path)
    assert urls(spider.start_urls_plan()) == [BASE + "/sitemap_index.xml", BASE + "/feed/", BASE + "/category/daerah/"]


def test_bare_url_gets_generic_discovery(tmp_path):
    spider = make_spider(tmp_path, portal=portal_for_url("https://www.contoh-berita.id/daerah"))
    planned = urls(spider.start_urls_plan())
    assert planned[0] == "https://www.contoh-berita.id/robots.txt"
    assert "https://www.contoh-berita.id/feed/" in planned
    assert any("/wp-json/wp/v2/posts?per_page=100&page=1" in u for u in planned)
    assert "https://www.contoh-berita.id/daerah" in planned
    robots = Response("https://www.contoh-berita.id/robots.txt", body=b"User-agent: *\nDisallow:\n")
    assert urls(spider.parse_robots(robots)) == [
        "https://www.contoh-berita.id/sitemap_index.xml", "https://www.contoh-berita.id/sitemap.xml",
        "https://www.contoh-berita.id/wp-sitemap.xml"]


def test_sitemap_index_skips_taxonomy_offsite_and_old_children(tmp_path):
    spider = make_spider(tmp_path, since=date(2024, 1, 1))
    body = f"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>{BASE}/post-sitemap.xml</loc><lastmod>2024-05-01</lastmod></sitemap>
      <sitemap><loc>{BASE}/post-sitemap2.xml</loc><lastmod>2020-01-01</lastmod></sitemap>
      <sitemap><loc>{BASE}/category-sitemap.xml</loc></sitemap>
      <sitemap><loc>{BASE}/wp-sitemap-taxonomies-category-1.xml</loc></sitemap>
      <sitemap><loc>https://other.example/post-sitemap.xml</loc></sitemap></sitemapindex>"""
    assert urls(spider.parse_discovery(xml(BASE + "/sitemap_index.xml", body))) == [BASE + "/post-sitemap.xml"]
    assert stat(spider, "skipped/sitemap_too_old") == 1
    assert stat(spider, "skipped/sitemap_not_posts") == 2


def test_urlset_applies_pattern_since_topic_and_site(tmp_path):
    spider = make_spider(tmp_path, since=date(2024, 1, 1))
    body = f"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>{BASE}/2024/03/pemkab-solok-raih-zona-hijau/</loc><lastmod>2024-03-02</lastmod></url>
      <url><loc>{BASE}/2024/03/pemkab-solok-raih-zona-hijau/?utm_source=fb#top</loc></url>
      <url><loc>{BASE}/2023/03/bupati-solok-lama/</loc><lastmod>2023-03-02</lastmod></url>
      <url><loc>{BASE}/2024/03/resep-rendang-enak/</loc></url>
      <url><loc>{BASE}/category/daerah/</loc></url>
      <url><loc>https://other.example/2024/03/bupati-lain/</loc></url></urlset>"""
    requests = list(spider.parse_discovery(xml(BASE + "/post-sitemap.xml", body)))
    assert urls(requests) == [BASE + "/2024/03/pemkab-solok-raih-zona-hijau/"]
    assert requests[0].callback == spider.parse_article
    assert requests[0].meta["request_url"] == BASE + "/2024/03/pemkab-solok-raih-zona-hijau/"
    assert stat(spider, "skipped/too_old") == 1
    assert stat(spider, "skipped/off_topic") == 1
    assert stat(spider, "skipped/not_article") == 1
    assert stat(spider, "skipped/offsite") == 1


def test_all_lifts_the_topic_filter(tmp_path):
    spider = make_spider(tmp_path, topic_filter=False)
    body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{BASE}/2024/03/resep-rendang-enak/</loc></url></urlset>'
    assert urls(spider.parse_discovery(xml(BASE + "/post-sitemap.xml", body))) == [BASE + "/2024/03/resep-rendang-enak/"]


def test_feed_items_become_article_requests(tmp_path):
    spider = make_spider(tmp_path)
    body = f"""<rss version="2.0"><channel><item><title>Rapat Pemkab Solok</title>
      <link>{BASE}/2024/03/rapat-hari-senin/</link></item></channel></rss>"""
    # The slug alone is bland; the feed title puts it on the beat.
    assert urls(spider.parse_discovery(xml(BASE + "/feed/", body))) == [BASE + "/2024/03/rapat-hari-senin/"]


def test_listing_follows_articles_and_pagination_within_bounds(tmp_path):
    spider = make_spider(tmp_path)
    page1 = f"""<html><body>
      <a href="/2024/03/bupati-solok-resmikan-mpp/">Bupati Solok Resmikan MPP</a>
      <a href="/2024/03/bupati-solok-resmikan-mpp/#comments">Komentar</a>
      <a href="/tentang-kami/">Tentang</a><a href="https://facebook.com/share?u=x">FB</a>
      <nav><a href="/category/daerah/">1</a><a href="/category/daerah/page/2/">2</a>
      <a class="next page-numbers" href="/category/daerah/page/2/">Selanjutnya &raquo;</a></nav></body></html>"""
    out = list(spider.parse_listing(html(BASE + "/category/daerah/", page1, listing_page=1)))
    assert urls(out) == [BASE + "/2024/03/bupati-solok-resmikan-mpp/", BASE + "/category/daerah/page/2/"]
    assert out[1].meta["listing_page"] == 2 and out[1].callback == spider.parse_listing
    page2 = '<html><body><a rel="next" href="/category/daerah/page/3/">Next</a></body></html>'
    # WARTA_MAX_LISTING_PAGES = 2: page 2 is the last one followed.
    assert urls(spider.parse_listing(html(BASE + "/category/daerah/page/2/", page2, listing_page=2))) == []


def test_article_response_becomes_an_archive_item_and_non_html_is_skipped(tmp_path):
    spider = make_spider(tmp_path)
    url = BASE + "/2024/03/bupati-solok-resmikan-mpp/"
    [item] = spider.parse_article(html(url, "<html><body><p>MPP</p></body></html>", request_url=url))
    assert isinstance(item, ArticlePage) and item.portal == "klikpositif" and item.request_url == url
    pdf = Response(url, body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}, request=Request(url))
    assert list(spider.parse_article(pdf)) == []
    assert list(spider.parse_article(html(url, "   "))) == []
    assert stat(spider, "skipped/not_html") == 1 and stat(spider, "skipped/empty") == 1


def test_archived_url_is_skipped_unless_its_date_moved_then_fetched_conditionally(tmp_path):
    spider = make_spider(tmp_path)
    url = BASE + "/2024/03/bupati-solok-resmikan-mpp/"
    index = ArchiveIndex(tmp_path / "archive")
    index.record(IndexEntry(url, url, "klikpositif", "klikpositif/x.warc.gz", 0, 100,
                            datetime(2024, 3, 5, tzinfo=timezone.utc), '"abc"', "Tue, 05 Mar 2024 00:00:00 GMT", "0" * 40))
    same = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{url}</loc><lastmod>2024-03-01</lastmod></url></urlset>'
    assert urls(spider.parse_discovery(xml(BASE + "/s1.xml", same))) == []
    assert stat(spider, "skipped/archived") == 1
    spider._considered.clear()
    moved = same.replace("2024-03-01", "2024-04-01")
    [request] = spider.parse_discovery(xml(BASE + "/s2.xml", moved))
    assert request.meta["refetch"] is True
    assert request.headers["If-None-Match"] == b'"abc"'
    assert request.headers["If-Modified-Since"] == b"Tue, 05 Mar 2024 00:00:00 GMT"


@pytest.mark.parametrize("url, expected", [
    ("https://kalamanthana.com/2019/03/12/pemkab-kapuas-ombudsman/", True),
    ("https://rakyatbengkulu.disway.id/read/46870/pemkab-lebong-minta-kecamatan", True),
    ("https://example.id/berita/pemkab-agam-raih-penghargaan-pelayanan-publik", True),
    ("https://example.id/tag/ombudsman-ri-perwakilan-sumbar/", False),
    ("https://example.id/category/daerah/page/2/", False),
    ("https://example.id/2024/03/laporan-pelayanan.pdf", False),
    ("https://example.id/tentang-kami/", False),
    ("https://example.id/", False),
])
def test_generic_article_heuristic(url, expected):
    assert looks_like_article(url) is expected


def test_normalise_url_drops_tracking_and_fragment():
    assert normalise_url("https://a.id/x/?utm_source=fb&id=3&fbclid=z#c") == "https://a.id/x/?id=3"


def test_a_lastmod_in_the_future_is_no_change(tmp_path):
    """A portal that stamps sitemap entries with future dates must not make every night re-fetch them."""
    spider = make_spider(tmp_path)
    url = BASE + "/2024/03/bupati-solok-resmikan-mpp/"
    index = ArchiveIndex(tmp_path / "archive")
    index.record(IndexEntry(url, url, "klikpositif", "klikpositif/x.warc.gz", 0, 100,
                            datetime(2024, 3, 5, tzinfo=timezone.utc), None, None, "0" * 40))
    future = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{url}</loc><lastmod>2999-01-01</lastmod></url></urlset>'
    assert urls(spider.parse_discovery(xml(BASE + "/s1.xml", future))) == []
    assert stat(spider, "skipped/archived") == 1
