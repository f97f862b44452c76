"""Discovery documents parsed offline: robots.txt, sitemap index, url set, news sitemap, RSS, Atom, WP API."""
from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone

from spiders import discovery
from spiders.discovery import Entry, parse_date, parse_feed, parse_sitemap, parse_wp_json, robots_sitemaps, sniff

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://klikpositif.com/post-sitemap1.xml</loc><lastmod>2024-03-16T16:15:00+00:00</lastmod></sitemap>
  <sitemap><loc>https://klikpositif.com/post-sitemap2.xml</loc></sitemap>
</sitemapindex>"""

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url><loc>https://klikpositif.com/2023/05/solok-bidik-10-besar/</loc><lastmod>2023-05-06T09:00:00+07:00</lastmod>
    <image:image><image:loc>https://klikpositif.com/img/a.jpg</image:loc></image:image></url>
  <url><loc> https://klikpositif.com/2023/05/tanpa-tanggal/ </loc></url>
  <url><lastmod>2023-05-06</lastmod></url>
</urlset>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>https://rakyatbengkulu.disway.id/read/46870/pemkab-lebong-minta-kecamatan</loc>
  <news:news><news:publication><news:name>Rakyat Bengkulu</news:name><news:language>id</news:language></news:publication>
   <news:publication_date>2024-03-16T23:15:00+07:00</news:publication_date>
   <news:title>Pemkab Lebong Minta Kecamatan Menjaga Sinergitas</news:title></news:news></url>
</urlset>"""

