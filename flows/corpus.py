"""The bundled offline corpus: three demo news portals generated from data/corpus/articles.jsonl.

`build_sites(out_dir, base_urls)` writes one static tree per portal (`out_dir/<key>/...`) with the
pages a crawler meets on a real Indonesian portal (robots.txt, sitemaps, a feed, paginated listings,
article pages full of boilerplate that names other regions) and returns the portal definitions in the
schema of data/portals.toml. Output is deterministic: the same articles give the same bytes.

Layouts (one function each): ``wordpress`` (a WordPress news theme like klikpositif.com), ``disway``
(a Disway-network portal like rakyatbengkulu.disway.id) and ``lembaga`` (an institution's own site
like ombudsman.go.id's regional news).

How URLs map to files (shared with flows/localserver.py, see `url_to_relpath`): a path ending in
``/`` or without a file extension is a directory holding ``index.<ext>``; a query string becomes part
of the file name (``index@page=2.html``). The extension gives the Content-Type (CONTENT_TYPES).
"""
from __future__ import annotations

import functools
import html
import json
import os
import re
import shutil
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode

from pipeline.config import REFERENCE_DIR
from pipeline.lang import DAY_CANONICAL, MONTH_CANONICAL

ARTICLES_PATH = REFERENCE_DIR / "corpus" / "articles.jsonl"
PAGE_SIZE = 8          # articles per listing page
FEED_SIZE = 10         # items in a feed (the newest): older articles are only in sitemaps and listings
INDEX_EXTS = (".html", ".xml", ".rss", ".atom", ".txt")  # tried in order for directory URLs

# The three demo portals, as data. `trap` is an article-like page that robots.txt disallows and a
# listing links to, so a crawl can prove it obeys robots.txt; its text carries ROBOTS_MARKER.
ROBOTS_MARKER = "EMBARGO-ROBOTS-TXT"
PORTALS: dict[str, dict] = {
    "warta-wp": dict(
        name="Warta WP (demo)", layout="wordpress", province="13",
        address="Redaksi Warta WP, Jl. Khatib Sulaiman No. 45, Kota Padang, Sumatera Barat 25135",
        trap="/2019/12/31/draf-rapor-kepatuhan-embargo/",
        filler=["Bupati Tanah Datar Resmikan Pasar Rakyat Batusangkar",
                "Pemkot Padang Raih Zona Hijau Pelayanan Publik dari Ombudsman",
                "Wali Kota Bukittinggi Tinjau Perbaikan Jalan Jam Gadang",
                "Pemkab Pasaman Barat Siapkan Mal Pelayanan Publik Tahun Depan"],
        comments=[("Uda Rajo", "Mantap, semoga Kabupaten Agam juga bisa menyusul masuk zona hijau."),
                  ("Fitri_Payakumbuh", "Pelayanan di Kota Sawahlunto masih lambat, tolong diperhatikan pak."),
                  ("Anak Nagari", "Kapan Kabupaten Pesisir Selatan punya MPP seperti daerah lain?")],
    ),
    "warta-disway": dict(
        name="Warta Disway (demo)", layout="disway", province="17",
        address="Graha Warta Disway, Jl. Jenderal Sudirman No. 88, Kota Bengkulu, Bengkulu 38221",
        trap="/read/999999/draf-redaksi-embargo",
        filler=["Bupati Rejang Lebong Lantik 12 Pejabat Eselon III",
                "Pemkab Mukomuko Target Naik ke Zona Hijau Ombudsman",
                "Wakil Bupati Seluma Sidak Puskesmas di Hari Pertama Kerja",
                "MPP Kabupaten Kaur Mulai Layani Warga Pekan Depan"],
        comments=[],
    ),
    "warta-lembaga": dict(
        name="Warta Lembaga (demo)", layout="lembaga", province=None,
        address="Kantor Perwakilan Warta Lembaga, Jl. Gatot Subroto No. 17, Kota Banjarbaru, "
                "Kalimantan Selatan 70711",
        trap="/perwakilan/news/r/draf-internal-embargo",
        filler=["Perwakilan Nusa Tenggara Timur Terima 120 Laporan Masyarakat",
                "Kabupaten Sumbawa Tandatangani Kerja Sama Pengawasan Pelayanan Publik",
                "Perwakilan Sulawesi Tengah Dorong Pemkot Palu Benahi Standar Layanan",
                "Kabupaten Halmahera Utara Diminta Segera Bentuk Unit Pengaduan"],
        comments=[],
    ),
}
MENU_PROVINCES = ["Aceh", "Sumatera Barat", "Bengkulu", "Kalimantan Selatan", "Nusa Tenggara Timur",
                  "Sulawesi Selatan", "Papua Barat"]

_DAYS = [d.capitalize() for d in DAY_CANONICAL]  # Indonesian language data (pipeline/lang)
_MONTHS = [m.capitalize() for m in MONTH_CANONICAL]
_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8", ".xml": "application/xml", ".rss": "application/rss+xml",
    ".atom": "application/atom+xml", ".txt": "text/plain; charset=utf-8",
}


class CorpusError(ValueError):
    """articles.jsonl or the portal table is malformed; the message names the line and field."""


@dataclass(frozen=True)
class SourceArticle:
    id: str
    portal: str
    slug: str
    title: str
    published: datetime | None
    author: str
    editor: str | None
    text: str

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n") if p.strip()]


