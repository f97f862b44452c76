"""Status triggers of a unit: the words that tell an MPP is planned, launched or operating.

From the Sastrawi stems of the unit's words (`pipeline.nlp.stem`), so every inflection counts
(meresmikan, diresmikan, peresmian, diresmikannya → resmi). A launch or operation word with a future
marker close before it ("akan segera meluncurkan", "dijadwalkan meresmikan", "jelang peresmian") is
a plan; a plan word ("menargetkan", "rencananya") governs the rest of its clause. "dibangun" alone is
a weak plan, "menyiapkan MPP" too; "untuk dijadikan MPP" is a plan; "sejak 2020" alone operating;
having an MPP ("sudah memiliki MPP", "terdapat lima MPP") operating; a state told of an MPP named
before (having without an object: "yang memiliki, yakni …", "karena sudah punya"; existing: "MPP
cuman ada di enam kab/kota", "MPP yang ada di Kota A") operating, dated only by "sejak …".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pipeline.facttypes.mpp import FOLDER
from pipeline.facttypes.mpp.moods import conditional, postponed
from pipeline.lang import CARDINALS, ENUMERATION_OPENERS, NEGATION, Gated, words_pattern
from pipeline.nlp.discourse.lists import COUNTED_GROUP
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
REQUEST_WORDS = frozenset(LEX["request_words"])
#: right before a launch word after a request: the launch told as done or as what the MPP is ("meminta warga
#: memanfaatkan MPP yang diresmikan Senin lalu"), not the one asked for
TOLD_BEFORE = DONE_WORDS | {"yang"}
#: how many words before a plan word a done word makes it a plan of the past ("sudah sejak lama direncanakan")
PLANNED_DONE_REACH = 3
COUNTERFACTUAL_WORDS = frozenset(LEX["counterfactual_words"])
#: how many words (numbers, counter_between, an opening verb) may stand between a status word and its counters
#: ("menargetkan membuka 20 gerai")
COUNTER_REACH = 3
NEGATIONS = frozenset(NEGATION)
#: how many tokens before a trigger a future marker reaches (and after a nominal trigger)
FUTURE_REACH = 4
FUTURE_AFTER_NOUN = 3
#: how many words before an event word a prelude word makes it a plan ("siap untuk dioperasikan",
#: "tim verifikasi dan validasi peresmian MPP")
PRELUDE_REACH = 2
PRELUDE_WORDS = frozenset(LEX["prelude_words"])
#: forming an MPP (a weak plan, like building it): "rapat pembentukan MPP", "agar segera membentuk MPP"
FORM_WORDS = frozenset(LEX["form_words"])
#: "telah membentuk", "sudah lebih dulu mendirikan": words between a done word and a forming word
DONE_BETWEEN = frozenset(LEX["done_between"])
DONE_BETWEEN_REACH = 2
#: "sedang membangun", "masih dibangun": building in progress, a plan
ONGOING_WORDS = frozenset(LEX["ongoing_words"])
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

#: "menjadikan lantai 3 Pasar Kandangan sebagai lokasi MPP"
MAKE_SITE = Gated(re.compile(words_pattern(LEX["site_verbs"]) + r"\s+(?P<loc>[^.;]{3,80}?)\s+sebagai\s+(?:lokasi|tempat|gedung)\b",
                             re.IGNORECASE), ("sebagai",))
#: preparing an MPP: a weak plan ("Pemkot tengah menyiapkan MPP"); a building "untuk dijadikan MPP": a plan
PREPARE_MPP = re.compile(r"\b(?:menyiapkan|mempersiapkan|disiapkan|dipersiapkan)\s+(?:\w+\s+){0,2}?"
                         r"(?:mal{1,2}\s+pelayanan|MPP)\b"
                         r"|\b(?:mal{1,2}\s+pelayanan\s+publik|MPP)(?:\s+\w+){0,3}?\s+(?:memang\s+)?(?:disiapkan|dipersiapkan)\b",
                         re.IGNORECASE)
BECOME_MPP = re.compile(r"\b(?:dijadikan|menjadi\s+calon)\s+(?:gedung\s+|lokasi\s+)?"
                        r"(?:mal{1,2}\s+pelayanan|MPP)\b", re.IGNORECASE)
#: having an MPP: "sudah memiliki MPP", "terdapat lima Mal Pelayanan Publik", "telah dibentuk MPP"
#: (every match holds "pelayanan" or "mpp" in lower case: `Gated`)
OWN_MPP = Gated(re.compile(words_pattern([*LEX["own_words"], *LEX["exist_words"]]) + r"\s+(?:(?:\d+|"
                           + "|".join([*CARDINALS, *LEX["own_between"]]) + r")\s+){0,2}(?:mal{1,2}\s+pelayanan|MPP)\b",
                           re.IGNORECASE), ("pelayanan", "mpp"))
_MPP_NAME = r"(?:mal{1,2}\s+pelayanan(?:\s+publik)?|MPP)"
#: having an MPP with its place: "memiliki MPP sendiri yang berlokasi di kantor DPMPTSP"
OWN_PLACED = re.compile(r"\w+\s+(?:\w+\s+){0,2}?" + _MPP_NAME + r"(?:\s*\(MPP\))?(?:\s+sendiri)?\s*,?\s+yang\s+"
                        r"(?:berlokasi|terletak|berada|bertempat|beralamat)\b", re.IGNORECASE)
#: how many words between the MPP and the existence word ("MPP yang sudah ada di")
EXIST_GAP_WORDS = 2
#: having with no object after the MPP was named: "yang memiliki, yakni …", "karena sudah punya, red)"
OWN_BARE = Gated(re.compile(words_pattern(LEX["own_bare_before"]) + r"\s+(?P<own>" + words_pattern(LEX["own_words"])
                            + r")\s*(?:[,.;:)]|" + words_pattern(ENUMERATION_OPENERS) + r")", re.IGNORECASE),
                 tuple(w.split()[0] for w in LEX["own_words"]))
#: the MPP exists at a place: "MPP cuman ada di enam kab/kota", "MPP yang ada di Kota Palopo"
EXIST_MPP = re.compile(r"\b" + _MPP_NAME + r"(?:\s*\(MPP\))?(?:\s+\w+){0," + str(EXIST_GAP_WORDS) + r"}?\s+(?P<exist>"
                       + words_pattern(LEX["exist_words"]) + r")\s+" + words_pattern(LEX["exist_after"]),
                       re.IGNORECASE)

#: opening an MPP: "membuka Mal Pelayanan Publik", "MPP … yang sudah dibuka sejak Januari 2019"
OPEN_MPP = re.compile(words_pattern(LEX["open_words"]) + r"\s+(?:secara\s+resmi\s+)?" + _MPP_NAME + r"\b"
                      r"|\b" + _MPP_NAME + r"\b[^.;]{0,60}?\b(?P<opened>" + words_pattern(LEX["opened_words"], boundary=False)
                      + r")\b", re.IGNORECASE)
HOURS_AFTER = re.compile(r"\s+(?:\w+\s+)?" + words_pattern(LEX["hours_after"]), re.IGNORECASE)
#: "sejak 15 Desember 2020", "sejak tahun 2023": operating since
SINCE_YEAR = Gated(re.compile(r"\bsejak\s+(?:awal\s+|akhir\s+|pertengahan\s+)?(?:tahun\s+)?"
                              r"(?:\d{1,2}\s+)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b", re.IGNORECASE), ("sejak",))

#: how far after a regulation's name its "tentang" may stand ("Perpres nomor 89 tahun 2021 tentang")
REGULATION_GAP_CHARS = 60
#: standing since a date: operating since then, besides any launch told ("telah berdiri sejak Desember
#: 2017, namun baru diresmikan September 2018"), the MPP its subject (within STANDING_GAP_CHARS, in
#: its clause): not "Gedung itu berdiri sejak 1980 dan kini dijadikan MPP"
STANDING_GAP_CHARS = 60
STANDING_SINCE = re.compile(r"\b" + _MPP_NAME + r"\b[^,.;]{0," + str(STANDING_GAP_CHARS) + r"}?(?P<standing>"
                            + words_pattern(LEX["standing_words"]) + r")\s+sejak\b", re.IGNORECASE)

#: since or along with the MPP's presence: "seiring berdirinya Mal Pelayanan Publik (MPP) di Kabupaten A"
PRESENCE_SINCE = Gated(re.compile(words_pattern(LEX["presence_since"]) + r"\s+(?:dengan\s+)?(?P<noun>"
                                  + words_pattern(LEX["presence_nouns"]) + r")\s+(?:\w+\s+){0,2}?" + _MPP_NAME + r"\b",
                                  re.IGNORECASE), tuple(LEX["presence_since"]))

#: a regulation's title ("SE … mengenai Pendataan Rencana Pembentukan Mal Pelayanan Publik", "Perpres
#: 89/2021 tentang Penyelenggaraan MPP"): its words tell no status
REGULATION_TITLE = re.compile(r"\b(?:" + "|".join(LEX["regulation_words"]) + r")\b[^;]{0," + str(REGULATION_GAP_CHARS)
                              + r"}?\b(?:tentang|mengenai|perihal)\s+(?P<title>[^,;.()]*?)(?=\s+yang\b|[,;.()]|$)",
                              re.IGNORECASE)

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


class _Words:
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
        after = FUTURE_AFTER_NOUN if lows[i].startswith("pe") else 0
        return any(j != i and (lows[j] in FUTURE_WORDS or stems[j] in FUTURE_STEMS) and not self._partly(j)
                   for j in range(max(0, i - FUTURE_REACH), min(len(lows), i + 1 + after))) \
            or any(low in WAIT_WORDS for low in lows[max(0, i - WAIT_REACH):i]) \
            or any(low in PRELUDE_WORDS for low in lows[max(0, self._before_trial(i) - PRELUDE_REACH):i])

    def _before_trial(self, i: int) -> int:
        """The index after the last word before i that is no trial word ("pra [uji coba soft] launching")."""
        j = i
        while j > 0 and self.lows[j - 1] in TRIAL_WORDS:
            j -= 1
        return j

    def _partly(self, j: int) -> bool:
        """"belum sepenuhnya": partly done, no future."""
        return self.lows[j] == "belum" and j + 1 < len(self.lows) and self.lows[j + 1] in PARTIAL_WORDS

    def name_part(self, i: int) -> bool:
        """Whether word i is capitalised after a capitalised word: part of a name ("Pasar Rawa Bangun")."""
        text, offsets = self.text, self.offsets
        return i > 0 and text[offsets[i]].isupper() and text[offsets[i - 1]].isupper() \
            and self.lows[i - 1].isalpha()

    def word_index(self, rel: int) -> int:
        """The index of the first word at or after offset `rel` of the unit's text."""
        return bisect_left(self.offsets, rel)


