"""Warta's spaCy pipeline for Indonesian (`id`): tokenizer, sentences, and four fact components.

Interface between the components (each one reads what the earlier ones wrote):

| component          | writes                                                                      |
|--------------------|-----------------------------------------------------------------------------|
| `senter` (rules)   | sentence boundaries                                                         |
| `warta_regions`    | `doc.spans["regions"]`: label_ "kabupaten"/"kota", kb_id_ the region code;  |
|                    | `doc.spans["provinces"]`: label_ "provinsi", kb_id_ the province code;      |
|                    | on those spans `span._.cue` (cue words before the name: "pemkab",           |
|                    | "wali kota", "ombudsman ri perwakilan"; "list", "dateline" or None) and     |
|                    | `span._.gov` (True: a government/office form such as Pemkab, Bupati X,      |
|                    | Gubernur X); `doc._.province_context`: province codes the article is about, |
|                    | most mentioned first (see pipeline/nlp/regions.py)                          |
| `warta_officials`  | `doc._.officials`: list[pipeline.models.Official]                           |
| `warta_compliance` | `doc._.compliance`: list[pipeline.models.ComplianceResult]                  |
| `warta_mpp`        | `doc._.mpp`: list[pipeline.models.MppFact]                                  |

`doc._.published` (a datetime or None) is set before the components run: the article's publication
date, for relative years ("tahun ini") and to reject dates in the future.

Build the pipeline once per process (`get_nlp()`): spaCy's `id` tokenizer takes ~4 s to build.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

for _attr in ("officials", "compliance", "mpp"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)

COMPONENTS = ("warta_regions", "warta_officials", "warta_compliance", "warta_mpp")


def build_nlp() -> Language:
    # importing the modules registers the component factories
    from pipeline.nlp import compliance, mpp, officials, regions  # noqa: F401

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline."""
    return build_nlp()