def load_articles(path: Path = ARTICLES_PATH) -> list[SourceArticle]:
    """Read and validate articles.jsonl. Raises `CorpusError` naming the line on bad input."""
    out: list[SourceArticle] = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            missing = [f for f in ("portal", "slug", "title", "text") if not raw.get(f)]
            if missing:
                raise CorpusError(f"missing {', '.join(missing)}")
            if raw["portal"] not in PORTALS:
                raise CorpusError(f"unknown portal {raw['portal']!r}")
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", raw["slug"]):
                raise CorpusError(f"bad slug {raw['slug']!r}")
            published = datetime.fromisoformat(raw["published"]) if raw.get("published") else None
            if published is not None and published.tzinfo is None:
                raise CorpusError("published needs a UTC offset")
        except (json.JSONDecodeError, ValueError) as exc:
            raise CorpusError(f"{path}:{n}: {exc}") from None
        out.append(SourceArticle(id=raw.get("id") or raw["slug"], portal=raw["portal"], slug=raw["slug"],
                                 title=raw["title"].strip(), published=published,
                                 author=raw.get("author") or "Redaksi", editor=raw.get("editor"),
                                 text=raw["text"]))
    return out


def url_to_relpath(path: str, query: str = "", index_ext: str = ".html") -> str:
    """The file (relative to a portal's root) that serves URL `path?query`.

    A path ending in ``/`` or whose last segment has no extension is a directory: its file is
    ``index<@query><index_ext>``. A query string is folded into the file name, sorted, so
    ``/news?page=2`` is ``news/index@page=2.html``. ``.`` and ``..`` segments are dropped."""
    rel = unquote(path)
    parts = [p for p in rel.split("/") if p not in ("", ".", "..")]
    q = urlencode(sorted(parse_qsl(query, keep_blank_values=True))) if query else ""
    at = f"@{q}" if q else ""
    if not parts or rel.endswith("/") or "." not in parts[-1]:
        parts.append(f"index{at}{index_ext}")
    elif q:
        stem, _, ext = parts[-1].rpartition(".")
        parts[-1] = f"{stem}{at}.{ext}"
    return "/".join(parts)


def candidate_files(path: str, query: str = "") -> list[str]:
    """The files that may serve URL `path?query`, in order (a directory tries each index type)."""
    return list(dict.fromkeys(url_to_relpath(path, query, ext) for ext in INDEX_EXTS))


# --------------------------------------------------------------------------- formatting helpers
def esc(s: str) -> str:
    return html.escape(s, quote=True)


