"""Reading one title: the role after its head, the name after or before it, the place of the office.

`Reader` holds one document's tokens, region and province spans and lines; its readers are split by
what they read: roles and token predicates here, names in names.py, places in places.py.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from pipeline.facttypes.officials.elect import PlacedPairReader
from pipeline.facttypes.officials.groups import GroupListReader
from pipeline.facttypes.officials.labels import LabelLineReader
from pipeline.facttypes.officials.names import NameReader
from pipeline.facttypes.officials.pairs import PairListReader
from pipeline.facttypes.officials.related import RelatedReader
from pipeline.facttypes.officials.rolls import RollReader
from pipeline.facttypes.officials.places import PlaceReader
from pipeline.facttypes.officials.roles import RoleReader
from pipeline.facttypes.officials.words import (
    _ACRONYM, AGENCY_ACRONYM, is_agency_acronym, ACTING_PREFIXES, ACTING_SECOND_WORDS, AGENT_MARKERS, APPOINTMENT_LINKS, ASSISTANT_HEADS,
    _category, clean_name_words, _degree_key, DEGREE_TAILS, DEGREES, DEPUTY_JOINS, DEPUTY_WORDS, FILLED_BY_FORMER_WORDS,
    _DOTTED_INITIALS, _FIRST_HEAD_WORDS, FORMER_PREFIXES, GENERIC_HEAD_TITLES, GIVEN_NAME_ABBREVIATIONS,
    HEADLINE_CAPITALISED, HEADLINE_FUNCTION_WORDS, HEADLINE_MAX_PROSE_WORDS, HEADLINE_WORDS, _INITIAL,
    INSTALLING_VERBS, _is_abbreviation, _is_agency_noun, _is_common_word, MAX_WINDOW_TOKENS, _MEMBER_HEADS,
    NAME_PREFIXES, _NAME_TOKEN, NOT_ALONE_NAME_WORDS, NOT_NAME_WORDS, NOT_PERSON_BEFORE_TITLE,
    OMBUDSMAN_ASSISTANT_RANKS, OMBUDSMAN_UNIT_PAIRS, OMBUDSMAN_WORDS, ORG_WORDS, ORG_WORDS_OF_GOVERNMENT,
    PAIR_SEPARATORS, _place_words, PROVINCE_ABBREVIATIONS, PUBLIC_ORG_WORDS, PURPOSE_WORDS, _ROMAN,
    skipped_line, SUBJECT_APPOINTMENT_VERBS, TITLES,
)
from pipeline.lang import DEMONSTRATIVES, HONORIFIC_INITIALS
from pipeline.nlp.discourse import discourse_of
from pipeline.nlp.stem import is_root, stem

_LINE_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


@dataclass
class Found:
    """One official as read from one title."""

    name: str
    role: str
    category: str
    region_code: str | None
    province_code: str | None
    evidence: str
    explicit_place: bool
    appointed: bool = False  # read through an appointment link: the office the article gives them


def _glued_degrees(text: str, key: str) -> bool:
    """Two degrees written as one word, opening in two capitals ("MMPd", "SPdMM", "STMT"): a degree
    and a degree or a degree's second half."""
    return len(key) >= 4 and text[:2].isupper() and key.isalpha() and any(
        key[:k] in DEGREES and (key[k:] in DEGREES or key[k:] in DEGREE_TAILS) for k in range(2, len(key) - 1))


#: a name after an untagged province's word keeps at least this many tokens
NAME_AFTER_PROVINCE_TOKENS = 2
_ONE_WORD_PROVINCES: dict[int, dict[str, str]] = {}


def _one_word_provinces(gaz) -> dict[str, str]:
    """Lower-case name → code of the provinces named in one word ("jambi", "riau", "bali")."""
    key = id(gaz)
    if key not in _ONE_WORD_PROVINCES:
        _ONE_WORD_PROVINCES[key] = {p.name.lower(): code for code, p in gaz.provinces.items() if " " not in p.name}
    return _ONE_WORD_PROVINCES[key]


