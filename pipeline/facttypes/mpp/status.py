"""Status triggers of a unit: the words that tell an MPP is planned, launched or operating.

From the Sastrawi stems of the unit's words (`pipeline.nlp.stem`), so every inflection counts
(meresmikan, diresmikan, peresmian, diresmikannya → resmi). A launch or operation word with a future
marker close before it ("akan segera meluncurkan", "dijadwalkan meresmikan", "jelang peresmian") is
a plan; a plan word ("menargetkan", "rencananya") governs the rest of its clause. "dibangun" alone is
a weak plan, "menyiapkan MPP" too; "untuk dijadikan MPP" is a plan; "sejak 2020" alone operating;
having an MPP ("sudah memiliki MPP", "terdapat lima MPP") operating; a state told of an MPP named
before (having without an object: "yang memiliki, yakni …", "karena sudah punya"; existing: "MPP
cuman ada di enam kab/kota", "MPP yang ada di Kota A") operating, dated only by "sejak …".

The lexicon's word sets, `Trigger` and a unit's `Words` are in unitwords.py; the phrase triggers in
phrases.py.
"""
from __future__ import annotations

from pipeline.facttypes.mpp.moods import conditional, postponed
from pipeline.facttypes.mpp.phrases import (  # MAKE_SITE, OWN_BARE: read from here by place.py and tests
    MAKE_SITE, OWN_BARE, REGULATION_TITLE, SINCE_YEAR, phrase_triggers,
)
from pipeline.facttypes.mpp.unitwords import (  # LEX, STATUS_STEMS, status_stem: read from here by the other modules
    AFTER_EVENT_FUTURE, AFTER_EVENT_PAST, AFTER_EVENT_WORDS, ARRIVE_STEMS, BACK_REFERENCE_AFTER, BARE_EVENT_AFTER,
    BEFORE_WORDS, BUDGET_YEAR, BUILD_NOT_OBJECTS, BUILT_DONE_WORDS, BUILT_WORDS,
    BUILD_NOT_WORDS, BUILD_STEMS, CANCEL_BEFORE_REACH, CANCEL_WORDS, CLAUSE_END, COMMITMENT_OBJECT_REACH,
    COMMITMENT_WORDS, COUNTERFACTUAL_WORDS, COUNTER_BETWEEN, SCHEDULED_WORDS, COUNTER_REACH, COUNTER_WORDS, DONE_BETWEEN,
    DONE_BETWEEN_REACH, DONE_WORDS, FORMED_WORDS, FORM_WORDS, FUTURE_REACH, LAUNCH_STEMS, LAUNCH_WORDS, LEX, MPP_WORDS,
    NEGATIONS, NEGATION_REACH, OCCASION_BEFORE, OFFICIAL_ADJ_BEFORE, ONGOING_BETWEEN, ONGOING_WORDS, OPENING_STEMS,
    OPEN_WORDS,
    OPERATE_STEMS, OWN_OBJECTS, PLANNED_DONE_REACH, PLAN_STEMS, PLAN_WORDS, PRESENT_WORDS, PURPOSE_WORDS,
    REQUEST_WORDS, SERVE_BEFORE, SERVE_WORDS, START_WORDS, STATUS_STEMS, STRUCTURE_REACH,
    STRUCTURE_WORDS, TODAY, TOLD_BEFORE, TRIAL_WORDS, URGED_OTHERS, URGE_WORDS, Trigger, Words, signed, status_stem,
)
from pipeline.lang import CARDINALS
from pipeline.nlp.discourse.lists import COUNTED_GROUP

#: how many words (numbers, "sebuah") may stand between "terbentuk" and the MPP formed ("terbentuk enam MPP")
FORMED_OBJECT_REACH = 2
#: how many phase words may stand between an ongoing word and a building word ("masih dalam tahap pembangunan")
ONGOING_BETWEEN_REACH = 3


def _launch(w: Words, i: int) -> Trigger | None | bool:
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


