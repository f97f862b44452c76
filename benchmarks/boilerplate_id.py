"""Indonesian portal boilerplate: what Warta's article text keeps and leaves out, against trafilatura's.

    .venv/bin/python benchmarks/boilerplate_id.py [--json FILE]

Two sets of pages, both written for Warta (no real article):

1. the bundled corpus (flows/corpus.py: WordPress news theme, Disway network, institution site), every
   article page as the demo serves it. Article segments: the first 60 characters of each paragraph of the
   source article that is not a photo caption or a related-article line of its own. Boilerplate
   segments: every piece of text on the page outside the article body (menus naming 120 regions,
   breaking-news tickers, related and popular headlines, comments, bylines, footers, cookie notices), and
   inside it the "BACA JUGA" blocks and photo captions; only pieces of at least 15 characters that the
   article's own text and headline do not contain;
2. the extraction fixtures (tests/fixtures/html: regenerate.py and portal_layouts.py: Blogger, WordPress
   Newspaper/JNews, Disway, Tribun-style, a pemda ASP.NET page, …) with their hand-written snippets that
   the text must and must not contain.

Each page is given as bytes to trafilatura with its fallback (the options of trafilatura's own
evaluation, tests/eval_common.py) and to Warta (`pipeline.article.article_record`, what `warta article`
prints); a segment counts when its whitespace-normalised form is a substring of the whitespace-normalised
text, as trafilatura's evaluation counts.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import re
import sys
import tempfile
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "fixtures" / "html"
#: The article body of each bundled layout (the same as tests/flows/test_corpus.py's).
BODY_CLASS = {"wordpress": "entry-content", "disway": "post-content", "lembaga": "news-content"}
MIN_SEGMENT = 15
SNIPPET = 60


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _segments(el) -> list[str]:
    """The text pieces of an element's subtree (text and tails), whitespace-normalised."""
    out = []
    for node in el.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "head", "title", "meta"):
            if node.tail and node is not el:
                out.append(norm(node.tail))
            continue
        for piece in (node.text, node.tail if node is not el else None):
            if piece and norm(piece):
                out.append(norm(piece))
    return out


def corpus_cases() -> list[dict]:
    """The bundled corpus's article pages with their article and boilerplate segments."""
    import lxml.html

    from flows.corpus import PORTALS, article_path, build_sites, load_articles
    from pipeline.clean import boilerplate_kind

    articles = load_articles()
    cases = []
    with tempfile.TemporaryDirectory(prefix="warta-boilerplate-") as tmp:
        bases = {k: f"http://127.0.0.1:{8200 + i}/" for i, k in enumerate(PORTALS)}
        build_sites(Path(tmp), bases)
        for a in articles:
            layout = PORTALS[a.portal]["layout"]
            rel = article_path(a.portal, a).strip("/")
            page = Path(tmp) / a.portal / rel / "index.html"
            data = page.read_bytes()
            own = norm(a.title + " " + a.text)
            paragraphs = [p for p in a.paragraphs if not p.startswith("Foto") and not boilerplate_kind(p)]
            with_ = [norm(p)[:SNIPPET] for p in paragraphs]
            doc = lxml.html.fromstring(data)
            body = doc.xpath(f'//div[@class="{BODY_CLASS[layout]}"]')[0]
            inside = set(body.iter())
            outside = []
            for el in doc.iter():
                if el in inside or not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title"):
                    continue
                if el.getparent() is not None and el.getparent().tag in ("script", "style", "head", "title"):
                    continue
                outside.extend(norm(t) for t in (el.text, el.tail) if t and norm(t) and el is not body)
            inside_noise = [s for el in body.iter() if isinstance(el.tag, str)
                            and (el.tag == "figcaption" or "baca-juga" in (el.get("class") or ""))
                            for s in _segments(el)]
            without = sorted({s for s in outside + inside_noise if len(s) >= MIN_SEGMENT and s not in own})
            cases.append({"set": "bundled corpus", "layout": layout, "name": f"{a.portal}/{a.slug}",
                          "url": bases[a.portal].rstrip("/") + article_path(a.portal, a), "html": data,
                          "with": with_, "without": without})
    return cases