def _zone(d: datetime) -> str:
    hours = int(d.utcoffset().total_seconds() // 3600)
    return _ZONES.get(hours, f"UTC{hours:+d}")


def date_long(d: datetime) -> str:            # "Jumat, 5 Mei 2023 | 16:42 WIB"
    return f"{_DAYS[d.weekday()]}, {d.day} {_MONTHS[d.month - 1]} {d.year} | {d:%H:%M} {_zone(d)}"


def date_disway(d: datetime) -> str:          # "Sabtu 16 Mar 2024 - 23:15 WIB"
    return f"{_DAYS[d.weekday()]} {d.day:02d} {_MONTHS[d.month - 1][:3]} {d.year} - {d:%H:%M} {_zone(d)}"


def date_lembaga(d: datetime) -> str:         # "Kamis, 04/03/2021"
    return f"{_DAYS[d.weekday()]}, {d:%d/%m/%Y}"


def _slug_words(slug: str) -> str:
    return slug.replace("-", " ").title()


# --------------------------------------------------------------------------- the site model
class Site:
    """The pages of one portal: relpath -> (bytes, modification time)."""

    def __init__(self, key: str, base_url: str, articles: list[SourceArticle]):
        self.key, self.base, self.spec = key, base_url, PORTALS[key]
        newest_first = sorted(articles, key=lambda a: (a.published is None,
                                                       -(a.published.timestamp() if a.published else 0),
                                                       a.slug))
        self.articles = newest_first
        dated = [a.published for a in articles if a.published]
        self.newest = max(dated) if dated else datetime(2020, 1, 1, tzinfo=timezone.utc)
        self.files: dict[str, tuple[bytes, datetime]] = {}

    def url(self, path: str) -> str:
        return self.base.rstrip("/") + path

    def put(self, path: str, ext: str, content: str, when: datetime | None = None) -> None:
        """Store the page served at URL `path` (which may carry a query string). HTML pages get the
        portal's chrome (styles, scripts, mega-menu, tag cloud) so they weigh what real pages weigh."""
        if ext == ".html":
            content = _with_chrome(content, self.key)
        p, _, q = path.partition("?")
        rel = url_to_relpath(p, q, ext)
        if not rel.endswith(ext):
            raise ValueError(f"{path}: extension does not match {ext}")
        self.files[rel] = (content.encode("utf-8"), when or self.newest)

    def related(self, a: SourceArticle, n: int) -> list[SourceArticle]:
        """The next `n` articles after `a` in the portal's order (deterministic 'related posts')."""
        if not hasattr(self, "_position"):
            self._position = {id(x): i for i, x in enumerate(self.articles)}
        i, total = self._position[id(a)], len(self.articles)
        return [self.articles[(i + k) % total] for k in range(1, min(n, total - 1) + 1)]

    def popular(self, a: SourceArticle, n: int) -> list[SourceArticle]:
        if not hasattr(self, "_ranked"):
            self._ranked = sorted(self.articles, key=lambda x: zlib.crc32(x.slug.encode()))
        return [x for x in self._ranked[:n + 1] if x is not a][:n]

    def write(self, root: Path) -> None:
        if root.exists():
            shutil.rmtree(root)
        for rel, (data, when) in sorted(self.files.items()):
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            ts = when.timestamp()
            os.utime(target, (ts, ts))


# ---------------------------------------------------------------- page weight
# Real portal pages weigh 50–150 KB, most of it chrome: inline styles and scripts (ads, analytics,
# consent), a mega-menu of regional channels, a tag cloud and a link-farm footer. The generated pages
# carry the same kind of weight, identical on every page of a portal, so that extraction is measured
# (and tested) on pages like the real ones. The menus name regions: extraction must not let them in.
_CSS_RULE = ".{cls}-{i}{{margin:{m}px {n}px;padding:{n}px;font:{f}px/1.5 'Roboto',sans-serif;color:#{c:06x}}}"
_AD_SLOTS = ["leaderboard", "billboard", "sidebar-1", "sidebar-2", "inarticle-1", "inarticle-2", "sticky-bottom"]


@functools.lru_cache(maxsize=8)
def _chrome(key: str) -> tuple[str, str, str]:
    from pipeline.gazetteer import get_gazetteer

    seed = zlib.crc32(key.encode())
    css = "\n".join(_CSS_RULE.format(cls=("jeg" if k % 3 else "td"), i=k, m=(seed + k) % 24, n=k % 16,
                                      f=12 + k % 8, c=(seed * (k + 1)) % 0xFFFFFF) for k in range(320))
    slots = ",".join(
        f'{{"slot":"/2145/{key}/{s}","sizes":[[728,90],[300,250]],"targeting":{{"pos":"{s}","kanal":"daerah"}}}}'
        for s in _AD_SLOTS)
    script = (f'window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}'
              f'gtag("js",new Date());gtag("config","G-{seed % 10**8:08d}");'
              f'var googletag=googletag||{{cmd:[]}};googletag.cmd.push(function(){{var s=[{slots}];'
              f's.forEach(function(x){{googletag.defineSlot(x.slot,x.sizes,"div-"+x.targeting.pos)'
              f'.addService(googletag.pubads())}});googletag.enableServices()}});')
    head = (f'<style id="theme-inline-css">\n{css}\n</style>\n<script>{script * 4}</script>\n'
            f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsMediaOrganization",'
            f'"name":"{esc(PORTALS[key]["name"])}","publishingPrinciples":"/pedoman-media-siber/"}}</script>')
    regions = sorted(get_gazetteer().regions.values(), key=lambda r: zlib.crc32((key + r.code).encode()))
    channels = "".join(f'<li class="menu-item"><a href="/tag/{re.sub(r"[^a-z0-9]+", "-", r.name.lower())}/">'
                       f'{esc(r.name)}</a></li>' for r in regions[:120])
    menu = (f'<nav class="mega-menu" aria-label="Kanal daerah"><ul class="sub-menu">{channels}</ul></nav>\n'
            + "".join(f'<div class="ad-slot" id="div-{s}"><script>googletag.cmd.push(function(){{'
                      f'googletag.display("div-{s}")}});</script></div>' for s in _AD_SLOTS[:3]))
    tags = "".join(f'<a class="tag-cloud-link" href="/tag/{w}/">#{w}</a> ' for w in
                   ["pelayanan-publik", "ombudsman", "mpp", "pilkada", "banjir", "inflasi", "umkm", "stunting",
                    "pendidikan", "kesehatan", "infrastruktur", "pariwisata", "olahraga", "kuliner", "viral"] * 4)
    foot = (f'<div class="footer-tags">{tags}</div>\n<div id="cookie-consent" hidden>Situs ini menggunakan '
            f'cookie untuk meningkatkan pengalaman Anda.</div>\n<script>{script}</script>')
    return head, menu, foot


def _with_chrome(html: str, key: str) -> str:
    head, menu, foot = _chrome(key)
    html = html.replace("</head>", head + "\n</head>", 1)
    body = html.find("<body")
    if body >= 0:
        end = html.index(">", body) + 1
        html = html[:end] + "\n" + menu + html[end:]
    return html.replace("</body>", foot + "\n</body>", 1)


def _iso(d: datetime) -> str:
    return d.isoformat(timespec="seconds")


def _urlset(site: Site, entries: list[tuple[str, datetime | None]]) -> str:
    rows = []
    for loc, lastmod in entries:
        lm = f"<lastmod>{_iso(lastmod)}</lastmod>" if lastmod else ""
        rows.append(f"  <url><loc>{esc(site.url(loc))}</loc>{lm}</url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</urlset>\n")


def _rss(site: Site, feed_path: str, link_of, description: str) -> str:
    items = []
    for a in site.articles[:FEED_SIZE]:
        link = esc(site.url(link_of(a)))
        pub = f"<pubDate>{format_datetime(a.published)}</pubDate>" if a.published else ""
        summary = esc(a.paragraphs[0][:300])
        items.append(f"<item><title>{esc(a.title)}</title><link>{link}</link>"
                     f"<guid isPermaLink=\"true\">{link}</guid>{pub}"
                     f"<dc:creator>{esc(a.author)}</dc:creator><description>{summary}</description></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>{esc(site.spec['name'])}</title><link>{esc(site.url('/'))}</link>"
            f"<atom:link href=\"{esc(site.url(feed_path))}\" rel=\"self\" type=\"application/rss+xml\"/>"
            f"<description>{esc(description)}</description><language>id-ID</language>"
            f"<lastBuildDate>{format_datetime(site.newest)}</lastBuildDate>\n"
            + "\n".join(items) + "\n</channel>\n</rss>\n")


def _pages(site: Site) -> list[list[SourceArticle]]:
    arts = site.articles
    return [arts[i:i + PAGE_SIZE] for i in range(0, len(arts), PAGE_SIZE)] or [[]]


def _robots(site: Site, sitemap: str, disallow: list[str]) -> str:
    lines = ["User-agent: *"] + [f"Disallow: {d}" for d in disallow + [site.spec["trap"]]]
    return "\n".join(lines) + f"\n\nSitemap: {site.url(sitemap)}\n"


def _paragraphs_html(a: SourceArticle, baca_juga: str | None) -> str:
    """The article body; `baca_juga` (a related-post block) goes after the second paragraph."""
    out = []
    for i, p in enumerate(a.paragraphs):
        if p.startswith("Foto:") or p.startswith("Foto "):
            out.append(f'<figure class="wp-caption"><figcaption>{esc(p)}</figcaption></figure>')
        else:
            out.append(f"<p>{esc(p)}</p>")
        if i == 1 and baca_juga:
            out.append(baca_juga)
    if len(a.paragraphs) < 2 and baca_juga:
        out.append(baca_juga)
    return "\n".join(out)


def _trap_text() -> str:
    return (f"[{ROBOTS_MARKER}] Draf internal redaksi, tidak untuk diterbitkan. Ombudsman menetapkan "
            "Kabupaten Simeulue, Kabupaten Nias Barat dan Kota Sabang masuk zona merah kepatuhan.")


# --------------------------------------------------------------------------- WordPress news theme
def _wp_path(a: SourceArticle) -> str:
    if a.published is None:
        raise CorpusError(f"{a.id}: a wordpress portal needs a publication date for the /YYYY/MM/DD/ URL")
    return f"/{a.published:%Y/%m/%d}/{a.slug}/"


def _wp_shell(site: Site, title: str, head: str, main: str, aside_for: SourceArticle | None) -> str:
    spec = site.spec
    popular = site.popular(aside_for, 4) if aside_for else site.articles[:4]
    pop = "".join(f'<li><a href="{_wp_path(x)}">{esc(x.title)}</a></li>' for x in popular) + "".join(
        f'<li><a href="/category/daerah/">{esc(h)}</a></li>' for h in spec["filler"][:2])
    filler = "".join(f'<li><a href="/category/daerah/">{esc(h)}</a></li>' for h in spec["filler"][2:])
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(spec['name'])}</title>
<meta property="og:site_name" content="{esc(spec['name'])}">
<link rel="alternate" type="application/rss+xml" title="{esc(spec['name'])} &raquo; Feed" href="/feed/">
{head}
</head>
<body class="wp-theme-jnews">
<div class="jeg_topbar">Loading plugin... | <a href="/">Beranda</a> | <a href="/wp-admin/">Masuk</a></div>
<header id="masthead" class="site-header">
<div class="site-branding"><a href="/" rel="home">{esc(spec['name'])}</a></div>
<nav id="site-navigation" class="main-navigation"><ul class="menu">
<li><a href="/">Beranda</a></li><li><a href="/category/daerah/">Daerah</a></li>
<li><a href="/category/daerah/">Pemerintahan</a></li><li><a href="/category/daerah/">Ekonomi</a></li>
<li><a href="/category/daerah/">Olahraga</a></li><li><a href="/feed/">RSS</a></li></ul></nav>
<div class="breaking-news"><span>Breaking News</span> {esc(spec['filler'][0])}</div>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
{main}
</main>
<aside id="secondary" class="widget-area">
<section class="widget widget_popular"><h2 class="widget-title">Terpopuler</h2><ol>{pop}</ol></section>
<section class="widget widget_recent"><h2 class="widget-title">Berita Daerah</h2><ul>{filler}</ul></section>
<section class="widget"><h2 class="widget-title">Iklan</h2><p>Pasang iklan hubungi 0812-0000-0000</p></section>
</aside>
</div>
<footer id="colophon" class="site-footer">
<div class="footer-about"><p>{esc(spec['address'])}</p><p>Email: redaksi@warta.invalid</p></div>
<nav class="footer-menu"><a href="/">Tentang Kami</a> | <a href="/">Pedoman Media Siber</a> | <a href="/">Kontak</a></nav>
<div class="site-info">&copy; {site.newest.year} {esc(spec['name'])}. All Rights Reserved.</div>
</footer>
</body>
</html>
"""


def _wp_article(site: Site, a: SourceArticle, body: str, draft: bool = False) -> str:
    path = site.spec["trap"] if draft else _wp_path(a)
    rel = site.related(a, 3) if not draft else []
    baca = (f'<div class="jeg_post_related baca-juga"><strong>BACA JUGA:</strong> '
            f'<a href="{_wp_path(rel[0])}">{esc(rel[0].title)}</a></div>') if rel else None
    related = "".join(f'<li><a href="{_wp_path(x)}">{esc(x.title)}</a></li>' for x in rel)
    comment_name, comment = site.spec["comments"][zlib.crc32(a.slug.encode()) % len(site.spec["comments"])]
    pub = a.published
    head = (f'<link rel="canonical" href="{esc(site.url(path))}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(a.title)}">\n'
            f'<meta property="og:url" content="{esc(site.url(path))}">\n<meta name="author" content="{esc(a.author)}">')
    if pub:
        head += f'\n<meta property="article:published_time" content="{_iso(pub)}">'
    date = f'<time class="entry-date published" datetime="{_iso(pub)}">{date_long(pub)}</time>' if pub else ""
    main = f"""<article class="post type-post status-publish format-standard category-daerah">