def _bare_noun(w: Words, i: int) -> bool:
    """Whether word i is an event noun standing alone: "peresmian", "soft launching", "grand opening"
    followed by none of the MPP's name nor another noun ("Jelang peresmian yang direncanakan …")."""
    lows = w.lows
    if not (lows[i].startswith("pe") or lows[i] in LAUNCH_WORDS):
        return False
    nxt = lows[i + 1] if i + 1 < len(lows) else "."
    return nxt in BARE_EVENT_AFTER or not nxt[:1].isalnum()


#: the word sets `_word_trigger`'s branches test a word's own stem (`st`) or form (`low`) against, every branch
#: needing one: a word in none of them gives None, so `statuses` does not call it for that word (a branch
#: added there adds its set here; tests/pipeline/facttypes/mpp/test_status_gate.py reads the branches)
TRIGGER_STEM_SETS = (OPERATE_STEMS, PLAN_STEMS, BUILD_STEMS, ARRIVE_STEMS)
TRIGGER_WORD_SETS = (SERVE_WORDS, PLAN_WORDS, COMMITMENT_WORDS, FORMED_WORDS, FORM_WORDS, PRESENT_WORDS)
_TRIGGER_STEMS = frozenset().union(*TRIGGER_STEM_SETS)
_TRIGGER_WORDS = frozenset().union(*TRIGGER_WORD_SETS)


def _word_trigger(w: Words, i: int) -> Trigger | None:
    low, st = w.lows[i], w.stems[i]
    if st in OPERATE_STEMS or (low in SERVE_WORDS and i > 0 and w.lows[i - 1] in SERVE_BEFORE):
        return Trigger("planned" if w.future_before(i) else "operating", True, w.offsets[i], event=True)
    if (st in PLAN_STEMS and low != "target") or low in PLAN_WORDS:  # not the bare noun "target"
        # planned long ago ("sudah sejak lama direncanakan", "telah merencanakan pembangunannya"): history, weak
        done = any(low in DONE_WORDS for low in w.lows[max(0, i - PLANNED_DONE_REACH):i])
        return Trigger("planned", not done, w.offsets[i])
    if low in COMMITMENT_WORDS and i > 0 and signed(w.lows[i - 1]) \
            and any(x in MPP_WORDS for x in w.lows[i + 1:i + 2 + COMMITMENT_OBJECT_REACH]):
        # "menandatangani komitmen penyelenggaraan MPP"; for a counted group after it ("… MPP Digital pada 40
        # daerah"), a plan of governments it does not name: weak, no group's status for a list told later
        return Trigger("planned", not COUNTED_GROUP.search(w.text, w.offsets[i]), w.offsets[i])
    if low in FORMED_WORDS:
        return _formed(w, i)
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


def _formed(w: Words, i: int) -> Trigger | None:
    """Formed (word i), told as done: launched, a state dated only by "sejak …" ("telah terbentuk enam MPP,
    yaitu …"); negated ("MPP belum terbentuk"), none; after a future marker, a plan."""
    if any(w.lows[j] in NEGATIONS and not w._partly(j) for j in range(max(0, i - NEGATION_REACH), i)):
        return None
    if not _formed_mpp(w, i):
        return None
    if w.future_before(i):
        return Trigger("planned", True, w.offsets[i])
    return Trigger("launched", True, w.offsets[i], state=True)


