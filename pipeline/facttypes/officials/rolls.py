"""Rolls of members: names listed before one appointment link, and members' titles whose body the
frame told before.

An installation story names the body once ("Presiden melantik sembilan anggota Ombudsman RI …") and
then gives the roll with bare titles: "A sebagai Ketua, dan B sebagai Wakil Ketua. Kemudian, C, D, E
dan F sebagai anggota." A bare member's title ("Ketua", "Wakil Ketua", "Anggota": lexicon
`member heads` of pipeline/lang needing an organisation) linked to its name by an appointment link
takes the body named last in its sentence or the few before (lexicon `roll_bodies`), with that
body's category, and the place written right after the body ("DPRD Kota Kendari"), else none.

The scope is closed: the title must stand alone (punctuation or the sentence end after it), the link
must be a word ("sebagai", "menjadi"), and only names joined by commas, "dan" or "serta" are listed,
up to the sentence start, a list opener or a lower-case word; a name after a capitalised word (a
title: "Wakil Bupati Danang, dan Budi sebagai …") ends the list.
"""
from __future__ import annotations

from pipeline.lang import ENUMERATION_OPENERS
from pipeline.facttypes.officials.words import (
    APPOINTMENT_FILLERS, APPOINTMENT_LINKS, NOT_NAME_WORDS, ROLL_BODIES, ROLL_LIST_SEPARATORS, _MEMBER_HEADS,
)

#: sentences before a bare member's title searched for the body it belongs to
ROLL_FRAME_SENTENCES = 3
#: tokens after the body's word searched for its place ("DPRD Kabupaten Kolaka Timur")
ROLL_PLACE_TOKENS = 3
#: lower-case words between a generic title ("kepala daerah") and the opener of its list
MAX_ENUMERATION_LEAD = 8
#: names a roll before one link holds at most (a longer run is no roll)
MAX_ROLL_NAMES = 15


class RollReader:
    """The roll readers of `Reader` (a mixin: it uses the reader's doc, spans and name runs)."""

    def framed_body(self, head_key: str, start: int, role_end: int, send: int):
        """(category, region, province) of the body a bare member's title at `start` (role up to
        `role_end`) belongs to, told in its sentence before it or the few before; None when the
        title is not bare, not linked by a word, or no body is told."""
        if head_key not in _MEMBER_HEADS or start < 1 or self.lowers[start - 1] not in APPOINTMENT_LINKS:
            return None
        if role_end < send and not self.doc[role_end].is_punct:
            return None  # "sebagai ketua tim", "sebagai Ketua Panitia": another body's title
        lo = self._sentences_before(self.doc[start].sent.start, ROLL_FRAME_SENTENCES)
        body = next((k for k in range(start - 1, lo - 1, -1) if self.lowers[k] in ROLL_BODIES), None)
        if body is None:
            return None
        category = ROLL_BODIES[self.lowers[body]]
        region = province = None
        for k in range(body + 1, min(body + 1 + ROLL_PLACE_TOKENS, len(self.lowers))):
            if k in self.region_at:
                region = self.region_at[k].kb_id_
                r = self.gaz.regions.get(region)
                province = r.province_code if r else region.split(".")[0]
                break
            if k in self.province_at:
                province = self.province_at[k].kb_id_
                break
        return category, region, province

    def roll_before(self, n_start: int, n_end: int, start: int, sstart: int) -> list[tuple[int, int]]:
        """[(start, end)] of the names listed before the name at n_start..n_end that one link right
        before the title at `start` gives one office ("C, D, E dan F sebagai anggota"), in order; []
        when there is no such link or the list is not clean."""
        if not (sstart <= n_end < start and self.lowers[start - 1] in APPOINTMENT_LINKS
                and all(self.lowers[k] in APPOINTMENT_FILLERS for k in range(n_end, start - 1))):
            return []
        out = []
        s = n_start
        while len(out) < MAX_ROLL_NAMES:
            j = s
            while j - 1 >= sstart and self.lowers[j - 1] in ROLL_LIST_SEPARATORS:
                j -= 1
            if j == s:
                break
            run = self._run_before(j, sstart)
            if run is None:
                # "Kemudian, A, B …": the list opens after a connective; else no list of names
                opener = j - 1 >= sstart and (self.texts[j - 1].islower() or self.lowers[j - 1] in NOT_NAME_WORDS)
                return out if opener and self.texts[j] == "," else []
            b = run[0] - 1
            if b >= sstart and not (self.lowers[b] in ROLL_LIST_SEPARATORS or self.doc[b].is_punct
                                    or self.texts[b].islower()):
                return []  # "Wakil Bupati Danang, dan Budi sebagai …": a title before a name
            out.insert(0, run)
            s = run[0]
        return out

    def enumerates(self, i: int, send: int) -> bool:
        """Whether an enumeration opener ("yakni", "antara lain", "termasuk") follows token i after a
        few lower-case words ("kepala daerah yang mengambil cuti termasuk …")."""
        for k in range(i, min(send, i + MAX_ENUMERATION_LEAD)):
            if self.lowers[k] in ENUMERATION_OPENERS or " ".join(self.lowers[k:k + 2]) in ENUMERATION_OPENERS:
                return True
            if not self.texts[k].islower():
                return False
        return False
