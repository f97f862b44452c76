"""Heads and deputies listed as pairs beside their places, the place told first or after "di"/"dari"
(`placed_pairs`): "1. Kabupaten Deli Serdang (Budi Santoso-Ahmad Yani)", "… diantaranya Kota Metro
Budi Santoso-Ahmad Yani, Lampung Timur Rudi Hartono -Hasan Basri", "yaitu Budi Santoso dan Ahmad
Yani di Kabupaten Minahasa, Rudi Hartono dan Hasan Basri di Kota Bitung".

Lists of elected or installed pairs name no title beside each item: the frame names the office once
("Berikut daftar 11 kepala daerah …", "pelantikan … diikuti 7 kabupaten kota diantaranya …", "lima
pasang bupati dan wakil bupati … yang dilantik, yaitu …"). By the contract a pair elected and not yet
inaugurated holds the office too, so the first name of a pair is the head (`kepala_daerah`), the
second the deputy, the office's kind from the place's kind (pairs.py's `pair_list_roles`).

Shown by final9 (numbered "PLACE (HEAD-DEPUTY)" lines) and final10 ("PLACE HEAD-DEPUTY" items in a
sentence, and "HEAD dan DEPUTY di PLACE" items). pairs.py reads the "HEAD-DEPUTY (PLACE)" order.

The scope is closed as pairs.py's: two items or more joined only by list glue, connectives and
enumerators, an installation or regional-head word (`pair_list_frames`) in their sentences or the few
before, no candidate word (`pair_list_blockers`); items joined by a word ("A dan B di X") need a frame
that calls them pairs (`pair_list_pair_words`).
"""
from __future__ import annotations

from bisect import bisect_left

from pipeline.facttypes.officials.words import (
    DASHES, ITEM_PLACE_CUES, PLACE_KIND_WORDS, PAIR_LIST_BLOCKERS, PAIR_LIST_FRAMES, PAIR_LIST_JOINS, PAIR_LIST_PAIR_WORDS,
    PAIR_LIST_ROLES,
)
from pipeline.lang import LIST_GLUE

#: sentences before a list that may hold its frame
ELECT_FRAME_SENTENCES = 3
#: items a list needs (one pair beside a place is no list)
ELECT_MIN_ITEMS = 2
#: words before a place that tell it is the place of the names before them ("A dan B di Kota X")
_AFTER_NAME_PLACE_WORDS = frozenset({"di", "dari"})
#: place-kind words before a listed place ("Kota Binjai", "Kabupaten Karo", "Provinsi Jambi")
_PLACE_CUES = ITEM_PLACE_CUES | PLACE_KIND_WORDS