def _launch(w: _Words, i: int) -> Trigger | None | bool:
    """A launch trigger at word i, None when the word is no launch, False when it is skipped."""
    lows = w.lows
    low = lows[i]
    if low == "resmi" and i > 0 and lows[i - 1] in OFFICIAL_ADJ_BEFORE:
        return False
    if low.startswith("pe") and (
            (i + 1 < len(lows) and lows[i + 1] in BACK_REFERENCE_AFTER)
            or (i > 0 and lows[i - 1] in OCCASION_BEFORE and not (i + 1 < len(lows) and lows[i + 1] in MPP_WORDS))):
        return False  # "Dengan peresmian ini, …", "yang hadir dalam peresmian"
    planned = w.future_before(i) and not TODAY.match(w.text, w.offsets[i])
    return Trigger("planned" if planned else "launched", True, w.offsets[i], event=True, noun=_bare_noun(w, i))


def other_event(lows: list[str]) -> bool:
    """Whether a unit's words tell of the launch of something else: an event noun followed by another
    noun ("peresmian jembatan", "peluncuran aplikasi")."""
    for i, low in enumerate(lows[:-1]):
        if low.startswith("pe") and status_stem(low) in LAUNCH_STEMS:
            nxt = lows[i + 1]
            if nxt.isalpha() and nxt not in BARE_EVENT_AFTER and nxt not in MPP_WORDS \
                    and nxt not in BACK_REFERENCE_AFTER and nxt not in OWN_OBJECTS:
                return True
    return False


