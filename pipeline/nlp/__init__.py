"""Warta's spaCy pipeline for Indonesian (`id`): tokenizer, sentences, the discourse layer and one
component per fact-type folder (pipeline/facttypes: the table `FACT_TYPES` decides which, in order).

Interface between the components (each declares `requires` and `assigns`; `nlp.analyze_pipes()`
checks them):

| component          | assigns                                                                   |
|--------------------|---------------------------------------------------------------------------|
| `warta_sentencizer`| sentence boundaries (spaCy's Sentencizer rule, pipeline/nlp/sentences.py)  |
| `warta_regions`    | `doc.spans["regions"]` (label_ kabupaten/kota, kb_id_ the code),          |
|                    | `doc.spans["provinces"]`, `span._.cue`, `span._.gov`,                     |
|                    | `doc._.province_context` (see pipeline/facttypes/regions/component.py)    |
| `warta_discourse`  | `doc._.discourse`: units, government mentions (pipeline/nlp/discourse)    |
| `warta_officials`  | `doc._.officials`: list of Official                                      |
| `warta_compliance` | `doc._.compliance`: list of ComplianceResult                              |
| `warta_mpp`        | `doc._.mpp`: list of MppFact                                              |
| …                  | `doc._.<name>` for every further fact type of the table                   |

`doc._.published` (a datetime or None) is set before the components run: the article's publication
date, for relative years ("tahun ini") and to reject dates in the future.

Start-up: spaCy's own `id` language builds ~16,000 tokenizer exceptions (1.5 s); Warta's tokenizer
keeps only the abbreviation exceptions (`WartaIndonesian`), so building the pipeline takes ~0.4 s, and
`get_nlp()` loads a built one from the cache (pipeline/nlp/cache.py) in ~0.05 s. Build or load it once
per process (`get_nlp()`).

A long-lived tagger (a Dask worker, a serial reprocess) renews it now and then: spaCy keeps every
token string it has met for the life of the pipeline (its StringStore, lexemes and tokenizer cache:
~380-540 bytes per new string, BENCHMARKS.md), and real news never stops bringing new ones (names,
numbers, misspellings). `renew_if_grown()`, called between shards, drops the pipeline once its
vocabulary holds more than `pipeline.config.tagger_max_strings()` strings beyond those it was built
with (`WARTA_TAGGER_STRINGS`, default 200,000: some 100 MB), and the next `get_nlp()` loads it afresh
from the cache (~0.05 s). Facts do not depend on what the vocabulary holds, so a renewed pipeline
tags exactly as the old one did.
"""
from __future__ import annotations

import gc
import importlib
from functools import lru_cache

from pipeline.nlp import lazy_spacy_cli

lazy_spacy_cli.defer()  # before spaCy's first import: its command line loads only when used

from spacy.lang.id import Indonesian, IndonesianDefaults  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.symbols import ORTH  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

lazy_spacy_cli.attach()

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)

#: Set by the caller before the components run (pipeline.facts.tag_text), not by a component.
CALLER_SETS = ("doc._.published", "doc._.province_prior")

#: Characters that mark a tokenizer exception as an emoticon or a symbol, not an abbreviation.
_SYMBOLS = set(":;()<>=^_*/|")


def lean_exceptions(rules: dict) -> dict:
    """spaCy's Indonesian tokenizer exceptions without the ~16,000 hyphenated words ("masing-masing")
    and emoticons: only abbreviations ("H.", "Kab.", "dll.") stay. spaCy must match every exception
    after splitting a word, so the full set costs a third of the tagger's time and 1.5 s to build;
    without them such words are split at the hyphen, which no fact depends on."""
    return {text: tokens for text, tokens in rules.items()
            if "-" not in text and ("." in text or "'" in text) and not _SYMBOLS & set(text)}


def acting_prefix_exceptions() -> dict:
    """The acting-office prefixes written with a full stop ("Pj.", "Plh.", "Pjs.", pipeline/lang
    offices.toml) as one token each, in lower case, capitalised and in capitals: split off, their
    full stop ended the sentence before the title ("Pj." | "Bupati Tanggamus …")."""
    from pipeline.lang import ACTING_PREFIXES

    forms = {v for p in ACTING_PREFIXES if p.endswith(".") for v in (p, p.capitalize(), p.upper())}
    return {text: [{ORTH: text}] for text in sorted(forms)}


