"""A person's former office told between their name and the link to the new one.

"X SIP sebelumnya Lurah Air Gading dilantik menjadi …", "X yang sebelumnya menjabat sebagai Kepala
Dinas A, kini menjadi …" (final6), and the mutation roll's move "from" one office "to" another:
"X geser dari Camat A menjadi Camat B" (final7), "X yang semula sebagai kepala Dinas A kini menjadi
kepala Dinas B" (a lower-case title, final8), and a bulleted roll call "- X: Dari jabatan lama sebagai
A menjadi B" (the name before a colon, the clause after it capitalised; final9) or a dash ("3. X — dari A
menjadi B", final13), and an item labelling both offices "X Jabatan lama: A Jabatan baru: B" (final13;
the label of the new office is the link, the one of the old office the marker), and "X yang awalnya
Kadis A kini menjabat B" (final13). The holder's office
is the one after the link; the former office only moves the name's end back to before the marker.
"""
from __future__ import annotations

from pipeline.facttypes.officials.words import (
    APPOINTMENT_FILLERS, APPOINTMENT_LINKS, DASHES, FORMER_FILLERS, MAX_LINK_FILLERS, NAME_ROLE_LINKS, PURPOSE_WORDS,
    SUBJECT_APPOINTMENT_VERBS, MAX_OLD_ROLE_TOKENS, NEW_POST_LABELS, POST_LABEL_HEADS, OLD_ROLE_GLUE,
    OLD_ROLE_MARKERS, OLD_ROLE_VERBS, ROLE_CONNECTORS, _FIRST_HEAD_WORDS,
)

#: punctuation between a roll call's name and the clause telling the move ("- X: Dari A menjadi B",
#: "3. X — dari A menjadi B")
ROLL_ITEM_SEPARATORS = frozenset({":"}) | DASHES


class FormerRoleReader:
    """The former-office readers of `Reader` (a mixin: it uses the reader's doc and predicates)."""

    def link_before(self, start: int, sstart: int, words_only: bool):
        """(where the words before the link end, the link, appointed) of a word or punctuation link
        before a title, with the fillers before a word link ("X secara resmi dilantik menjadi …"), or
        None."""
        k = start
        if k - 1 < sstart or self.lowers[k - 1] not in NAME_ROLE_LINKS:
            return None
        link = self.lowers[k - 1]
        if words_only and not link.isalpha():
            return None
        k -= 1
        appointed = link in APPOINTMENT_LINKS
        if link.isalpha():
            while k - 1 >= sstart and start - k <= MAX_LINK_FILLERS and (
                    self.lowers[k - 1] in APPOINTMENT_FILLERS or self.lowers[k - 1] in FORMER_FILLERS):
                k -= 1
                if self.lowers[k] in FORMER_FILLERS:
                    appointed = False  # "X yang sebelumnya menjabat sebagai …": a former office
            if k - 1 >= sstart and self.texts[k - 1] == "," and self.lowers[k] in PURPOSE_WORDS \
                    and self.lowers[k + 1] in SUBJECT_APPOINTMENT_VERBS:
                return None  # "… oleh Bupati X, Budi, untuk ditetapkan sebagai Sekda": another's office
            if appointed and k - 1 > sstart and self.texts[k - 1] in ROLL_ITEM_SEPARATORS:
                k -= 1  # a roll call's item "3. X — dikukuhkan kembali sebagai …" (final13): the name before the dash
        return k, link, appointed

    def old_role_before(self, k: int, sstart: int) -> int:
        """Where the name's part ends before a former office told after a marker ("X SIP
        sebelumnya Lurah Air Gading dilantik menjadi …", "X jabatan lama Kepala Bagian Umum pada
        Sekretariat Daerah, jabatan baru sebagai …", "X: Dari Kepala Dinas A menjadi …"): at the
        marker (before the colon of a roll call's item); k when there is none."""
        for m in range(k - 1, max(k - 1 - MAX_OLD_ROLE_TOKENS, sstart - 1), -1):
            low = self.lowers[m]
            if low in OLD_ROLE_VERBS and self.texts[m].islower() and self._marker_before(m, sstart):
                continue  # "X yang sebelumnya menjabat sebagai Kepala Dinas A, kini …": at the marker
            if self._is_marker(m, sstart):
                while m - 1 >= sstart and (self._is_marker(m - 1, sstart) or (
                        self.texts[m - 1].islower() and self.lowers[m - 1] in OLD_ROLE_VERBS)):
                    m -= 1
                # the words after the marker must open an office ("Lurah …", "Kepala …"), not be
                # the name itself ("sumpah jabatan Budi Santoso sebagai …")
                first = next((x for x in range(m + 1, k) if not (self.lowers[x] in OLD_ROLE_MARKERS
                              or self.lowers[x] in OLD_ROLE_VERBS or self.texts[x] == ":")), k)
                opens = first < k and (self.lowers[first] in _FIRST_HEAD_WORDS or self.is_org(first))
                if opens and m - 1 >= sstart and self.texts[m - 1] in ROLL_ITEM_SEPARATORS:
                    m -= 1  # "- X: Dari …": the name ends at the colon
                return m if opens else k
            if not (self.texts[m][:1].isupper() or low in ROLE_CONNECTORS or low in OLD_ROLE_GLUE
                    or self.doc[m].is_punct or m in self.region_at or low in _FIRST_HEAD_WORDS):
                return k
        return k

    def _is_marker(self, m: int, sstart: int) -> bool:
        """Whether token m opens a former office: a lower-case marker, or one capitalised as the
        clause's first word after a roll call's colon ("- X: Dari Kepala Dinas A menjadi …")."""
        if self.lowers[m] not in OLD_ROLE_MARKERS:
            return False
        if self.lowers[m] in POST_LABEL_HEADS and m + 1 < len(self.lowers) and self.lowers[m + 1] in OLD_ROLE_MARKERS:
            return True  # "X Jabatan lama: …": a label, capitalised
        return self.texts[m].islower() or (m - 1 >= sstart and self.texts[m - 1] in ROLL_ITEM_SEPARATORS)

    def new_post_label(self, start: int, sstart: int):
        """(where the label starts, "jabatan", True) of the label of a new office right before a title
        ("X Jabatan lama: A Jabatan baru: B", final13; the colon optional, any case), else None:
        a link appointing the holder named before the old office's label."""
        k = start - 1 if start - 1 >= sstart and self.texts[start - 1] == ":" else start
        if k - 2 < sstart or self.lowers[k - 1] not in NEW_POST_LABELS or self.lowers[k - 2] not in POST_LABEL_HEADS:
            return None
        return k - 2, self.lowers[k - 2], True

    def _marker_before(self, m: int, sstart: int) -> bool:
        """Whether the lower-case words of OLD_ROLE_VERBS ending at m follow a former-office marker
        ("sebelumnya menjabat sebagai"; not "A sebagai Ketua dan B sebagai Anggota")."""
        while m >= sstart and self.lowers[m] in OLD_ROLE_VERBS and self.texts[m].islower():
            m -= 1
        return m >= sstart and self.lowers[m] in OLD_ROLE_MARKERS and self.texts[m].islower()
