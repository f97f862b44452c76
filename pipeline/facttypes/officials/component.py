"""Officials: named holders of public office (`doc._.officials`, a list of `Official`).

Rules on titles and capitalised name tokens:

1. a PhraseMatcher finds title heads from the titles of pipeline/lang/offices.toml ("Bupati",
   "Wakil Gubernur", "Kepala", "Sekda", "Ketua Komisi", "Menteri", …), longest match first;
2. the role runs on over the organisation after the head: region and province spans from
   `warta_regions`, organisation words (lexicon.toml, acronyms, and affixed Indonesian words found by
   the Sastrawi stemmer such as "Pelayanan", "Kesehatan"), parentheses, roman numerals
   ("Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kabupaten Paser");
3. the name is the run of capitalised tokens after the role (honorifics and ranks skipped, degrees
   dropped, initials kept) or before it ("Andi Harun, Wali Kota Samarinda", "X selaku Kepala …",
   "X dari pimpinan Ombudsman RI", "X (Kepala Biro …) menjadi Penjabat Bupati …", "X secara resmi
   dilantik menjadi …", a name right before its title with no link); a name linked by a word to a
   title is read before the name after the role, and a name after a role that is linked on to a
   later title is that title's ("Sekda X, Budi sebagai Pj Bupati Y"); the agent of a passive
   appointment ("ditunjuk Mendagri Z sebagai …") is not the appointee; a head and its deputy
   installed as a pair give two ("Bupati dan Wakil Bupati X, A-B");
4. the category comes from the head, overridden by the organisation ("Kepala … Ombudsman" is
   ombudsman, "Ketua Komisi B DPRD" legislatif); the place from the spans inside the role, else
   from a regional head's sentence (the last kabupaten for a bupati, kota for a wali kota), else
   from the article's main regional government (sekda, kabag, dinas heads without a place) or its
   main province (gubernur, Ombudsman perwakilan, a biro), national offices none;
5. the same person met twice is one official, under the fuller name (one the start or the end of
   the other), with the office the article appoints them to (read through "sebagai", "menjadi").

6. discourse shapes over several names: an installation frame over "Head-Deputy (Place)" items
   (pairs.py: the role from the pair order and the place's kind; "Head dan Deputy (Place)" items
   too when the frame calls them pairs: "sembilan pasangan gubernur dan wakil gubernur … 1. A dan B
   (Jambi); 2. …"), a role told once over "<Place>
   NAME" items after a list opener (pairs.py), a former holder ("yang sebelumnya dijabat oleh",
   "menggantikan", also in a relative clause) and "dan wakilnya, NAME" after a holder (related.py),
   holders listed with their places after a title naming none, "A-B (X)" or "A dan B dari X"
   (pairs.py), a roll of members with bare titles under the body the frame told ("A sebagai
   Ketua, … C, D dan E sebagai anggota") and names listed before one link (rolls.py).

Bylines, credits and "BACA JUGA" lines are skipped; headline lines (Title Case) give no names.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.facttypes.officials import Official
from pipeline.facttypes.officials.reader import Found, Reader
from pipeline.facttypes.officials.words import (
    ACTING_PREFIXES, AGENT_MARKERS, GLUED_AGENCY_HEAD, GLUED_AGENCY_HEAD_KEY, TITLES,
)
from pipeline.gazetteer import get_gazetteer
from pipeline.nlp.discourse import discourse_of

if not Doc.has_extension("officials"):
    Doc.set_extension("officials", default=None)


@Language.factory("warta_officials", requires=["doc.spans", "doc.sents"], assigns=["doc._.officials"],
                  default_config={})
def make_official_tagger(nlp: Language, name: str):
    return OfficialTagger(nlp)


class OfficialTagger:
    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for head in TITLES:
            self.matcher.add(head, [nlp.make_doc(head)])

    # --- document level -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        gaz = get_gazetteer()
        discourse = discourse_of(doc)
        region_at = {}
        for span in discourse.spans("regions"):
            for i in range(span.start, span.end):
                region_at[i] = span
        province_at = {}
        for span in discourse.spans("provinces"):
            for i in range(span.start, span.end):
                province_at[i] = span
        ctx = Reader(doc, region_at, province_at, gaz)

        heads = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)] + _glued_heads(doc))
        found: list[Found] = []
        framed: list[tuple[int, Found]] = []  # (title head, holder): the roles lists may take on
        used_until = 0
        for head in heads:
            if head.start < used_until or ctx.skip_line(head.start):
                continue
            hit = ctx.read(head, used_until)
            if hit is None:
                continue
            offs, used_until = hit
            b = _before_acting(ctx, head.start)
            if b > 0 and ctx.lowers[b - 1] in AGENT_MARKERS:
                ctx.agents.append((b - 1, head.end, used_until))  # "ditunjuk Mendagri X": X appoints
            found.extend(offs)
            framed.extend((head.start, f) for f in offs)
        found.extend(ctx.pair_lists())
        found.extend(ctx.placed_pairs())
        found.extend(ctx.place_lists(framed, heads))
        found.extend(ctx.label_lists(heads))
        found.extend(ctx.group_lists(heads))
        doc._.officials = _merge(found)
        return doc



def _glued_heads(doc: Doc) -> list[Span]:
    """Heads' titles glued to an agency's acronym composed of its fields, that the title list cannot
    enumerate ("Kadisporabudpar", "Kadiskoperindag"; final9): read as a regional agency's head."""
    d = discourse_of(doc)  # (token texts without token objects; the pattern opens with "ka")
    return [Span(doc, i, i + 1, label=GLUED_AGENCY_HEAD_KEY) for i, low in enumerate(d.token_lowers)
            if low[:2] == "ka" and d.token_texts[i][:1].isupper() and low not in TITLES
            and GLUED_AGENCY_HEAD.match(low)]


