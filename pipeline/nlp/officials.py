"""Officials: named holders of public office (`doc._.officials`, a list of pipeline.models.Official).

Rules on titles and capitalised name tokens:

1. a PhraseMatcher finds title heads from the table in `pipeline/nlp/titles.py` ("Bupati",
   "Wakil Gubernur", "Kepala", "Sekda", "Ketua Komisi", "Menteri", …), longest match first;
2. the role runs on over the organisation after the head: region and province spans from
   `warta_regions`, organisation words (the table, acronyms, and affixed Indonesian words found by
   the Sastrawi stemmer such as "Pelayanan", "Kesehatan"), parentheses, roman numerals
   ("Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kabupaten Paser");
3. the name is the run of capitalised tokens after the role (honorifics skipped, degrees dropped,
   initials kept) or, when none follows, before it ("Andi Harun, Wali Kota Samarinda",
   "X selaku Kepala …", "X dari pimpinan Ombudsman RI");
4. the category comes from the head, overridden by the organisation ("Kepala … Ombudsman" is
   ombudsman, "Ketua Komisi B DPRD" legislatif); the place from the spans inside the role, else
   from the article's main regional government (sekda, kabag, dinas heads without a place) or its
   main province (gubernur, Ombudsman perwakilan), national offices none;
5. the same person met twice is one official, under the fuller name.

Bylines, credits and "BACA JUGA" lines are skipped; headline lines (Title Case) give no names.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.gazetteer import get_gazetteer
from pipeline.models import Official
from pipeline.nlp.stem import is_root, stem
from pipeline.nlp.titles import (
    ACTING_PREFIXES, CATEGORY_BY_ORG_WORD, DEGREE_TAILS, DEGREES, ELECTORAL_DISTRICT_WORDS,
    GIVEN_NAME_ABBREVIATIONS, HONORIFICS, NAME_ROLE_LINKS, NAMED_UNIT_WORDS, NOT_NAME_WORDS,
    NOT_PERSON_BEFORE_TITLE, ORG_WORDS, PROVINCE_ABBREVIATIONS, PROVINCIAL_MARKERS,
    PUBLIC_ORG_WORDS, ROLE_CONNECTORS, SKIP_LINE_PREFIXES, TITLES, UNIT_BEFORE_OWN_NAME,
)

MAX_NAME_TOKENS = 5
MAX_LISTED_NAME_TOKENS = 7  # a name between commas: "I Gusti Ngurah Alit Wirawan"
MAX_ROLE_TOKENS = 30
#: clitics and particles Sastrawi strips (-lah, -kah, -nya, …): a word reduced only by these is not
#: an affixed common word ("Fadillah", "Abdullah" are names)
_PARTICLES = ("lah", "kah", "tah", "pun", "nya", "ku", "mu")
_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi"})
_NAME_TOKEN = re.compile(r"^[A-Z][A-Za-z'’\-]*\.?$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*$")  # RSUD, DPRD, MenPAN, PANRB, DP3A
_FIRST_HEAD_WORDS = frozenset(h.split()[0] for h in TITLES)
_NATIONAL_OMBUDSMAN_HEADS = frozenset({"ketua ombudsman", "wakil ketua ombudsman",
                                       "anggota ombudsman"})
_MEMBER_HEADS = frozenset({"ketua", "wakil ketua", "anggota", "pimpinan"})


def _degree_key(text: str) -> str:
    return re.sub(r"[.,\s]", "", text).lower()


def _is_abbreviation(text: str) -> bool:
    low = text.lower()
    return low in HONORIFICS or low in DEGREES or bool(_INITIAL.match(text)) or low in ("sp", "m", "s") \
        or low in GIVEN_NAME_ABBREVIATIONS


def _is_agency_noun(text: str) -> bool:
    """A pe-/ke-…-an noun of an agency's name ("Pelayanan", "Kesehatan", "Kependudukan")."""
    low = text.lower()
    return low.startswith(("pe", "ke")) and low.endswith("an") and _is_common_word(low)


