"""The words of one unit as the MPP status triggers read them: the lexicon's word sets, the stems of
status words (`status_stem`), a `Trigger` and `Words` (a unit's lower-case words, stems and offsets,
with the plan word's clause and the future markers before a word).

Split from status.py (the triggers) and phrases.py (the phrase triggers), which both read these.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pipeline.facttypes.mpp import FOLDER
from pipeline.lang import NEGATION, Gated, words_pattern
from pipeline.nlp.rules import read_lexicon
from pipeline.nlp.stem import stem

LEX = read_lexicon(FOLDER / "lexicon.toml")
LAUNCH_STEMS = frozenset(LEX["launch_stems"])
LAUNCH_WORDS = frozenset(LEX["launch_words"])
OPERATE_STEMS = frozenset(LEX["operate_stems"])
OPENING_STEMS = frozenset(LEX["opening_stems"])
SERVE_WORDS = frozenset(LEX["serve_words"])
SERVE_BEFORE = frozenset(LEX["serve_before"])
PLAN_STEMS = frozenset(LEX["plan_stems"])
PLAN_WORDS = frozenset(LEX["plan_words"])
COMMITMENT_WORDS = frozenset(LEX["commitment_words"])
#: how many words may stand between a commitment and the MPP it is to ("komitmen penyelenggaraan Mal …")
COMMITMENT_OBJECT_REACH = 2
SIGN_WORDS = frozenset(LEX["sign_words"])
#: how a word of signing begins, whatever its affixes or slips ("menandatangi", "tanda tangan komitmen")
SIGN_PREFIXES = tuple(LEX["sign_prefixes"])


def signed(low: str) -> bool:
    """Whether a lower-cased word is one of signing ("menandatangani", "diteken", misspelt "menandatangi")."""
    return low in SIGN_WORDS or low.startswith(SIGN_PREFIXES)
BUILD_STEMS = frozenset(LEX["build_stems"])
FUTURE_WORDS = frozenset(LEX["future_words"])
FUTURE_STEMS = frozenset(LEX["future_stems"])
WAIT_WORDS = frozenset(LEX["wait_words"])
#: how many words before a launch word waiting for it may stand ("tinggal menunggu peresmian")
WAIT_REACH = 2
CLAUSE_FUTURE_WORDS = frozenset(LEX["clause_future_words"])
ARRIVE_STEMS = frozenset(LEX["arrive_stems"])
OFFICIAL_ADJ_BEFORE = frozenset(LEX["official_adj_before"])
BACK_REFERENCE_AFTER = frozenset(LEX["back_reference_after"])
OCCASION_BEFORE = frozenset(LEX["occasion_before"])
MPP_WORDS = frozenset(LEX["mpp_words"])
BUILD_NOT_WORDS = frozenset(LEX["build_not_words"])
BUILD_NOT_OBJECTS = frozenset(LEX["build_not_objects"])
PARTIAL_WORDS = frozenset(LEX["partial_after_not_yet"])
AKAN_ABOUT_AFTER = frozenset(LEX["akan_about_after"])
BUILT_WORDS = frozenset(LEX["built_words"])
VERB_PREFIXES = tuple(LEX["verb_prefixes"])
BARE_EVENT_AFTER = frozenset(LEX["bare_event_after"])
#: after an event noun, still the MPP ("peresmian gedung MPP")
OWN_OBJECTS = frozenset(LEX["own_between"])
#: "… hari ini": a future event of the day of the news (up to the clause's end)
TODAY = re.compile(r"[^,;.]*?" + words_pattern(LEX["today_words"]), re.IGNORECASE)
WISH_WORDS = frozenset(LEX["wish_words"])
COUNTER_WORDS = frozenset(LEX["counter_words"])
COUNTER_BETWEEN = frozenset(LEX["counter_between"])
OPEN_WORDS = frozenset(LEX["open_words"])
START_WORDS = frozenset(LEX["start_words"])
PURPOSE_WORDS = frozenset(LEX["purpose_words"])
PRESENT_WORDS = frozenset(LEX["present_words"])
STRUCTURE_WORDS = frozenset(LEX["structure_words"])
#: how many words before "sudah berdiri" a building noun makes it the building's ("gedung MPP sudah berdiri")
STRUCTURE_REACH = 7
EXIST_WORDS = frozenset(LEX["exist_words"])
DONE_WORDS = frozenset(LEX["done_words"])
NOW_WORDS = frozenset(LEX["now_words"])
BEFORE_WORDS = frozenset(LEX["before_words"])
AFTER_EVENT_WORDS = frozenset(LEX["after_event_words"])
AFTER_EVENT_FUTURE = frozenset(LEX["after_event_future"])
AFTER_EVENT_PAST = frozenset(LEX["after_event_past"])
BUILT_DONE_WORDS = frozenset(LEX["built_done_words"])
REQUEST_WORDS = frozenset(LEX["request_words"])
#: right before a launch word after a request: the launch told as done or as what the MPP is ("meminta warga
#: memanfaatkan MPP yang diresmikan Senin lalu"), not the one asked for
TOLD_BEFORE = DONE_WORDS | {"yang"}
#: how many words before a plan word a done word makes it a plan of the past ("sudah sejak lama direncanakan")
PLANNED_DONE_REACH = 3
COUNTERFACTUAL_WORDS = frozenset(LEX["counterfactual_words"])
SCHEDULED_WORDS = frozenset(LEX["scheduled_words"])
#: how many words (numbers, counter_between, an opening verb) may stand between a status word and its counters
#: ("menargetkan membuka 20 gerai")
COUNTER_REACH = 3
NEGATIONS = frozenset(NEGATION)
#: how many tokens before a trigger a future marker reaches (and after a nominal trigger)
FUTURE_REACH = 4
FUTURE_AFTER_NOUN = 3
#: how many words of the MPP's name an event noun's future marker may stand after besides FUTURE_AFTER_NOUN
#: ("Peluncuran Mal Pelayanan Publik Kota A direncanakan Juni": the name is the noun's, the marker its predicate)
NAME_RUN_REACH = 6
#: the lower-case words of an MPP's name after an event noun, besides capitalised words
NAME_RUN_WORDS = MPP_WORDS | {"pelayanan", "publik", "kota", "kabupaten", "kab", "(", ")", "ini", "itu", "tersebut"}
#: how many words before an event word a prelude word makes it a plan ("siap untuk dioperasikan",
#: "tim verifikasi dan validasi peresmian MPP")
PRELUDE_REACH = 2
PRELUDE_WORDS = frozenset(LEX["prelude_words"])
#: forming an MPP (a weak plan, like building it): "rapat pembentukan MPP", "agar segera membentuk MPP"
FORM_WORDS = frozenset(LEX["form_words"])
FORMED_WORDS = frozenset(LEX["formed_words"])
#: "telah membentuk", "sudah lebih dulu mendirikan": words between a done word and a forming word
DONE_BETWEEN = frozenset(LEX["done_between"])
DONE_BETWEEN_REACH = 2
#: "sedang membangun", "masih dibangun": building in progress, a plan
ONGOING_WORDS = frozenset(LEX["ongoing_words"])
ONGOING_BETWEEN = frozenset(LEX["ongoing_between"])
URGE_WORDS = frozenset(LEX["urge_words"])
CANCEL_WORDS = frozenset(LEX["cancel_words"])
TRIAL_WORDS = frozenset(LEX["trial_words"])
#: a budget of a year: "masuk dalam APBD 2022", "APBD Perubahan 2024", "tahun anggaran 2024" (not "persoalan
#: anggaran": a building told delayed)
BUDGET_YEAR = Gated(re.compile(words_pattern(LEX["budget_words"]) + r"(?:\s+[A-Za-z]+){0,2}?\s+(?:tahun\s+)?(?:19|20)\d\d\b",
                               re.IGNORECASE), tuple(LEX["budget_words"]))
#: how many words before a status word a cancel word reaches ("batal diresmikan", "urung untuk dibangun")
CANCEL_BEFORE_REACH = 2
URGED_OTHERS = frozenset(LEX["urged_others"])
#: how many words before a building or forming word a negation reaches ("belum membentuk", "tidak akan dibangun")
NEGATION_REACH = 2
#: tokens that end a plan word's clause
CLAUSE_END = (",", ";", ".")

STATUS_STEMS = LAUNCH_STEMS | OPERATE_STEMS | OPENING_STEMS | PLAN_STEMS | BUILD_STEMS | FUTURE_STEMS | ARRIVE_STEMS
# Sastrawi only strips affixes, and a nasal prefix may change a root's first letter ("menunda" ->
# "tunda"): every root but its first letter stays in the word. So a word without the tail of any
# status stem cannot stem to one, and is not stemmed (a Sastrawi miss costs 0.2-3 ms; most are names).
_STATUS_TAILS = re.compile("|".join(sorted({re.escape(s[1:]) for s in STATUS_STEMS}, key=len, reverse=True)))


@dataclass
class Trigger:
    status: str
    strong: bool  # False: a weak plan ("dibangun")
    pos: int  # char offset in the unit text
    event: bool = False  # a launch or operation word (planned: "akan diresmikan"), not a plan word
    noun: bool = False  # an event noun standing alone ("Jelang peresmian yang direncanakan …")
    state: bool = False  # a state told (having, existing): dated only by "sejak …"


@lru_cache(maxsize=200_000)
def status_stem(word: str) -> str:
    """stem(word) where the word may stem to a status stem, else the word itself."""
    return stem(word) if word.isalpha() and _STATUS_TAILS.search(word) else word


class Words:
    """The words of one unit (no spaces): lower-case forms, stems, offsets in the unit's text."""

    def __init__(self, text: str, lows: list[str], offsets: list[int]):
        self.text = text
        self.lows = lows
        self.stems = [status_stem(w) for w in lows]
        self.offsets = offsets
        # a plan word ("menargetkan", "rencananya", "dijadwalkan") governs the rest of its clause:
        # "menargetkan Mal Pelayanan Publik (MPP) mulai beroperasi pada pertengahan 2023"
        self.planned_from, self.planned_until = len(lows), -1
        for j, (low, st) in enumerate(zip(lows, self.stems)):
            if st in FUTURE_STEMS or low in CLAUSE_FUTURE_WORDS:
                self.planned_from = min(self.planned_from, j)
                self.planned_until = next((k for k in range(j + 1, len(lows)) if lows[k] in CLAUSE_END), len(lows))

    def future_before(self, i: int) -> bool:
        if self.planned_from < i < self.planned_until:
            return True
        # a noun ("peresmian", "peluncuran") may take its future marker after it:
        # "Peresmian MPP tersebut dijadwalkan pada Juni"
        lows, stems = self.lows, self.stems
        after = FUTURE_AFTER_NOUN + self._name_run(i) if lows[i].startswith("pe") else 0
        return any(j != i and (lows[j] in FUTURE_WORDS or stems[j] in FUTURE_STEMS) and not self._partly(j)
                   and not self._about(j)
                   for j in range(max(0, i - FUTURE_REACH), min(len(lows), i + 1 + after))) \
            or any(low in WAIT_WORDS for low in lows[max(0, i - WAIT_REACH):i]) \
            or any(low in PRELUDE_WORDS for low in lows[max(0, self._before_trial(i) - PRELUDE_REACH):i])

    def _name_run(self, i: int) -> int:
        """How many words after the event noun i name its MPP ("peluncuran MPP Kota Tarakan"): MPP words,
        "Kota"/"Kabupaten", a demonstrative and capitalised words, up to NAME_RUN_REACH (final-round rule;
        Indonesian puts the predicate after the whole subject, "Pengoperasian MPP Kota A ditargetkan Juni")."""
        n = 0
        for j in range(i + 1, min(len(self.lows), i + 1 + NAME_RUN_REACH)):
            first = self.text[self.offsets[j]:self.offsets[j] + 1]
            if not (self.lows[j] in NAME_RUN_WORDS or first.isupper()):
                break
            n += 1
        return n

    def _before_trial(self, i: int) -> int:
        """The index after the last word before i that is no trial word ("pra [uji coba soft] launching")."""
        j = i
        while j > 0 and self.lows[j - 1] in TRIAL_WORDS:
            j -= 1
        return j

    def _partly(self, j: int) -> bool:
        """"belum sepenuhnya": partly done, no future."""
        return self.lows[j] == "belum" and j + 1 < len(self.lows) and self.lows[j + 1] in PARTIAL_WORDS

    def _about(self, j: int) -> bool:
        """"senang akan kehadiran MPP": "akan" after a word of feeling or knowing, before no verb, is the
        preposition "about", no future (shown by final6; Indonesian grammar)."""
        lows = self.lows
        return lows[j] == "akan" and j > 0 and lows[j - 1] in AKAN_ABOUT_AFTER \
            and not (j + 1 < len(lows) and lows[j + 1].startswith(VERB_PREFIXES))

    def name_part(self, i: int) -> bool:
        """Whether word i is capitalised after a capitalised word: part of a name ("Pasar Rawa Bangun")."""
        text, offsets = self.text, self.offsets
        return i > 0 and text[offsets[i]].isupper() and text[offsets[i - 1]].isupper() \
            and self.lows[i - 1].isalpha()

    def word_index(self, rel: int) -> int:
        """The index of the first word at or after offset `rel` of the unit's text."""
        return bisect_left(self.offsets, rel)