def government_abbreviation_exceptions() -> dict:
    """The kinds of government written short with a full stop ("Kab.", "Kec.", "Prov.", pipeline/lang
    offices.toml) as one token each, in lower case, capitalised and in capitals: split off, their full stop
    ended the sentence in the middle of a list ("… yakni Kab." | "Ciamis, Kota Sukabumi …")."""
    from pipeline.lang import GOVERNMENT_ABBREVIATIONS

    forms = {v for p in GOVERNMENT_ABBREVIATIONS for v in (p, p.capitalize(), p.upper())}
    return {text: [{ORTH: text}] for text in sorted(forms)}


#: A number glued to the next word by a full stop or comma ("1.Kabupaten Solok", "Donggala 591,Sigi 3"):
#: split there, so the word after it is read as the word it is (a cue, a name).
NUMBER_GLUED_INFIX = r"(?<=[0-9])[.,](?=[A-Z])"


class WartaIndonesianDefaults(IndonesianDefaults):
    tokenizer_exceptions = {**lean_exceptions(IndonesianDefaults.tokenizer_exceptions), **acting_prefix_exceptions(),
                            **government_abbreviation_exceptions()}
    infixes = (*IndonesianDefaults.infixes, NUMBER_GLUED_INFIX)


class WartaIndonesian(Indonesian):
    """spaCy's `id` language with the lean tokenizer exceptions (`lean_exceptions`), the acting-office
    prefixes as abbreviations (`acting_prefix_exceptions`) and numbers split from a glued word
    (`NUMBER_GLUED_INFIX`)."""

    Defaults = WartaIndonesianDefaults


def build_nlp() -> Language:
    """A new pipeline: the sentencizer, then each fact-type folder's component in table order, with the
    discourse layer before the first component that requires it."""
    from pipeline.facttypes import components

    import pipeline.nlp.discourse  # noqa: F401 - registers warta_discourse
    import pipeline.nlp.sentences  # noqa: F401 - registers warta_sentencizer

    nlp = WartaIndonesian()
    nlp.add_pipe("warta_sentencizer")
    for factory, module in components():
        importlib.import_module(module)  # registers the factory
        if "doc._.discourse" in nlp.get_factory_meta(factory).requires and "warta_discourse" not in nlp.pipe_names:
            nlp.add_pipe("warta_discourse")
        nlp.add_pipe(factory)
    return nlp


#: Strings in the vocabulary of the process's pipeline when it was built or loaded (see renew_if_grown).
_built_strings = 0
#: How many times this process renewed its pipeline (renew_if_grown).
renewals = 0


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline: from the cache of built pipelines (pipeline/nlp/cache.py) when it
    holds this version, else built (and cached)."""
    from pipeline.nlp import cache

    nlp = cache.load()
    if nlp is None:
        nlp = build_nlp()
        cache.store(nlp)
    # the pipeline lives as long as the process: moving it (and what is loaded with it) out of the
    # collector's view spares every later full collection ~90,000 objects (3 % of tagging time);
    # garbage already waiting is collected first, so nothing is kept that would have been freed
    gc.collect()
    gc.freeze()
    global _built_strings
    _built_strings = len(nlp.vocab.strings)
    return nlp


def new_strings() -> int:
    """Strings the process's pipeline has added to its vocabulary since it was built (0: none built)."""
    if not get_nlp.cache_info().currsize:
        return 0
    return len(get_nlp().vocab.strings) - _built_strings


def renew_if_grown(max_strings: int | None = None) -> bool:
    """Drop the process's pipeline when its vocabulary has grown by more than `max_strings` strings
    (default `pipeline.config.tagger_max_strings()`; 0: never), so that the next `get_nlp()` loads a
    fresh one and what the old one held is freed. Call it between documents, never while one is being
    tagged. Returns whether it renewed."""
    global renewals
    if max_strings is None:
        from pipeline.config import tagger_max_strings

        max_strings = tagger_max_strings()
    if not max_strings or new_strings() <= max_strings:
        return False
    get_nlp.cache_clear()
    gc.unfreeze()  # the old pipeline was frozen with the rest (get_nlp): its cycles must be collectable
    gc.collect()
    renewals += 1
    return True
