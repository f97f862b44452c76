"""Words of the officials component: its lexicon (lexicon.toml beside this module), the language
data it reads (titles, honorifics, degrees, month and day names from pipeline/lang), and the word
predicates the readers share (pure functions of one word)."""
from __future__ import annotations

import re

from pipeline.facttypes.officials import FOLDER
from pipeline.lang import (ACTING_VARIANTS, ACTING_PREFIXES as _LANG_ACTING_PREFIXES, BYLINE_LABELS, DAY_NAMES, DEGREE_TAILS, DEGREES,
                           GIVEN_NAME_ABBREVIATIONS, HONORIFIC_INITIALS, HONORIFICS, MONTH_NAMES, noise_line)
from pipeline.lang import ENUMERATION_OPENERS, LIST_OPENERS
from pipeline.lang import TITLES as _LANG_TITLES
from pipeline.nlp.rules import read_lexicon
from pipeline.nlp.stem import stem

__all__ = ["ACTING_PREFIXES", "ACTING_SECOND_WORDS", "DEGREE_TAILS", "DEGREES", "GIVEN_NAME_ABBREVIATIONS", "HONORIFICS", "MONTH_NAMES",
           "TITLES"]

_LEX = read_lexicon(FOLDER / "lexicon.toml")
#: acting prefixes (pipeline/lang) and the second words of two-word ones ("Penjabat Sementara")
ACTING_SECOND_WORDS: dict[str, frozenset] = {k: frozenset(v) for k, v in _LEX["acting_second_words"].items()}
ACTING_PREFIXES = _LANG_ACTING_PREFIXES | ACTING_VARIANTS | frozenset(ACTING_SECOND_WORDS)
#: Title heads (pipeline/lang offices.toml) and the heads glued from "Ka" and an agency's acronym
#: ("kadisdukcapil", "kabappeda"), as (category, needs).
TITLES: dict[str, tuple[str, str]] = {**{"ka" + a: ("perangkat_daerah", "") for a in _LEX["glued_head_agencies"]},
                                      **{k: tuple(v) for k, v in _LEX["extra_titles"].items()},
                                      **_LANG_TITLES}
_AGENCY_GLUE = "(?:{})(?:{})+".format("|".join(_LEX["agency_acronym_openers"]), "|".join(
    sorted(_LEX["agency_acronym_parts"], key=len, reverse=True)))
#: an agency's acronym glued from its fields ("dinsosnakertrans"), and a head's title glued to one
#: ("kadisporabudpar"; lexicon `agency_acronym_parts`)
AGENCY_ACRONYM = re.compile(f"^{_AGENCY_GLUE}$")
GLUED_AGENCY_HEAD = re.compile(f"^ka{_AGENCY_GLUE}$")
#: the title key a glued agency head is read under (a head of a regional agency)
GLUED_AGENCY_HEAD_KEY = "kadis"


def is_agency_acronym(low: str) -> bool:
    """A lower-case word that is an agency's glued acronym or a head's title glued to one."""
    return bool(AGENCY_ACRONYM.match(low) or GLUED_AGENCY_HEAD.match(low))


