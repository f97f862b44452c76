"""A synthetic corpus of N articles for the benchmarks, in the three demo portal layouts.

Articles are recombined from data/corpus/articles.jsonl (deterministic, seeded): a base article gives
the headline and opening paragraph, body paragraphs of other articles follow (3 to 12 in all, so lengths
range like real regional news, about 0.7 to 6 KB of text), and every "Kabupaten X" / "Kota X", score,
year and zone is replaced with one drawn from the gazetteer and plausible ranges. The pages are then
rendered by flows/corpus.py's layouts (`build_sites` with the generated articles file), so boilerplate,
sitemaps, feeds and listings are exactly those of the demo portals, and served on 127.0.0.1 by
`flows.localserver.serve_corpus`.

    .venv/bin/python benchmarks/synth.py 1000 /tmp/bench-site      # generate only (prints the size)

`write_archive` skips the crawl: it writes the same pages straight into a data directory as the crawl
would leave them (gzip WARC files and their index, archive/<portal>/…), and a database holding the same
articles as an older extractor stored them, so that `warta reprocess` has the whole archive to redo:

    .venv/bin/python benchmarks/synth.py 100000 /tmp/b100k --archive
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.corpus import ARTICLES_PATH, PORTALS, build_sites, load_articles  # noqa: E402
from flows.localserver import serve_corpus  # noqa: E402
from pipeline.gazetteer import get_gazetteer  # noqa: E402

SEED = 20261118
_REGION_RE = re.compile(r"\b(Kabupaten|Kota|Pemkab|Pemkot|Bupati|Wali Kota) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_SCORE_RE = re.compile(r"\b(\d{2}),(\d{1,2})\b")
_YEAR_RE = re.compile(r"\b(20[12]\d)\b")
_ZONE_RE = re.compile(r"\bzona (hijau|kuning|merah)\b")
#: Lines of the source articles that are not body text: photo captions (rendered as <figcaption> by
#: flows/corpus.py) and inline related-post links. Drawn as body paragraphs they left pages with too
#: little text to be an article (at 10,000 articles, one page of 184 characters once its two drawn
#: "paragraphs", both captions, were rightly cut by the extractor).
_NOT_BODY_RE = re.compile(r"^(?:Foto[: ]|BACA JUGA\b)", re.IGNORECASE)
_FIRST = ["Ahmad", "Budi", "Siti", "Dewi", "Rahmat", "Yusuf", "Hendra", "Rina", "Agus", "Nur", "Fitri",
          "Andi", "Teuku", "Made", "Wayan", "Irwan", "Sri", "Bambang", "Lukman", "Maria"]
_LAST = ["Saputra", "Hidayat", "Siregar", "Nasution", "Wijaya", "Harahap", "Lubis", "Pratama", "Sembiring",
         "Syahputra", "Kurniawan", "Gunawan", "Rahman", "Simanjuntak", "Tanjung", "Hasibuan"]


def is_body(paragraph: str) -> bool:
    """Whether a paragraph of a source article is body text (not a caption or a related-post line)."""
    return not _NOT_BODY_RE.match(paragraph)


def synthesize(n: int, seed: int = SEED, source: Path = ARTICLES_PATH) -> list[dict]:
    """N article records (the schema of data/corpus/articles.jsonl), spread evenly over the portals."""
    rng = random.Random(seed)
    base = load_articles(source)
    paragraphs = [p for a in base for p in a.paragraphs if len(p) > 60 and is_body(p)]
    gaz = get_gazetteer()
    regions = sorted(gaz.regions.values(), key=lambda r: r.code)
    keys = list(PORTALS)
    # published dates end in the past, whatever N: a future date would look like a changed page
    end = datetime(2025, 12, 31, 8, 0, tzinfo=timezone(timedelta(hours=7)))
    start = end - timedelta(hours=7 * n)
    out = []
    for i in range(n):
        a = base[rng.randrange(len(base))]
        region = regions[rng.randrange(len(regions))]
        kind = "Kabupaten" if region.kind == "kabupaten" else "Kota"

        def swap(text: str) -> str:
            text = _REGION_RE.sub(lambda m: f"{m.group(1)} {region.name}", text)
            text = _SCORE_RE.sub(lambda m: f"{rng.randint(45, 99)},{rng.randint(0, 99):02d}", text)
            text = _YEAR_RE.sub(lambda m: str(rng.choice((2021, 2022, 2023, 2024))), text)
            return _ZONE_RE.sub(lambda m: "zona " + rng.choice(("hijau", "kuning", "merah")), text)

        paras = [p for p in a.paragraphs if is_body(p)][:1] + rng.sample(paragraphs, rng.randint(2, 11))
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        paras.insert(2, f"Bupati {region.name}, {name}, mengatakan pemerintah daerah terus membenahi "
                        f"standar pelayanan publik di {kind} {region.name}.")
        title = swap(a.title)
        published = start + timedelta(hours=7 * i, minutes=rng.randrange(60))
        out.append({
            "id": f"bench-{i:06d}", "portal": keys[i % len(keys)],
            "slug": re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70].strip("-") + f"-{i}",
            "title": title, "published": published.isoformat(), "author": a.author, "editor": a.editor,
            "text": "\n".join(swap(p) for p in paras),
        })
    return out


def write_corpus(n: int, out_dir: Path, seed: int = SEED) -> Path:
    """Write `out_dir/articles.jsonl` with N synthetic articles; returns its path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "articles.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for rec in synthesize(n, seed):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