class PlacedPairReader:
    """The reader of place-first pair lists of `Reader` (a mixin: it uses the reader's spans, name
    runs and the list helpers of PairListReader)."""

    def placed_pairs(self) -> list:
        """[Found] of the heads and deputies listed as pairs beside their places (module doc)."""
        from pipeline.facttypes.officials.reader import Found

        spans = sorted([*self.discourse.spans("regions"), *self.discourse.spans("provinces")],
                       key=lambda s: s.start)
        # tokens opening with a dash: a pair after its place needs one (`_pair_after_place`)
        self._dash_tokens = [i for i, t in enumerate(self.texts) if t[:1] in DASHES] \
            if any(d in self.discourse.text for d in DASHES) else []
        items = [it for it in map(self._placed_pair, spans) if it is not None]
        out = []
        for group in self._pair_runs(items):
            lo = self._sentences_before(group[0][0], ELECT_FRAME_SENTENCES)
            hi = group[-1][1]
            if len(group) < ELECT_MIN_ITEMS or not self._holds(lo, hi, PAIR_LIST_FRAMES) \
                    or self._holds(lo, hi, PAIR_LIST_BLOCKERS):
                continue
            if any(it[5] for it in group) and not self._holds(lo, hi, PAIR_LIST_PAIR_WORDS):
                continue  # "A dan B di X": two people unless the frame calls them pairs
            for start, end, place, head, deputy, _ in group:
                kind = place.label_ if place.label_ in PAIR_LIST_ROLES else "provinsi"
                code = place.kb_id_
                r = self.gaz.regions.get(code)
                province = r.province_code if r else code.split(".")[0]
                sent = self.doc[start].sent
                evidence = self.span_text(sent.start, sent.end).strip()
                where = self.span_text(place.start, place.end).strip()
                for name, title, cat in ((head, PAIR_LIST_ROLES[kind][0], "kepala_daerah"),
                                         (deputy, PAIR_LIST_ROLES[kind][1], "wakil_kepala_daerah")):
                    if name:
                        out.append(Found(name, f"{title} {where}", cat, code if r else None, province,
                                         evidence, True))
        return out

    def _placed_pair(self, place):
        """(start, end, place, head, deputy, joined by a word) of a pair item at a place span, or None."""
        return self._pair_after_place(place) or self._pair_before_place(place)

    def _pair_after_place(self, place):
        """"PLACE (A-B)" or "PLACE A-B" ending at punctuation, list glue or the sentence end; the
        dash may be glued to the deputy's name ("A -B": one token "-B")."""
        dashes = self._dash_tokens
        n = bisect_left(dashes, place.end)
        if n == len(dashes):
            return None  # no dash after the place: no "A-B" (tested first: the cheap test)
        send = self.doc[place.start].sent.end
        if dashes[n] >= send:
            return None
        k = self._item_start(place)
        if k > 0 and self.texts[k - 1].isalpha() and not self.texts[k - 1].islower():
            return None  # "kotaBandar Lampung": the place is part of a longer name, read wrong
        j = place.end
        bracket = j < send and self.texts[j] == "("
        head = self._name_run(j + bracket, send)
        if head is None or head[1] + 1 >= send:
            return None
        d = head[1]
        glued = self.texts[d][:1] in DASHES and self.texts[d][1:2].isupper() and self.texts[d][1:].isalpha()
        if not glued and self.texts[d] not in DASHES:
            return None
        deputy = self._name_run(d + 1, send)
        if glued and deputy is None and d + 1 <= send:
            deputy = (d + 1, d + 1)  # "-Marzuki": a one-word deputy
        if deputy is None:
            return None
        end = deputy[1]
        if bracket:
            if end >= send or self.texts[end] != ")":
                return None
            end += 1
        elif not (end >= send or self.doc[end].is_punct or self.lowers[end] in LIST_GLUE):
            return None
        deputy_name = self.name_text(*deputy)
        if glued:
            deputy_name = f"{self.texts[d][1:]} {deputy_name}".strip()
        return k, end, place, self.name_text(*head), deputy_name, False

    def _item_start(self, place) -> int:
        """Where an item begins: its place's kind words before the place span ("Kota", "Kabupaten")."""
        k = place.start
        while k > 0 and self.lowers[k - 1] in _PLACE_CUES:
            k -= 1
        return k

    def _pair_before_place(self, place):
        """"A dan B di PLACE" or "A-B dari PLACE" ending at punctuation, list glue or the sentence end."""
        k = place.start - 1
        while k > 0 and self.lowers[k] in ITEM_PLACE_CUES:
            k -= 1
        if k < 0 or self.lowers[k] not in _AFTER_NAME_PLACE_WORDS:
            return None  # no "di"/"dari" before the place (tested first, without its sentence: the cheap test)
        sent = self.doc[place.start].sent
        k = place.start - 1
        while k > sent.start and self.lowers[k] in ITEM_PLACE_CUES:
            k -= 1
        end = place.end
        if k <= sent.start or self.lowers[k] not in _AFTER_NAME_PLACE_WORDS or not (
                end >= sent.end or self.doc[end].is_punct or self.lowers[end] in LIST_GLUE):
            return None
        deputy = self._run_before(k, sent.start)
        if deputy is None:
            return None
        join = deputy[0] - 1
        worded = self.lowers[join] in PAIR_LIST_JOINS
        if join <= sent.start or not (worded or self.texts[join] in DASHES):
            return None
        head = self._run_before(join, sent.start)
        if head is None:
            return None
        return head[0], end, place, self.name_text(*head), self.name_text(*deputy), worded

    def _pair_runs(self, items):
        """Items joined into lists: between two items only glue, connectives and enumerators."""
        groups = []
        for it in items:
            if groups and self._joined(groups[-1][-1][1], it[0]):
                groups[-1].append(it)
            else:
                groups.append([it])
        return groups