<header class="entry-header">
<div class="cat-links"><a href="/category/daerah/" rel="category tag">Daerah</a></div>
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta"><span class="byline">Oleh <a href="/">{esc(a.author)}</a></span> {date}</div>
</header>
<div class="entry-content">
{body if draft else _paragraphs_html(a, baca)}
</div>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="/category/daerah/">pelayanan publik</a></span>
<div class="share">Bagikan: Facebook Twitter WhatsApp</div></footer>
</article>
<section class="jeg_related_post related-posts"><h3>Berita Terkait</h3><ul>{related}</ul></section>
<div id="comments" class="comments-area">
<h2 class="comments-title">Discussion about this post</h2>
<ol class="comment-list"><li class="comment"><div class="comment-author vcard"><b class="fn">{esc(comment_name)}</b></div>
<div class="comment-content"><p>{esc(comment)}</p></div></li></ol>
<div id="respond" class="comment-respond"><h3>Tinggalkan Balasan</h3><p>Alamat email Anda tidak akan dipublikasikan.</p></div>
</div>"""
    return _wp_shell(site, a.title, head, main, a)


def _wp_listing(site: Site, page: list[SourceArticle], n: int, total: int) -> str:
    items = "".join(
        f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="{_wp_path(a)}">{esc(a.title)}</a></h3>'
        f'<div class="jeg_post_meta">{date_long(a.published)}</div>'
        f'<p class="jeg_post_excerpt">{esc(a.paragraphs[0][:160])}</p></article>\n' for a in page)
    if n == 1:
        items += (f'<article class="jeg_post draft"><h3><a href="{site.spec["trap"]}">Draf: Rapor Kepatuhan '
                  f'(embargo)</a></h3></article>\n')
    nav = []
    if n > 1:
        nav.append(f'<a class="prev page-numbers" href="/category/daerah/{"" if n == 2 else f"page/{n - 1}/"}">'
                   "&laquo; Sebelumnya</a>")
    if n < total:
        nav.append(f'<a class="next page-numbers" href="/category/daerah/page/{n + 1}/">Selanjutnya &raquo;</a>')
    main = (f'<header class="page-header"><h1 class="page-title">Kategori: Daerah</h1></header>\n{items}'
            f'<nav class="navigation pagination"><div class="nav-links">{" ".join(nav)}</div></nav>')
    return _wp_shell(site, "Daerah", "", main, None)


def build_wordpress(site: Site) -> None:
    arts = site.articles
    for a in arts:
        site.put(_wp_path(a), ".html", _wp_article(site, a, ""), a.published)
    pages = _pages(site)
    for n, page in enumerate(pages, 1):
        path = "/category/daerah/" if n == 1 else f"/category/daerah/page/{n}/"
        site.put(path, ".html", _wp_listing(site, page, n, len(pages)), page[0].published if page else None)
    trap = SourceArticle("trap", site.key, "draf", "Draf Rapor Kepatuhan (embargo)", None, "Redaksi", None,
                         _trap_text())
    site.put(site.spec["trap"], ".html", _wp_article(site, trap, f"<p>{esc(_trap_text())}</p>", draft=True))
    site.put("/wp-admin/", ".html", "<!DOCTYPE html><html><head><title>Masuk</title></head><body>"
             f"<form><p>{ROBOTS_MARKER}</p><input name=log><input name=pwd type=password></form></body></html>\n")
    home_items = "".join(f'<li><a href="{_wp_path(a)}">{esc(a.title)}</a></li>' for a in arts[:6])
    site.put("/", ".html", _wp_shell(site, "Beranda", "", f'<section class="home-latest"><h2>Berita Terbaru</h2>'
                                     f'<ul>{home_items}</ul><p><a href="/category/daerah/">Indeks Daerah</a></p>'
                                     "</section>", None))
    site.put("/robots.txt", ".txt", _robots(site, "/sitemap_index.xml", ["/wp-admin/"]).replace(
        "Disallow: /wp-admin/\n", "Disallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"))
    site.put("/sitemap_index.xml", ".xml",
             '<?xml version="1.0" encoding="UTF-8"?>\n'
             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
             f"  <sitemap><loc>{esc(site.url('/post-sitemap.xml'))}</loc><lastmod>{_iso(site.newest)}</lastmod></sitemap>\n"
             "</sitemapindex>\n")
    site.put("/post-sitemap.xml", ".xml", _urlset(site, [(_wp_path(a), a.published) for a in arts]))
    site.put("/feed/", ".rss", _rss(site, "/feed/", _wp_path, "Berita daerah terkini"))


# --------------------------------------------------------------------------- Disway network
def disway_id(a: SourceArticle) -> int:
    return 100000 + zlib.crc32(a.slug.encode()) % 800000


def _dw_path(a: SourceArticle) -> str:
    return f"/read/{disway_id(a)}/{a.slug}"


def _dw_shell(site: Site, title: str, head: str, main: str, aside_for: SourceArticle | None) -> str:
    spec = site.spec
    popular = site.popular(aside_for, 5) if aside_for else site.articles[:5]
    pop = "".join(f'<li><span class="num">{i}</span><a href="{_dw_path(x)}">{esc(x.title)}</a></li>'
                  for i, x in enumerate(popular, 1))
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(spec['name'])}</title>
<meta property="og:site_name" content="{esc(spec['name'])}">
<link rel="alternate" type="application/rss+xml" href="/rss">
{head}
</head>
<body>
<div class="header"><div class="logo"><a href="/">{esc(spec['name'])}</a></div>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/kategori/pemerintahan">Pemerintahan</a></li>
<li><a href="/kategori/pemerintahan">Ekonomi</a></li><li><a href="/kategori/pemerintahan">Olahraga</a></li>
<li><a href="/kategori/pemerintahan">Indeks</a></li><li><a href="/rss">RSS</a></li></ul>
<div class="running-text">{" &bull; ".join(esc(h) for h in spec['filler'])}</div></div>
<div class="container"><div class="col-main">
{main}
</div>
<div class="col-side"><div class="box terpopuler"><h3>Terpopuler</h3><ol>{pop}</ol></div>
<div class="box"><h3>Disway Network</h3><p>Disway Jambi &middot; Disway Kaltim &middot; Disway Malang</p></div></div>
</div>
<div class="footer"><p>{esc(spec['address'])}</p><p>Redaksi | Pedoman Media Siber | Kode Etik | Kontak</p>
<p>Copyright &copy; {site.newest.year} {esc(spec['name'])}</p></div>
</body>
</html>
"""


