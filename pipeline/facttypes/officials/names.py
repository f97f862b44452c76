"""Names: after a role ("Bupati Solok, H. Epyardi Asda, …"), between commas after a long role, or
before it ("Andi Harun, Wali Kota Samarinda"); honorifics skipped, degrees dropped, initials kept."""
from __future__ import annotations

import re

from pipeline.facttypes.officials.words import (
    ACTING_PREFIXES, AGENT_MARKERS, DESCRIPTIVE_LINKS, ROLE_QUALIFIERS, TERM_OPENERS, ORDINAL_PREFIXES, VENUE_PREPOSITIONS, NOT_PERSON_BEFORE_TITLE, AGENCY_WORDS, DASHES, PLACE_KIND_WORDS, OLD_ROLE_GLUE, OLD_ROLE_MARKERS, OLD_ROLE_VERBS, FORMER_FILLERS, APPOINTMENT_FILLERS, APPOINTMENT_LINKS, MONTH_NAMES, NAME_OPENERS, PAIR_SEPARATORS, PLACE_CUE_WORDS,
    MAX_LINK_FILLERS, MAX_OLD_ROLE_TOKENS, PROVINCE_NAME_OPENERS, PURPOSE_WORDS, LOWER_PLACE_CUES, SUBJECT_APPOINTMENT_VERBS,
    MIN_NAME_WORD, UNMARKED_PLACE_TOKENS, _INITIAL, _NAME_TOKEN, MAX_LISTED_NAME_TOKENS, MAX_NAME_TOKENS, MAX_ROLE_TOKENS, GIVEN_NAME_ABBREVIATIONS,
    HONORIFICS, NAME_ROLE_LINKS, NOT_NAME_WORDS, ORG_WORDS, PROVINCE_ABBREVIATIONS, ROLE_CONNECTORS,
    TITLES, UNIT_BEFORE_OWN_NAME, _FIRST_HEAD_WORDS, _is_agency_noun, is_agency_acronym,
)
from pipeline.facttypes.officials.former import FormerRoleReader
from pipeline.lang import HONORIFIC_INITIALS

#: abbreviations a name's full stop may follow inside the name: given names ("Muh. Idris") and an
#: honorific fused with an initial ("HM. Nursoleh")
NAME_PART_ABBREVIATIONS = GIVEN_NAME_ABBREVIATIONS | HONORIFIC_INITIALS
#: a year of a term of office written after the role ("2021-2026")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
from pipeline.nlp.stem import is_root