def _bare_noun(w: _Words, i: int) -> bool:
    """Whether word i is an event noun standing alone: "peresmian", "soft launching", "grand opening"
    followed by none of the MPP's name nor another noun ("Jelang peresmian yang direncanakan …")."""
    lows = w.lows
    if not (lows[i].startswith("pe") or lows[i] in LAUNCH_WORDS):
        return False
    nxt = lows[i + 1] if i + 1 < len(lows) else "."
    return nxt in BARE_EVENT_AFTER or not nxt[:1].isalnum()


def _word_trigger(w: _Words, i: int) -> Trigger | None:
    low, st = w.lows[i], w.stems[i]
    if st in OPERATE_STEMS or (low in SERVE_WORDS and i > 0 and w.lows[i - 1] in SERVE_BEFORE):
        return Trigger("planned" if w.future_before(i) else "operating", True, w.offsets[i], event=True)
    if (st in PLAN_STEMS and low != "target") or low in PLAN_WORDS:  # not the bare noun "target"
        # planned long ago ("sudah sejak lama direncanakan", "telah merencanakan pembangunannya"): history, weak
        done = any(low in DONE_WORDS for low in w.lows[max(0, i - PLANNED_DONE_REACH):i])
        return Trigger("planned", not done, w.offsets[i])
    if low in COMMITMENT_WORDS and i > 0 and w.lows[i - 1] in SIGN_WORDS \
            and any(x in MPP_WORDS for x in w.lows[i + 1:i + 2 + COMMITMENT_OBJECT_REACH]):
        # "menandatangani komitmen penyelenggaraan MPP"; for a counted group after it ("… MPP Digital pada 40
        # daerah"), a plan of governments it does not name: weak, no group's status for a list told later
        return Trigger("planned", not COUNTED_GROUP.search(w.text, w.offsets[i]), w.offsets[i])
    if st in BUILD_STEMS or low in FORM_WORDS:
        return _build(w, i)
    if st in ARRIVE_STEMS and w.future_before(i):
        return Trigger("planned", True, w.offsets[i], event=True)
    if low in PRESENT_WORDS and i > 0 and w.lows[i - 1] in DONE_WORDS \
            and not any(b in STRUCTURE_WORDS for b in w.lows[max(0, i - STRUCTURE_REACH):i]):  # "MPP telah hadir di Kota A"
        # "MPP yang sudah berdiri akan digiring menuju MPP digital": MPPs in general (weak)
        generic = i > 2 and w.lows[i - 2] == "yang" and w.lows[i - 3] in MPP_WORDS
        return Trigger("operating", not generic, w.offsets[i], state=True)
    return None


