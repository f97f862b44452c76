"""Phrase triggers of a unit: an MPP had, existing, opened, prepared, made a site, standing since a
date, present since; a regulation's title (whose words tell no status) and "sejak 2020" (operating
since), read by regular expressions over the unit's text rather than word by word (status.py).
"""
from __future__ import annotations

import re

from pipeline.facttypes.mpp.unitwords import (
    CLAUSE_END, DONE_WORDS, EXIST_WORDS, FUTURE_WORDS, LEX, MPP_WORDS, NEGATIONS, NOW_WORDS, WISH_WORDS, Trigger,
    Words,
)
from pipeline.lang import CARDINALS, ENUMERATION_OPENERS, Gated, words_pattern

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
MEETING_NOUNS = frozenset(LEX["meeting_nouns"])
REOPEN_WORDS = frozenset(LEX["reopen_words"])
MEETING_NOT_BETWEEN = frozenset(LEX["meeting_not_between"])
#: how many words may stand between a meeting noun and the MPP it is about ("rapat koordinasi pembangunan MPP")
MEETING_GAP_WORDS = 2
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

#: an MPP strengthened, evaluated or put right ("penguatan Mal Pelayanan Publik melalui keaktifan gerai", "rakor
#: evaluasi penyelenggaraan MPP"): it exists, operating (final4; final6 and final7 show the words beside other cues)
SUSTAIN_MPP = Gated(re.compile(words_pattern(LEX["sustain_words"]) + r"\s+(?:" + words_pattern(LEX["sustain_between"])
                               + r"\s+){0,2}" + _MPP_NAME + r"\b", re.IGNORECASE), tuple(LEX["sustain_words"]))

#: a regulation's title ("SE … mengenai Pendataan Rencana Pembentukan Mal Pelayanan Publik", "Perpres
#: 89/2021 tentang Penyelenggaraan MPP"): its words tell no status
REGULATION_TITLE = re.compile(r"\b(?:" + "|".join(LEX["regulation_words"]) + r")\b[^;]{0," + str(REGULATION_GAP_CHARS)
                              + r"}?\b(?:tentang|mengenai|perihal)\s+(?P<title>[^,;.()]*?)(?=\s+yang\b|[,;.()]|$)",
                              re.IGNORECASE)


def phrase_triggers(text: str, w: Words) -> list[Trigger]:
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
    m = SUSTAIN_MPP.search(text)
    if m and not (m.group()[:1].isupper() and w.word_index(m.start()) > 0):
        # (capitalised inside its sentence it names an event, "Rakor Penguatan Implementasi MPP" of every MPP)
        out.append(Trigger("operating", True, m.start(), state=True))
    for m in EXIST_MPP.finditer(text) if "ada" in w.lows else ():
        trigger = _exist(w, w.word_index(m.start("exist")))
        if trigger is not None:
            out.append(trigger)
    return out


def _exist(w: Words, i: int) -> Trigger | None:
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


def _opening(w: Words, m: re.Match) -> Trigger | None:
    """Opening an MPP: a launch (a plan after a future marker; "membuka MPP" a weak one, history for
    an MPP the story tells operating); opening hours ("dibuka setiap hari") and opening again ("kembali membuka
    MPP usai renovasi", final7) tell it operates; "resmi dibuka" is read as a launch word already."""
    pos = m.start("opened") if m.group("opened") else m.start()
    i = w.word_index(pos)
    if i > 0 and w.lows[i - 1] in ("resmi", *NEGATIONS):
        return None
    if m.group("opened") and _meeting_about(w, w.word_index(m.start())):
        return None  # "rapat koordinasi pembangunan MPP Kabupaten A yang dibuka oleh Sekda": the meeting opened
    if m.group("opened") and HOURS_AFTER.match(w.text, m.end()):
        return Trigger("operating", True, pos)
    if w.future_before(i):
        return Trigger("planned", True, pos, event=True)
    if (i > 0 and w.lows[i - 1] in REOPEN_WORDS) or (m.group("opened") and i + 1 < len(w.lows)
                                                      and w.lows[i + 1] in REOPEN_WORDS):
        return Trigger("operating", True, pos)  # "kembali membuka MPP", "MPP … dibuka kembali": reopened, it runs
    # "membuka MPP" is also said of an MPP opened long ago ("keberanian Pemkab membuka MPP"): weak
    return Trigger("launched", bool(m.group("opened")), pos)


def _meeting_about(w: Words, i: int) -> bool:
    """Whether the MPP named at word i is the topic of a meeting noun right before it ("rapat koordinasi
    pembangunan MPP", "sosialisasi MPP"), not a place ("Rapat digelar di MPP")."""
    for j in range(i - 1, max(-1, i - 2 - MEETING_GAP_WORDS), -1):
        low = w.lows[j]
        if low in MEETING_NOUNS:
            return True
        if low in MEETING_NOT_BETWEEN or low in CLAUSE_END or not low.isalpha():
            return False
    return False


def _own(w: Words, i: int) -> Trigger | None:
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
