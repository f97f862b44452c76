"""Where a role ends: the words after a title's head that still name its office ("Kepala Dinas
Perkimtan Kapuas", "Wali Kota ke-12 Palangka Raya", "Lurah Cempaka Putih Barat"), read a step at a
time; the name of the holder starts where the role stops.
"""
from __future__ import annotations

from pipeline.facttypes.officials.words import (
    AGENCY_WORDS, ASSISTANT_HEADS, DASHES, HONORIFICS, LOCAL_TAIL_WORDS, MAX_NAME_TOKENS, MAX_PARENS_TOKENS,
    MAX_UNIT_NAME_TOKENS, NAMED_UNIT_PAIRS, NAMED_UNIT_WORDS, NOT_ALONE_NAME_WORDS, OMBUDSMAN_ASSISTANT_RANKS,
    ORDINAL_PREFIXES, ORG_TAIL_WORDS, ORG_WORDS, ROLE_GLUE, TOPONYM_FIRST_WORDS, UNIT_NAME_PLACE_TOKENS, _ROMAN,
)

#: one step of a role: (next token, last word of the role read, whether the role may go on)
Step = tuple[int, str, bool]


class RoleReader:
    """The reader of a role's end (a mixin of `Reader`: tokens, spans and token predicates)."""

    def role_end(self, i: int, send: int, last_word: str) -> int:
        """The token where the role that goes on at token i stops (before `send`); `last_word`: the
        role's word before i, lower-case."""
        j = i
        while j < send:
            step = self._span_step(j, send, last_word)
            if step is None:
                step = self._word_step(i, j, send, last_word)
            if step is None:
                break
            j, last_word, go_on = step
            if not go_on:
                break
        return j

    def _span_step(self, j: int, send: int, last_word: str) -> Step | None:
        """A step over several tokens at j: a tagged region or province, a parenthesis of capitalised
        words, an ordinal ("ke-12"), a number after a dash ("Covid-19"); None when none is at j."""
        if j in self.region_at:
            return self.region_at[j].end, "", True
        if j in self.province_at:
            return self.province_at[j].end, "", True
        text = self.texts[j]
        if text == "(":
            close = next((k for k in range(j + 1, min(j + 1 + MAX_PARENS_TOKENS, send)) if self.texts[k] == ")"), None)
            if close is not None and close > j + 1 and all(
                    self.texts[k][:1].isupper() or not self.texts[k].isalpha() for k in range(j + 1, close)):
                return close + 1, last_word, True
            return j, last_word, False
        if self.lowers[j] in ORDINAL_PREFIXES and j + 2 < send and self.texts[j + 1] in DASHES \
                and self.texts[j + 2].isdigit():
            return j + 3, last_word, True  # "Wali Kota ke-12 Palangka Raya": the ordinal of the office
        if text == "-" and j + 1 < send and self.texts[j + 1].isdigit() and last_word:
            return j + 2, last_word, True  # "Satgas Covid-19"
        return None

    def _word_step(self, i: int, j: int, send: int, last_word: str) -> Step | None:
        """A step over the word at j when it belongs to the role that went on at i (an organisation's
        word, its glue, a numeral, an agency's short name, a unit's own name); None when the role stops."""
        text, low = self.texts[j], self.lowers[j]
        if len(low) > 1 and low in HONORIFICS and text.isupper() and j + 1 < send and (
                self.texts[j + 1] == "." or self.texts[j + 1][:1].isupper()):
            return None  # "Wali Kota X DR. NAME": an honorific in capitals opens the name, no agency's acronym (final10)
        if j == i and low in ORG_WORDS and text.islower() and len(low) > 2 and (
                j + 1 >= send or self.doc[j + 1].is_punct):
            return j + 1, last_word, False  # "X ditetapkan sebagai kepala perwakilan, …": the unit in lower case, alone
        if low in OMBUDSMAN_ASSISTANT_RANKS and last_word in ASSISTANT_HEADS:
            return j + 1, low, True  # "Asisten Pratama II"
        if low in ORG_TAIL_WORDS and text.islower() and j > i and self.is_org(j - 1):
            return j + 1, last_word, True  # "anggota ORI pusat NAME": which office of the organisation
        if low in LOCAL_TAIL_WORDS and (j == i or self.is_org(j - 1)):
            return j + 1, last_word, True  # "Sekda Pemko setempat NAME", "Sekda setempat NAME": the place's own office (final7)
        if low in ROLE_GLUE and j + 1 < send and self.is_org(j + 1):
            return j + 1, last_word, True
        if low in ORG_WORDS and text.islower() and len(low) > 2 and j + 1 < send and (
                self.is_org(j + 1) or j + 1 in self.region_at or j + 1 in self.province_at):
            return j + 1, low, True  # "Ombudsman RI perwakilan Kalsel", "Deputi bidang Pelayanan Publik"
        if low in _ROMAN and text.isupper() and (len(low) > 1 or j == i and last_word in ASSISTANT_HEADS or not (
                j + 1 < send and self.is_name_token(j + 1))):  # "Asisten II", not "I Wayan"
            # (a numeral of two letters or more opens no name: "Asisten II Budi Santoso", final6; right
            # after "Asisten" even "I" is its number: "Asisten I Budi Santoso", final4, final7)
            return j + 1, last_word, True
        if len(text) == 1 and text.isupper() and last_word in ("komisi", "bagian", "bidang"):
            return j + 1, "", True
        if last_word in AGENCY_WORDS and self.texts[j][:1].isupper() and self.agency_name_at(j, send):
            return j + 1, low, True  # "Kepala Dinas Perkimtan (Kapuas) Erlin Hardi": the agency's own short name
        if self.is_org(j) and not (last_word in NAMED_UNIT_WORDS and low in TOPONYM_FIRST_WORDS):
            return j + 1, low, True
        if (last_word in NAMED_UNIT_WORDS or j >= 2 and (self.lowers[j - 2], last_word) in NAMED_UNIT_PAIRS) and (
                self.is_name_token(j) or low.rstrip(".") in HONORIFICS or (
                low in TOPONYM_FIRST_WORDS and text[:1].isupper())):
            return self._unit_name_step(j, send, last_word)
        return None

    def _unit_name_step(self, j: int, send: int, last_word: str) -> Step:
        """The step over a unit's own name at j, after a named unit's word ("RSUD Arosuka, …", "RSUD dr.
        Soedarso, …", "Camat Lembah Gumanti, …"); without a comma after it a run of one or two words is
        all place."""
        k = j
        while k < send and self.lowers[k].rstrip(".") in HONORIFICS:
            k += 1
        k0 = k
        while k < send and k - k0 < MAX_UNIT_NAME_TOKENS and (self.is_name_token(k) or (
                k == k0 and self.lowers[k] in TOPONYM_FIRST_WORDS and self.texts[k][:1].isupper()
                and k + 1 < send and self.is_name_token(k + 1))):
            k += 1  # "Lurah Air Gading": a place name opened by a toponym word
        if k == k0:
            return j, last_word, False
        compass = [x for x in range(k0, k) if self.lowers[x] in NOT_ALONE_NAME_WORDS]
        if (k < send and self.texts[k] == ",") or k - j <= UNIT_NAME_PLACE_TOKENS:
            return k, "", True
        if compass:
            return compass[-1] + 1, "", True  # "Lurah Cempaka Putih Barat Sutrisno"
        if self.lowers[k0] in TOPONYM_FIRST_WORDS:
            return k0 + 2, "", True  # "Camat Sungai Raya Hasanuddin": a place name opened by "Sungai"
        return k0 + 1, "", True

    def agency_name_at(self, j: int, send: int) -> bool:
        """Whether the capitalised word at j, right after an agency word ("Dinas", "Badan"), is the
        agency's own short name: a place follows it ("Dinas Perkimtan Kapuas"), or a name of two
        words at least does ("Dinas Perkimtan Erlin Hardi")."""
        if j + 1 >= send or j in self.region_at or j in self.province_at or not self.is_name_token(j):
            return False
        if j + 1 in self.region_at or j + 1 in self.province_at:
            return True
        k = j + 1
        while k < send and k - j <= MAX_NAME_TOKENS and self.is_name_token(k, inner=True):
            k += 1
        return k - (j + 1) >= 2 and (k >= send or not self.texts[k][:1].isupper())
