"""The cues the MPP reader looks for in a unit beyond its status words: the MPP or its event named
again, lists and their items, recaps and contrasts, places and visits, a service context."""
from __future__ import annotations

import re

from pipeline.facttypes.mpp.status import LEX, Trigger
from pipeline.lang import COLLECTIVES, CONNECTIVES, DAYS, ENUMERATION_OPENERS, MONTHS, NEGATION, Gated, words_pattern

SERVICE_CONTEXT = re.compile(words_pattern(LEX["service_context"], boundary=False), re.IGNORECASE)
OTHER_MPP_CONTEXT = re.compile(words_pattern(LEX["other_context"], boundary=False), re.IGNORECASE)
#: a sentence that goes on about the MPP just named without naming it ("Gedung dua lantai itu
#: ditargetkan …", "Gedung tiga lantai di Jalan …, itu diresmikan …")
BUILDING_ANAPHOR = re.compile(r"^\W*(?:gedung|bangunan|mal|mall)\b[^;]{0,70}?\b(?:itu|tersebut|ini)\b",
                              re.IGNORECASE)
#: substrings of the event nouns that tell of the MPP without naming it (`LaunchReader._event_noun`)
EVENT_NOUN_GATE = ("peresmian", "peluncuran", "launching", "opening", "pengoperasian", "pembukaan")
#: a launch told before, named again: "Peresmian tersebut …", "Acara peluncuran itu …"
EVENT_BACK_REFERENCE = re.compile(r"\b(?:peresmian|peluncuran|launching|opening|pembukaan)(?:nya)?\s+"
                                  + words_pattern(LEX["back_reference_after"]), re.IGNORECASE)
#: "MPP ini", "Mal tersebut": the MPP named before
DEMONSTRATIVE_AFTER = re.compile(r"\s+(?:ini|itu|tersebut)\b", re.IGNORECASE)
#: a unit that opens with the list told before: "Keduanya …", "Ketiga daerah itu …", "Mereka …"
COLLECTIVE_START = re.compile(r"^\W*(?:(?:" + "|".join(COLLECTIVES) + r")(?:nya\b|\s+\w+\s+(?:ini|itu|tersebut)\b)"
                              r"|(?:mereka|semuanya)\b)", re.IGNORECASE)
#: a unit about other governments in general ("kabupaten/kota lain yang belum memiliki MPP")
GENERIC_SUBJECT = re.compile(
    r"\b(?:kabupaten/kota|kab/kota|daerah|pemda|pemerintah\s+daerah|kabupaten|kota)\s+(?:lain|lainnya)\b"
    r"|\b(?:setiap|seluruh|semua|tiap|para)\s+(?:daerah|pemda|kepala\s+daerah|kabupaten|kota|pemerintah)"
    r"|\byang\s+belum\s+(?:memiliki|punya|mempunyai)\b|" + words_pattern(LEX["group_subjects"], boundary=False),
    re.IGNORECASE)
#: an MPP named as the place where one goes or is served ("… di gerai Disdukcapil di MPP Baubau")
PLACE_BEFORE = re.compile(r"\b(?:di|ke)\s+$", re.IGNORECASE)
PLACE_BEFORE_CHARS = 4
#: an MPP visited or studied ("mengunjungi fasilitas MPP milik Pemkab A", "studi tiru ke MPP Kota B")
VISIT_BEFORE = re.compile(words_pattern(LEX["visit_words"]) + r"\s+(?:" + words_pattern(LEX["visit_between"])
                          + r"\s+){0,3}$", re.IGNORECASE)
VISIT_BEFORE_CHARS = 50
#: an MPP's own name right after it, no region's ("inspeksi mendadak di Mal Pelayanan Publik Jakabaring"): one to
#: three capitalised words (checked against lexicon.toml `local_name_not`), then no further capitalised word
OWN_NAME_AFTER = re.compile(r"(?:\s*\(\s*MPP\s*\))?\s+(?P<name>(?-i:[A-Z][a-z][\w-]*)(?:\s+(?-i:[A-Z][a-z][\w-]*)){0,2})"
                            r"(?!\s+(?-i:[A-Z]))\b")
#: an MPP named as where service is given: "melihat langsung pelayanan di MPP Kabupaten A", "memberikan layanan di
#: MPP B", "melayani warga di MPP C": it runs (besides a launch the story tells)
SERVICE_AT = re.compile(words_pattern(LEX["service_at_words"]) + r"(?:\s+[\w-]+){0,3}?\s+di\s+$", re.IGNORECASE)
SERVICE_AT_CHARS = 60
#: what people may or will do at the MPP, before it in its unit ("warga juga bisa memanfaatkan layanan di MPP A"):
#: no service told given
SERVICE_MODAL = re.compile(words_pattern(LEX["service_modal_words"]), re.IGNORECASE)
#: a unit that ends by opening a list ("MPP yang diresmikan meliputi:", "… yaitu:"): its items follow
LIST_AHEAD = re.compile(r"(?:" + words_pattern(ENUMERATION_OPENERS) + r")?\s*:\s*$|"
                        + words_pattern(ENUMERATION_OPENERS) + r"\s*$", re.IGNORECASE)
#: what an item line of a list of MPPs names before its government: "MPP ", "- Mal Pelayanan Publik (MPP) "
ITEM_NAMED = re.compile(r"\W*(?:\d{1,2}\s*[.)]\s*)?(?:" + words_pattern([*LEX["mentions"], LEX["acronym"]])
                        + r")(?:\s*\(\s*MPP\s*\))?\s+", re.IGNORECASE)
