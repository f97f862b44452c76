"""Region and province mentions (first version: official names after an explicit prefix)."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.gazetteer import get_gazetteer


@Language.factory("warta_regions")
def make_region_tagger(nlp: Language, name: str):
    return RegionTagger(nlp)


class RegionTagger:
    def __init__(self, nlp: Language):
        gaz = get_gazetteer()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for code, r in gaz.regions.items():
            prefixes = ["kabupaten", "kab.", "pemkab", "bupati"] if r.kind == "kabupaten" else ["kota", "pemkot", "wali kota", "walikota"]
            self.matcher.add(f"R{code}", [nlp.make_doc(f"{p} {r.name}") for p in prefixes])
        for code, p in gaz.provinces.items():
            self.matcher.add(f"P{code}", [nlp.make_doc(p.name), nlp.make_doc(f"provinsi {p.name}")])

    def __call__(self, doc: Doc) -> Doc:
        regions, provinces = [], []
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            if key.startswith("R"):
                code = key[1:]
                kind = get_gazetteer().regions[code].kind
                regions.append(Span(doc, start + 1, end, label=kind, kb_id=code))
            else:
                provinces.append(Span(doc, start, end, label="provinsi", kb_id=key[1:]))
        doc.spans["regions"] = regions
        doc.spans["provinces"] = provinces
        return doc