def _before_acting(ctx: Reader, start: int) -> int:
    """Where a title at `start` begins with its acting prefix ("dilantik oleh Penjabat (Pj) Gubernur
    X sebagai …": the agent's title opens at "Penjabat"; final6)."""
    while start > 0 and (ctx.lowers[start - 1] in ACTING_PREFIXES or ctx.texts[start - 1] in ("(", ")")):
        start -= 1
    return start


_NOT_NAME_CHARS = re.compile(r"[^a-z0-9' ]+")
#: a word of a name written two ways has at least this many letters ("Stef", "Gani")
MIN_VARIANT_WORD = 4


def _norm(name: str) -> list[str]:
    return _NOT_NAME_CHARS.sub(" ", name.lower()).split()


def _same_person(a: list[str], b: list[str]) -> bool:
    """Names of one person: equal, or the shorter the start or the end of the longer ("Andi" and
    "Andi Harun"; "Lihadnyana" and "I Ketut Lihadnyana"), initials before the longer's given name
    aside ("Rizal" and "M. Rizal Ismail"), or a distinctive inner word of a name of three words and
    more told alone ("Irwanto" and "Muhammad Irwanto Ali": the press's second mention)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return False
    if long_[:len(short)] == short or long_[-len(short):] == short:
        return True
    k = 0
    while k < len(long_) - 1 and len(long_[k]) == 1:
        k += 1  # "m rizal ismail": the initial "m" before the given name
    if k and long_[k:k + len(short)] == short:
        return True
    if len(short) == len(long_) >= 2 and short[1:] == long_[1:] and _initial_of(short[0], long_[0]) \
            and max(len(w) for w in short[1:]) >= MIN_VARIANT_WORD:
        return True  # "M Najih" and "Mokhamad Najih": the given name told by its initial (final6)
    return len(short) == 1 and len(long_) >= 3 and len(short[0]) >= MIN_VARIANT_WORD + 1 \
        and short[0] in long_[1:-1]


def _initial_of(a: str, b: str) -> bool:
    """One word the initial of the other ("m", "mokhamad")."""
    return (len(a) == 1) != (len(b) == 1) and a[0] == b[0]


def _one_edit(a: str, b: str) -> bool:
    """Words one letter apart (a letter added, dropped or changed): "Gani"/"Ghani", "Wahyudin"/"Wahiyudin"."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < MIN_VARIANT_WORD:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _same_word(a: str, b: str) -> bool:
    """One word of a name as written twice: equal, one letter apart, or a short form ("Stef"/"Stefanus")."""
    return _one_edit(a, b) or (min(len(a), len(b)) >= MIN_VARIANT_WORD and (a.startswith(b) or b.startswith(a)))


def _variant(a: list[str], b: list[str]) -> bool:
    """Names of one person written two ways, for one office: the same words in any order, each
    written the same, one letter apart or shortened ("Levi Febrizal Sukmana" / "Febrizal Levi
    Sukmana", "Abdul Gani Kasuba" / "Abdul Ghani Kasuba", "Stefanus Jaghur" / "Stef Jaghur"), or
    the shorter a run of distinctive words inside the longer ("Mahendra" in "Sang Made Mahendra
    Jaya")."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return False
    if len(short) == len(long_):
        rest = list(long_)
        for w in short:
            match = next((x for x in rest if _same_word(w, x)), None)
            if match is None:
                return False
            rest.remove(match)
        return True
    n = len(short)
    if all(_same_word(w, x) for w, x in zip(short, long_)) or all(
            _same_word(w, x) for w, x in zip(short, long_[-n:])):
        return True  # "Stef" for "Stefanus Jaghur"
    return any(long_[i:i + n] == short for i in range(1, len(long_) - n)) and all(
        len(w) >= MIN_VARIANT_WORD + 1 for w in short)


def _same_office(a: Found, b: Found) -> bool:
    return a.category == b.category and a.region_code == b.region_code and a.province_code == b.province_code


def _other_holder(a: Found, b: Found) -> bool:
    """Two holders of one kind of office in two places each told with the name: not one person
    under a shorter name, whatever the names share."""
    return a.explicit_place and b.explicit_place and a.category == b.category and (
        a.region_code, a.province_code) != (b.region_code, b.province_code)


def _merge(found: list[Found]) -> list[Official]:
    """One official per person, under the fuller name; the office is the one the article appoints
    them to (read through an appointment link), else the first with an explicit place, else the
    first with any place."""
    people: list[Found] = []
    for f in found:
        words = _norm(f.name)
        for p in people:
            pw = _norm(p.name)
            if not _same_person(words, pw) and not (_same_office(f, p) and _variant(words, pw)):
                continue
            if words != pw and _other_holder(f, p):
                continue  # "Wakil Bupati Pringsewu Fauzi, …, Wakil Bupati Tubaba Fauzi Hasan": two deputies
            if len(words) > len(pw):
                p.name = f.name
            if f.appointed and not p.appointed or (f.appointed == p.appointed) and (
                    f.explicit_place and not p.explicit_place or (
                    p.region_code is None and p.province_code is None and (f.region_code or f.province_code))):
                p.role, p.category = f.role, f.category
                p.region_code, p.province_code = f.region_code, f.province_code
                p.explicit_place, p.appointed = f.explicit_place, f.appointed
                p.evidence = f.evidence
            break
        else:
            people.append(f)
    return [Official(p.name, p.role, p.category, p.region_code, p.province_code, p.evidence)
            for p in people]