def _dw_article(site: Site, a: SourceArticle, draft: bool = False) -> str:
    rel = [] if draft else site.related(a, 4)
    baca = "".join(f'<p class="baca-juga"><strong>BACA JUGA:</strong><a href="{_dw_path(x)}">{esc(x.title)}</a></p>'
                   for x in rel[:2]) or None
    related = "".join(f'<li><a href="{_dw_path(x)}">{esc(x.title)}</a></li>' for x in rel[2:]) + "".join(
        f'<li><a href="/kategori/pemerintahan">{esc(h)}</a></li>' for h in site.spec["filler"][1:3])
    path = site.spec["trap"] if draft else _dw_path(a)
    head = (f'<link rel="canonical" href="{esc(site.url(path))}">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(a.title)}">\n<meta name="author" content="{esc(a.author)}">')
    if a.published:
        head += f'\n<meta property="article:published_time" content="{_iso(a.published)}">'
    date = f'<div class="date">{date_disway(a.published)}</div>' if a.published else ""
    main = f"""<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/kategori/pemerintahan">Pemerintahan</a></div>
<div class="post"><h1 class="post-title">{esc(a.title)}</h1>
{date}
<div class="author">Reporter : {esc(a.author)}<br>Editor : {esc(a.editor or 'Redaksi')}</div>
<div class="post-content">
{_paragraphs_html(a, baca)}
<p class="kategori">Kategori :<a href="/kategori/pemerintahan">Pemerintahan</a></p>
</div>
<div class="tags">Tags : <a href="/kategori/pemerintahan">pemerintahan</a> <a href="/kategori/pemerintahan">pelayanan publik</a></div>
<div class="berita-terkait"><h3>Berita Terkait</h3><ul>{related}</ul></div>
</div>"""
    return _dw_shell(site, a.title, head, main, None if draft else a)


