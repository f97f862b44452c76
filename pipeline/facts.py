"""Article → facts: the extractor's library API (what `warta extract` and the flows call).

`tag_text` is pure: text in, `Facts` out. `extract_record` implements the fact contract for one
input record (`{"id", "text"}` or `{"id", "html", "url"}`), and never raises on bad input.
"""
from __future__ import annotations

import logging
from datetime import datetime

from pipeline.clean import fold_quotes
from pipeline.models import Facts
from pipeline.nlp import get_nlp
from pipeline.nlp.text import doc_text, remember_text

log = logging.getLogger(__name__)

#: Longest text the tagger reads; a longer one (no news article is) is cut at a line break, logged.
MAX_TAG_CHARS = 300_000

#: Bump when extraction or tagging changes what it produces; stored with every fact row.
EXTRACTOR_VERSION = "0.15.0"


def compose(title: str | None, text: str) -> str:
    """The text the tagger reads: the headline counts, as its own first line."""
    title = (title or "").strip()
    if title and not text.lstrip().startswith(title):
        return f"{title}\n{text}"
    return text


def tag_text(text: str, published: datetime | None = None, province_prior: str | None = None) -> Facts:
    """Tag one article's text. `province_prior`: the home province (Kemendagri code) of the portal it
    came from, used only when the article itself names no province."""
    if len(text) > MAX_TAG_CHARS:
        cut = text.rfind("\n", 0, MAX_TAG_CHARS)
        log.warning("text of %d chars: tagging the first %d", len(text), cut if cut > 0 else MAX_TAG_CHARS)
        text = text[: cut if cut > 0 else MAX_TAG_CHARS]
    text = fold_quotes(text)  # the rules are written against ASCII quotes; the article keeps its own
    nlp = get_nlp()
    doc = remember_text(nlp.make_doc(text), text)
    doc._.published = published
    doc._.province_prior = [province_prior] if province_prior else None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return facts_from_doc(doc)


def facts_from_doc(doc) -> Facts:
    """The facts of a tagged doc: each fact type of the registry collects its own, and the regions'
    mentions their evidence sentences."""
    from pipeline.facttypes import FACT_TYPES
    from pipeline.facttypes.regions import region_mentions

    facts = Facts(**{spec.name: spec.facts_of(doc) for spec in FACT_TYPES})
    facts.region_mentions = region_mentions(doc, doc_text(doc))
    return facts


def _published(value) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def article_from_record(record: dict):
    """The contract's input record → Article (HTML is extracted, text is cleaned)."""
    from pipeline.extract import extract_article, extract_text_record

    if record.get("html") is not None:
        art = extract_article(record["html"], record.get("url"))
    else:
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError("record has neither a 'text' string nor an 'html' field")
        art = extract_text_record(text)
    if art.published is None:
        art.published = _published(record.get("published") or record.get("source_date"))
    return art


def extract_record(record: dict) -> dict:
    """One contract input record → one contract output object. Never raises on bad input:
    a record that cannot be processed gives `{"id", "error"}` plus empty fact lists."""
    rid = record.get("id") if isinstance(record, dict) else None
    try:
        if not isinstance(record, dict):
            raise ValueError("record is not a JSON object")
        art = article_from_record(record)
        facts = tag_text(compose(art.title, art.text), published=art.published)
        return facts.to_contract(rid)
    except Exception as exc:  # noqa: BLE001 - the contract promises a record per line, never a crash
        out = Facts().to_contract(rid)
        out["error"] = f"{type(exc).__name__}: {exc}"
        return out
