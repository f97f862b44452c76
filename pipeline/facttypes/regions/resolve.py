"""Step 3 of the regions component (component.py's module doc): the place of a mention the gazetteer leaves
with several, or of a risky bare name, from what the article itself establishes (its explicit places, its
provinces, its dateline) and from the words around the name."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from pipeline.facttypes.regions.lexicon import CONTEXT_BEFORE
from pipeline.facttypes.regions.mentions import KAB, KOTA, PROV, Mention


def address_part(doc: Doc, m: Mention) -> bool:
    """Whether an explicit mention closes an address: its cue follows a comma after a capitalised
    word ("SMK Negeri Bawen, Kabupaten Semarang", "Desa Sukamaju, Kabupaten Bogor")."""
    first = m.start - len((m.cue or "").split())
    return first >= 2 and doc[first - 1].text == "," and doc[first - 2].text[:1].isupper()


def resolve(doc: Doc, m: Mention, established: dict[str, int], context: set[str], before: list[Mention],
            kind_of: Callable[[str], str], governed: frozenset[str] = frozenset()) -> str | None:
    """The place of a mention left with several (component.py's module doc, step 3), or None. `before`: the
    mentions before it; `kind_of`: the kind (KAB, KOTA, PROV) of a place's code. `governed`: the places the
    article names explicitly other than in an address ("Bupati Serang", "Pemkab Serang", "Dinas
    Kesehatan Kabupaten Serang"): a dateline naming one of a pair is that one; a pair member named
    only in an address ("SMK Bawen, Kabupaten Semarang" in a story of the provincial government
    datelined "Semarang (ANTARA) –") leaves the dateline the kota (final8; the other pairs datelined
    over the five sets — final4, final5, final6, final7 — are unchanged)."""
    opts = m.options
    if m.in_parens and any("." not in c for c in opts):
        return next(c for c in opts if "." not in c)  # "Pahuwato (Gorontalo)": the province
    est = [c for c in opts if c in established]
    in_ctx = [c for c in opts if c.split(".")[0] in context]
    if m.risky and not (m.explicit or m.dateline):
        if not est and not risky_ok(doc, m, in_ctx, context):
            return None
    if m.dateline:
        named = [c for c in est if "." in c and c in governed]
        if len(named) == 1:
            return named[0]  # "SERANG –" over a story of Pemkab Serang: the one the article names (final7)
        pool = in_ctx or list(opts)
        for kind in (KOTA, KAB, PROV):
            hit = [c for c in pool if kind_of(c) == kind]
            if hit:
                return hit[0]
    if est:
        if len(est) == 1:
            return est[0]
        provs = [c for c in est if "." not in c]
        if provs:  # a bare "Bengkulu" beside "Provinsi Bengkulu" and "Kota Bengkulu"
            return provs[0]
        for p in reversed(before):
            if p.code in est:
                return p.code
        return min(est, key=established.__getitem__)
    if len(opts) > 1 and context and not in_ctx and not m.explicit:
        return None  # "di Kediri" in an article about Bali: a namesake, not one of the two Kediri
    pool = in_ctx or list(opts)
    if len(pool) == 1:
        return pool[0]
    for kind in (PROV, KOTA, KAB):
        hit = [c for c in pool if kind_of(c) == kind]
        if hit:
            return hit[0]
    return None


def risky_ok(doc: Doc, m: Mention, in_ctx: list[str], context: set[str]) -> bool:
    """Whether a risky bare name with no place the article established counts (see the module doc): not
    next to another capitalised word (part of a longer name); then one in the article's provinces, or,
    in an article with no province of its own, one after a context word."""
    prev = doc[m.start - 1] if m.start > 0 else None
    nxt = doc[m.end] if m.end < len(doc) else None
    if nxt is not None and nxt.is_alpha and nxt.text[0].isupper() and not nxt.is_sent_start:
        return False  # "Bima Arya", "Batu Hitam": part of a longer name
    if prev is not None and prev.is_alpha and prev.text[0].isupper() \
            and prev.lower_ not in CONTEXT_BEFORE and not doc[m.start].is_sent_start:
        return False  # "Kuala Kapuas", "Andi Sinjai"
    if in_ctx:
        return True
    return prev is not None and prev.lower_ in CONTEXT_BEFORE and not context