@contextmanager
def serve_synthetic(n: int, out_dir: Path, seed: int = SEED) -> Iterator[dict]:
    """Generate N articles into the three portal layouts under `out_dir/site` and serve them on
    127.0.0.1 (one port per portal); yields {"portals": definitions, "root": site dir, "articles": path}."""
    out_dir = Path(out_dir)
    articles = write_corpus(n, out_dir, seed)
    with serve_corpus(out_dir / "site", articles_path=articles) as served:
        yield {"portals": served.portals, "root": served.root, "articles": articles}


def article_pages(root: Path) -> list[Path]:
    """The generated article pages (not listings, sitemaps, feeds or the robots.txt trap), sorted."""
    from flows.corpus import ENTRY_POINTS

    pages = []
    for key, spec in PORTALS.items():
        pattern = re.compile(ENTRY_POINTS[spec["layout"]][3])
        trap = spec["trap"]
        for f in sorted((Path(root) / key).rglob("*.html")):
            rel = "/" + f.relative_to(Path(root) / key).as_posix()
            if "@" in rel:  # a listing page with a query string
                continue
            url_path = rel[: -len("index.html")] if rel.endswith("/index.html") else rel
            candidates = (url_path, url_path.rstrip("/"))
            if any(pattern.search(u) for u in candidates) and not url_path.startswith(trap.rstrip("/")):
                pages.append(f)
    return pages


#: The extractor version the synthetic database's articles carry (any version but the current one).
SYNTHETIC_VERSION = "synthetic-0"


def write_archive(n: int, data_dir: Path, seed: int = SEED, chunk: int = 2000, shards: int = 0) -> dict:
    """N synthetic articles as a crawl and a load by an older extractor would leave them in `data_dir`:
    archive/<portal>/<stamp>-<pid>.warc.gz (one file per portal per `chunk` articles) with the crawl's
    index, and warta.duckdb with every article (the generated text, no facts, extractor version
    SYNTHETIC_VERSION). With `shards`, the files are spread over that many crawl shards
    (archive/_shards/sN/), as crawls spread over machines leave them. Returns counts and sizes."""
    import hashlib
    from io import BytesIO
    import tempfile

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from flows.corpus import LAYOUT_BUILDERS, Site, article_path, url_to_relpath
    from pipeline.models import Article, Facts
    from pipeline.store import LoadItem, Store
    from spiders.archive import PORTAL_HEADER, REQUEST_URL_HEADER, ArchiveIndex, IndexEntry, shard_dir

    data_dir = Path(data_dir)
    archive = data_dir / "archive"
    records = synthesize(n, seed)
    fetched = datetime(2026, 1, 1, tzinfo=timezone.utc)
    pages = warc_bytes = 0
    with tempfile.TemporaryDirectory() as tmp, Store.open(data_dir / "warta.duckdb") as store:
        for c, start in enumerate(range(0, n, chunk)):
            part = Path(tmp) / "chunk.jsonl"
            part.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[start:start + chunk]),
                            encoding="utf-8")
            articles = load_articles(part)
            shard = f"s{c % shards}" if shards else None
            index = ArchiveIndex(archive, shard)
            items = []
            for key in PORTALS:
                mine = [a for a in articles if a.portal == key]
                if not mine:
                    continue
                base = f"http://{key}.test"
                site = Site(key, base + "/", mine)
                LAYOUT_BUILDERS[PORTALS[key]["layout"]](site)
                rel = f"{key}/{(fetched + timedelta(minutes=c)).strftime('%Y%m%dT%H%M%SZ')}-{c + 1}.warc.gz"
                path = shard_dir(archive, shard) / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                entries = []
                with path.open("wb") as fh:
                    writer = WARCWriter(fh, gzip=True)
                    for a in mine:
                        url = base + article_path(key, a)
                        body = site.files[url_to_relpath(article_path(key, a), "", ".html")][0]
                        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                           ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
                        record = writer.create_warc_record(
                            url, "response", payload=BytesIO(body), length=len(body), http_headers=http,
                            warc_headers_dict={"WARC-Date": fetched.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                               PORTAL_HEADER: key, REQUEST_URL_HEADER: url})
                        offset = fh.tell()
                        writer.write_record(record)
                        entries.append(IndexEntry(url, url, key, rel, offset, fh.tell() - offset, fetched, None, None,
                                                  hashlib.sha1(body).hexdigest(), ""))
                        items.append(LoadItem(Article(url=url, text=a.text, title=a.title, published=a.published,
                                                      portal=key, fetched_at=fetched), Facts()))
                    warc_bytes += fh.tell()
                index.record_many(entries)
                pages += len(entries)
            index.close()
            store.load(items, SYNTHETIC_VERSION)
    return {"articles": n, "pages": pages, "warc_mb": round(warc_bytes / 1e6, 1)}


if __name__ == "__main__":
    import time

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/warta-bench-synth")
    t = time.perf_counter()
    if "--archive" in sys.argv:
        print(write_archive(n, out), f"in {time.perf_counter() - t:.1f} s under {out}")
        sys.exit(0)
    path = write_corpus(n, out)
    build_sites(out / "site", {k: f"http://127.0.0.1:{8000 + i}/" for i, k in enumerate(PORTALS)}, path)
    pages = article_pages(out / "site")
    size = sum(p.stat().st_size for p in pages)
    print(f"{n} articles → {len(pages)} article pages, mean {size / max(len(pages), 1) / 1000:.1f} KB HTML, "
          f"generated in {time.perf_counter() - t:.1f} s under {out}")