class NameReader(FormerRoleReader):
    """The name readers of `Reader` (a mixin: it uses the reader's doc, spans and predicates)."""

    # --- "<role>, <name>, …": the name is what follows the full role, between commas ---
    def listed_name(self, i: int, role_end: int, send: int, head_key: str):
        """(role_end, name_start, name_end) when the role runs from i on to a comma — over
        capitalised organisation words of any kind ("Pencegahan Maladministrasi", "Partai Golkar"),
        connectors, the electoral district, and further ", Kecamatan X, Kabupaten Y" parts — and a
        clean name stands between that comma and the next one (or a lower-case word); else None."""
        j = i
        first_comma = None
        while True:
            k = j
            while k < send and self.texts[k] != ",":
                if k - i > MAX_ROLE_TOKENS or not self._role_token(k):
                    return None
                k += 1
            if (k == j and j != i) or k + 1 >= send:
                return None
            if first_comma is None:
                first_comma = k
            m = k + 1
            if m in self.region_at or m in self.province_at or (
                    self.is_org(m) and self.lowers[m].rstrip(".") not in GIVEN_NAME_ABBREVIATIONS):
                r = self.role_end(m, send, "")
                tail = None
                if r < send and self.texts[r] != "," and self.lowers[m] not in _FIRST_HEAD_WORDS and (
                        role_end >= first_comma or self._role_tail(role_end, first_comma, head_key)):
                    tail = self._name_run(r, send)
                if tail is not None and self._ends_cleanly(tail[1], send):
                    return r, tail[0], tail[1]  # "Kepala Dinas Penanaman Modal, Pelayanan … Jembrana I Komang …"
                j = m  # ", Kecamatan Cilaku, Kabupaten Cianjur, …": the role goes on
                continue
            name = self.listed_name_run(m, send)
            if name is None:
                return None
            break
        if role_end < first_comma and not self._role_tail(role_end, first_comma, head_key):
            return None  # "Bupati Sleman Kustini Sri Purnomo, …": the words before the comma are the name
        return k, name[0], name[1]

    def _role_token(self, k: int) -> bool:
        text = self.texts[k]
        if k in self.region_at or k in self.province_at or text[:1].isupper() or self.doc[k].like_num:
            return True
        if text == "." and k > 0 and self.lowers[k - 1] in ("kab", "kec", "prov", "kel", "ds"):
            return True
        if k > 0 and self.lowers[k] in self.place_words and self.lowers[k - 1] in LOWER_PLACE_CUES:
            return True  # "Wakil Wali Kota kupang, NAME": a place written in lower case
        return self.lowers[k] in ROLE_CONNECTORS

    def _role_tail(self, s: int, e: int, head_key: str) -> bool:
        """Whether tokens s..e, left over between the role read by `role_end` and the comma, belong
        to the role: the unit's own name after a village or district head ("Kepala Desa Sungai
        Ambawang Kuala"), or any word that cannot be a name (a common word, an organisation word,
        a connector, a place)."""
        if head_key in UNIT_BEFORE_OWN_NAME or self.lowers[s - 1] in UNIT_BEFORE_OWN_NAME:
            return True
        for x in range(s, e):
            if not self.is_name_token(x) or (len(self.texts[x]) > 3 and is_root(self.lowers[x])):
                return True
        return False

    def _listed_name_token(self, i: int, inner: bool = False) -> bool:
        text = self.texts[i]
        if not _NAME_TOKEN.match(text):
            return False
        if self.name_prefix_at(i):
            return True
        low = text.lower().rstrip(".")
        if low in GIVEN_NAME_ABBREVIATIONS:
            return True
        if low in _FIRST_HEAD_WORDS and inner and low not in NOT_NAME_WORDS and low not in TITLES:
            # "Yohanes Wali", "Sahat Raja Simbolon": a head word inside a name, unless it opens a
            # new title ("… Wali Kota …")
            two = self.span_text(i, i + 2).lower()
            return two not in TITLES
        if low in NOT_NAME_WORDS or low in _FIRST_HEAD_WORDS or low in ORG_WORDS \
                or low in PROVINCE_ABBREVIATIONS or is_agency_acronym(low):
            return False
        if len(text) > 2 and text.isupper():
            return False
        return not _is_agency_noun(text)

    def listed_name_run(self, j: int, send: int):
        """(start, end) of a name between commas: honorifics skipped, degrees end it, common words
        and place-like surnames kept ("Lalu Sahnan Wirata", "Ikhsan Fadillah", "Muh. Idris")."""
        headline = self._line(j)[1]
        j = self.skip_honorifics(j, send)
        if j >= send or (self.degree_at(j, send) and self.lowers[j].rstrip(".") not in GIVEN_NAME_ABBREVIATIONS):
            return None
        if j in self.region_at or j in self.province_at:
            return None
        k = j
        words = 0
        while k < send:
            if self.texts[k] == "." and k > j and self.lowers[k - 1] in NAME_PART_ABBREVIATIONS \
                    and k + 1 < send and self.texts[k + 1][:1].isupper():
                k += 1
                continue
            if k > j and self.wrap_at(k, send) and self._listed_name_token(k + 1, inner=True):
                k += 1  # "…, Budi\nSantoso, …": a name hard-wrapped (final7)
                continue
            if k > j and self.reduplicated_at(k, send):
                k += 2  # "Far-Far"
                continue
            if k > j and self.degree_at(k, send):
                break
            if not (self._listed_name_token(k, inner=k > j) or k == j and self.opens_name(k, send, headline)
                    or k > j and self.surname_like(k, send)) or (
                    headline and not self.is_name_token(k, True)):
                break
            k += 1
            words += 1
            if words > MAX_LISTED_NAME_TOKENS:
                return None
        if k == j:
            return None
        if k < send and k > j and self.name_abbreviation(k, send):
            k += 1  # "Juru Bicara …, Muhammad MTA, …": capitals that belong to the name
        if k < send:
            if self.texts[k][:1].isupper() and not self.degree_at(k, send) and not self.capital_degrees(k, send):
                return None  # stopped on a capitalised word that is no name: not a clean name
            if k + 1 < send and self.lowers[k] in ("dan", "serta", "&") and self.is_org(k + 1):
                return None  # "Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral": an agency's fields
        while k > j + 1 and _INITIAL.match(self.texts[k - 1]) and len(self.texts[k - 1]) == 1:
            k -= 1
        if not any(len(self.texts[x]) >= MIN_NAME_WORD and not _INITIAL.match(self.texts[x]) for x in range(j, k)):
            return None
        return j, k

    def name_after(self, i: int, send: int, placed: bool = False):
        """(start, end, new_role_end or None) of the name after a role, or None; `placed`: the role
        names its place already (no capitalised run after it is a place then)."""
        j = self.skip_qualifiers(i, send)
        if j < send and self.lowers[j] in NAME_OPENERS:
            j += 1
        if self.wrap_at(j, send):
            if j > 0 and self._line(j - 1)[1]:
                return None  # a headline ending in a title: the next line (a byline) names no holder
            j += 1  # a hard-wrapped line: "Kepala Perwakilan Provinsi Kaltim,\nMulyadin."
        if j == i and i > 0 and self.lowers[i - 1] in PLACE_KIND_WORDS and j < send and self.texts[j][:1].isupper():
            j += 1  # "… Provinsi Suma": the place the regions tagger left unmarked, no name
        first = self._name_run(j, send)
        if first is None:
            return None
        if j == i and first[1] - first[0] >= 3 and self.lowers[first[0]] in PROVINCE_NAME_OPENERS:
            # "Gubernur Sumatera Budi Santoso": a province's name cut short before the name
            first = (first[0] + 1, first[1])
        s, e = first
        # "Kapolres Malang AKBP Putu …": an honorific starts the name, the words before are place
        if e < send and self.lowers[e].rstrip(".") in HONORIFICS and e + 1 < send:
            second = self._name_run(e, send)
            if second is not None:
                return second[0], second[1], e
        # "Kepala Keasistenan Pencegahan Maladministrasi Ombudsman RI …": an organisation word
        # right after the run shows the run is still the organisation's name, not a person's
        if e < send and self.is_org(e) and not self.degree_at(e, send):
            return None
        # "Bupati Kalbar, Agus": a place the regions tagger did not mark, then the name
        if not placed and e < send and self.texts[e] == "," and e - s <= UNMARKED_PLACE_TOKENS and not any(
                self.texts[k].endswith(".") for k in range(s, e)):
            second = self._name_run(e + 1, send)
            if second is not None and self._ends_cleanly(second[1], send) and not self._ends_cleanly(e, send, strict=True):
                return second[0], second[1], e
        return s, e, None

    def skip_qualifiers(self, i: int, send: int) -> int:
        """The first token after words that qualify the office at i ("terpilih, ", "baru, ", "definitif
        yakni", "periode 2019-2024"; lexicon `role_qualifiers`): a qualifying word only before a name's
        opener (lexicon `name_openers`: a comma, "yakni", "adalah"; "bupati terpilih Drs H …" names no
        office of a place)."""
        j = i
        while j < send:
            if self.lowers[j] in ROLE_QUALIFIERS and j + 1 < send and self.lowers[j + 1] in NAME_OPENERS:
                j += 1
            elif self.lowers[j] in TERM_OPENERS and j + 1 < send and self.texts[j + 1].isdigit():
                j += 2
                while j + 1 < send and self.texts[j] in DASHES and self.texts[j + 1].isdigit():
                    j += 2
            elif self.lowers[j] in ORDINAL_PREFIXES and j + 1 < send and (
                    self.texts[j + 1].isdigit() or self.texts[j + 1] in DASHES and j + 2 < send
                    and self.texts[j + 2].isdigit()):
                j += 2 if self.texts[j + 1].isdigit() else 3  # "Presiden ke-5 NAME": the ordinal of the office
            elif _YEAR.match(self.texts[j]) and j + 2 < send and self.texts[j + 1] in DASHES \
                    and _YEAR.match(self.texts[j + 2]):
                j += 3  # "Gubernur dan Wakil Gubernur Jambi 2021-2026 Budi Santoso-Ahmad Yani": the term
            else:
                break
        return j

    def _ends_cleanly(self, e: int, send: int, strict: bool = False) -> bool:
        """The token after a name: punctuation, a lower-case word or the sentence end."""
        if e >= send:
            return True
        t = self.doc[e]
        if strict:
            return t.text == "," and e + 1 < send and not self.texts[e + 1][:1].isupper()
        return t.is_punct or not t.text[:1].isupper()

    def _name_run(self, j: int, send: int):
        headline = j < send and self._line(j)[1]
        j = self.skip_honorifics(j, send)
        if j < send and self.degree_at(j, send):
            return None
        k = j
        while k < send and k - j < MAX_NAME_TOKENS:
            if self.texts[k] == "." and k > j and self.lowers[k - 1] in NAME_PART_ABBREVIATIONS \
                    and k + 1 < send and self.texts[k + 1][:1].isupper():
                k += 1  # "Muh" "." "Idris"
                continue
            if k > j and self.wrap_at(k, send) and self.is_name_token(k + 1, headline, inner=True):
                k += 1  # "Pipin\nIndrayani"
                continue
            if k > j and self.reduplicated_at(k, send):
                k += 2  # "Butar" "-" "Butar": a reduplicated surname is one word (final8, final10)
                continue
            if k > j and self.degree_at(k, send):
                break
            if not (self.is_name_token(k, headline, inner=k > j) or k == j and self.opens_name(k, send, headline)
                    or k > j and self.surname_like(k, send)):
                break
            k += 1
        if k == j or not any(len(self.texts[x]) >= MIN_NAME_WORD and not _INITIAL.match(self.texts[x]) for x in range(j, k)):
            return None
        while k > j and _INITIAL.match(self.texts[k - 1]) and len(self.texts[k - 1]) == 1:
            k -= 1  # a trailing single letter is a degree fragment, not part of the name
        if k < send and self.name_abbreviation(k, send):
            k += 1  # "Muhammad MTA", "Mahfud MD"
        return j, k

    def reduplicated_at(self, k: int, send: int) -> bool:
        """Whether a dash at token k joins a capitalised word to itself with no space ("Butar-Butar",
        "Far-Far"): a Batak or Moluccan surname, not a pair of two people."""
        return k + 1 < send and self.texts[k] in DASHES and self.texts[k + 1] == self.texts[k - 1] \
            and self.texts[k + 1][:1].isupper() and not self.doc[k - 1].whitespace_ and not self.doc[k].whitespace_

    def name_before(self, start: int, sstart: int, words_only: bool = False):
        """(start, end, appointed) of the name before a title linked to it ("Andi Harun, Wali Kota
        …", "X selaku Kepala …", "X (Kepala Biro …) menjadi Penjabat Bupati …", "X secara resmi
        dilantik menjadi …"), or None. `words_only`: only through a word link (not a comma or a
        parenthesis). `appointed`: the link gives the person this office (APPOINTMENT_LINKS)."""
        linked = self.new_post_label(start, sstart)
        if linked is None:
            linked = self.link_before(start, sstart, words_only)
        if linked is None:
            return None
        k, link, appointed = linked
        if k - 1 >= sstart and self.texts[k - 1] == ")" and link.isalpha():
            # the former office in brackets: "Zakarias Moruk (Kepala Badan Keuangan) menjadi …"
            k = next((x for x in range(k - 2, max(k - 2 - MAX_OLD_ROLE_TOKENS, sstart - 1), -1)
                      if self.texts[x] == "("), k)
        before_old_role = k
        if link.isalpha():
            k = self.old_role_before(k, sstart)
        marked = k < before_old_role  # a former office told after a marker
        k = self.degrees_before(k, sstart)
        span = self._run_before(k, sstart)
        if span is not None and span[1] - span[0] >= 3 and span[0] > sstart \
                and self.lowers[span[0] - 1] in AGENCY_WORDS:
            span = (span[0] + 1, span[1])  # "Kepala Dinas Perkimtan Erlin Hardi selaku …": the agency's name first
        if span is None and marked:
            # "Kelima orang yang dilantik adalah Kepala BKD Kalsel Budi menjadi …": no name before
            # the marker, so the name is the one ending the office after it
            span = self._run_before(before_old_role, sstart)
        if span is None and link.isalpha():
            span = self.apposed_before(before_old_role, sstart)
        agent = next((m for m, a, b in self.agents if span is not None and a <= span[0] < b), None)
        if agent is not None:
            # "X ditunjuk Mendagri Y sebagai Pj Bupati …": the subject before the passive verb
            k = agent + 1
            while k - 1 >= sstart and agent - k < MAX_LINK_FILLERS and (
                    self.lowers[k - 1] in AGENT_MARKERS or self.lowers[k - 1] in APPOINTMENT_FILLERS):
                k -= 1
            span = self._run_before(k, sstart) if k <= agent else None
        if span is None:
            return None
        return span[0], span[1], appointed

    def degrees_before(self, k: int, sstart: int) -> int:
        """Where the name ends before commas and degrees written after it ending at k ("Andi Harun,
        SH, Wali Kota …", "Hasan S Sos MSE (…")."""
        while k - 1 >= sstart and self.texts[k - 1] == ",":
            k -= 1
        while k - 1 >= sstart:
            if self.degree_at(k - 1, k) or self.texts[k - 1] == ",":
                k -= 1
            elif self.texts[k - 1] == "." and k - 2 >= sstart and self.degree_at(k - 2, k - 1):
                k -= 2  # "S.STP" "." split apart: the degree and its full stop
            elif k - 2 >= sstart and self.degree_at(k - 2, k) == 2:
                k -= 2
            else:
                break
        return k

    def apposed_before(self, k: int, sstart: int):
        """(start, end) of the name before a former office told in apposition that ends in no name
        of its own ("X, Kepala Dinas Pangan Provinsi Y dikukuhkan sebagai …"): the name before the
        comma that opens the office; None when the words before k are no office."""
        for m in range(k - 1, max(k - 1 - MAX_OLD_ROLE_TOKENS, sstart), -1):
            if self.texts[m] == "," and self.lowers[m + 1] in _FIRST_HEAD_WORDS and m + 1 < k:
                return self._run_before(self.degrees_before(m, sstart), sstart)
            if not (self.texts[m][:1].isupper() or self.lowers[m] in ROLE_CONNECTORS
                    or self.lowers[m] in OLD_ROLE_GLUE or self.doc[m].is_punct or m in self.region_at):
                return None
        return None

    def _run_before(self, e: int, sstart: int):
        """(start, e) of the name ending at token e, starting at a boundary: the sentence start, a
        non-name word, or the place or organisation of a former office ("Provinsi Bali I Ketut …")."""
        k = e
        while k - 1 >= sstart and e - (k - 1) <= MAX_NAME_TOKENS and (self.is_name_token(k - 1, inner=True) or (
                self.texts[k - 1] == "." and k - 2 >= sstart and self.lowers[k - 2] in GIVEN_NAME_ABBREVIATIONS)
                or k - 2 > sstart and self.reduplicated_at(k - 1, e)):
            k -= 2 if self.texts[k - 1] in DASHES else 1  # "Kgs" "." "Ahmad"; "Butar" "-" "Butar"
        # the first word is held to a first word's test ("Doris Rihi", not "Sebelumnya Budi")
        while k < e and not self.is_name_token(k) and not (
                k + 1 < e and not self.doc[k].is_sent_start and self.opens_name(k, e, False)):
            k += 1
        if k == e or self._line(k)[1]:
            return None  # no name, or a headline's Title Case words
        tail = e - k >= 3 and k - 2 >= sstart and self.lowers[k - 1] in ("dan", "serta") and self.is_org(k - 2)
        k += tail  # "Kepala Biro Otonomi Daerah dan Kerjasama NAME": the organisation's last word (final8)
        # (an agency head's bare title before the run bounds it too: "Inspektur NAME sebagai …", final8)
        b = k - 1
        if not tail and b >= sstart and self.texts[b][:1].isupper() and self.lowers[b] not in NOT_NAME_WORDS \
                and self.lowers[b].rstrip(".") not in HONORIFICS and not self.doc[b].is_punct \
                and not (b in self.region_at or b in self.province_at or self.is_org(b)
                         or TITLES.get(self.lowers[b], ("",))[0] == "perangkat_daerah"):
            return None
        if not any(len(self.texts[x]) >= MIN_NAME_WORD and not _INITIAL.match(self.texts[x]) for x in range(k, e)):
            return None
        return k, e

    def name_right_before(self, start: int, sstart: int, used_until: int):
        """(start, end) of a name written right before its title with no link ("…, Bambang Tujiatno
        Kepala Dinas …", "dihadiri Robert Na Endi Jaweng Anggota Ombudsman RI"): two name words at
        least, after a comma, a lower-case word or the sentence start, in no headline, not read yet."""
        e = start
        if e - 1 >= sstart and self.spaces[e - 1] and self.texts[e - 1].count("\n") == 1:
            e -= 1  # a wrapped line: "… dan Ismu Iskandar\nKepala Perwakilan …"
        k = e
        while k - 1 >= max(sstart, used_until) and e - (k - 1) <= MAX_NAME_TOKENS and self.is_name_token(k - 1):
            k -= 1
        if e - k < 2 or self._line(k)[1]:
            return None
        b = k - 1
        if b >= sstart and not (self.doc[b].is_punct or self.texts[b].islower()):
            return None
        if b >= sstart and self.lowers[b] in VENUE_PREPOSITIONS or any(
                self.lowers[x] in NOT_PERSON_BEFORE_TITLE for x in range(k, e)):
            return None  # "di Balai Sakti Raya Gubernur Jambi": a venue named after the office
        if any(a <= k < z for _, a, z in self.agents):
            return None
        return k, e

    def pair_name(self, e: int, send: int):
        """(start, end) of the deputy's name after the head's in a pair ("Ubaid Yakub-Anjas Taher",
        "Nelson Pomalingo – Hendra Hemeto", "Kustini dan Danang"), or None."""
        if e + 1 >= send or self.lowers[e] not in PAIR_SEPARATORS:
            return None
        return self._name_run(e + 1, send)

    def holds_later_title(self, e: int, send: int) -> bool:
        """Whether the name ending at token e is linked to a full title after it ("…, Andi
        Muhammad Arsyad selaku Pj Sekda …", "Markus … sebagai Pj Bupati Sarmi"): it is that title's."""
        k = e + 1 if e < send and self.texts[e] == "," else e
        if k >= send or not self.lowers[k].isalpha() or self.lowers[k] not in NAME_ROLE_LINKS \
                or self.lowers[k] in DESCRIPTIVE_LINKS:
            return False
        k += 1
        while k < send and self.lowers[k] in APPOINTMENT_FILLERS and k - e <= MAX_LINK_FILLERS:
            k += 1
        while k < send and self.lowers[k] in ACTING_PREFIXES and self.texts[k] not in "()":
            k += 1
        for n in (3, 2, 1):
            key = " ".join(self.lowers[k:k + n])
            if k + n <= send and TITLES.get(key, ("", "org"))[1] == "":
                return True
        return False

    # --- words around names ---
    def wrap_at(self, k: int, send: int) -> bool:
        """A line break inside a sentence (hard-wrapped text): one newline, the sentence going on."""
        return k + 1 < send and self.spaces[k] and self.texts[k].count("\n") == 1


    def skip_honorifics(self, j: int, send: int) -> int:
        """The first token after honorifics and ranks at j ("Dr. H.", "Jenderal Pol (Purn)")."""
        while j < send:
            if self.lowers[j].rstrip(".") in HONORIFICS:
                step = 2 if j + 1 < send and self.texts[j + 1] == "." else 1  # "Ir" "." as two tokens
                nxt = j + step
                if nxt < send and (self.texts[nxt][:1].isupper() or self.texts[nxt] == "("
                                   or self.lowers[nxt].rstrip(".") in HONORIFICS):  # "Dr. dr. Hendadi"
                    j += step
                    continue
                break
            if self.texts[j] == "(" and j + 2 < send and self.lowers[j + 1].rstrip(".") in HONORIFICS \
                    and self.texts[j + 2] == ")":
                j += 3
                continue
            break
        return j

    def opens_name(self, j: int, send: int, headline: bool) -> bool:
        """A first name that looks like another word, followed by a second name word: a month
        ("Juni Kurniadiana") or an affixed-looking word ("Dadan Suparjo")."""
        if headline or j + 1 >= send or j in self.region_at or j in self.province_at:
            return False
        text, low = self.texts[j], self.lowers[j]
        if not _NAME_TOKEN.match(text) or (len(text) > 2 and text.isupper()) or low.endswith("kan"):
            return False
        if low in ORG_WORDS or low in _FIRST_HEAD_WORDS or low in PROVINCE_ABBREVIATIONS or _is_agency_noun(text) \
                or is_agency_acronym(low):
            return False
        if low in NOT_NAME_WORDS and low not in MONTH_NAMES:
            return False
        nxt = self.lowers[j + 1]
        return self.is_name_token(j + 1, inner=True) and nxt not in MONTH_NAMES and not (
            j > 0 and self.doc[j - 1].like_num)

    def surname_like(self, i: int, send: int) -> bool:
        """A root word of an organisation's name as a name's last word ("I Ketut Sukra Negara,"):
        Title Case, no place cue, and the name ends right after it."""
        if not self.surname_word(i):
            return False
        return i + 1 >= send or self.texts[i + 1] == "," or self.texts[i + 1].islower()

    def surname_word(self, i: int) -> bool:
        """A Title Case root word of an organisation's name that may be a name's word ("Negara",
        "Budaya"): no head word, place cue or word that is never a name."""
        text, low = self.texts[i], self.lowers[i]
        return low in ORG_WORDS and text.istitle() and low not in _FIRST_HEAD_WORDS and low not in NOT_NAME_WORDS \
            and low not in PLACE_CUE_WORDS and is_root(low)

    def name_abbreviation(self, k: int, send: int) -> bool:
        """Capitals after a name that belong to it ("Muhammad MTA", "Mahfud MD"): 2-4 letters, no
        organisation or degree, and the name ends there."""
        text, low = self.texts[k], self.lowers[k]
        if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 4):
            return False
        if low in ORG_WORDS or low in PROVINCE_ABBREVIATIONS or self.degree_at(k, send) or k in self.region_at:
            return False
        return k + 1 >= send or self.doc[k + 1].is_punct or self.texts[k + 1].islower()

    def capital_degrees(self, k: int, send: int) -> bool:
        """Degrees in capitals from k to the next comma ("Dian Rubianty SEAK MPA, …")."""
        x = k
        while x < send and self.texts[x] != ",":
            if not (self.texts[x].isalpha() and self.texts[x].isupper() and len(self.texts[x]) >= 2) \
                    and not self.degree_at(x, send):
                return False
            x += 1
        return x > k and x < send