CATEGORY_BY_ORG_WORD: tuple[tuple[str, str], ...] = tuple((w, c) for w, c in _LEX["category_by_org_word"])
PUBLIC_ORG_WORDS = frozenset(_LEX["public_org_words"])
ORG_WORDS = frozenset(_LEX["org_words"])
NAMED_UNIT_WORDS = frozenset(_LEX["named_unit_words"])
#: two words that name a unit by its town, as a named-unit word does ("Pengadilan Negeri")
NAMED_UNIT_PAIRS = frozenset(tuple(p.split()) for p in _LEX["named_unit_pairs"])
UNIT_BEFORE_OWN_NAME = NAMED_UNIT_WORDS | frozenset(_LEX["unit_before_own_name"])
ROLE_CONNECTORS = frozenset(_LEX["role_connectors"])
ELECTORAL_DISTRICT_WORDS = frozenset(_LEX["electoral_district_words"])
NOT_NAME_WORDS = frozenset(_LEX["not_name_words"]) | frozenset(MONTH_NAMES) | frozenset(DAY_NAMES)
#: …nor the one-word openers of a list ("Disusul Amran …", "Yakni Budi …": written capitalised mid-sentence)
NOT_NAME_WORDS |= frozenset(w for w in (*LIST_OPENERS, *ENUMERATION_OPENERS) if " " not in w and "-" not in w)
#: byline labels open lines that never name an official, with or without a colon ("Reporter Andi")
_BYLINE_OPENINGS = tuple(BYLINE_LABELS)
NAME_ROLE_LINKS = frozenset(_LEX["name_role_links"])
DESCRIPTIVE_LINKS = frozenset(_LEX["descriptive_links"])
PROVINCIAL_MARKERS = frozenset(_LEX["provincial_markers"])
NOT_PERSON_BEFORE_TITLE = frozenset(_LEX["not_person_before_title"])
PROVINCE_ABBREVIATIONS: dict[str, str] = dict(_LEX["province_abbreviations"])
FIXED_CATEGORY_HEADS = frozenset(_LEX["fixed_category_heads"])
OMBUDSMAN_UNIT_PAIRS: tuple[frozenset, ...] = tuple(frozenset(p) for p in _LEX["ombudsman_unit_pairs"])
APPOINTMENT_LINKS = frozenset(_LEX["appointment_links"])
APPOINTMENT_FILLERS = frozenset(_LEX["appointment_fillers"])
AGENT_MARKERS = frozenset(_LEX["agent_markers"])
NAME_OPENERS = frozenset(_LEX["name_openers"])
ROLE_QUALIFIERS = frozenset(_LEX["role_qualifiers"])
TERM_OPENERS = frozenset(_LEX["term_openers"])
ORDINAL_PREFIXES = frozenset(_LEX["ordinal_prefixes"])
VENUE_PREPOSITIONS = frozenset(_LEX["venue_prepositions"])
ROLE_GLUE = frozenset(_LEX["role_glue"])
PAIR_SEPARATORS = frozenset(_LEX["pair_separators"])
DEPUTY_WORDS = frozenset(_LEX["deputy_words"])
DEPUTY_JOINS = frozenset(_LEX["deputy_joins"])
ITEM_PLACE_WORDS = frozenset(_LEX["item_place_words"])
FILLED_BY_VERBS = frozenset(_LEX["filled_by_verbs"])
FILLED_BY_TIME_WORDS = frozenset(_LEX["filled_by_time_words"])
FILLED_BY_FORMER_WORDS = frozenset(_LEX["filled_by_former_words"])
FILLED_BY_CLAUSE_ENDS = frozenset(_LEX["filled_by_clause_ends"])
GOVERNMENT_CUES = frozenset(_LEX["government_cues"])
SUBJECT_APPOINTMENT_VERBS = frozenset(_LEX["subject_appointment_verbs"])
INSTALLING_VERBS = frozenset(_LEX["installing_verbs"])
PREDECESSOR_MARKERS = frozenset(_LEX["predecessor_markers"])
DEPUTY_ANAPHORS = frozenset(_LEX["deputy_anaphors"])
DEPUTY_ANAPHOR_JOINS = frozenset(_LEX["deputy_anaphor_joins"])
ASSISTANT_HEADS = frozenset(_LEX["assistant_heads"])
ORG_WORDS_OF_GOVERNMENT = frozenset(_LEX["org_words_of_government"])
PLACE_KIND_WORDS = frozenset(_LEX["place_kind_words"])
OMBUDSMAN_WORDS = frozenset(_LEX["ombudsman_words"])
OLD_ROLE_MARKERS = frozenset(_LEX["old_role_markers"])
OLD_ROLE_GLUE = frozenset(_LEX["old_role_glue"])
POST_LABEL_HEADS = frozenset(_LEX["post_label_heads"])
NEW_POST_LABELS = frozenset(_LEX["new_post_labels"])
OLD_ROLE_VERBS = frozenset(_LEX["old_role_verbs"])
FORMER_FILLERS = frozenset(_LEX["former_fillers"])
FORMER_PREFIXES = frozenset(_LEX["former_prefixes"])
ITEM_PLACE_CUES = frozenset(_LEX["item_place_cues"])
PAIR_LIST_FRAMES = frozenset(_LEX["pair_list_frames"])
PLACE_ITEM_LINKS = frozenset(_LEX["place_item_links"])
PLACE_LIST_HEADS = frozenset(_LEX["place_list_heads"])
GENERIC_HEAD_TITLES: dict[str, str] = dict(_LEX["generic_head_titles"])
PAIR_LIST_BLOCKERS = frozenset(_LEX["pair_list_blockers"])
PAIR_LIST_ROLES: dict[str, tuple[str, str]] = {k: tuple(v) for k, v in _LEX["pair_list_roles"].items()}
PAIR_LIST_PAIR_WORDS = frozenset(_LEX["pair_list_pair_words"])
LABEL_ROLL_FRAMES = frozenset(_LEX["label_roll_frames"])
GROUP_PERSON_WORDS = frozenset(_LEX["group_person_words"])
GROUP_APPOINTMENT_WORDS = frozenset(_LEX["group_appointment_words"])
PAIR_LIST_JOINS = frozenset(_LEX["pair_list_joins"])
#: the dash between the names of a head and a deputy listed as a pair ("Budi Santoso-Ahmad Yani")
DASHES = frozenset({"-", "–", "—"})
#: first word → second word of the two-word openers of a personal name ("anak" → "agung")
NAME_PREFIXES: dict[str, frozenset] = {}
for _first, _second in _LEX["name_prefixes"]:
    NAME_PREFIXES[_first] = NAME_PREFIXES.get(_first, frozenset()) | {_second}