def _is_common_word(text: str) -> bool:
    """An affixed form of an Indonesian root ("Pelayanan" -> "layan", "Resmikan" -> "resmi")."""
    low = text.lower()
    if not low.isalpha() or len(low) < 5:
        return False
    root = stem(low)
    if len(root) > len(low) - 2:
        return False
    return not (low.startswith(root) and low[len(root):] in _PARTICLES)


@Language.factory("warta_officials", assigns=["doc._.officials"])
def make_official_tagger(nlp: Language, name: str):
    return OfficialTagger(nlp)


@dataclass
class _Found:
    name: str
    role: str
    category: str
    region_code: str | None
    province_code: str | None
    evidence: str
    explicit_place: bool


class OfficialTagger:
    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for head in TITLES:
            self.matcher.add(head, [nlp.make_doc(head)])

    # --- document level -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        gaz = get_gazetteer()
        region_at = {}
        for span in doc.spans.get("regions", []):
            for i in range(span.start, span.end):
                region_at[i] = span
        province_at = {}
        for span in doc.spans.get("provinces", []):
            for i in range(span.start, span.end):
                province_at[i] = span
        ctx = _Context(doc, region_at, province_at, gaz)

        heads = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)])
        found: list[_Found] = []
        used_until = 0
        for head in heads:
            if head.start < used_until or ctx.skip_line(head.start):
                continue
            hit = ctx.read(head)
            if hit is None:
                continue
            off, used_until = hit
            found.append(off)
        doc._.officials = _merge(found)
        return doc