def _build(w: _Words, i: int) -> Trigger | None:
    """Building or forming an MPP (word i): a weak plan, strong after a future marker or while in
    progress ("sedang membangun", "masih dibangun"); negated ("belum membentuk MPP", "tidak akan
    dibangun"), none; forming or founding told done ("telah membentuk MPP", "sudah lebih dulu
    mendirikan MPP"), the MPP exists."""
    lows, low = w.lows, w.lows[i]
    if low in BUILD_NOT_WORDS or w.name_part(i) or (i + 1 < len(lows) and lows[i + 1] in BUILD_NOT_OBJECTS):
        return None
    if any(lows[j] in NEGATIONS and not w._partly(j) for j in range(max(0, i - NEGATION_REACH), i)):
        return None
    j = i - 1
    while j >= 0 and i - j <= DONE_BETWEEN_REACH and lows[j] in DONE_BETWEEN:
        j -= 1
    before = lows[j] if j >= 0 else ""
    if before in DONE_WORDS and low in FORM_WORDS and (low.startswith("di") or _mpp_object(w, i)):
        return Trigger("operating", True, w.offsets[i], state=True)
    if before in ONGOING_WORDS or (BUDGET_YEAR.search(w.text) and not any(
            st in LAUNCH_STEMS or st in OPERATE_STEMS for st in w.stems)):  # "… masuk dalam APBD 2022"; not
        return Trigger("planned", True, w.offsets[i])  # "dibangun dengan anggaran …, diresmikan 2021"
    if any(low in URGE_WORDS and nxt in URGED_OTHERS for low, nxt in zip(lows[:i], lows[1:i])) \
            and any(low in PURPOSE_WORDS for low in lows[:i]):
        return Trigger("planned", False, w.offsets[i])  # "mendorong mereka, supaya segera membangun MPP"
    return Trigger("planned", w.future_before(i), w.offsets[i])


