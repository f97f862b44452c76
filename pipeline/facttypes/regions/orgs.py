"""A bare name inside a company's name is no place the article refers to: "Bank Syariah NTB", "Bank Riau Kepri",
"PT Semen Padang" (the name ends a run of capitalised words that an organisation's head word opens; lexicon
`org_heads`). A cue right before the name ("Bank Indonesia Perwakilan Provinsi Jambi") makes it a place again:
the caller asks only for names without one."""
from __future__ import annotations

#: How many capitalised words may stand between the organisation's head word and the name.
ORG_NAME_WORDS = 3


def in_org_name(texts: list[str], lowers: list[str], start: int, heads: frozenset[str]) -> bool:
    """Whether the name starting at token `start` ends an organisation's name opened by one of `heads`
    (lower case) at most ORG_NAME_WORDS capitalised words before it (`texts`/`lowers`: the doc's tokens)."""
    for k in range(start - 1, max(-1, start - 2 - ORG_NAME_WORDS), -1):
        if lowers[k] in heads:
            return k < start - 1  # (right before the name, the head is a negative cue of its own)
        if not (texts[k][:1].isupper() and texts[k].isalpha()):
            return False
    return False