#: a group's members listed as MPPs after an opener at a unit's head ("Di antaranya MPP Pemprov A, Kabupaten B, C
#: dan Kota D", "Yakni Mal Pelayanan Publik Kota A dan Kota B"): the opener and the MPP word before the first item
#: (final10; the lists of final4-final9 put the opener before the governments alone)
MPP_LIST_OPENER = re.compile(words_pattern([*ENUMERATION_OPENERS, *LEX["example_heads"]]) + r"\s*(?:adalah\s+)?[:,]?\s*"
                             + words_pattern([*LEX["mentions"], LEX["acronym"]]) + r"(?:\s*\(\s*MPP\s*\))?\s+",
                             re.IGNORECASE)
#: a unit that is one item of a list of MPPs: "2. MPP Kabupaten Wonosobo", "- MPP Kota Tegal (Jawa Tengah);"
MPP_ITEM = re.compile(r"^\s*(?:[-•*]\s*|\d{1,2}\s*[.)]\s*)?(?:mal{1,2}\s+pelayanan\s+publik|MPP)\s+"
                      r"(?:(?:kabupaten|kota|kab\.?)\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s*(?:\([^)]*\))?"
                      r"\s*[;,.]?\s*(?:dan|serta)?\s*$", re.IGNORECASE)
#: a unit opening with a clause that recaps what else its subject did ("Selain menargetkan pembentukan MPP,
#: Pj Gubernur juga …"): that clause tells no status of the article's region
RECAP_CLAUSE = re.compile(r"^\W*" + words_pattern(LEX["recap_openers"]) + r"[^,;.]*,", re.IGNORECASE)
ALSO = re.compile(r"\bjuga\b", re.IGNORECASE)
#: a clause that ends with its status word, the MPP elided ("Kalau Kabupaten A sedang membangun, sedangkan …",
#: "Kota B sudah memiliki, sedangkan …")
BARE_STATUS_END = re.compile(words_pattern([*LEX["build_words"], *LEX["form_words"], *LEX["own_words"]])
                             + r"\W*$", re.IGNORECASE)
#: a status denied: "belum membentuk MPP", "tidak memiliki MPP", "belum ada", "tidak akan dibangun"
DENIED = re.compile(words_pattern(NEGATION) + r"\s+(?:\w+\s+)?"
                    + words_pattern([*LEX["own_words"], *LEX["exist_words"], *LEX["form_words"], *LEX["build_words"]]),
                    re.IGNORECASE)
#: a sentence telling of another MPP's event as the same one ("… juga diresmikan pada hari yang sama")
SAME_EVENT = re.compile(r"\b(?:yang\s+sama|bersamaan|serentak|sekaligus)\b", re.IGNORECASE)
#: statuses whose year a story tells once for all its facts ("13 MPP diresmikan serentak, Rabu
#: (11/6/2025)"; the plan's target in the headline); an operation is dated only where it is said
STORY_YEAR_STATUSES = ("launched", "planned")
#: contrast words that split a unit into clauses told of different MPPs
MPP_CONTRAST = Gated(re.compile(r",?\s" + words_pattern(CONNECTIVES["other_subject"], boundary=False) + r"\s|;\s",
                                re.IGNORECASE), (";", *(w.split()[0] for w in CONNECTIVES["other_subject"])))

#: the words that may stand before the first status word of a sentence whose subject is elided
ELIDED_LEAD = frozenset(LEX["elided_lead"]) | frozenset(MONTHS) | frozenset(DAYS)
ELIDED_AFTER = ELIDED_LEAD | frozenset(LEX["elided_after"])
ELIDED_SKIP = frozenset(LEX["elided_skip"])
ELIDED_AGENTS = frozenset(LEX["elided_agents"])
CLAUSE_BREAK = re.compile(r"[,.;:!?\"“”()]")
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def elided_subject(text: str, triggers: list[Trigger]) -> bool:
    """Whether a sentence opens with its status verb, its subject elided ("Diresmikan pada hari ini,
    Senin (…) oleh Menteri", "Sehingga 2025 sudah bisa beroperasi", "Rencananya akan diresmikan Juni"):
    its first status word is a strong verb (no event noun) with only time words, connectives and
    auxiliaries (`ELIDED_LEAD`) before it, and after it (past adverbs and further status words) the
    end of its clause, a date, a time word or preposition (`ELIDED_AFTER`) or an agent's title
    (`ELIDED_AGENTS`): no subject of its own put after the verb ("Diresmikan pula Gedung Serbaguna")."""
    if not triggers:
        return False
    first = min(triggers, key=lambda t: t.pos)
    if not first.strong or first.noun:
        return False
    if not all(w.isdigit() or w.lower() in ELIDED_LEAD for w in _WORD.findall(text, 0, first.pos)):
        return False
    told = {t.pos for t in triggers}
    end = first.pos
    for m in _WORD.finditer(text, first.pos):  # the first word after the status words and adverbs
        if CLAUSE_BREAK.search(text, end, m.start()):  # "… sudah bisa beroperasi," ujarnya
            return True
        end = m.end()
        if m.start() in told or m.group() in ELIDED_SKIP:
            continue
        word = m.group().lower()
        return word in ELIDED_AFTER or word in ELIDED_AGENTS or m.group().isdigit()
    return True


#: the head of a unit giving a group's members as examples ("Beberapa di antaranya adalah Kota A, …"): MPPs the
#: story recalls, dated by the group's sentence only, not by the day of the news (final6)
EXAMPLE_HEAD = re.compile(words_pattern(LEX["example_heads"]), re.IGNORECASE)


#: MPPs placed nationwide ("… 100% MPP sudah dibangun di Indonesia"): the unit's years are the nation's (final10)
NATIONWIDE = Gated(re.compile(words_pattern(LEX["nationwide"]), re.IGNORECASE), ("indonesia", "tanah air", "nasional"))