NOT_ALONE_NAME_WORDS = frozenset(_LEX["not_alone_name_words"])
KABUPATEN_HEAD_WORDS = frozenset(_LEX["kabupaten_head_words"])
KOTA_HEAD_WORDS = frozenset(_LEX["kota_head_words"])
HEADLINE_FUNCTION_WORDS = frozenset(_LEX["headline_function_words"])
AGENCY_WORDS = frozenset(_LEX["agency_words"])
TOPONYM_FIRST_WORDS = frozenset(_LEX["toponym_first_words"])
PROVINCE_NAME_OPENERS = frozenset(_LEX["province_name_openers"])
PROVINCIAL_SEATS = frozenset(_LEX["provincial_seats"])
REPRESENTATION_MARKERS = frozenset(_LEX["representation_markers"])
PURPOSE_WORDS = frozenset(_LEX["purpose_words"])
OMBUDSMAN_ASSISTANT_RANKS = frozenset(_LEX["ombudsman_assistant_ranks"])
ORG_TAIL_WORDS = frozenset(_LEX["org_tail_words"])
LOCAL_TAIL_WORDS = frozenset(_LEX["local_tail_words"])
#: words after which a place's word written in lower case is still the role's place ("Wali Kota kupang")
LOWER_PLACE_CUES = PLACE_KIND_WORDS | KABUPATEN_HEAD_WORDS | KOTA_HEAD_WORDS | {"kota", "gubernur"}
ROLL_BODIES: dict[str, str] = dict(_LEX["roll_bodies"])
ROLL_LIST_SEPARATORS = frozenset(_LEX["roll_list_separators"])

#: words of an organisation's name that a surname never is ("Kabupaten", "Daerah")
PLACE_CUE_WORDS = frozenset({"kabupaten", "kota", "provinsi", "kab", "prov", "daerah", "ri", "republik",
                             "indonesia", "perwakilan", "kecamatan", "desa", "kelurahan"})
#: words between a name and its link ("X secara resmi dilantik menjadi …")
MAX_LINK_FILLERS = 4
#: tokens of a former office in brackets between a name and its link ("X (Kepala Biro …) menjadi")
MAX_OLD_ROLE_TOKENS = 20
MAX_NAME_TOKENS = 5
#: lower-case words between a title naming no holder and the list of holders with their places
#: ("bupati dan wakil bupati yang akan dilantik itu terdiri dari A-B (Sukamara), …")
MAX_LIST_LEAD_TOKENS = 10
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
#: …and fewer than this many lower-case words other than function words: a line of official names
#: and titles with prose between them ("Turut hadir pada kesempatan itu, Mendagri …") is no headline
HEADLINE_MAX_PROSE_WORDS = 2
#: clitics and particles Sastrawi strips (-lah, -kah, -nya, …): a word reduced only by these is not
#: an affixed common word ("Fadillah", "Abdullah" are names)
_PARTICLES = ("lah", "kah", "tah", "pun", "nya", "ku", "mu")
_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi"})
#: a name word; an initial glued to the name after it is one ("M.Iqbal", "A.Rahman")
_NAME_TOKEN = re.compile(r"^(?:[A-Z]\.(?=[A-Z][a-z]))?[A-Z][A-Za-z'’\-]*\.?$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
#: initials written with dots inside a name ("Thoseng T.T Asan", "Ahmad A.R. Lubis")
_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]?\.?$")
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
        or low in GIVEN_NAME_ABBREVIATIONS or low in HONORIFIC_INITIALS  # "HM." before "Nursoleh"


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
    if category in ("pusat", "lainnya") or head_key in FIXED_CATEGORY_HEADS:
        return category
    if any(pair <= role_words for pair in OMBUDSMAN_UNIT_PAIRS):
        return "ombudsman"
    for word, cat in CATEGORY_BY_ORG_WORD:
        if word in role_words:
            if cat == "camat_desa" and (category in ("kepala_daerah", "wakil_kepala_daerah", "sekda")
                                        or role_words & AGENCY_WORDS):
                continue  # "Kepala Dinas Pemberdayaan Masyarakat dan Desa" is an agency
            return cat
    return category


def clean_name_words(words: list[str]) -> str:
    """A name from its words (no white-space tokens): honorifics before it dropped (an initial fused with
    one kept: "HM Nurdin" as "M Nurdin"), "Muh . Idris" as "Muh. Idris"."""
    while words and words[0].lower().rstrip(".") in HONORIFICS and len(words) > 1:
        words.pop(0)
    if len(words) > 1 and words[0].replace(".", "").lower() in HONORIFIC_INITIALS and words[0][:1].isupper():
        words[0] = words[0].replace(".", "")[-1].upper()  # "HM Nurdin" -> "M Nurdin", "H.A. Rudi" -> "A Rudi"
    if len(words) == 2 and words[0].lower() == words[1].lower() and words[0].isalpha():
        words = words[:1]  # a one-word name written twice, as forms require it ("Mahyuddin Mahyuddin"; final7)
    for k in range(len(words) - 2, 0, -1):
        if words[k] in DASHES and words[k - 1] == words[k + 1]:
            words[k - 1:k + 2] = [f"{words[k - 1]}-{words[k + 1]}"]  # "Butar-Butar": one surname (final8)
    return " ".join(words).replace(" . ", ". ").strip(" ,")  # "Muh . Idris" -> "Muh. Idris"
