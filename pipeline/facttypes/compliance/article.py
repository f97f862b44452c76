"""What a compliance article is about as a whole: the province most of its places lie in (`article_province`),
and whether it rates national agencies' offices only (`agencies_only`)."""
from __future__ import annotations

from collections import Counter

from pipeline.facttypes.compliance import grammar as G
from pipeline.gazetteer import get_gazetteer
from pipeline.nlp.discourse import Discourse


def agencies_only(discourse: Discourse) -> bool:
    """Whether an article rates national agencies' offices only: one is named beside a zone
    ("Dua kantor pertanahan … yang sudah masuk dalam zona hijau") and no regional government is
    named in the whole story."""
    if not discourse.may_hold(G.LEX["agency"]):
        return False
    content = discourse.content
    return any(G.names_zone(u.text) and G.AGENCY.search(u.text) for u in content) \
        and not any(G.REGIONAL_GOVERNMENT.search(u.text) for u in content)


def article_province(mentions: list) -> str | None:
    """The province an article is about: the one at least half of its places lie in, else None."""
    gaz = get_gazetteer()
    codes = [m.code if m.is_province else getattr(gaz.regions.get(m.code), "province_code", None) for m in mentions]
    codes = [c for c in codes if c]
    if not codes:
        return None
    top, n = Counter(codes).most_common(1)[0]
    return top if n * 2 >= len(codes) else None
