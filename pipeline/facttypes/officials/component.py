"""Officials: named holders of public office (`doc._.officials`, a list of `Official`).

Rules on titles and capitalised name tokens:

1. a PhraseMatcher finds title heads from the titles of pipeline/lang/offices.toml ("Bupati",
   "Wakil Gubernur", "Kepala", "Sekda", "Ketua Komisi", "Menteri", …), longest match first;
2. the role runs on over the organisation after the head: region and province spans from
   `warta_regions`, organisation words (lexicon.toml, acronyms, and affixed Indonesian words found by
   the Sastrawi stemmer such as "Pelayanan", "Kesehatan"), parentheses, roman numerals
   ("Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kabupaten Paser");
3. the name is the run of capitalised tokens after the role (honorifics skipped, degrees dropped,
   initials kept) or, when none follows, before it ("Andi Harun, Wali Kota Samarinda",
   "X selaku Kepala …", "X dari pimpinan Ombudsman RI");
4. the category comes from the head, overridden by the organisation ("Kepala … Ombudsman" is
   ombudsman, "Ketua Komisi B DPRD" legislatif); the place from the spans inside the role, else
   from the article's main regional government (sekda, kabag, dinas heads without a place) or its
   main province (gubernur, Ombudsman perwakilan), national offices none;
5. the same person met twice is one official, under the fuller name.

Bylines, credits and "BACA JUGA" lines are skipped; headline lines (Title Case) give no names.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.facttypes.officials import Official
from pipeline.facttypes.officials.reader import Found, Reader
from pipeline.facttypes.officials.words import TITLES
from pipeline.gazetteer import get_gazetteer

if not Doc.has_extension("officials"):
    Doc.set_extension("officials", default=None)


@Language.factory("warta_officials", requires=["doc.spans", "doc.sents"], assigns=["doc._.officials"],
                  default_config={})
def make_official_tagger(nlp: Language, name: str):
    return OfficialTagger(nlp)


class OfficialTagger:
    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for head in TITLES:
            self.matcher.add(head, [nlp.make_doc(head)])

    # --- document level -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        gaz = get_gazetteer()
        region_at = {}
        for span in doc.spans.get("regions", []):
            for i in range(span.start, span.end):
                region_at[i] = span
        province_at = {}
        for span in doc.spans.get("provinces", []):
            for i in range(span.start, span.end):
                province_at[i] = span
        ctx = Reader(doc, region_at, province_at, gaz)

        heads = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)])
        found: list[Found] = []
        used_until = 0
        for head in heads:
            if head.start < used_until or ctx.skip_line(head.start):
                continue
            hit = ctx.read(head)
            if hit is None:
                continue
            off, used_until = hit
            found.append(off)
        doc._.officials = _merge(found)
        return doc



_NOT_NAME_CHARS = re.compile(r"[^a-z0-9' ]+")


def _norm(name: str) -> list[str]:
    return _NOT_NAME_CHARS.sub(" ", name.lower()).split()


def _merge(found: list[Found]) -> list[Official]:
    """One official per person: names that are equal or one a prefix of the other."""
    people: list[Found] = []
    for f in found:
        words = _norm(f.name)
        for p in people:
            pw = _norm(p.name)
            short, long_ = (words, pw) if len(words) <= len(pw) else (pw, words)
            if short and long_[:len(short)] == short:
                if len(words) > len(pw):
                    p.name = f.name
                if f.explicit_place and not p.explicit_place or (
                        p.region_code is None and p.province_code is None
                        and (f.region_code or f.province_code)):
                    p.role, p.category = f.role, f.category
                    p.region_code, p.province_code = f.region_code, f.province_code
                    p.explicit_place = f.explicit_place
                    p.evidence = f.evidence
                break
        else:
            people.append(f)
    return [Official(p.name, p.role, p.category, p.region_code, p.province_code, p.evidence)
            for p in people]
