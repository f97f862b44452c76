"""Article → facts: the extractor's library API (what `warta extract` and the flows call).

`tag_text` is pure: text in, `Facts` out. `extract_record` implements the fact contract for one
input record (`{"id", "text"}` or `{"id", "html", "url"}`), and never raises on bad input.
"""
from __future__ import annotations

import logging
from bisect import bisect_right
from datetime import datetime

from pipeline.clean import fold_quotes
from pipeline.gazetteer import get_gazetteer
from pipeline.models import Facts
from pipeline.nlp import get_nlp
from pipeline.nlp.text import doc_text, remember_text

log = logging.getLogger(__name__)

#: Longest text the tagger reads; a longer one (no news article is) is cut at a line break, logged.
MAX_TAG_CHARS = 300_000

#: Bump when extraction or tagging changes what it produces; stored with every fact row.
EXTRACTOR_VERSION = "0.3.0"


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
    gaz = get_gazetteer()
    facts = Facts()
    seen_r: dict[str, None] = {}
    text = doc_text(doc)
    sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else []
    starts = [a for a, _ in sentences]
    for span in doc.spans.get("regions", []):
        code = span.kb_id_
        seen_r.setdefault(code)
        k = bisect_right(starts, span.start_char) - 1
        a, b = sentences[k] if k >= 0 else (span.start_char, span.end_char)
        a = max(a, text.rfind("\n", a, span.start_char) + 1)  # a sentence ends at a line break too
        nl = text.find("\n", span.end_char, b)
        b = nl if nl >= 0 else b
        facts.region_mentions.append((code, text[span.start_char:span.end_char], text[a:b].strip()))
    facts.regions = [gaz.regions[c] for c in seen_r if c in gaz.regions]
    seen_p: dict[str, None] = {}
    for span in doc.spans.get("provinces", []):
        seen_p.setdefault(span.kb_id_)
    facts.provinces = [gaz.provinces[c] for c in seen_p if c in gaz.provinces]
    facts.officials = list(doc._.officials or [])
    facts.compliance = list(doc._.compliance or [])
    facts.mpp = list(doc._.mpp or [])
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