class _Context:
    """One document's tokens, spans and lines, and the readers of roles and names."""

    def __init__(self, doc: Doc, region_at: dict, province_at: dict, gaz):
        self.doc = doc
        self.region_at = region_at
        self.province_at = province_at
        self.gaz = gaz
        # lines as token ranges: spaCy keeps line breaks as space tokens (Doc.text would rebuild
        # the whole string, which costs more than the rest of this component)
        spaces = doc.to_array("IS_SPACE")
        self.line_starts = [0] + [int(i) + 1 for i in spaces.nonzero()[0] if "\n" in doc[int(i)].text]
        self._line_flags: dict[int, tuple[bool, bool]] = {}
        self._main: tuple[str | None, str | None] | None = None
        self.place_words = _place_words(gaz)

    # --- lines ---
    def _line(self, token_i: int) -> tuple[bool, bool]:
        """(skip, headline) for the line of a token."""
        li = bisect_right(self.line_starts, token_i) - 1
        if li not in self._line_flags:
            start = self.line_starts[li]
            end = self.line_starts[li + 1] if li + 1 < len(self.line_starts) else len(self.doc)
            line = self.doc[start:end].text.strip()
            low = line.lower()
            skip = low.startswith(SKIP_LINE_PREFIXES)
            words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", line)]
            caps = sum(1 for w in words if w[0].isupper())
            headline = (4 <= len(words) <= 30 and caps / len(words) >= 0.6
                        and ". " not in line and not line.endswith((".", '"', ")"))
                        and not low.startswith("foto"))
            self._line_flags[li] = (skip, headline)
        return self._line_flags[li]

    def skip_line(self, token_i: int) -> bool:
        return self._line(token_i)[0]

    def window(self, sent: Span) -> Span:
        """The sentence, joined with the next while it ends in an abbreviation's period that the
        sentencizer took for a full stop ("Ir" ".", "Sp" "." "PD")."""
        doc = self.doc
        end = sent.end
        while end < len(doc) and end - sent.start < 200 and doc[end - 1].text == "." and end >= 2 \
                and _is_abbreviation(doc[end - 2].text):
            end = doc[end].sent.end
        return doc[sent.start:end] if end != sent.end else sent

    # --- token predicates ---
    def is_org(self, t) -> bool:
        if not t.text[:1].isupper():
            return False
        low = t.lower_
        if low in ORG_WORDS or low.rstrip(".") in ORG_WORDS or low in PROVINCE_ABBREVIATIONS:
            return True
        return bool(_ACRONYM.match(t.text)) or _is_agency_noun(t.text)

    def is_name_token(self, t, headline: bool = False, inner: bool = False) -> bool:
        """Whether t can be a word of a personal name. `inner`: not the name's first word, where an
        affixed-looking word is a surname ("Tambunan", "Sinurat", "Kemong") unless it is an agency
        noun or a -kan verb."""
        if t.i in self.region_at or t.i in self.province_at:
            return False
        if headline and len(t.text) > 2 and (is_root(t.text) or stem(t.text.lower()) != t.text.lower()):
            return False  # a Title Case headline: "Gubernur Kalsel Akui Warga …"
        text = t.text
        if not _NAME_TOKEN.match(text):
            return False
        low = text.lower().rstrip(".")
        if low in NOT_NAME_WORDS or low in _FIRST_HEAD_WORDS or low in ORG_WORDS \
                or low in PROVINCE_ABBREVIATIONS:
            return False
        if len(text) > 2 and text.isupper():  # acronyms and degrees (RSUD, SH, ST)
            return False
        if _is_common_word(text) and low not in self.place_words and not (
                inner and not headline and not low.endswith("kan") and not _is_agency_noun(text)):
            return False
        return True

    def degree_at(self, i: int, end: int) -> int:
        """Tokens taken by an academic degree at i (0 if none): "M.Si", "S.Sos", "S." "Sos", ".S.H"."""
        t = self.doc[i]
        key = _degree_key(t.text)
        if not key:
            return 0
        if key in DEGREES and (not _INITIAL.match(t.text) or t.text.isupper() and len(key) > 1):
            return 1
        if _INITIAL.match(t.text) and i + 1 < end and self.doc[i + 1].lower_ in DEGREE_TAILS:
            nxt = self.doc[i + 1]
            if _degree_key(t.text + nxt.text) in DEGREES:
                return 2
        return 0

    # --- reading one title ---
    def read(self, head: Span):
        doc = self.doc
        sent = self.window(head.sent)
        send = sent.end
        head_key = head.label_
        category, needs = TITLES[head_key]
        # acting prefixes before the head: "Plt Kepala …", "Penjabat (Pj) Bupati …"
        start = head.start
        while start > sent.start and doc[start - 1].lower_ in ACTING_PREFIXES:
            start -= 1
        while start < head.start and doc[start].text in "()":
            start += 1
        if start > sent.start and doc[start - 1].lower_ in NOT_PERSON_BEFORE_TITLE:
            return None
        role_end = self.role_end(head.end, send, doc[head.end - 1].lower_)
        listed = self.listed_name(head.end, role_end, send, head_key)
        if listed is not None:
            role_end = listed[0]  # the role runs on to the comma before the name
        role_words = {doc[i].lower_.rstrip(".") for i in range(head.start, role_end)}
        # a head that needs an organisation is an office only with a public one
        if needs == "org":
            org = role_words - {head_key}
            if head_key in _MEMBER_HEADS:
                if not role_words & {"ombudsman", "dprd", "dpr", "dpd", "dprk", "dpra", "dprp", "komisi"}:
                    return None
            elif not org & PUBLIC_ORG_WORDS and not any(
                    _ACRONYM.match(doc[i].text) for i in range(head.end, role_end)):
                return None
        # name after the role, or before it
        name_span = (listed[1], listed[2], None) if listed is not None else self.name_after(role_end, send)
        if name_span is not None and name_span[2] is not None:
            role_end = name_span[2]
        if name_span is None:
            name_span = self.name_before(start, sent.start)
            if name_span is None:
                return None
        n_start, n_end = name_span[0], name_span[1]
        name = _clean_name(doc[n_start:n_end])
        if not name:
            return None
        role = doc[start:role_end].text.strip(" ,")
        role_words = {doc[i].lower_.rstrip(".") for i in range(start, role_end)}
        category = _category(category, head_key, role_words)
        region, province, explicit = self.place(start, role_end, category, head_key, role_words)
        used_until = max(role_end, n_end)
        return _Found(name, role, category, region, province, sent.text.strip(), explicit), used_until

    def role_end(self, i: int, send: int, last_word: str) -> int:
        doc = self.doc
        j = i
        while j < send:
            t = doc[j]
            if j in self.region_at:
                j = self.region_at[j].end
                last_word = ""
                continue
            if j in self.province_at:
                j = self.province_at[j].end
                last_word = ""
                continue
            low = t.lower_
            if t.text == "(":
                close = next((k for k in range(j + 1, min(j + 7, send)) if doc[k].text == ")"), None)
                if close is not None and close > j + 1 and all(
                        doc[k].text[:1].isupper() or not doc[k].is_alpha for k in range(j + 1, close)):
                    j = close + 1
                    continue
                break
            if low in ("dan", "&", "-", "/") and j + 1 < send and self.is_org(doc[j + 1]):
                j += 1
                continue
            if low in _ROMAN and t.text.isupper() and not (
                    j + 1 < send and self.is_name_token(doc[j + 1])):  # "Asisten II", not "I Wayan"
                j += 1
                continue
            if len(t.text) == 1 and t.text.isupper() and last_word in ("komisi", "bagian", "bidang"):
                j += 1
                last_word = ""
                continue
            if self.is_org(t):
                j += 1
                last_word = low
                continue
            if last_word in NAMED_UNIT_WORDS and (self.is_name_token(t) or low.rstrip(".") in HONORIFICS):
                # "RSUD Arosuka, …", "RSUD dr. Soedarso, …", "Camat Lembah Gumanti, …": the unit's
                # own name; without a comma after it a run of one or two words is all place
                k = j
                while k < send and doc[k].lower_.rstrip(".") in HONORIFICS:
                    k += 1
                k0 = k
                while k < send and k - k0 < 3 and self.is_name_token(doc[k]):
                    k += 1
                if k == k0:
                    break
                if (k < send and doc[k].text == ",") or k - j <= 2:
                    j = k
                else:
                    j = k0 + 1
                last_word = ""
                continue
            break
        return j

    # --- "<role>, <name>, …": the name is what follows the full role, between commas ---
    def listed_name(self, i: int, role_end: int, send: int, head_key: str):
        """(role_end, name_start, name_end) when the role runs from i on to a comma — over
        capitalised organisation words of any kind ("Pencegahan Maladministrasi", "Partai Golkar"),
        connectors, the electoral district, and further ", Kecamatan X, Kabupaten Y" parts — and a
        clean name stands between that comma and the next one (or a lower-case word); else None."""
        doc = self.doc
        j = i
        first_comma = None
        while True:
            k = j
            while k < send and doc[k].text != ",":
                if k - i > MAX_ROLE_TOKENS or not self._role_token(k):
                    return None
                k += 1
            if k == j or k + 1 >= send:
                return None
            if first_comma is None:
                first_comma = k
            m = k + 1
            if m in self.region_at or m in self.province_at or (
                    self.is_org(doc[m]) and doc[m].lower_.rstrip(".") not in GIVEN_NAME_ABBREVIATIONS):
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
        t = self.doc[k]
        if k in self.region_at or k in self.province_at or t.text[:1].isupper() or t.like_num:
            return True
        if t.text == "." and k > 0 and self.doc[k - 1].lower_ in ("kab", "kec", "prov", "kel", "ds"):
            return True
        return t.lower_ in ROLE_CONNECTORS

    def _role_tail(self, s: int, e: int, head_key: str) -> bool:
        """Whether tokens s..e, left over between the role read by `role_end` and the comma, belong
        to the role: the unit's own name after a village or district head ("Kepala Desa Sungai
        Ambawang Kuala"), or any word that cannot be a name (a common word, an organisation word,
        a connector, a place)."""
        doc = self.doc
        if head_key in UNIT_BEFORE_OWN_NAME or doc[s - 1].lower_ in UNIT_BEFORE_OWN_NAME:
            return True
        for x in range(s, e):
            t = doc[x]
            if not self.is_name_token(t) or (len(t.text) > 3 and is_root(t.lower_)):
                return True
        return False

    def _listed_name_token(self, t, inner: bool = False) -> bool:
        text = t.text
        if not _NAME_TOKEN.match(text):
            return False
        low = text.lower().rstrip(".")
        if low in GIVEN_NAME_ABBREVIATIONS:
            return True
        if low in _FIRST_HEAD_WORDS and inner and low not in NOT_NAME_WORDS and low not in TITLES:
            # "Yohanes Wali", "Sahat Raja Simbolon": a head word inside a name, unless it opens a
            # new title ("… Wali Kota …")
            two = self.doc[t.i:t.i + 2].text.lower()
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
        doc = self.doc
        headline = self._line(j)[1]
        while j < send and doc[j].lower_.rstrip(".") in HONORIFICS:
            step = 2 if j + 1 < send and doc[j + 1].text == "." else 1
            if j + step < send and doc[j + step].text[:1].isupper():
                j += step
            else:
                break
        if j >= send or (self.degree_at(j, send) and doc[j].lower_.rstrip(".") not in GIVEN_NAME_ABBREVIATIONS):
            return None
        if j in self.region_at or j in self.province_at:
            return None
        k = j
        words = 0
        while k < send:
            t = doc[k]
            if t.text == "." and k > j and doc[k - 1].lower_ in GIVEN_NAME_ABBREVIATIONS \
                    and k + 1 < send and doc[k + 1].text[:1].isupper():
                k += 1
                continue
            if k > j and self.degree_at(k, send):
                break
            if not self._listed_name_token(t, inner=k > j) or (headline and not self.is_name_token(t, True)):
                break
            k += 1
            words += 1
            if words > MAX_LISTED_NAME_TOKENS:
                return None
        if k == j:
            return None
        if k < send:
            nxt = doc[k]
            if nxt.text[:1].isupper() and not self.degree_at(k, send):
                return None  # stopped on a capitalised word that is no name: not a clean name
        while k > j + 1 and _INITIAL.match(doc[k - 1].text) and len(doc[k - 1].text) == 1:
            k -= 1
        if not any(len(doc[x].text) >= 3 and not _INITIAL.match(doc[x].text) for x in range(j, k)):
            return None
        return j, k

    def name_after(self, i: int, send: int):
        """(start, end, new_role_end or None) of the name after a role, or None."""
        doc = self.doc
        j = i
        if j < send and doc[j].text in (",", ":"):
            j += 1
        first = self._name_run(j, send)
        if first is None:
            return None
        s, e = first
        # "Kapolres Malang AKBP Putu …": an honorific starts the name, the words before are place
        if e < send and doc[e].lower_.rstrip(".") in HONORIFICS and e + 1 < send:
            second = self._name_run(e, send)
            if second is not None:
                return second[0], second[1], e
        # "Kepala Keasistenan Pencegahan Maladministrasi Ombudsman RI …": an organisation word
        # right after the run shows the run is still the organisation's name, not a person's
        if e < send and self.is_org(doc[e]) and not self.degree_at(e, send):
            return None
        # "Bupati Kalbar, Agus": a place the regions tagger did not mark, then the name
        if e < send and doc[e].text == "," and e - s <= 3 and not any(
                doc[k].text.endswith(".") for k in range(s, e)):
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
            return t.text == "," and e + 1 < send and not self.doc[e + 1].text[:1].isupper()
        return t.is_punct or not t.text[:1].isupper()

    def _name_run(self, j: int, send: int):
        doc = self.doc
        headline = j < send and self._line(j)[1]
        while j < send and doc[j].lower_.rstrip(".") in HONORIFICS:
            step = 2 if j + 1 < send and doc[j + 1].text == "." else 1  # "Ir" "." as two tokens
            if j + step < send and doc[j + step].text[:1].isupper():
                j += step
            else:
                break
        if j < send and self.degree_at(j, send):
            return None
        k = j
        while k < send and k - j < MAX_NAME_TOKENS:
            if doc[k].text == "." and k > j and doc[k - 1].lower_ in GIVEN_NAME_ABBREVIATIONS \
                    and k + 1 < send and doc[k + 1].text[:1].isupper():
                k += 1  # "Muh" "." "Idris"
                continue
            if k > j and self.degree_at(k, send):
                break
            if not self.is_name_token(doc[k], headline, inner=k > j):
                break
            k += 1
        if k == j or not any(len(doc[x].text) >= 3 and not _INITIAL.match(doc[x].text) for x in range(j, k)):
            return None
        while k > j and _INITIAL.match(doc[k - 1].text) and len(doc[k - 1].text) == 1:
            k -= 1  # a trailing single letter is a degree fragment, not part of the name
        return j, k

    def name_before(self, start: int, sstart: int):
        doc = self.doc
        k = start
        if k - 1 < sstart or doc[k - 1].lower_ not in NAME_ROLE_LINKS:
            return None
        k -= 1
        while k - 1 >= sstart and doc[k - 1].text == ",":
            k -= 1
        # degrees written after the name: "Andi Harun, SH, Wali Kota …"
        while k - 1 >= sstart and (self.degree_at(k - 1, k) or doc[k - 1].text == ","):
            k -= 1
        e = k
        while k - 1 >= sstart and e - (k - 1) <= MAX_NAME_TOKENS and self.is_name_token(doc[k - 1]):
            k -= 1
        if k == e:
            return None
        # the run must start at a boundary: the sentence start or a non-name token
        if k - 1 >= sstart and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ not in NOT_NAME_WORDS \
                and doc[k - 1].lower_.rstrip(".") not in HONORIFICS and not doc[k - 1].is_punct:
            return None
        if not any(len(doc[x].text) >= 3 and not _INITIAL.match(doc[x].text) for x in range(k, e)):
            return None
        return k, e, None

    # --- place ---
    def main_places(self) -> tuple[str | None, str | None]:
        """(region code, province code) the article is mainly about, when clear."""
        if self._main is None:
            regions = Counter(s.kb_id_ for s in self.doc.spans.get("regions", []))
            provinces = Counter(s.kb_id_ for s in self.doc.spans.get("provinces", []))
            region = None
            if regions:
                (top, n), *rest = regions.most_common(2) + [(None, 0)]
                if n > rest[0][1]:
                    region = top
            province = None
            if provinces:
                (top, n), *rest = provinces.most_common(2) + [(None, 0)]
                if n > rest[0][1]:
                    province = top
            if province is None and region is not None:
                province = self.gaz.regions[region].province_code if region in self.gaz.regions else None
            self._main = (region, province)
        return self._main

    def place(self, start: int, end: int, category: str, head_key: str, role_words: set):
        doc = self.doc
        # a legislator's electoral district is not the office's place
        end = next((i for i in range(start, end) if doc[i].lower_ in ELECTORAL_DISTRICT_WORDS), end)
        for i in range(start, end):
            if i in self.region_at:
                span = self.region_at[i]
                before = doc[span.start - 1].lower_ if span.start > 0 else ""
                if category == "camat_desa" and before in UNIT_BEFORE_OWN_NAME:
                    continue  # "Lurah Banjar": the kelurahan's own name
                code = span.kb_id_
                r = self.gaz.regions.get(code)
                province = r.province_code if r else code.split(".")[0]
                if before in PROVINCIAL_MARKERS and r is not None and r.kind == "kota":
                    return None, province, True  # "Setprov Bengkulu": the province
                return code, province, True
        for i in range(start, end):
            if i in self.province_at:
                return None, self.province_at[i].kb_id_, True
        for i in range(start, end):
            if self.doc[i].lower_ in PROVINCE_ABBREVIATIONS:
                return None, PROVINCE_ABBREVIATIONS[self.doc[i].lower_], True
        if category == "pusat" or category == "lainnya":
            return None, None, False
        if category == "camat_desa":
            near = self.region_before(start)
            if near is not None:
                r = self.gaz.regions.get(near)
                return near, (r.province_code if r else None), False
        region, province = self.main_places()
        if category == "ombudsman":
            if head_key in _NATIONAL_OMBUDSMAN_HEADS or (
                    role_words & {"ri", "republik"} and "perwakilan" not in role_words):
                return None, None, False
            return None, province, False
        if category == "legislatif" and ("dpr" in role_words or "ri" in role_words):
            return None, None, False
        if role_words & PROVINCIAL_MARKERS:
            return None, province, False
        if region is not None:
            kind = self.gaz.regions[region].kind if region in self.gaz.regions else None
            if category in ("kepala_daerah", "wakil_kepala_daerah") and (
                    ("bupati" in role_words and kind == "kota") or (
                    role_words & {"wali", "walikota", "wako", "wawako"} and kind == "kabupaten")):
                return None, None, False
            r = self.gaz.regions.get(region)
            return region, (r.province_code if r else None), False
        return None, None, False


    def region_before(self, start: int) -> str | None:
        """The region named with a cue ("Di Kabupaten Sigi, …", "Pemkot Jakarta Utara") last before
        token `start`, within the three sentences up to it: where a village or district head's
        unit lies when the role does not say."""
        doc = self.doc
        sent = doc[start].sent
        lo = sent.start
        for _ in range(3):
            if lo == 0:
                break
            lo = doc[lo - 1].sent.start
        best = None
        for span in doc.spans.get("regions", []):
            if lo <= span.start < start and span._.cue and span._.cue != "list" \
                    and (span.start == 0 or doc[span.start - 1].lower_ not in UNIT_BEFORE_OWN_NAME):
                best = span.kb_id_
        return best


