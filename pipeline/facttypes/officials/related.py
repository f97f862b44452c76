"""Holders told right after another holder of the same office: its former holder ("… menjadi Pj
Bupati X menggantikan NAME", "… yang sebelumnya dijabat oleh NAME") and a head's deputy named by a
possessive ("Bupati X NAME dan wakilnya, NAME2"); and who fills a title that names no holder, told
after a passive verb ("Pj Wali Kota X ditunjuk Sekda X NAME", "… dijabat oleh NAME")."""
from __future__ import annotations

from pipeline.facttypes.officials.words import (
    DEPUTY_ANAPHORS, DEPUTY_ANAPHOR_JOINS, FILLED_BY_CLAUSE_ENDS, FILLED_BY_TIME_WORDS, FILLED_BY_VERBS, MAX_NAME_TOKENS, PREDECESSOR_MARKERS, ROLE_CONNECTORS,
)

#: tokens of a relative clause about a holder searched for the office's former holder
MAX_CLAUSE_TOKENS = 25
#: the predecessor phrases as word tuples, the longest first
_PREDECESSOR_PHRASES = sorted((tuple(p.split()) for p in PREDECESSOR_MARKERS), key=len, reverse=True)


class RelatedReader:
    """The readers of `Reader` for holders linked to one just read (a mixin)."""

    def phrase_end(self, k: int, send: int, phrases) -> int | None:
        """The end of the first phrase of `phrases` (word tuples) written at token k, or None."""
        for words in phrases:
            n = len(words)
            if k + n <= send and tuple(self.lowers[k:k + n]) == words:
                return k + n
        return None

    def predecessor_in_clause(self, k: int, send: int) -> int | None:
        """Where the former holder's name starts in a relative clause about the holder just read
        ("…, yang juga baru dilantik pada Senin (10/8) oleh Menteri Dalam Negeri menggantikan NAME"):
        after a predecessor phrase with no person named before it in the clause, else None."""
        for m in range(k, min(send, k + MAX_CLAUSE_TOKENS)):
            end = self.phrase_end(m, send, _PREDECESSOR_PHRASES)
            if end is not None:
                return end
            if self.is_name_token(m) or self.lowers[m] in (".", ";", "yang"):
                return None  # another person, or the clause ends
        return None

    def related_holders(self, used: int, send: int, category: str):
        """([(name start, name end, category)], end) of the holders told right after a holder whose
        reading ended at `used`: the office's former holder (same category), a head's deputy."""
        out = []
        k = used + 1 if used < send and self.texts[used] == "," else used
        if k + 1 < send and self.lowers[k] in DEPUTY_ANAPHOR_JOINS and self.lowers[k + 1] in DEPUTY_ANAPHORS \
                and category == "kepala_daerah":
            m = k + 2 if k + 2 < send and self.texts[k + 2] != "," else k + 3
            deputy = self._name_run(m, send)
            if deputy is not None and self._ends_cleanly(deputy[1], send):
                out.append((deputy[0], deputy[1], "wakil_kepala_daerah"))
                used = deputy[1]
                k = used + 1 if used < send and self.texts[used] == "," else used
        after = self.phrase_end(k, send, _PREDECESSOR_PHRASES)
        if after is None and k > used and k < send and self.lowers[k] == "yang":
            after = self.predecessor_in_clause(k + 1, send)
        if after is not None and after < send:
            former = self._name_run(after, send)
            if former is not None and self._ends_cleanly(former[1], send):
                out.append((former[0], former[1], category))
                used = former[1]
        return out, used

    def filled_by(self, i: int, send: int):
        """(start, end) of who fills a title that names no holder, told after a passive verb at i:
        the name that ends the clause of capitalised words after it ("Pj Wali Kota Pariaman
        ditunjuk Direktur Harmonisasi Kemenkumham RI Budi.", "… dijabat oleh Sekda Solok Ahmad
        Yani, …", "Bupati X periode 2019-2024 yang dijabat oleh Budi, …"), or None."""
        i = self.skip_qualifiers(i, send)
        if i + 1 < send and self.texts[i] == "," and self.lowers[i + 1] in FILLED_BY_VERBS:
            i += 1  # "Pj Wali Kota X, dijabat …"
        if i + 1 < send and self.lowers[i] == "yang":
            i += 1
        while i + 1 < send and (self.lowers[i] in FILLED_BY_TIME_WORDS or " ".join(self.lowers[i:i + 2]) in FILLED_BY_TIME_WORDS):
            i += 1 if self.lowers[i] in FILLED_BY_TIME_WORDS else 2  # "… saat ini dipimpin oleh NAME" (final7)
        if i >= send or self.lowers[i] not in FILLED_BY_VERBS:
            return None
        j = i + 1
        if j < send and self.lowers[j] == "oleh":
            j += 1
        e = j
        while e < send and (self.texts[e][:1].isupper() or self.lowers[e] in ROLE_CONNECTORS
                            or e in self.region_at or self.degree_at(e, send)
                            or self.texts[e - 1] == "-"):  # "Perundang-undangan"
            e += 1
        if e == j or (e < send and not (self.doc[e].is_punct or self.lowers[e] in FILLED_BY_CLAUSE_ENDS)):
            return None  # not a clause of names and offices up to a punctuation mark or a new clause
        while e > j and self.degree_at(e - 1, e):
            e -= 1
        s = e
        while s > j and e - s < MAX_NAME_TOKENS and (self.is_name_token(s - 1, inner=True) or (
                s < e and self.surname_word(s - 1))):  # "Sonny Budaya Putra"
            s -= 1
        while s < e and not self.is_name_token(s):
            s += 1
        return (s, e) if s < e and any(len(self.texts[x]) >= 3 for x in range(s, e)) else None