def fixture_cases() -> list[dict]:
    spec = importlib.util.spec_from_file_location("html_fixtures", FIXTURES / "regenerate.py")
    fixtures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fixtures)
    cases = []
    for name, (_, url) in fixtures.PAGES.items():
        must, must_not = fixtures.CHECKS[name]
        if not must:
            continue  # a page without article text (no_body) has nothing to score
        cases.append({"set": "fixtures", "layout": name, "name": name, "url": url,
                      "html": (FIXTURES / f"{name}.html").read_bytes(), "with": list(must), "without": list(must_not)})
    return cases


def runners() -> dict:
    import trafilatura

    from pipeline.article import article_record

    return {
        "trafilatura": lambda url, html: trafilatura.extract(html, fast=False, include_comments=False,
                                                             include_tables=True, include_formatting=False) or "",
        "warta": lambda url, html: article_record({"id": url, "url": url, "html": html})["text"],
    }


def score(cases: list[dict], echo=print) -> dict:
    """Per set and layout, per extractor: article segments kept and boilerplate segments leaked."""
    rows: dict = defaultdict(lambda: defaultdict(lambda: {"pages": 0, "with": 0, "kept": 0, "without": 0,
                                                          "leaked": 0, "leaks": []}))
    for case in cases:
        for name, fn in runners().items():
            text = norm(fn(case["url"], case["html"]))
            r = rows[(case["set"], case["layout"])][name]
            r["pages"] += 1
            r["with"] += len(case["with"])
            r["kept"] += sum(norm(s) in text for s in case["with"])
            r["without"] += len(case["without"])
            leaks = [s for s in case["without"] if norm(s) in text]
            r["leaked"] += len(leaks)
            r["leaks"] += [(case["name"], s) for s in leaks]
    echo(f"{'set':15} {'layout':26} {'pages':>5}  {'article segments kept':>24}  {'boilerplate segments leaked':>28}")
    echo(f"{'':15} {'':26} {'':>5}  {'trafilatura':>11} {'warta':>12}  {'trafilatura':>13} {'warta':>14}")
    totals: dict = defaultdict(lambda: {"with": 0, "kept": 0, "without": 0, "leaked": 0})
    for (set_, layout), by in rows.items():
        t, w = by["trafilatura"], by["warta"]
        echo(f"{set_:15} {layout:26} {w['pages']:5d}  {t['kept']:5d}/{t['with']:<5d} {w['kept']:6d}/{w['with']:<5d}"
             f"  {t['leaked']:6d}/{t['without']:<6d} {w['leaked']:7d}/{w['without']:<6d}")
        for name in ("trafilatura", "warta"):
            for k in ("with", "kept", "without", "leaked"):
                totals[(set_, name)][k] += by[name][k]
    for (set_, name), t in sorted(totals.items()):
        echo(f"{set_:15} {name:26} article kept {t['kept']}/{t['with']} ({t['kept'] / max(t['with'], 1):.1%}), "
             f"boilerplate leaked {t['leaked']}/{t['without']} ({t['leaked'] / max(t['without'], 1):.1%})")
    return {f"{s}|{l}": {n: {k: v for k, v in r.items()} for n, r in by.items()} for (s, l), by in rows.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", type=Path, help="write the figures (with every leaked segment) to this file")
    ap.add_argument("--leaks", action="store_true", help="list Warta's leaked and lost segments")
    a = ap.parse_args(argv)
    logging.disable(logging.WARNING)
    warnings.filterwarnings("ignore")
    cases = corpus_cases() + fixture_cases()
    result = score(cases)
    if a.leaks:
        for key, by in result.items():
            for case, seg in by["warta"]["leaks"]:
                print(f"leaked  {case}: {seg}")
    if a.json:
        a.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
