"""Gold articles as portal HTML: each labelled text rendered in one of the bundled portal layouts,
with the layout's boilerplate (navigation, related headlines and sidebars naming other regencies,
"BACA JUGA" links, comments, footers), so `warta eval --html` measures the extractor on pages.

Layouts rotate over the gold lines; the boilerplate comes from the bundled corpus (flows/corpus.py).
"""
from __future__ import annotations

import re
from datetime import datetime, timezone

from flows import corpus as C

BASE_URL = "http://127.0.0.1:8000/"
_RENDER = {
    "warta-wp": (lambda site, a: C._wp_article(site, a, ""), C._wp_path),
    "warta-disway": (C._dw_article, C._dw_path),
    "warta-lembaga": (C._lb_article, C._lb_path),
}
_TITLE_MAX = 160


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80].strip("-") or "artikel"


def split_title(text: str) -> tuple[str, str]:
    """A gold text's first line is its headline when it looks like one (short, no final period)."""
    first, _, rest = text.strip().partition("\n")
    if first and len(first) <= _TITLE_MAX and not first.rstrip().endswith((".", ",", ":")) and rest.strip():
        return first.strip(), rest.strip()
    return "", text.strip()


def _published(value) -> datetime | None:
    if not value:
        return None
    d = datetime.fromisoformat(str(value))
    return d if d.tzinfo else d.replace(hour=9, tzinfo=timezone.utc)


def with_html(records: list[dict]) -> list[dict]:
    """Return copies of gold records with `html` and `url` fields (records that have html keep it)."""
    corpus = C.load_articles()
    out = []
    keys = list(_RENDER)
    undated = [k for k in keys if k != "warta-wp"]
    n_dated = n_undated = 0
    for rec in records:
        if rec.get("html"):
            out.append(rec)
            continue
        # WordPress URLs need a date (/YYYY/MM/DD/): undated lines use the other layouts
        if rec.get("source_date"):
            key, n_dated = keys[n_dated % len(keys)], n_dated + 1
        else:
            key, n_undated = undated[n_undated % len(undated)], n_undated + 1
        title, body = split_title(rec["text"])
        article = C.SourceArticle(id=rec["id"], portal=key, slug=slugify(f"{rec['id']} {title}"),
                                  title=title or rec["id"], published=_published(rec.get("source_date")),
                                  author="Redaksi", editor=None, text=body)
        site = C.Site(key, BASE_URL, [article] + [a for a in corpus if a.portal == key])
        render, path_of = _RENDER[key]
        out.append({**rec, "html": render(site, article), "url": site.url(path_of(article))})
    return out