def _dw_listing(site: Site, page: list[SourceArticle], n: int, total: int) -> str:
    items = "".join(
        f'<div class="media"><h2 class="media-title"><a href="{_dw_path(a)}">{esc(a.title)}</a></h2>'
        f'<span class="date">{date_disway(a.published) if a.published else ""}</span></div>\n' for a in page)
    if n == 1:
        items += f'<div class="media"><h2><a href="{site.spec["trap"]}">Draf Redaksi (embargo)</a></h2></div>\n'
    nav = []
    if n > 1:
        nav.append(f'<a href="/kategori/pemerintahan{"" if n == 2 else f"?page={n - 1}"}">&lsaquo;</a>')
    nav += [f'<a href="/kategori/pemerintahan{"" if i == 1 else f"?page={i}"}">{i}</a>' for i in range(1, total + 1)]
    if n < total:
        nav.append(f'<a rel="next" href="/kategori/pemerintahan?page={n + 1}">&rsaquo;</a>')
    main = f'<h1 class="page-title">Pemerintahan</h1>\n{items}<div class="pagination">{" ".join(nav)}</div>'
    return _dw_shell(site, "Pemerintahan", "", main, None)


def build_disway(site: Site) -> None:
    arts = site.articles
    for a in arts:
        site.put(_dw_path(a), ".html", _dw_article(site, a), a.published)
    pages = _pages(site)
    for n, page in enumerate(pages, 1):
        path = "/kategori/pemerintahan" + ("" if n == 1 else f"?page={n}")
        site.put(path, ".html", _dw_listing(site, page, n, len(pages)), page[0].published if page else None)
    trap = SourceArticle("trap", site.key, "draf-redaksi-embargo", "Draf Redaksi (embargo)", None, "Redaksi",
                         None, _trap_text())
    site.put(site.spec["trap"], ".html", _dw_article(site, trap, draft=True))
    home = "".join(f'<li><a href="{_dw_path(a)}">{esc(a.title)}</a></li>' for a in arts[:6])
    site.put("/", ".html", _dw_shell(site, "Home", "", f'<h2>Berita Terkini</h2><ul>{home}</ul>'
                                     '<p><a href="/kategori/pemerintahan">Indeks Pemerintahan</a></p>', None))
    site.put("/robots.txt", ".txt", _robots(site, "/sitemap.xml", ["/search"]))
    entries = [("/", site.newest), ("/kategori/pemerintahan", site.newest)] + [(_dw_path(a), a.published)
                                                                             for a in arts]
    site.put("/sitemap.xml", ".xml", _urlset(site, entries))
    site.put("/rss", ".rss", _rss(site, "/rss", _dw_path, "Berita terkini Disway Network"))