class Reader(NameReader, PlaceReader, RoleReader, PairListReader, PlacedPairReader, RelatedReader, RollReader,
             LabelLineReader, GroupListReader):
    """One document's tokens, spans and lines, and the readers of roles and names."""

    def __init__(self, doc: Doc, region_at: dict, province_at: dict, gaz):
        self.doc = doc
        # token texts by index, read once and shared through the discourse layer (doc[i].text
        # creates a token object each time)
        discourse = discourse_of(doc)
        self.discourse = discourse
        self.texts: list[str] = discourse.token_texts
        self.spaces: list[int] = discourse.token_spaces
        self.lowers: list[str] = discourse.token_lowers
        self.region_at = region_at
        self.province_at = province_at
        self.gaz = gaz
        # lines as token ranges: spaCy keeps line breaks as space tokens (Doc.text would rebuild
        # the whole string, which costs more than the rest of this component)
        spaces = doc.to_array("IS_SPACE")
        self.line_starts = [0] + [i + 1 for i in spaces.nonzero()[0].tolist() if "\n" in self.texts[i]]
        self._line_flags: dict[int, tuple[bool, bool]] = {}
        self._main: tuple[str | None, str | None] | None = None
        #: (marker, start, end) of the titles and names read as the agent of an appointment after
        #: a passive verb or "oleh" at `marker` ("ditunjuk Mendagri X sebagai …"): X appoints, so
        #: a title after them is the subject's, before the verb
        self.agents: list[tuple[int, int, int]] = []
        #: sentence start → (start, end) of the first holder named in it: the subject a later
        #: "dilantik sebagai <title>" of the same sentence refers to
        self.subjects: dict[int, tuple[int, int]] = {}
        self.place_words = _place_words(gaz)
        #: the end of a text cut off after a word (an excerpt: no punctuation at its end), else None
        last = len(doc) - 1
        while last >= 0 and self.spaces[last]:
            last -= 1
        self.cut_at = last + 1 if last >= 0 and self.texts[last][-1:].isalpha() else None

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text` (an end past the doc's end clamped, as a slice is), without creating token objects."""
        return self.discourse.token_text(start, min(end, len(self.texts)))

    def name_text(self, start: int, end: int) -> str:
        """The name written by tokens start..end (of `doc[start:end]`, without token objects)."""
        return clean_name_words([self.texts[i] for i in range(start, end) if not self.spaces[i]])

    # --- lines ---
    def _line(self, token_i: int) -> tuple[bool, bool]:
        """(skip, headline) for the line of a token."""
        li = bisect_right(self.line_starts, token_i) - 1
        if li not in self._line_flags:
            start = self.line_starts[li]
            end = self.line_starts[li + 1] if li + 1 < len(self.line_starts) else len(self.doc)
            line = self.span_text(start, end).strip()
            low = line.lower()
            skip = skipped_line(line)
            words = _LINE_WORD.findall(line)
            caps = sum(1 for w in words if w[0].isupper())
            prose = sum(1 for w in words if w[0].islower() and w not in HEADLINE_FUNCTION_WORDS)
            # a line of sentences is no headline, unless every word is capitalised and no comma parts a
            # caption's title from its name ("Pemkab A Raih Nilai A. Bupati: Puji Tuhan Naik Level.",
            # "Mendagri Lantik Tiga Pj. Gubernur …"; not "Kepala Perwakilan Ombudsman Papua, Yohanes B.J. Rus.")
            sentences = ". " in line or line.endswith(".")
            headline = (HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1] and caps / len(words) >= HEADLINE_CAPITALISED
                        and prose < HEADLINE_MAX_PROSE_WORDS and (not sentences or prose == 0 and "," not in line)
                        and not line.endswith(('"', ")", ","))  # a line cut off after a comma is prose
                        and not low.startswith("foto"))
            if headline and li > 0 and self.cut_at is not None and end >= self.cut_at:
                headline = False  # the text cut off inside this last line: a sentence in progress
            if headline and li > 0 and self.wrapped_after(li):
                headline = False  # "…. Turut hadir Sekretaris … Kukar\nHerry Polo dan …": a hard-wrapped sentence
            if headline and self.broken_before_name(li, line):
                headline = False  # "… Provinsi Jambi, Budi\nSantoso, mengatakan …": a name hard-wrapped in a sentence
            if headline and self.roll_line(li, line):
                headline = False  # "- Budi Santoso sebagai Pj Gubernur Bali": an item of a roll-call
            self._line_flags[li] = (skip, headline)
        return self._line_flags[li]

    def broken_before_name(self, li: int, line: str) -> bool:
        """Whether line `li` breaks off inside a sentence that goes on in the next line with a name's last
        word, a comma and a lower-case word ("…, Budi" over "Santoso, mengatakan bahwa …"; hard-wrapped
        text, final7): no headline."""
        if li + 1 >= len(self.line_starts) or not line[-1:].isalpha() or "," not in line:
            return False
        words = self.line_text(li + 1).split(maxsplit=2)
        return len(words) == 3 and words[0][:1].isupper() and words[0].endswith(",") and words[1].islower()

    def wrapped_after(self, li: int) -> bool:
        """Whether line `li` goes on with the sentence of the line before: that line is prose (a full
        stop inside it) and ends with no sentence-final mark."""
        prev = self.span_text(self.line_starts[li - 1], self.line_starts[li]).strip()
        return ". " in prev and prev[-1:].isalnum()

    def skip_line(self, token_i: int) -> bool:
        li = bisect_right(self.line_starts, token_i) - 1
        return self._line(token_i)[0] or self.headline_list(li)

    def window(self, sent: Span) -> Span:
        """The sentence, joined with the next while it ends in an abbreviation's period that the
        sentencizer took for a full stop ("Ir" ".", "Sp" "." "PD")."""
        doc = self.doc
        end = sent.end
        while end < len(doc) and end - sent.start < MAX_WINDOW_TOKENS and self.texts[end - 1] == "." and end >= 2 \
                and _is_abbreviation(self.texts[end - 2]):
            end = doc[end].sent.end
        start = sent.start
        # …and with the one before while that ends in a given name's abbreviation ("Kgs" "." | "Ahmad …")
        while start >= 2 and end - start < MAX_WINDOW_TOKENS and self.texts[start - 1] == "." \
                and self.lowers[start - 2] in GIVEN_NAME_ABBREVIATIONS:
            start = doc[start - 2].sent.start
        # …and with the one before while the break falls inside a name's degrees ("Budi, SH." |
        # "dilantik sebagai …", "Budi, S.STP., " | "M.Si sebagai …"): no sentence opens so
        while start >= 2 and end - start < MAX_WINDOW_TOKENS and self.split_in_degrees(start):
            start = doc[start - 1].sent.start
        return doc[start:end] if (start, end) != (sent.start, sent.end) else sent

    def split_in_degrees(self, start: int) -> bool:
        """Whether the sentence break before token `start` falls inside the degrees after a name: the
        sentence before ends in a comma or in a degree's full stop, and this one opens with a
        lower-case word or a degree ("Budi Santoso, SH." | "dilantik …")."""
        prev, first = self.texts[start - 1], self.texts[start]
        if not (prev == "," or prev == "." and _degree_key(self.texts[start - 2]) in DEGREES
                or prev.endswith(".") and len(prev) > 2 and _degree_key(prev) in DEGREES):
            return False
        return first[:1].islower() or self.degree_at(start, start + 1) > 0

    # --- token predicates ---
    def is_org(self, i: int) -> bool:
        """Whether token i is a word of an organisation's name (capitalised)."""
        text = self.texts[i]
        if not text[:1].isupper():
            return False
        low = self.lowers[i]
        if self.name_prefix_at(i):
            return False  # "Anak Agung …" opens a name
        if low in ORG_WORDS or low.rstrip(".") in ORG_WORDS or low in PROVINCE_ABBREVIATIONS or AGENCY_ACRONYM.match(low):
            return True
        if _ACRONYM.match(text):
            # two capitals before a name are initials, not an organisation ("HV Lolowang")
            return not (len(text) == 2 and i + 1 < len(self.texts) and (self.is_name_token(i + 1) or (
                self.texts[i + 1] == "." and low in HONORIFIC_INITIALS)))  # "HM. Nursoleh"
        return _is_agency_noun(text)

    def is_name_token(self, i: int, headline: bool = False, inner: bool = False) -> bool:
        """Whether token i can be a word of a personal name. `inner`: not the name's first word, where
        an affixed-looking word is a surname ("Tambunan", "Sinurat", "Kemong") unless it is an agency
        noun or a -kan verb."""
        if i in self.region_at or i in self.province_at:
            return False
        text = self.texts[i]
        if headline and len(text) > 2 and (is_root(text) or stem(text.lower()) != text.lower()):
            return False  # a Title Case headline: "Gubernur Kalsel Akui Warga …"
        if not _NAME_TOKEN.match(text):
            # dotted initials inside a name ("Thoseng T.T Asan"), not a degree ("S.H")
            # …or opening one before a name word ("M.S. Ruslan", "A.A. Gde Mayun")
            opens = i + 1 < len(self.texts) and bool(_NAME_TOKEN.match(self.texts[i + 1])) \
                and len(_degree_key(text)) >= 2
            return (inner or opens) and "." in text[:-1] and bool(_DOTTED_INITIALS.match(text)) \
                and _degree_key(text) not in DEGREES
        if self.name_prefix_at(i):
            return True
        low = text.lower().rstrip(".")
        if low in NOT_NAME_WORDS or low in _FIRST_HEAD_WORDS or low in ORG_WORDS \
                or low in PROVINCE_ABBREVIATIONS or is_agency_acronym(low):
            return False
        if len(text) > 2 and text.isupper():  # acronyms and degrees (RSUD, SH, ST)
            return False
        if _is_common_word(text) and low not in self.place_words and not (
                inner and not headline and not low.endswith("kan") and not _is_agency_noun(text)):
            return False
        return True

    def name_prefix_at(self, i: int) -> bool:
        """Whether token i opens a personal name with the next ("Anak Agung"), in Title Case."""
        seconds = NAME_PREFIXES.get(self.lowers[i])
        return seconds is not None and i + 1 < len(self.lowers) and self.lowers[i + 1] in seconds \
            and self.texts[i + 1][:1].isupper()

    def degree_at(self, i: int, end: int) -> int:
        """Tokens taken by an academic degree at i (0 if none): "M.Si", "S.Sos", "S." "Sos", ".S.H"."""
        text = self.texts[i]
        key = _degree_key(text)
        if not key:
            return 0
        if key in DEGREES and (not _INITIAL.match(text) or text.isupper() and len(key) > 1):
            return 1
        if _INITIAL.match(text) and i + 1 < end and self.lowers[i + 1] in DEGREE_TAILS:
            if _degree_key(text + self.texts[i + 1]) in DEGREES:
                return 2
        return 1 if _glued_degrees(text, key) else 0

    # --- reading one title ---
    def read(self, head: Span, used_until: int = 0):
        """([Found], token index up to which the title and its names were read) for one title head,
        or None: the role after the head, the name after or before it, the place of the office; a
        head and its deputy installed as a pair ("Bupati dan Wakil Bupati X, A-B") give two."""
        sent = self.window(head.sent)
        send = sent.end
        head_key = head.label_
        category, needs = TITLES[head_key]
        start = self.role_start(head.start, sent.start)
        if start is None:
            return None
        deputy, role_from, role_end = self.role_extent(head, send)
        bracketed = start > sent.start and self.texts[start - 1] == "("  # "Budi Santoso (Bupati Kapuas), …"
        listed = None if bracketed else self.listed_name(role_from, role_end, send, head_key)
        if listed is not None:
            role_end = listed[0]  # the role runs on to the comma before the name
        framed = None  # a bare member's title: the body the frame told ("A sebagai Ketua")
        if needs == "org" and not self.public_org(head.end, role_end, head_key):
            framed = self.framed_body(head_key, start, role_end, send)
            generic = GENERIC_HEAD_TITLES.get(" ".join(self.lowers[head.start:head.end + 1]))
            if framed is None and generic is not None and self.enumerates(head.end + 1, send):
                # "Kepala daerah yang cuti termasuk A dan B dari X, …"
                return self.read_list(start, head.end + 1, send, sent, head_key, deputy, generic)
            if framed is None:
                return None
        found = self.holder(start, head.end, role_end, send, sent.start, listed, used_until)
        if found is None:
            return self.read_list(start, role_end, send, sent, head_key, deputy)
        self.subjects.setdefault(sent.start, found[0])
        (n_start, n_end), appointed, new_role_end = found
        if n_end == self.cut_at and n_end - n_start == 1:
            return None  # "… Kepala Dinas Penanaman Moda": a text cut off mid-word, no name of one word
        role_end = role_end if new_role_end is None else new_role_end
        untagged = self.untagged_province(n_start, n_end, role_end)
        if untagged is not None:
            n_start = role_end = n_start + 1  # "Kaper Jambi Saiful Roswandi": the title's province, then the name
        name = self.holder_name(n_start, n_end, send)
        if name is None:
            return None
        role_words = {self.lowers[i].rstrip(".") for i in range(start, role_end)}
        category = self.office_category(_category(category, head_key, role_words), head, role_words,
                                        start, role_end, sent.start, send)
        region, province, explicit = self.place(head.end, role_end, category, head_key, role_words, start)
        if untagged is not None:
            region, province, explicit = None, untagged, True
        if framed is not None:
            (category, region, province), explicit = framed, False
        role = self.span_text(start, role_end).strip(" ,")
        evidence = self.span_text(sent.start, sent.end).strip()
        main = Found(name, role, category, region, province, evidence, explicit, appointed)
        used = max(role_end, n_end)
        if deputy is None:  # …"C, D dan E sebagai anggota": names listed before one link hold one office each
            out = [replace(main, name=self.name_text(s, e)) for s, e in self.roll_before(n_start, n_end, start, sent.start)]
            out.append(main)
        else:
            out, used = self.pair_holders(main, deputy, (n_start, n_end), start, sent.start, send, role_words, used)
        related, used = self.related_holders(used, send, category)
        for s, e, cat in related:  # a former holder, a head's deputy ("… dan wakilnya, NAME")
            out.append(Found(self.name_text(s, e), role, cat, region, province, evidence, explicit))
        return out, used

    def role_extent(self, head: Span, send: int):
        """(deputy, role_from, role_end) of a title: the deputy's title joined to the head ((end, head)
        or None, "Bupati dan Wakil Bupati X" or after the place: "Bupati Gianyar dan Wakil Bupati
        Gianyar, A dan B"), where the role's words after the head start and where they end."""
        deputy = self.deputy_after(head.end, send)
        role_from = deputy[0] if deputy else head.end
        role_end = self.role_end(role_from, send, self.lowers[role_from - 1])
        if deputy is None and role_end > head.end and self.placed(head.end, role_end):
            deputy = self.deputy_after(role_end, send)
            if deputy is not None:
                role_end = self.role_end(deputy[0], send, self.lowers[deputy[0] - 1])
        return deputy, role_from, role_end

    def holder(self, start: int, head_end: int, role_end: int, send: int, sstart: int, listed, used_until: int):
        """((start, end), appointed, new role end or None) of the title's holder, or None: who fills the
        office told right after it first ("Pj Bupati X, dijabat Sekda X NAME"), then the title's own
        name (`name_of`), then the sentence's subject appointed to it (`subject_appointed`)."""
        filler = self.filled_by(role_end, send) if listed is None else None
        if filler is not None and any(self.lowers[k] in FILLED_BY_FORMER_WORDS for k in range(role_end, filler[0])):
            found = self.name_of(start, role_end, send, sstart, listed, self.placed(head_end, role_end), used_until)
            if found is not None:
                return found  # the title's own holder; the former one is read after it (related.py)
        if filler is not None:
            return filler, True, None
        found = self.name_of(start, role_end, send, sstart, listed, self.placed(head_end, role_end), used_until)
        if found is not None:
            return found
        filler = self.subject_appointed(start, sstart)
        return None if filler is None else (filler, True, None)

    def holder_name(self, n_start: int, n_end: int, send: int) -> str | None:
        """The name written by tokens n_start..n_end, or None when it is no personal name: a word that
        is no name alone, a word before a demonstrative, a place's word alone."""
        name = self.name_text(n_start, n_end)
        if not name or name.lower() in NOT_ALONE_NAME_WORDS:
            return None
        if n_end - n_start == 1 and n_end < send and self.lowers[n_end] in DEMONSTRATIVES:
            return None  # "Kunjungan anggota DPRD Majene Kali ini": a word with "ini", no name
        if " " not in name and name.lower() in self.place_words:
            return None  # "Penjabat Bupati Lombok Tim…" cut off: a place's word alone is no name
        return name

    def office_category(self, category: str, head: Span, role_words: set, start: int, role_end: int,
                        sstart: int, send: int) -> str:
        """The category of a title's office, a regional agency's title read as the Ombudsman's when
        the sentence or the rank tells so ("Rombongan Ombudsman dipimpin Kepala Perwakilan …",
        "Asisten Pratama II", "Asisten Bidang Pencegahan, X mengatakan, Ombudsman Perwakilan NTB …")."""
        head_key = head.label_
        if category == "perangkat_daerah" and "perwakilan" in role_words and self.ombudsman_before(sstart, start):
            return "ombudsman"
        if category == "perangkat_daerah" and (head_key in ASSISTANT_HEADS or role_words & ASSISTANT_HEADS) and not (
                self.placed(head.end, role_end) or role_words & ORG_WORDS_OF_GOVERNMENT) \
                and not (self.lowers[head.end] in _ROMAN and self.texts[head.end].isupper()) \
                and (self.ombudsman_before(sstart, send)  # "Asisten III": a regional secretariat's
                     or self.lowers[head.end] in OMBUDSMAN_ASSISTANT_RANKS):  # "Asisten Pratama II"
            return "ombudsman"
        return category

    def pair_holders(self, main: Found, deputy, name: tuple[int, int], start: int, sstart: int, send: int,
                     role_words: set, used: int) -> tuple[list[Found], int]:
        """The holders of a head's title and its deputy's read together, and the token up to which
        names were read: the head's name before the deputy's when the pair stands before the titles
        ("A dan B dilantik sebagai Bupati dan Wakil Bupati X"), the deputy's after the head's
        ("Bupati dan Wakil Bupati X, A-B"); `main` alone when the second name is not found."""
        d_category = _category(TITLES[deputy[1]][0], deputy[1], role_words)
        if name[1] <= start:
            first = self.pair_before(name[0], sstart)
            if first is None:
                return [main], used
            return [replace(main, name=self.name_text(first[0], first[1])), replace(main, category=d_category)], used
        second = self.pair_name(name[1], send)
        if second is None:
            return [main], used
        return [main, replace(main, name=self.name_text(second[0], second[1]), category=d_category)], max(used, second[1])

    def untagged_province(self, n_start: int, n_end: int, role_end: int) -> str | None:
        """The code of a province written in one word right after a title and before a name of two words
        or more, that the province tagger left untagged ("Kaper Jambi Saiful Roswandi": an ambiguous
        "Jambi" in a list of the Ombudsman's offices; final8), else None: a province's name opens no
        personal name."""
        if n_start != role_end or n_end - n_start < NAME_AFTER_PROVINCE_TOKENS + 1:
            return None
        return _one_word_provinces(self.gaz).get(self.lowers[n_start])

    def pair_before(self, n_start: int, sstart: int):
        """(start, end) of the head's name before the deputy's in a pair written before its titles
        ("Yusuf Hamdani dan Marwan Anwar dilantik sebagai Bupati dan Wakil Bupati …"), or None."""
        if n_start - 2 < sstart or self.lowers[n_start - 1] not in PAIR_SEPARATORS:
            return None
        return self._run_before(n_start - 1, sstart)

    def subject_appointed(self, start: int, sstart: int):
        """(start, end) of the sentence's first holder when the title at `start` follows an
        appointment verb and link with no name of its own ("Wakil Bupati X, Budi, yang juga
        merangkap sebagai Plt Bupati, hari ini dilantik sebagai Bupati definitif X"), or None."""
        if sstart not in self.subjects or start - 2 < sstart or self.lowers[start - 1] not in APPOINTMENT_LINKS \
                or self.lowers[start - 2] not in SUBJECT_APPOINTMENT_VERBS:
            return None
        if start - 3 >= sstart and self.lowers[start - 3] in PURPOSE_WORDS:
            return None  # "… untuk ditetapkan sebagai Sekda": a purpose, not the subject's appointment
        subject = self.subjects[sstart]
        if any(self.lowers[k] in INSTALLING_VERBS for k in range(subject[1], start - 2)):
            return None  # "Gubernur X melantik lima pejabat yang ditunjuk sebagai …": the object's
        return subject

    def role_start(self, head_start: int, sstart: int) -> int | None:
        """Where the role starts: before acting prefixes ("Plt Kepala …", "Penjabat (Pj) Bupati …",
        "Pelaksana Tugas Bupati …"); None when a word before it makes the title a place, a document
        or a prize ("Kantor Bupati", "Peraturan Bupati")."""
        start = head_start
        while start > sstart and self.lowers[start - 1] in ACTING_PREFIXES and not (
                self.lowers[start - 1] in ACTING_SECOND_WORDS and (
                start - 2 < sstart or self.lowers[start - 2] not in ACTING_SECOND_WORDS[self.lowers[start - 1]])):
            start -= 1
        while start < head_start and self.texts[start] in "()":
            start += 1
        while start > sstart and self.lowers[start - 1] in FORMER_PREFIXES:
            start -= 1  # "NAME, mantan Sekda …": the former office is the role (final6)
        if start > sstart and self.lowers[start - 1] in NOT_PERSON_BEFORE_TITLE:
            return None
        return start

    def public_org(self, i: int, end: int, head_key: str) -> bool:
        """Whether a head that needs an organisation has a public one in its role (tokens i..end)."""
        role_words = {self.lowers[k].rstrip(".") for k in range(i, end)}
        if head_key in ASSISTANT_HEADS and i < len(self.lowers) and self.lowers[i] in OMBUDSMAN_ASSISTANT_RANKS:
            return True  # "Asisten Pratama II": the Ombudsman's
        if head_key in ASSISTANT_HEADS and i < end and self.lowers[i] in _ROMAN and self.texts[i].isupper():
            return True  # "Asisten I NAME": a regional secretariat's numbered assistant (final4, final7)
        if head_key in _MEMBER_HEADS:
            return bool(role_words & (OMBUDSMAN_WORDS | {"dprd", "dpr", "dpd", "dprk", "dpra", "dprp", "komisi"}))
        if role_words & PUBLIC_ORG_WORDS or any(pair <= role_words for pair in OMBUDSMAN_UNIT_PAIRS):
            return True
        return any(_ACRONYM.match(self.texts[k]) or AGENCY_ACRONYM.match(self.lowers[k]) for k in range(i, end))

    def placed(self, i: int, end: int) -> bool:
        """Whether the role (tokens i..end) names its place."""
        return any(k in self.region_at or k in self.province_at or self.lowers[k] in PROVINCE_ABBREVIATIONS
                   for k in range(i, end))

    def name_of(self, start: int, role_end: int, send: int, sstart: int, listed, placed: bool, used_until: int):
        """((start, end), appointed, new role end or None) of the title's holder: the name before a
        word link ("X sebagai / menjadi / selaku <title>") first, then the name after the role,
        then the name before a comma or parenthesis, then a name right before the title."""
        before = self.name_before(start, sstart, words_only=True)
        if before is not None:
            return (before[0], before[1]), before[2], None
        # "ditunjuk Mendagri X sebagai Pj Bupati …": after an agent's title, the link is not X's
        agent = start > sstart and self.lowers[start - 1] in AGENT_MARKERS
        if listed is not None and (agent or not self.holds_later_title(listed[2], send)):
            return (listed[1], listed[2]), False, None
        after = self.name_after(role_end, send, placed) if listed is None else None
        if after is not None and (agent or not self.holds_later_title(after[1], send)):
            return (after[0], after[1]), False, after[2]
        before = self.name_before(start, sstart)
        if before is not None:
            return (before[0], before[1]), before[2], None
        bare = self.name_right_before(start, sstart, used_until)
        return (bare, False, None) if bare is not None else None

    def deputy_after(self, i: int, send: int):
        """(end, head) of a deputy's title joined to the head ("Bupati dan Wakil Bupati …"), or None."""
        if i + 1 >= send or self.lowers[i] not in DEPUTY_JOINS or self.lowers[i + 1] not in DEPUTY_WORDS:
            return None
        for n in (3, 2, 1):
            key = " ".join(self.lowers[i + 1:i + 1 + n])
            if i + 1 + n <= send and key in TITLES:
                return i + 1 + n, key
        return None

    def ombudsman_before(self, sstart: int, start: int) -> bool:
        """Whether the sentence names the Ombudsman before a title (tokens sstart..start)."""
        return any(self.lowers[k] in ("ombudsman", "ori") for k in range(sstart, start))