def _cancelled(w: _Words, trigger: Trigger) -> bool:
    """Whether a status is called off or only talked of: a cancel word after its word in the unit
    ("direncanakan dibangun pada 2022, namun batal", "masih wacana") or right before it ("batal
    diresmikan")."""
    i = w.word_index(trigger.pos)
    return any(low in CANCEL_WORDS for low in w.lows[i + 1:]) \
        or any(low in CANCEL_WORDS for low in w.lows[max(0, i - CANCEL_BEFORE_REACH):i])


def _mpp_object(w: _Words, i: int) -> bool:
    """Whether the MPP is the object right after word i ("membentuk MPP", "mendirikan sebuah MPP")."""
    nxt = w.lows[i + 1:i + 3]
    return bool(nxt) and (nxt[0] in MPP_WORDS or (nxt[0] in OWN_OBJECTS and nxt[1:] and nxt[1] in MPP_WORDS))


def _counters_after(w: _Words, i: int) -> bool:
    """Whether the status word i is about counters inside an MPP ("membuka 20 gerai", "meresmikan
    loket Samsat"), not the MPP itself."""
    for j in range(i + 1, min(len(w.lows), i + 2 + COUNTER_REACH)):
        if w.lows[j] in COUNTER_WORDS:
            return True
        if not (w.lows[j].isdigit() or w.lows[j] in CARDINALS or w.lows[j] in COUNTER_BETWEEN
                or w.lows[j] in OPEN_WORDS or w.stems[j] in ARRIVE_STEMS):  # "menargetkan membuka 20 gerai"
            return False
    return False


def _mood(w: _Words, trigger: Trigger) -> Trigger | None:
    """A trigger read in its sentence's mood: counters' events tell the MPP runs (weakly); after a
    counterfactual ("seharusnya … sudah berjalan") none; in a sentence opening with a condition ("Jika
    …, maka … soft launching") a launch or operation is a plan; in a clause of purpose ("agar MPP
    dapat beroperasi …") a weak one."""
    i = w.word_index(trigger.pos)
    if i < len(w.lows) and _counters_after(w, i):
        return Trigger("operating", False, trigger.pos, state=True)
    start = next((j + 1 for j in range(i - 1, -1, -1) if w.lows[j] in CLAUSE_END), 0)
    if any(low in COUNTERFACTUAL_WORDS for low in w.lows[start:i]):
        return None
    if trigger.status != "planned" and any(low in BEFORE_WORDS for low in w.lows[max(start, i - FUTURE_REACH):i]):
        # "sebelum MPP ini beroperasi, …": not yet (a weak plan)
        return Trigger("planned", False, trigger.pos, event=True, noun=trigger.noun)
    if trigger.status == "launched" and (postponed(w.lows, i) or (
            any(low in REQUEST_WORDS for low in w.lows[start:i]) and not (i > 0 and w.lows[i - 1] in TOLD_BEFORE))):
        # "peresmian diundur jadi 3 Agustus" (a plan), "saya tetap minta diresmikan oleh Menteri" (a weak one)
        return Trigger("planned", not any(low in REQUEST_WORDS for low in w.lows[start:i]), trigger.pos,
                       event=True, noun=trigger.noun)
    if trigger.event and trigger.status != "planned" and conditional(w.text, w.lows, trigger.pos):
        return Trigger("planned", True, trigger.pos, event=True, noun=trigger.noun)
    if trigger.event and trigger.status != "planned" and any(low in PURPOSE_WORDS for low in w.lows[start:i]) \
            and not (i > 0 and w.lows[i - 1] in DONE_WORDS):
        # "kami berkomitmen agar MPP dapat beroperasi dengan maksimal": a weak plan
        return Trigger("planned", False, trigger.pos, event=True, noun=trigger.noun)
    return trigger