def _formed_mpp(w: Words, i: int) -> bool:
    """Whether the MPPs are what was formed (word i): the MPP counted or named right after it ("terbentuk enam
    MPP"), counted places after it ("terbentuk di lima kota"), or the MPP right before it ("MPP yang telah
    terbentuk"); not a team or forum ("Tim percepatan MPP telah terbentuk")."""
    lows = w.lows
    after = lows[i + 1:i + 2 + FORMED_OBJECT_REACH]
    if any(low in MPP_WORDS for low in after[:next((k + 1 for k, low in enumerate(after) if not (
            low.isdigit() or low in CARDINALS or low in OWN_OBJECTS)), len(after))]):
        return True
    if after[:1] == ["di"] and i + 2 < len(lows) and COUNTED_GROUP.match(w.text, w.offsets[i + 2]):
        return True
    j = i - 1
    while j >= 0 and i - j <= DONE_BETWEEN_REACH + 1 and (lows[j] in DONE_WORDS or lows[j] == "yang"):
        j -= 1
    return j >= 0 and j < i - 1 and lows[j] in MPP_WORDS


def _build(w: Words, i: int) -> Trigger | None:
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
    if before in DONE_WORDS and low in BUILT_DONE_WORDS and i + 1 < len(lows) and lows[i + 1] in MPP_WORDS:
        # "telah sukses membangun MPP Kota A dalam sebulan": built, it stands (final8), not "… membangun gedung MPP"
        return Trigger("operating", True, w.offsets[i], state=True)
    if before in ONGOING_WORDS or _in_progress(lows, i):
        return Trigger("planned", True, w.offsets[i])
    if BUDGET_YEAR.search(w.text) and not any(st in LAUNCH_STEMS or st in OPERATE_STEMS for st in w.stems):
        # "… masuk dalam APBD 2022", "pembangunan MPP dianggarkan …"; not "dibangun dengan anggaran …, diresmikan
        # 2021". "Gedung ini dibangun … dengan anggaran pembangunan … (APBD 2022)" with no future marker describes the
        # building: a weak plan, history where the story launches the MPP (final6)
        described = any(b in BUILT_WORDS and not w.future_before(j) for j, b in enumerate(lows))
        return Trigger("planned", not described, w.offsets[i])
    if any(low in URGE_WORDS and nxt in URGED_OTHERS for low, nxt in zip(lows[:i], lows[1:i])) \
            and any(low in PURPOSE_WORDS for low in lows[:i]):
        return Trigger("planned", False, w.offsets[i])  # "mendorong mereka, supaya segera membangun MPP"
    return Trigger("planned", w.future_before(i), w.offsets[i])


def _in_progress(lows: list[str], i: int) -> bool:
    """Whether the building word i is told in progress by a phase before it: "masih dalam pembangunan",
    "dalam tahap pembangunan", "sedang dalam proses pembangunan"."""
    j = i - 1
    while j >= 0 and i - j <= ONGOING_BETWEEN_REACH and lows[j] in ONGOING_BETWEEN:
        j -= 1
    return j < i - 1 and (lows[i - 1] in ("tahap", "proses") or (j >= 0 and lows[j] in ONGOING_WORDS))


def _cancelled(w: Words, trigger: Trigger) -> bool:
    """Whether a status is called off or only talked of: a cancel word after its word in the unit
    ("direncanakan dibangun pada 2022, namun batal", "masih wacana") or right before it ("batal
    diresmikan")."""
    i = w.word_index(trigger.pos)
    return any(low in CANCEL_WORDS for low in w.lows[i + 1:]) \
        or any(low in CANCEL_WORDS for low in w.lows[max(0, i - CANCEL_BEFORE_REACH):i])


def _mpp_object(w: Words, i: int) -> bool:
    """Whether the MPP is the object right after word i ("membentuk MPP", "mendirikan sebuah MPP")."""
    nxt = w.lows[i + 1:i + 3]
    return bool(nxt) and (nxt[0] in MPP_WORDS or (nxt[0] in OWN_OBJECTS and nxt[1:] and nxt[1] in MPP_WORDS))


def _counters_after(w: Words, i: int) -> bool:
    """Whether the status word i is about counters inside an MPP ("membuka 20 gerai", "meresmikan
    loket Samsat"), not the MPP itself."""
    for j in range(i + 1, min(len(w.lows), i + 2 + COUNTER_REACH)):
        if w.lows[j] in COUNTER_WORDS:
            return True
        if not (w.lows[j].isdigit() or w.lows[j] in CARDINALS or w.lows[j] in COUNTER_BETWEEN
                or w.lows[j] in OPEN_WORDS or w.stems[j] in ARRIVE_STEMS):  # "menargetkan membuka 20 gerai"
            return False
    return False


