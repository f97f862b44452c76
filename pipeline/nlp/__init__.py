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
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

for _attr in ("officials", "compliance", "mpp"):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)

COMPONENTS = ("warta_regions", "warta_officials", "warta_compliance", "warta_mpp")


#: Characters that mark a tokenizer exception as an emoticon or a symbol, not an abbreviation.
_SYMBOLS = set(":;()<>=^_*/|")


def lean_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's Indonesian tokenizer rules with only the abbreviation exceptions ("H.", "Kab.", "dll.").

    The `id` defaults carry ~16,000 exceptions, nearly all hyphenated words ("masing-masing") that
    spaCy must match after splitting: a third of the whole tagger's time. Without them such words are
    split at the hyphen, which no fact depends on; on the labelled sets the facts are identical.
    """
    t = nlp.tokenizer
    rules = {text: tokens for text, tokens in t.rules.items()
             if "-" not in text and ("." in text or "'" in text) and not _SYMBOLS & set(text)}
    return Tokenizer(nlp.vocab, rules=rules, prefix_search=t.prefix_search, suffix_search=t.suffix_search,
                     infix_finditer=t.infix_finditer, token_match=t.token_match, url_match=t.url_match)


def build_nlp() -> Language:
    # importing the modules registers the component factories
    from pipeline.nlp import compliance, mpp, officials, regions  # noqa: F401

    nlp = spacy.blank("id")
    nlp.tokenizer = lean_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline."""
    return build_nlp()