def statuses(text: str, lows: list[str], offsets: list[int]) -> list[Trigger]:
    """Status triggers of one unit: its text, its words (lower case, no spaces) and their offsets
    in the text."""
    w = _Words(text, lows, offsets)
    out: list[Trigger] = []
    started: list[int] = []  # "mulai beroperasi": an opening, where no other launch is told
    skip = -1
    for i, (low, st) in enumerate(zip(w.lows, w.stems)):
        if i == skip:
            continue
        if st in LAUNCH_STEMS or low in LAUNCH_WORDS:
            trigger = _launch(w, i)
            if trigger is False:
                continue
            if low == "resmi" and i + 1 < len(lows) and w.stems[i + 1] in OPENING_STEMS:
                skip = i + 1  # "resmi dibuka", "resmi beroperasi": one event, a launch
            out.append(trigger)
            continue
        trigger = _word_trigger(w, i)
        if trigger is not None:
            out.append(trigger)
            if trigger.status == "operating" and st in OPERATE_STEMS and i > 0 and w.lows[i - 1] in START_WORDS:
                started.append(trigger.pos)
    out += _phrase_triggers(text, w)
    if not any(t.status == "launched" for t in out):  # "mulai beroperasi … setelah soft launching": that launch
        out += [Trigger("launched", True, pos, event=True) for pos in started]  # "mulai mengoperasikan MPP"
    out = [read for t in out if (read := _mood(w, t)) is not None]
    if out and any(low in CANCEL_WORDS for low in w.lows):
        out = [t for t in out if not _cancelled(w, t)]
    if out and ("tentang" in w.lows or "mengenai" in w.lows or "perihal" in w.lows):
        titles = [m.span("title") for m in REGULATION_TITLE.finditer(text)]
        out = [t for t in out if not any(a <= t.pos < b for a, b in titles)]
    if not out:
        m = SINCE_YEAR.search(text)
        if m and not any(low in TRIAL_WORDS for low in w.lows[:w.word_index(m.start())]):  # "uji coba … sejak"
            out.append(Trigger("operating", True, m.start()))
    return out


def _phrase_triggers(text: str, w: _Words) -> list[Trigger]:
    out = []
    m = MAKE_SITE.search(text)
    if m:
        out.append(Trigger("planned", w.future_before(w.word_index(m.start())), m.start()))
    m = BECOME_MPP.search(text) if "jadi" in text or "calon" in text else None
    if m:
        out.append(Trigger("planned", True, m.start()))
    m = PREPARE_MPP.search(text) if "iapkan" in text else None
    if m:
        out.append(Trigger("planned", False, m.start()))
    if "buka" in text:
        for m in OPEN_MPP.finditer(text):
            trigger = _opening(w, m)
            if trigger is not None:
                out.append(trigger)
    for m in OWN_MPP.finditer(text):
        trigger = _own(w, w.word_index(m.start()))
        if trigger is not None:
            out.append(trigger)
    for m in OWN_BARE.finditer(text):
        trigger = _own(w, w.word_index(m.start("own")))
        if trigger is not None:  # a list of those having one: a state, not a launch told
            out.append(Trigger(trigger.status, True, trigger.pos, state=True) if trigger.status == "operating" else trigger)
    for m in STANDING_SINCE.finditer(text) if "sejak" in w.lows else ():
        i = w.word_index(m.start("standing"))
        if not (i > 0 and w.lows[i - 1] in NEGATIONS):
            out.append(Trigger("operating", True, m.start("standing"), state=True))
    for m in PRESENCE_SINCE.finditer(text):
        i = w.word_index(m.start("noun"))
        ahead = any(low in FUTURE_WORDS for low in w.lows[i:next(
            (k for k in range(i, len(w.lows)) if w.lows[k] in CLAUSE_END), len(w.lows))])
        out.append(Trigger("planned", True, m.start("noun")) if ahead
                   else Trigger("operating", True, m.start("noun"), state=True))
    for m in EXIST_MPP.finditer(text) if "ada" in w.lows else ():
        trigger = _exist(w, w.word_index(m.start("exist")))
        if trigger is not None:
            out.append(trigger)
    return out


