"""One HTML record → the article itself, as a plain JSON-ready dict (what `warta article` prints).

Input: `{"id", "url", "html"}`, the record `warta extract` takes (`html` a string, or bytes when called
from Python). Output: `{"id", "url", "title", "published", "author", "text"}` — `published` an ISO 8601
string with its UTC offset, or null — plus `"error"` when the record could not give an article (not a
JSON object, no `html` string, no article text found). Never raises.
"""
from __future__ import annotations

FIELDS = ("id", "url", "title", "published", "author", "text")


def article_record(record) -> dict:
    """Extract one record's article; a bad record gives the same keys, empty, and an `error`."""
    from pipeline.extract import extract_article

    rid = record.get("id") if isinstance(record, dict) else None
    url = record.get("url") if isinstance(record, dict) else None
    out = {"id": rid, "url": url if isinstance(url, str) else None, "title": None, "published": None,
           "author": None, "text": ""}
    if not isinstance(record, dict):
        return {**out, "error": "record is not a JSON object"}
    html = record.get("html")
    if not isinstance(html, (str, bytes)):
        return {**out, "error": "record has no 'html' string"}
    art = extract_article(html, out["url"])
    out.update(title=art.title, published=art.published.isoformat() if art.published else None,
               author=art.author, text=art.text)
    if not art.text:
        out["error"] = "no article text found in the page"
    return out