def _mood(w: Words, trigger: Trigger) -> Trigger | None:
    """A trigger read in its sentence's mood: counters' events tell the MPP runs (weakly); after a
    counterfactual ("seharusnya … sudah berjalan") none; in a sentence opening with a condition ("Jika
    …, maka … soft launching") a launch or operation is a plan; in a clause of purpose ("agar MPP
    dapat beroperasi …") a weak one."""
    i = w.word_index(trigger.pos)
    if i < len(w.lows) and _counters_after(w, i):
        return Trigger("operating", False, trigger.pos, state=True)
    start = next((j + 1 for j in range(i - 1, -1, -1) if w.lows[j] in CLAUSE_END), 0)
    if any(low in COUNTERFACTUAL_WORDS for low in w.lows[start:i]) and not _scheduled(w.lows, start, i, trigger):
        return None
    if trigger.status != "planned" and any(low in BEFORE_WORDS for low in w.lows[max(start, i - FUTURE_REACH):i]):
        # "sebelum MPP ini beroperasi, …": not yet (a weak plan)
        return Trigger("planned", False, trigger.pos, event=True, noun=trigger.noun)
    if trigger.status != "planned" and _ahead_after(w.lows, i):
        # "Setelah diresmikan, nantinya warga dapat mengakses …": the launch is ahead too (a weak plan)
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


def _scheduled(lows: list[str], start: int, i: int, trigger: Trigger) -> bool:
    """Whether a plan's word follows a counterfactual word that a schedule word follows ("MPP yang sedianya akan
    mulai beroperasi pada awal Januari 2026 ini belum terealisasi"): the plan and its date, still a plan. Shown by
    final9; not "seharusnya sudah beroperasi" (no fact)."""
    if trigger.status != "planned":
        return False
    return any(lows[j] in COUNTERFACTUAL_WORDS and j + 1 < i and lows[j + 1] in SCHEDULED_WORDS for j in range(start, i))


def _ahead_after(lows: list[str], i: int) -> bool:
    """Whether the status word i opens its sentence's first clause after "setelah"/"usai" (AFTER_EVENT_WORDS, right
    before it) and the rest of the sentence is told ahead (a future marker after it: "Setelah diresmikan, nantinya
    …"), with no date nor past word in that clause ("Setelah diresmikan pada 2019, MPP akan …"). Shown by final8;
    Indonesian news tells what an MPP will offer once launched so."""
    if not (0 < i and lows[i - 1] in AFTER_EVENT_WORDS and lows[i - 1] == next(
            (low for low in lows if low[:1].isalnum()), "")):
        return False
    end = next((k for k in range(i + 1, len(lows)) if lows[k] in CLAUSE_END), len(lows))
    if any(low.isdigit() or low in AFTER_EVENT_PAST for low in lows[i + 1:end]):
        return False
    return any(low in AFTER_EVENT_FUTURE for low in lows[i + 1:])


def statuses(text: str, lows: list[str], offsets: list[int]) -> list[Trigger]:
    """Status triggers of one unit: its text, its words (lower case, no spaces) and their offsets
    in the text."""
    w = Words(text, lows, offsets)
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
        if st not in _TRIGGER_STEMS and low not in _TRIGGER_WORDS:
            continue  # (no branch of _word_trigger holds)
        trigger = _word_trigger(w, i)
        if trigger is not None:
            out.append(trigger)
            if trigger.status == "operating" and st in OPERATE_STEMS and i > 0 and w.lows[i - 1] in START_WORDS:
                started.append(trigger.pos)
    out += phrase_triggers(text, w)
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
