"""Words of the officials component: its lexicon (lexicon.toml beside this module), the language
data it reads (titles, honorifics, degrees, month and day names from pipeline/lang), and the word
predicates the readers share (pure functions of one word)."""
from __future__ import annotations

import re

from pipeline.facttypes.officials import FOLDER
from pipeline.lang import (ACTING_PREFIXES, BYLINE_LABELS, DAY_NAMES, DEGREE_TAILS, DEGREES,
                           GIVEN_NAME_ABBREVIATIONS, HONORIFICS, MONTH_NAMES, TITLES, noise_line)
from pipeline.nlp.rules import read_lexicon
from pipeline.nlp.stem import stem

__all__ = ["ACTING_PREFIXES", "DEGREE_TAILS", "DEGREES", "GIVEN_NAME_ABBREVIATIONS", "HONORIFICS", "TITLES"]

_LEX = read_lexicon(FOLDER / "lexicon.toml")
CATEGORY_BY_ORG_WORD: tuple[tuple[str, str], ...] = tuple((w, c) for w, c in _LEX["category_by_org_word"])
PUBLIC_ORG_WORDS = frozenset(_LEX["public_org_words"])
ORG_WORDS = frozenset(_LEX["org_words"])
NAMED_UNIT_WORDS = frozenset(_LEX["named_unit_words"])
UNIT_BEFORE_OWN_NAME = NAMED_UNIT_WORDS | frozenset(_LEX["unit_before_own_name"])
ROLE_CONNECTORS = frozenset(_LEX["role_connectors"])
ELECTORAL_DISTRICT_WORDS = frozenset(_LEX["electoral_district_words"])
NOT_NAME_WORDS = frozenset(_LEX["not_name_words"]) | frozenset(MONTH_NAMES) | frozenset(DAY_NAMES)
#: byline labels open lines that never name an official, with or without a colon ("Reporter Andi")
_BYLINE_OPENINGS = tuple(BYLINE_LABELS)
NAME_ROLE_LINKS = frozenset(_LEX["name_role_links"])
PROVINCIAL_MARKERS = frozenset(_LEX["provincial_markers"])
NOT_PERSON_BEFORE_TITLE = frozenset(_LEX["not_person_before_title"])
PROVINCE_ABBREVIATIONS: dict[str, str] = dict(_LEX["province_abbreviations"])

MAX_NAME_TOKENS = 5
MAX_LISTED_NAME_TOKENS = 7  # a name between commas: "I Gusti Ngurah Alit Wirawan"
MAX_ROLE_TOKENS = 30
#: a sentence ending in an abbreviation's period is joined with the next up to this many tokens
MAX_WINDOW_TOKENS = 200
#: tokens inside a parenthesis that a role runs over ("(DPMPTSP)")
MAX_PARENS_TOKENS = 6
#: words of a unit's own name after a named-unit word ("RSUD Arosuka", "Camat Lembah Gumanti")
MAX_UNIT_NAME_TOKENS = 3
#: without a comma after it, a unit's own name of up to this many words is all place
UNIT_NAME_PLACE_TOKENS = 2
#: a run of up to this many capitalised words before a comma may be a place the regions tagger left
#: unmarked ("Bupati Kalbar, Agus")
UNMARKED_PLACE_TOKENS = 3
#: a name needs one word of at least this many letters that is no initial
MIN_NAME_WORD = 3
#: a Title Case line of this many words, this share of them capitalised, is a headline
HEADLINE_WORDS = (4, 30)
HEADLINE_CAPITALISED = 0.6
#: clitics and particles Sastrawi strips (-lah, -kah, -nya, …): a word reduced only by these is not
#: an affixed common word ("Fadillah", "Abdullah" are names)
_PARTICLES = ("lah", "kah", "tah", "pun", "nya", "ku", "mu")
_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi"})
_NAME_TOKEN = re.compile(r"^[A-Z][A-Za-z'’\-]*\.?$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*$")  # RSUD, DPRD, MenPAN, PANRB, DP3A
_FIRST_HEAD_WORDS = frozenset(h.split()[0] for h in TITLES)
_NATIONAL_OMBUDSMAN_HEADS = frozenset({"ketua ombudsman", "wakil ketua ombudsman",
                                       "anggota ombudsman"})
_MEMBER_HEADS = frozenset({"ketua", "wakil ketua", "anggota", "pimpinan"})


_DEGREE_PUNCT = re.compile(r"[.,\s]")


def _degree_key(text: str) -> str:
    return _DEGREE_PUNCT.sub("", text).lower()


def _is_abbreviation(text: str) -> bool:
    low = text.lower()
    return low in HONORIFICS or low in DEGREES or bool(_INITIAL.match(text)) or low in ("sp", "m", "s") \
        or low in GIVEN_NAME_ABBREVIATIONS


def _is_agency_noun(text: str) -> bool:
    """A pe-/ke-…-an noun of an agency's name ("Pelayanan", "Kesehatan", "Kependudukan")."""
    low = text.lower()
    return low.startswith(("pe", "ke")) and low.endswith("an") and _is_common_word(low)


def _is_common_word(text: str) -> bool:
    """An affixed form of an Indonesian root ("Pelayanan" -> "layan", "Resmikan" -> "resmi")."""
    low = text.lower()
    if not low.isalpha() or len(low) < 5:
        return False
    root = stem(low)
    if len(root) > len(low) - 2:
        return False
    return not (low.startswith(root) and low[len(root):] in _PARTICLES)




def skipped_line(line: str) -> bool:
    """A line that never names an official: portal noise (pipeline/lang/noise.toml) other than a
    photo caption (which may name officials), bylines."""
    return noise_line(line, captions=False) or line.lower().startswith(_BYLINE_OPENINGS)


_PLACE_WORDS: dict[int, frozenset] = {}


def _place_words(gaz) -> frozenset:
    """Lower-case single words of region and province names ("tarakan", "kapuas")."""
    key = id(gaz)
    if key not in _PLACE_WORDS:
        names = [r.name for r in gaz.regions.values()] + [p.name for p in gaz.provinces.values()]
        _PLACE_WORDS[key] = frozenset(w.lower() for n in names for w in n.split())
    return _PLACE_WORDS[key]


def _category(category: str, head_key: str, role_words: set) -> str:
    if category in ("pusat", "lainnya"):
        return category
    for word, cat in CATEGORY_BY_ORG_WORD:
        if word in role_words:
            if cat == "camat_desa" and category in ("kepala_daerah", "wakil_kepala_daerah", "sekda"):
                continue
            return cat
    return category


def _clean_name(tokens) -> str:
    words = [t.text for t in tokens]
    while words and words[0].lower().rstrip(".") in HONORIFICS and len(words) > 1:
        words.pop(0)
    return " ".join(words).replace(" . ", ". ").strip(" ,")  # "Muh . Idris" -> "Muh. Idris"