# --------------------------------------------------------------------------- institution site
def _lb_path(a: SourceArticle) -> str:
    return f"/perwakilan/news/r/{a.slug}"


def _lb_shell(site: Site, title: str, head: str, crumbs: str, main: str, aside_for: SourceArticle | None) -> str:
    spec = site.spec
    others = site.popular(aside_for, 5) if aside_for else site.articles[:5]
    lainnya = "".join(f'<li><a href="{_lb_path(x)}">{esc(x.title)}</a></li>' for x in others) + "".join(
        f'<li><a href="/perwakilan/news">{esc(h)}</a></li>' for h in spec["filler"])
    perwakilan = "".join(f'<li><a href="/perwakilan/news">Perwakilan {esc(p)}</a></li>' for p in MENU_PROVINCES)
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {esc(spec['name'])}</title>
<meta property="og:site_name" content="{esc(spec['name'])}">
<link rel="alternate" type="application/atom+xml" href="/perwakilan/feed/">
{head}
</head>
<body>
<header class="site-header">
<div class="topbar">Call Center 137 | WhatsApp 0821-0000-0000 | <a href="/admin/">Login Pegawai</a></div>
<div class="brand"><a href="/">{esc(spec['name'])}</a><span>Lembaga Negara Pengawas Pelayanan Publik</span></div>
<nav class="mega-menu"><ul>
<li><a href="/">Beranda</a></li>
<li>Profil<ul><li><a href="/">Sejarah</a></li><li><a href="/">Visi dan Misi</a></li><li><a href="/">Struktur Organisasi</a></li></ul></li>
<li>Perwakilan<ul>{perwakilan}</ul></li>
<li>Publikasi<ul><li><a href="/perwakilan/news">Berita Perwakilan</a></li><li><a href="/">Siaran Pers</a></li><li><a href="/">Laporan Tahunan</a></li></ul></li>
<li><a href="/">Penyampaian Laporan</a></li><li><a href="/">PPID</a></li><li><a href="/">Kontak</a></li>
</ul></nav>
</header>
<nav class="breadcrumb" aria-label="breadcrumb">{crumbs}</nav>
<div class="container"><div class="main">
{main}
</div>
<aside class="berita-lainnya"><h3>Berita Lainnya</h3><ul>{lainnya}</ul></aside></div>
<footer class="site-footer">
<div class="alamat"><h4>Alamat Kantor</h4><p>{esc(spec['address'])}</p><p>Telp. (0511) 000000 | Jam layanan Senin-Jumat 08.00-16.00</p></div>
<div class="sosmed">Facebook | Instagram | X | YouTube</div>
<p>&copy; {site.newest.year} {esc(spec['name'])}</p>
</footer>
</body>
</html>
"""


def _lb_article(site: Site, a: SourceArticle, draft: bool = False) -> str:
    path = site.spec["trap"] if draft else _lb_path(a)
    head = (f'<link rel="canonical" href="{esc(site.url(path))}">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(a.title)}">')
    if a.published:
        head += f'\n<meta property="article:published_time" content="{_iso(a.published)}">'
    date = date_lembaga(a.published) if a.published else ""
    crumbs = (f'<a href="/">Beranda</a> / <a href="/perwakilan/news">Perwakilan</a> / '
              f'<a href="/perwakilan/news">Berita</a> / <span>{esc(a.title)}</span>')
    main = f"""<div class="news-detail"><div class="label">Artikel</div>
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-meta">ARTIKEL &bull; {date} &bull; {esc(a.author)}</div>
<div class="news-content">
{_paragraphs_html(a, None)}
</div>
<div class="share">Bagikan: Facebook Twitter WhatsApp Salin Tautan</div></div>"""
    return _lb_shell(site, a.title, head, crumbs, main, None if draft else a)


def _lb_listing(site: Site, page: list[SourceArticle], n: int, total: int) -> str:
    items = "".join(
        f'<div class="news-item"><a href="{_lb_path(a)}"><h4>{esc(a.title)}</h4></a>'
        f'<span>{date_lembaga(a.published) if a.published else ""}</span>'
        f'<p>{esc(a.paragraphs[0][:160])}</p></div>\n' for a in page)
    if n == 1:
        items += f'<div class="news-item"><a href="{site.spec["trap"]}"><h4>Draf Internal (embargo)</h4></a></div>\n'
    nav = " ".join(f'<a href="/perwakilan/news?page={i}">{i}</a>' for i in range(1, total + 1))
    if n < total:
        nav += f' <a rel="next" href="/perwakilan/news?page={n + 1}">Berikutnya</a>'
    crumbs = '<a href="/">Beranda</a> / <a href="/perwakilan/news">Perwakilan</a> / <span>Berita</span>'
    return _lb_shell(site, "Berita Perwakilan", "", crumbs,
                     f'<h1>Berita Perwakilan</h1>\n{items}<div class="pagination">{nav}</div>', None)


def build_lembaga(site: Site) -> None:
    arts = site.articles
    for a in arts:
        site.put(_lb_path(a), ".html", _lb_article(site, a), a.published)
    pages = _pages(site)
    for n, page in enumerate(pages, 1):
        html_ = _lb_listing(site, page, n, len(pages))
        when = page[0].published if page else None
        site.put(f"/perwakilan/news?page={n}", ".html", html_, when)
        if n == 1:
            site.put("/perwakilan/news", ".html", html_, when)
    trap = SourceArticle("trap", site.key, "draf-internal-embargo", "Draf Internal (embargo)", None, "Humas",
                         None, _trap_text())
    site.put(site.spec["trap"], ".html", _lb_article(site, trap, draft=True))
    site.put("/admin/", ".html", "<!DOCTYPE html><html><head><title>Login</title></head><body>"
             f"<form><p>{ROBOTS_MARKER}</p><input name=user><input name=pass type=password></form></body></html>\n")
    home = "".join(f'<li><a href="{_lb_path(a)}">{esc(a.title)}</a></li>' for a in arts[:6])
    site.put("/", ".html", _lb_shell(site, "Beranda", "", '<a href="/">Beranda</a>',
                                     f'<h2>Berita Perwakilan Terbaru</h2><ul>{home}</ul>'
                                     '<p><a href="/perwakilan/news">Semua berita</a></p>', None))
    site.put("/robots.txt", ".txt", _robots(site, "/sitemap.xml", ["/admin/", "/cari"]))
    site.put("/sitemap.xml", ".xml", _urlset(site, [("/perwakilan/news", site.newest)]
                                             + [(_lb_path(a), a.published) for a in arts]))
    entries = []
    for a in arts[:FEED_SIZE]:
        link = esc(site.url(_lb_path(a)))
        updated = _iso(a.published or site.newest)
        entries.append(f"<entry><title>{esc(a.title)}</title><link href=\"{link}\"/><id>{link}</id>"
                       f"<updated>{updated}</updated><author><name>{esc(a.author)}</name></author>"
                       f"<summary>{esc(a.paragraphs[0][:300])}</summary></entry>")
    site.put("/perwakilan/feed/", ".atom",
             '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
             f"<title>{esc(site.spec['name'])} - Berita Perwakilan</title>"
             f"<link href=\"{esc(site.url('/perwakilan/feed/'))}\" rel=\"self\"/>"
             f"<link href=\"{esc(site.url('/'))}\"/><id>{esc(site.url('/perwakilan/feed/'))}</id>"
             f"<updated>{_iso(site.newest)}</updated>\n" + "\n".join(entries) + "\n</feed>\n")


# --------------------------------------------------------------------------- the public API
LAYOUT_BUILDERS = {"wordpress": build_wordpress, "disway": build_disway, "lembaga": build_lembaga}
ENTRY_POINTS = {  # layout -> (sitemaps, feeds, listings, article_pattern)
    "wordpress": (["/sitemap_index.xml"], ["/feed/"], ["/category/daerah/"], r"^/\d{4}/\d{2}/\d{2}/[^/]+/$"),
    "disway": (["/sitemap.xml"], ["/rss"], ["/kategori/pemerintahan"], r"^/read/\d+/[^/]+$"),
    "lembaga": (["/sitemap.xml"], ["/perwakilan/feed/"], ["/perwakilan/news"], r"^/perwakilan/news/r/[^/]+$"),
}


def article_path(key: str, a: SourceArticle) -> str:
    """The URL path of article `a` on portal `key`."""
    return {"wordpress": _wp_path, "disway": _dw_path, "lembaga": _lb_path}[PORTALS[key]["layout"]](a)


def disallowed_paths(key: str) -> list[str]:
    """Paths of portal `key` that robots.txt forbids and a listing or every page links to."""
    extra = {"wordpress": ["/wp-admin/"], "disway": [], "lembaga": ["/admin/"]}[PORTALS[key]["layout"]]
    return [PORTALS[key]["trap"]] + extra


def portal_definition(key: str, base_url: str) -> dict:
    spec = PORTALS[key]
    base = base_url.rstrip("/") + "/"
    sitemaps, feeds, listings, pattern = ENTRY_POINTS[spec["layout"]]
    d = {"key": key, "name": spec["name"], "base_url": base}
    if spec["province"]:
        d["province"] = spec["province"]
    d.update(layout=spec["layout"], sitemaps=[base.rstrip("/") + s for s in sitemaps],
             feeds=[base.rstrip("/") + f for f in feeds], listings=[base.rstrip("/") + s for s in listings],
             article_pattern=pattern)
    return d


def build_sites(out_dir: Path, base_urls: dict[str, str],
                articles_path: Path = ARTICLES_PATH) -> list[dict]:
    """Write `out_dir/<key>/...` for every portal in `base_urls` and return their definitions."""
    unknown = sorted(set(base_urls) - set(PORTALS))
    if unknown:
        raise CorpusError(f"unknown portal(s): {', '.join(unknown)} (known: {', '.join(PORTALS)})")
    articles = load_articles(articles_path)
    out_dir = Path(out_dir)
    definitions = []
    for key in PORTALS:
        if key not in base_urls:
            continue
        site = Site(key, base_urls[key], [a for a in articles if a.portal == key])
        LAYOUT_BUILDERS[PORTALS[key]["layout"]](site)
        site.write(out_dir / key)
        definitions.append(portal_definition(key, base_urls[key]))
    return definitions


def _toml_value(v) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def write_portals_toml(portals: list[dict], path: Path) -> None:
    """Write portal definitions as a `[[portal]]` table (read back with tomllib)."""
    lines = ["# Generated by flows/corpus.py: the bundled demo portals.", ""]
    for p in portals:
        lines.append("[[portal]]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in p.items() if v is not None]
        lines.append("")
    Path(path).write_text("\n".join(lines), encoding="utf-8")