_PLACE_WORDS: dict[int, frozenset] = {}


def _place_words(gaz) -> frozenset:
    """Lower-case single words of region and province names ("tarakan", "kapuas")."""
    key = id(gaz)
    if key not in _PLACE_WORDS:
        names = [r.name for r in gaz.regions.values()] + [p.name for p in gaz.provinces.values()]
        _PLACE_WORDS[key] = frozenset(w.lower() for n in names for w in n.split())
    return _PLACE_WORDS[key]


def _category(category: str, head_key: str, role_words: set) -> str:
    if category in ("pusat", "lainnya"):
        return category
    for word, cat in CATEGORY_BY_ORG_WORD:
        if word in role_words:
            if cat == "camat_desa" and category in ("kepala_daerah", "wakil_kepala_daerah", "sekda"):
                continue
            return cat
    return category


def _clean_name(tokens) -> str:
    words = [t.text for t in tokens]
    while words and words[0].lower().rstrip(".") in HONORIFICS and len(words) > 1:
        words.pop(0)
    return " ".join(words).replace(" . ", ". ").strip(" ,")  # "Muh . Idris" -> "Muh. Idris"


def _norm(name: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]+", " ", name.lower()).split()


def _merge(found: list[_Found]) -> list[Official]:
    """One official per person: names that are equal or one a prefix of the other."""
    people: list[_Found] = []
    for f in found:
        words = _norm(f.name)
        for p in people:
            pw = _norm(p.name)
            short, long_ = (words, pw) if len(words) <= len(pw) else (pw, words)
            if short and long_[:len(short)] == short:
                if len(words) > len(pw):
                    p.name = f.name
                if f.explicit_place and not p.explicit_place or (
                        p.region_code is None and p.province_code is None
                        and (f.region_code or f.province_code)):
                    p.role, p.category = f.role, f.category
                    p.region_code, p.province_code = f.region_code, f.province_code
                    p.explicit_place = f.explicit_place
                    p.evidence = f.evidence
                break
        else:
            people.append(f)
    return [Official(p.name, p.role, p.category, p.region_code, p.province_code, p.evidence)
            for p in people]
