"""Article → facts: the extractor's library API (what `warta extract` and the flows call).

`tag_text` is pure: text in, `Facts` out. `extract_record` implements the fact contract for one
input record (`{"id", "text"}` or `{"id", "html", "url"}`), and never raises on bad input.
"""
from __future__ import annotations

from datetime import datetime

from pipeline.gazetteer import get_gazetteer
from pipeline.models import Facts
from pipeline.nlp import get_nlp

#: Bump when extraction or tagging changes what it produces; stored with every fact row.
EXTRACTOR_VERSION = "0.1.0"


def compose(title: str | None, text: str) -> str:
    """The text the tagger reads: the headline counts, as its own first line."""
    title = (title or "").strip()
    if title and not text.lstrip().startswith(title):
        return f"{title}\n{text}"
    return text


def tag_text(text: str, published: datetime | None = None) -> Facts:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return facts_from_doc(doc)


def facts_from_doc(doc) -> Facts:
    gaz = get_gazetteer()
    facts = Facts()
    seen_r: dict[str, None] = {}
    for span in doc.spans.get("regions", []):
        code = span.kb_id_
        seen_r.setdefault(code)
        facts.region_mentions.append((code, span.text, span.sent.text.strip()))
    facts.regions = [gaz.regions[c] for c in seen_r if c in gaz.regions]
    seen_p: dict[str, None] = {}
    for span in doc.spans.get("provinces", []):
        seen_p.setdefault(span.kb_id_)
    facts.provinces = [gaz.provinces[c] for c in seen_p if c in gaz.provinces]
    facts.officials = list(doc._.officials or [])
    facts.compliance = list(doc._.compliance or [])
    facts.mpp = list(doc._.mpp or [])
    return facts