RSS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>KALAMANTHANA</title><link>https://kalamanthana.com</link>
<item><title>Pemkab Kapuas Tindaklanjuti PKS dengan Ombudsman</title>
 <link>https://kalamanthana.com/2019/03/12/pemkab-kapuas-ombudsman/</link>
 <pubDate>Tue, 12 Mar 2019 14:05:00 +0700</pubDate>
 <description><![CDATA[<p>Rapat monitoring &amp; evaluasi internal&#8230;</p>]]></description></item>
<item><title>Tanpa tautan</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Ombudsman</title>
<entry><title type="html">Ombudsman Kalsel Kunjungi HSS</title>
 <link rel="replies" href="https://ombudsman.go.id/comments/1"/>
 <link rel="alternate" href="https://ombudsman.go.id/perwakilan/news/r/pwkmedia--ombudsman-kalsel-kunjungi-hss"/>
 <updated>2021-03-04T10:00:00Z</updated><summary>Program Ombudsman Baelang</summary></entry>
</feed>"""


def test_sitemap_index_lists_child_sitemaps_with_lastmod():
    kind, entries = parse_sitemap(SITEMAP_INDEX)
    assert kind == discovery.SITEMAP_INDEX
    assert [e.url for e in entries] == ["https://klikpositif.com/post-sitemap1.xml",
                                        "https://klikpositif.com/post-sitemap2.xml"]
    assert entries[0].lastmod == datetime(2024, 3, 16, 16, 15, tzinfo=timezone.utc)
    assert entries[1].lastmod is None


def test_urlset_keeps_lastmod_in_utc_and_skips_entries_without_loc():
    kind, entries = parse_sitemap(URLSET)
    assert kind == discovery.URLSET
    assert entries == [
        Entry("https://klikpositif.com/2023/05/solok-bidik-10-besar/", datetime(2023, 5, 6, 2, 0, tzinfo=timezone.utc)),
        Entry("https://klikpositif.com/2023/05/tanpa-tanggal/"),
    ]


def test_news_sitemap_gives_title_and_publication_date():
    _, [entry] = parse_sitemap(NEWS_SITEMAP)
    assert entry.title == "Pemkab Lebong Minta Kecamatan Menjaga Sinergitas"
    assert entry.lastmod == datetime(2024, 3, 16, 16, 15, tzinfo=timezone.utc)


def test_rss_items_with_cleaned_summary_and_rfc822_date():
    [entry] = parse_feed(RSS)
    assert entry.url == "https://kalamanthana.com/2019/03/12/pemkab-kapuas-ombudsman/"
    assert entry.title == "Pemkab Kapuas Tindaklanjuti PKS dengan Ombudsman"
    assert entry.summary == "Rapat monitoring & evaluasi internal\u2026"
    assert entry.lastmod == datetime(2019, 3, 12, 7, 5, tzinfo=timezone.utc)


def test_atom_entry_uses_the_alternate_link():
    [entry] = parse_feed(ATOM)
    assert entry.url == "https://ombudsman.go.id/perwakilan/news/r/pwkmedia--ombudsman-kalsel-kunjungi-hss"
    assert entry.summary == "Program Ombudsman Baelang"
    assert entry.lastmod == datetime(2021, 3, 4, 10, tzinfo=timezone.utc)


def test_wordpress_rest_api_posts():
    body = json.dumps([{"link": "https://prnewspresisi.com/2025/02/24/wabup-solok-rakor/",
                        "title": {"rendered": "Wabup Solok Pimpin Rakor"},
                        "excerpt": {"rendered": "<p>Rapat koordinasi pemerintahan</p>"},
                        "date_gmt": "2025-02-24T03:00:00"}, {"no": "link"}]).encode()
    assert parse_wp_json(body) == [Entry("https://prnewspresisi.com/2025/02/24/wabup-solok-rakor/",
                                         datetime(2025, 2, 24, 3, tzinfo=timezone.utc),
                                         "Wabup Solok Pimpin Rakor", "Rapat koordinasi pemerintahan")]
    assert parse_wp_json(b'{"code": "rest_no_route"}') == []
    assert parse_wp_json(b"not json") == []


def test_robots_txt_sitemap_lines_are_absolute():
    robots = b"User-agent: *\nDisallow: /wp-admin/\nSitemap: https://klikpositif.com/sitemap_index.xml\nsitemap: /news-sitemap.xml\n"
    assert robots_sitemaps(robots, "https://klikpositif.com/robots.txt") == [
        "https://klikpositif.com/sitemap_index.xml", "https://klikpositif.com/news-sitemap.xml"]


def test_sniff_by_content_not_by_url():
    assert sniff(SITEMAP_INDEX) == discovery.SITEMAP_INDEX
    assert sniff(URLSET) == discovery.URLSET
    assert sniff(RSS) == discovery.RSS
    assert sniff(ATOM) == discovery.ATOM
    assert sniff(b'[{"link": "x"}]') == discovery.WP_JSON
    assert sniff(b"<!DOCTYPE html><html><body>404</body></html>") == discovery.HTML
    assert sniff(b"%PDF-1.4") == discovery.UNKNOWN


def test_gzipped_sitemap_is_unpacked():
    assert discovery.maybe_gunzip(gzip.compress(URLSET)) == URLSET
    assert discovery.maybe_gunzip(URLSET) == URLSET


def test_broken_xml_yields_what_it_can_and_never_raises():
    truncated = URLSET[: URLSET.index(b"<url><lastmod>")]
    kind, entries = parse_sitemap(truncated)
    assert kind == discovery.URLSET and len(entries) == 2
    assert parse_sitemap(b"") == (discovery.UNKNOWN, [])
    assert parse_sitemap(b"<html><body>not a sitemap</body></html>") == (discovery.UNKNOWN, [])
    assert parse_feed(b"\x00\xff garbage") == []


def test_parse_date_formats():
    assert parse_date("2024-03-16") == datetime(2024, 3, 16, tzinfo=timezone.utc)
    assert parse_date("Sat, 16 Mar 2024 23:15:00 +0700") == datetime(2024, 3, 16, 16, 15, tzinfo=timezone.utc)
    assert parse_date("") is None
    assert parse_date("bukan tanggal sama sekali xyz") is None