def _exist(w: _Words, i: int) -> Trigger | None:
    """The MPP exists at a place (the existence word at word i): operating; negated, none; after a
    future marker, a plan; after a wish in its clause, a weak plan."""
    lows = w.lows
    if i > 0 and lows[i - 1] in NEGATIONS:
        return None
    if w.future_before(i):
        return Trigger("planned", True, w.offsets[i])
    start = next((j + 1 for j in range(i - 1, -1, -1) if lows[j] in CLAUSE_END), 0)
    if any(low in WISH_WORDS for low in lows[start:i]):
        return Trigger("planned", False, w.offsets[i])
    return Trigger("operating", True, w.offsets[i], state=True)


def _opening(w: _Words, m: re.Match) -> Trigger | None:
    """Opening an MPP: a launch (a plan after a future marker; "membuka MPP" a weak one, history for
    an MPP the story tells operating); opening hours ("dibuka setiap hari") tell it operates; "resmi
    dibuka" is read as a launch word already."""
    pos = m.start("opened") if m.group("opened") else m.start()
    i = w.word_index(pos)
    if i > 0 and w.lows[i - 1] in ("resmi", *NEGATIONS):
        return None
    if m.group("opened") and HOURS_AFTER.match(w.text, m.end()):
        return Trigger("operating", True, pos)
    if w.future_before(i):
        return Trigger("planned", True, pos, event=True)
    # "membuka MPP" is also said of an MPP opened long ago ("keberanian Pemkab membuka MPP"): weak
    return Trigger("launched", bool(m.group("opened")), pos)


def _own(w: _Words, i: int) -> Trigger | None:
    """Having an MPP (the owning word at word i): operating (weak: said of an MPP the story launches,
    it is that launch); negated, none; a weak plan after a wish in its clause ("mendorong seluruh
    daerah segera memiliki MPP"); a plan after a future marker."""
    lows = w.lows
    start = next((j + 1 for j in range(i - 1, -1, -1) if lows[j] in CLAUSE_END), 0)
    if i > 0 and lows[i - 1] in NEGATIONS:
        return None
    if lows[i] in EXIST_WORDS and not (i > 0 and lows[i - 1] in DONE_WORDS):
        return None  # "sudah ada 12 MPP", not a remark ("harus seperti itu, ada mal pelayanan")
    if any(low in WISH_WORDS for low in lows[start:i]):
        return Trigger("planned", False, w.offsets[i])
    if w.future_before(i):
        return Trigger("planned", True, w.offsets[i])
    # weak: "Kabupaten Tegal akhirnya memiliki MPP" in the story of its launch is that launch; an MPP
    # had already or placed ("sudah memiliki MPP", "memiliki MPP sendiri yang berlokasi di …") runs
    settled = (i > 0 and (lows[i - 1] in DONE_WORDS or lows[i - 1] in NOW_WORDS)) \
        or bool(OWN_PLACED.match(w.text, w.offsets[i])) or _counted_object(lows, i)
    return Trigger("operating", settled, w.offsets[i], state=settled)


def _counted_object(lows: list[str], i: int) -> bool:
    """Whether the word after the having word at i counts the MPPs had ("baru memiliki tiga MPP", "terdapat 9
    MPP"): a state of several MPPs, no launch the story tells."""
    return i + 2 < len(lows) and (lows[i + 1].isdigit() or lows[i + 1] in CARDINALS) and lows[i + 2] in MPP_WORDS
