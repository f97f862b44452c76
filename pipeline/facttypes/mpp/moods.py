"""Moods of a launch word that make it no launch told done: put off ("peresmian diundur jadi 3
Agustus") or under a condition that opens its sentence ("Jika semua siap, MPP diresmikan …"; in a
quote, up to its closing mark). Pure functions over a unit's text and lower-case words."""
from __future__ import annotations

from pipeline.facttypes.mpp import FOLDER
from pipeline.nlp.rules import read_lexicon

LEX = read_lexicon(FOLDER / "lexicon.toml")
CONDITION_WORDS = frozenset(LEX["condition_words"])
POSTPONE_WORDS = frozenset(LEX["postpone_words"])
POSTPONE_PAST = frozenset(LEX["postpone_past"])
#: quote marks: a quoted sentence's condition ends with its quote
QUOTES = "\"“”'‘’"
#: how many words after a launch word, in its clause, its postponement may stand ("peluncuran Mal Pelayanan
#: Publik Kota A ditunda")
POSTPONE_REACH = 8
#: the words that end a clause
CLAUSE_MARKS = (",", ";", ".")


def postponed(lows: list[str], i: int) -> bool:
    """Whether the launch word i is put off right after it ("peresmian diundur", "peluncuran MPP
    ditunda"), not delayed before it was held ("yang sempat tertunda akhirnya digelar")."""
    after = lows[i + 1:i + 1 + POSTPONE_REACH]
    after = after[:next((n for n, low in enumerate(after) if low in CLAUSE_MARKS), len(after))]
    return any(low in POSTPONE_WORDS for low in after) and not any(low in POSTPONE_PAST for low in lows)


def conditional(text: str, lows: list[str], pos: int) -> bool:
    """Whether the sentence opens with a condition ("Jika …, maka … soft launching") that reaches
    the status word at `pos`: a quote opening with one ends at its closing mark ("\"Kalau bisa …,\"
    kata Menteri saat meresmikan MPP": that launch is no condition's)."""
    head = text.lstrip()
    if head[:1] in QUOTES:
        start = len(text) - len(head)
        close = next((k for k in range(start + 1, len(text)) if text[k] in QUOTES), len(text))
        if pos > close:
            return False
    return next((low for low in lows if low[:1].isalnum()), "") in CONDITION_WORDS
