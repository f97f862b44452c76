"""Holders listed by name after an opener, the office told once for the group (`group_lists`):

    Empat pejabat yang dipromosikan menjadi camat, yakni A, B, C, dan D.
    Bupati X melantik delapan kepala distrik. Adapun mereka yang dilantik, yakni A (Distrik P), B (Distrik Q), …

An installation story names the group's office once, in lower case as a common noun ("camat", "kepala
distrik"), and then lists the people with nothing but their names (each maybe with a bracket after it:
the subdistrict, the former office). Each name holds that office, in the place the office takes from
the article (a camat's kabupaten).

The scope is closed (read on final7, two articles; the shape of an installation's roll in regional
news): the list follows an enumeration opener ("yakni", "yaitu", "antara lain", "ialah", "adalah"; a
colon) in a sentence that names the group as persons before it (lexicon `group_person_words`: "mereka",
"pejabat", "para") or by the office itself; an installation or appointment word stands in that
sentence or the three before (`label_roll_frames`, `group_appointment_words`); the office is the last
title head written in lower case in those sentences (not one that needs its organisation, "kepala"); candidates' words
(`pair_list_blockers`) block it; every item must be a clean name (name words, a bracket after it) joined
by commas, "dan" or "serta" up to the sentence's end, and there must be two at least.
"""
from __future__ import annotations

from pipeline.facttypes.officials.words import (
    GROUP_APPOINTMENT_WORDS, GROUP_PERSON_WORDS, LABEL_ROLL_FRAMES, MAX_PARENS_TOKENS, PAIR_LIST_BLOCKERS, TITLES,
    _category,
)
from pipeline.lang import ENUMERATION_OPENERS, LIST_GLUE

#: sentences before the list's own searched for the group's office and the installation
GROUP_FRAME_SENTENCES = 3
#: names such a list holds at least
GROUP_MIN_NAMES = 2
_OPENERS = frozenset(ENUMERATION_OPENERS) | {"ialah", "adalah"}
_FRAME_WORDS = LABEL_ROLL_FRAMES | GROUP_APPOINTMENT_WORDS
#: the last word of each opener: the cheap test before the whole opener is read
_OPENER_LAST = frozenset(o.split()[-1] for o in _OPENERS)


class GroupListReader:
    """The group-list reader of `Reader` (a mixin: it uses the reader's doc, heads, name runs and places)."""

    def group_lists(self, heads: list) -> list:
        """[Found] of the holders listed by name after an opener under a group's office (module doc)."""
        from pipeline.facttypes.officials.reader import Found

        out = []
        # (a head that needs its organisation, "kepala" alone, names no office in lower case)
        low_heads = [h for h in heads if self.texts[h.start].islower() and not TITLES[h.label_][1]]
        if not low_heads:
            return out
        lowers = self.lowers
        for k in [k for k, w in enumerate(lowers) if w in _OPENER_LAST]:
            if not self._group_opener(k):
                continue
            sent = self.doc[k].sent
            lo = self._sentences_before(sent.start, GROUP_FRAME_SENTENCES)
            head = next((h for h in reversed(low_heads) if lo <= h.start and h.end <= k), None)
            if head is None or not (self._holds(sent.start, k, GROUP_PERSON_WORDS) or sent.start <= head.start):
                continue  # the list's sentence names the group as persons or by the office
            if not self._holds(lo, k, _FRAME_WORDS) or self._holds(lo, sent.end, PAIR_LIST_BLOCKERS):
                continue
            first = k + 1 + (k + 1 < sent.end and self.texts[k + 1] in ":,")
            names = self._name_list(first, sent.end)
            if len(names) < GROUP_MIN_NAMES:
                continue
            category, _needs = TITLES[head.label_]
            role_words = {self.lowers[x] for x in range(head.start, head.end)}
            category = _category(category, head.label_, role_words)
            region, province, _ = self.place(head.end, head.end, category, head.label_, role_words, head.start)
            role = self.span_text(head.start, head.end).strip()
            evidence = self.span_text(sent.start, sent.end).strip()
            out.extend(Found(self.name_text(s, e), role, category, region, province, evidence, False)
                       for s, e in names)
        return out

    def _group_opener(self, k: int) -> bool:
        return self.lowers[k] in _OPENERS or (k > 0 and f"{self.lowers[k - 1]} {self.lowers[k]}" in _OPENERS)

    def _name_list(self, k: int, send: int) -> list[tuple[int, int]]:
        """[(start, end)] of the names from token k to the sentence's end, joined by commas and list glue,
        each maybe with a bracket after it; [] when any part is no clean name."""
        names = []
        while k < send:
            run = self._name_run(k, send)
            if run is None:
                return []
            names.append(run)
            k = run[1]
            if k < send and self.texts[k] == "(":
                close = next((x for x in range(k + 1, min(send, k + 2 + MAX_PARENS_TOKENS)) if self.texts[x] == ")"), None)
                if close is None:
                    return []
                k = close + 1
            while k < send and (self.texts[k] == "," or self.lowers[k] in LIST_GLUE or self.spaces[k]):
                k += 1
            if k >= send or self.doc[k].is_sent_end and self.texts[k] in ".!?":
                break
        return names
