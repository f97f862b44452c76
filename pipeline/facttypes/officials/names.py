"""Names: after a role ("Bupati Solok, H. Epyardi Asda, …"), between commas after a long role, or
before it ("Andi Harun, Wali Kota Samarinda"); honorifics skipped, degrees dropped, initials kept."""
from __future__ import annotations

from pipeline.facttypes.officials.words import (
    MIN_NAME_WORD, UNMARKED_PLACE_TOKENS, _INITIAL, _NAME_TOKEN, MAX_LISTED_NAME_TOKENS, MAX_NAME_TOKENS, MAX_ROLE_TOKENS, GIVEN_NAME_ABBREVIATIONS,
    HONORIFICS, NAME_ROLE_LINKS, NOT_NAME_WORDS, ORG_WORDS, PROVINCE_ABBREVIATIONS, ROLE_CONNECTORS,
    TITLES, UNIT_BEFORE_OWN_NAME, _FIRST_HEAD_WORDS, _is_agency_noun,
)
from pipeline.nlp.stem import is_root


class NameReader:
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
            if k == j or k + 1 >= send:
                return None
            if first_comma is None:
                first_comma = k
            m = k + 1
            if m in self.region_at or m in self.province_at or (
                    self.is_org(m) and self.lowers[m].rstrip(".") not in GIVEN_NAME_ABBREVIATIONS):
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
        low = text.lower().rstrip(".")
        if low in GIVEN_NAME_ABBREVIATIONS:
            return True
        if low in _FIRST_HEAD_WORDS and inner and low not in NOT_NAME_WORDS and low not in TITLES:
            # "Yohanes Wali", "Sahat Raja Simbolon": a head word inside a name, unless it opens a
            # new title ("… Wali Kota …")
            two = self.doc[i:i + 2].text.lower()
            return two not in TITLES
        if low in NOT_NAME_WORDS or low in _FIRST_HEAD_WORDS or low in ORG_WORDS \
                or low in PROVINCE_ABBREVIATIONS:
            return False
        if len(text) > 2 and text.isupper():
            return False
        return not _is_agency_noun(text)

    def listed_name_run(self, j: int, send: int):
        """(start, end) of a name between commas: honorifics skipped, degrees end it, common words
        and place-like surnames kept ("Lalu Sahnan Wirata", "Ikhsan Fadillah", "Muh. Idris")."""
        headline = self._line(j)[1]
        while j < send and self.lowers[j].rstrip(".") in HONORIFICS:
            step = 2 if j + 1 < send and self.texts[j + 1] == "." else 1
            if j + step < send and self.texts[j + step][:1].isupper():
                j += step
            else:
                break
        if j >= send or (self.degree_at(j, send) and self.lowers[j].rstrip(".") not in GIVEN_NAME_ABBREVIATIONS):
            return None
        if j in self.region_at or j in self.province_at:
            return None
        k = j
        words = 0
        while k < send:
            if self.texts[k] == "." and k > j and self.lowers[k - 1] in GIVEN_NAME_ABBREVIATIONS \
                    and k + 1 < send and self.texts[k + 1][:1].isupper():
                k += 1
                continue
            if k > j and self.degree_at(k, send):
                break
            if not self._listed_name_token(k, inner=k > j) or (headline and not self.is_name_token(k, True)):
                break
            k += 1
            words += 1
            if words > MAX_LISTED_NAME_TOKENS:
                return None
        if k == j:
            return None
        if k < send:
            if self.texts[k][:1].isupper() and not self.degree_at(k, send):
                return None  # stopped on a capitalised word that is no name: not a clean name
        while k > j + 1 and _INITIAL.match(self.texts[k - 1]) and len(self.texts[k - 1]) == 1:
            k -= 1
        if not any(len(self.texts[x]) >= MIN_NAME_WORD and not _INITIAL.match(self.texts[x]) for x in range(j, k)):
            return None
        return j, k

    def name_after(self, i: int, send: int):
        """(start, end, new_role_end or None) of the name after a role, or None."""
        j = i
        if j < send and self.texts[j] in (",", ":"):
            j += 1
        first = self._name_run(j, send)
        if first is None:
            return None
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
        if e < send and self.texts[e] == "," and e - s <= UNMARKED_PLACE_TOKENS and not any(
                self.texts[k].endswith(".") for k in range(s, e)):
            second = self._name_run(e + 1, send)
            if second is not None and self._ends_cleanly(second[1], send) and not self._ends_cleanly(e, send, strict=True):
                return second[0], second[1], e
        return s, e, None

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
        while j < send and self.lowers[j].rstrip(".") in HONORIFICS:
            step = 2 if j + 1 < send and self.texts[j + 1] == "." else 1  # "Ir" "." as two tokens
            if j + step < send and self.texts[j + step][:1].isupper():
                j += step
            else:
                break
        if j < send and self.degree_at(j, send):
            return None
        k = j
        while k < send and k - j < MAX_NAME_TOKENS:
            if self.texts[k] == "." and k > j and self.lowers[k - 1] in GIVEN_NAME_ABBREVIATIONS \
                    and k + 1 < send and self.texts[k + 1][:1].isupper():
                k += 1  # "Muh" "." "Idris"
                continue
            if k > j and self.degree_at(k, send):
                break
            if not self.is_name_token(k, headline, inner=k > j):
                break
            k += 1
        if k == j or not any(len(self.texts[x]) >= MIN_NAME_WORD and not _INITIAL.match(self.texts[x]) for x in range(j, k)):
            return None
        while k > j and _INITIAL.match(self.texts[k - 1]) and len(self.texts[k - 1]) == 1:
            k -= 1  # a trailing single letter is a degree fragment, not part of the name
        return j, k

    def name_before(self, start: int, sstart: int):
        doc = self.doc
        k = start
        if k - 1 < sstart or self.lowers[k - 1] not in NAME_ROLE_LINKS:
            return None
        k -= 1
        while k - 1 >= sstart and self.texts[k - 1] == ",":
            k -= 1
        # degrees written after the name: "Andi Harun, SH, Wali Kota …"
        while k - 1 >= sstart and (self.degree_at(k - 1, k) or self.texts[k - 1] == ","):
            k -= 1
        e = k
        while k - 1 >= sstart and e - (k - 1) <= MAX_NAME_TOKENS and self.is_name_token(k - 1):
            k -= 1
        if k == e:
            return None
        # the run must start at a boundary: the sentence start or a non-name token
        if k - 1 >= sstart and self.texts[k - 1][:1].isupper() and self.lowers[k - 1] not in NOT_NAME_WORDS \
                and self.lowers[k - 1].rstrip(".") not in HONORIFICS and not doc[k - 1].is_punct:
            return None
        if not any(len(self.texts[x]) >= MIN_NAME_WORD and not _INITIAL.match(self.texts[x]) for x in range(k, e)):
            return None
        return k, e, None

