"""Government mentions: the region and province spans of `warta_regions`, read as governments.

A mention is a kabupaten/kota or province span as plain offsets (`Mention`). Its role in a unit
(`mention_role`):

- **"gov"**: the government itself ("Pemkab Sidoarjo", "Kota Ambon meraih …", "Pemprov Sumbar");
- **"place"**: a province written as a place ("di Provinsi Kalteng", a bare "Kalteng");
- **None**: not a government the unit tells of: an office or official named with the place
  ("Ombudsman Kalsel", "ORI Bali", "Gubernur Jambi", "Polda Riau"), a scope ("daerah di Jambi", "se-Kalbar"),
  an exception ("selain Kota A", "kecuali Kabupaten B"),
  a dateline ("PONTIANAK –", "Bisnis.com, MEDAN -") or the place of an event ("di Banjarmasin,
  Senin (9/1/2023)").

`unit_subjects` turns the mentions of a unit into candidate subjects, one per government: an alias
in parentheses is the same government, a mention inside a relative clause describing the one before
it ("Kota A, yang wilayahnya dikelilingi Kabupaten B, …") is no subject, and a province written as
a place is the subject only when nothing else is and the unit is not about a group of governments.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.gazetteer import get_gazetteer
from pipeline.lang import DAY_NAMES, VALUE_NOUNS, AsciiTwin, lower_of, words_pattern
from pipeline.nlp.discourse.lists import ALIAS_GAP, GROUP_NOUN
from pipeline.nlp.text import doc_text

#: How far before a mention its role is read from (offices, scopes, place prepositions).
ROLE_WINDOW = 60
#: How far before a mention a scope ("daerah di", "se-") is looked for.
SCOPE_WINDOW = 40
#: A dateline starts its line with fewer characters than this before the name, none lower case.
DATELINE_HEAD = 25

#: the offices and officials a mention right after which is no government (NOT_SUBJECT_BEFORE);
#: each starts with its literal first word (optionally after `\\b`): `not_subject_before` tries the
#: pattern only where one of those words starts
_NOT_SUBJECT_OFFICES = (
    r"ombudsman(?:\s+ri|\s+republik\s+indonesia)?(?:\s+perwakilan)?(?:\s+(?:provinsi|prov\.?))?",
    r"\bori(?:\s+perwakilan)?(?:\s+(?:provinsi|prov\.?))?",
    r"perwakilan(?:\s+(?:provinsi|prov\.?))?", "gubernur", r"wakil\s+gubernur", "wagub", r"kantor\s+gubernur",
    "kapolda", "polda", "polres", "polresta", "kapolres", "kejati", "kejari", r"kejaksaan(?:\s+negeri|\s+tinggi)?",
    r"pengadilan(?:\s+negeri|\s+tinggi)?", "dprd", "kpu", "bawaslu", "rsud", "bpn", "kanwil", r"kantor\s+pertanahan",
    "kemenag", "bpk", "bpkp", "universitas", "bank", "pdam", "lapas", "rutan", r"kementerian\s+\w+")
#: text right before a mention that makes it an office or an official, not the government
NOT_SUBJECT_BEFORE = re.compile("(?:" + "|".join(_NOT_SUBJECT_OFFICES) + r")\s*(?:\(\w+\)\s*)?$", re.IGNORECASE)
_FIRST_WORDS = [re.match(r"(?:\\b)?([a-z]+)", o).group(1) for o in _NOT_SUBJECT_OFFICES]
#: (a word another one starts, "polresta" after "polres", is tried at that one's offsets)
_NOT_SUBJECT_STARTS = tuple(dict.fromkeys(w for w in _FIRST_WORDS
                                          if not any(v != w and w.startswith(v) for v in _FIRST_WORDS)))
#: the characters `re.IGNORECASE` equates with an ASCII letter although lower-casing does not give it
_IGNORECASE_EXTRA = ("\u0130", "\u0131", "\u017f")


def not_subject_before(before: str) -> bool:
    """Whether NOT_SUBJECT_BEFORE matches in `before` (as its `search`), trying the pattern only at
    the offsets where the first word of one of its offices starts (in lower case) instead of at every
    offset: a match starts nowhere else. Text with a character lower-casing changes in length or
    that IGNORECASE reads as an ASCII letter is searched as before."""
    low = before.lower()
    if len(low) != len(before) or (not before.isascii() and any(c in before for c in _IGNORECASE_EXTRA)):
        return NOT_SUBJECT_BEFORE.search(before) is not None
    for w in _NOT_SUBJECT_STARTS:
        i = low.find(w)
        while i >= 0:
            if NOT_SUBJECT_BEFORE.match(before, i):
                return True
            i = low.find(w, i + 1)
    return False


#: substrings of NOT_SUBJECT_BEFORE's words: the regex runs only when one is there
NOT_SUBJECT_GATE = ("ombudsman", "ori ", "perwakilan", "gubernur", "wagub", "pol", "kejati", "kejari",
                    "kejaksaan", "pengadilan", "dprd", "kpu", "bawaslu", "rsud", "bpn", "kanwil",
                    "pertanahan", "kemenag", "bpk", "universitas", "bank", "pdam", "lapas", "rutan",
                    "kementerian")
#: one search for any of NOT_SUBJECT_GATE in lower-case text (the same as testing each substring)
NOT_SUBJECT_GATE_RX = re.compile("|".join(re.escape(w) for w in NOT_SUBJECT_GATE))
#: the text last indexed by `not_subject_gate` and where NOT_SUBJECT_GATE occurs in it (one entry, replaced
#: whole: the mentions of one doc ask one after the other)
_GATE_INDEX: tuple = (None, None)


def _gate_hits(text: str) -> tuple[list[int], list[int]] | None:
    """(starts, ends) of every occurrence of a NOT_SUBJECT_GATE word in the lower-cased `text`, by start;
    None when lower-casing changes the text's length (offsets would not match)."""
    global _GATE_INDEX
    cached = _GATE_INDEX
    if cached[0] is text:
        return cached[1]
    low = lower_of(text)
    hits = None
    if len(low) == len(text):
        found = []
        for w in NOT_SUBJECT_GATE:
            i = low.find(w)
            while i >= 0:
                found.append((i, i + len(w)))
                i = low.find(w, i + 1)
        found.sort()
        hits = ([a for a, _ in found], [b for _, b in found])
    _GATE_INDEX = (text, hits)
    return hits


def not_subject_gate(text: str, start: int, end: int) -> bool:
    """Whether `NOT_SUBJECT_GATE_RX.search(text[start:end].lower())` matches, read from an index of the
    whole text made once per text instead of a search per mention (the gate words are ASCII: where
    lower-casing keeps the text's length, the lower case of a slice is the slice of the lower case as
    far as they go)."""
    hits = _gate_hits(text)
    if hits is None:
        return NOT_SUBJECT_GATE_RX.search(text[start:end].lower()) is not None
    starts, ends = hits
    k = bisect_left(starts, start)
    while k < len(starts) and starts[k] < end:
        if ends[k] <= end:
            return True
        k += 1
    return False
#: text right before a mention that makes it a scope, not a subject ("daerah di Jambi", "se-Kalbar")
SCOPE_BEFORE = re.compile(
    r"(?:\b(?:daerah|pemda|kabupaten|kota|kabupaten/kota|kab/kota|wilayah|instansi|lainnya|lain|"
    r"pemerintah\s+daerah|provinsi|kecamatan|desa)\s+(?:di|dari)\s+(?:provinsi\s+|prov\.?\s*)?"
    r"|\bse-\s*|\bse\s+|\b(?:masyarakat|warga|penduduk|nama|tingkat|ranah|luar)\s+"
    # a ranking's scope written with the province word: "se-Provinsi Riau", "di tingkat Provinsi Riau"
    r"|\b(?:se-?\s*|tingkat\s+)(?:provinsi|prov\.?)\s+"
    r"|\b(?:selain|kecuali)\s+(?:pemerintah\s+)?(?:kabupaten\s+|kota\s+|kab\.?\s+|pemkab\s+|pemkot\s+)?"
    r"|\bibu\s+kota\s+(?:provinsi\s+)?)$",
    re.IGNORECASE)
#: text right before a province mention that makes it the provincial government
PROVINCE_GOV_BEFORE = re.compile(
    r"(?:pemprov|pemerintah\s+provinsi|pemerintah\s+prov\.?|pemprop|pemerintah\s+propinsi|pemerintah)"
    r"\s*(?:\(\w+\)\s*)?$", re.IGNORECASE)
PROVINCE_GOV_SPAN = re.compile(r"(?:pemprov|pemerintah\s+provinsi|pemprop)\b", re.IGNORECASE)
#: a province mention written with "Provinsi", not after a place preposition
PROVINCE_WORD = re.compile(r"^(?:provinsi|prov\.?|propinsi)\b", re.IGNORECASE)
PLACE_PREP_BEFORE = re.compile(r"\b(?:di|ke|dari|dalam|untuk|bagi)\s+(?:provinsi\s+|prov\.?\s+)?$",
                               re.IGNORECASE)
#: after a mention: an event place ("di Banjarmasin, Senin (9/1/2023)")
EVENT_AFTER = re.compile(r"^\s*,?\s*(?:" + words_pattern(DAY_NAMES, boundary=False) + r"|\(\d)",
                         re.IGNORECASE)
#: a portal's name before a dateline: "Bisnis.com, MEDAN -", "Harianjambi.id | JAMBI –"
DATELINE_SITE = re.compile(r"^\s*[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|org|news|co)\s*[,|]?\s*$", re.IGNORECASE)
#: a dateline: "PONTIANAK –", "KOTA JAMBI -", "Padang, Klikpositif -", "Bandar Lampung (Antara) -", and
#: a dash glued to the first word: "DENPASAR, portal-bali.com-Sebanyak …"
DATELINE_AFTER = re.compile(r"^\s*(?:,(?:[^–—\-\n]|-(?=[a-z\d])){0,40}|\([^()\n]{1,30}\))?\s*(?:[–—]|-\s|-(?=[A-Z]))")
#: between the provinces of a list: "Aceh, Jambi,DI Yogyakarta dan Banten"
COORDINATION_GAP = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)", re.IGNORECASE)
#: between two items of a ranking, the first one's value: "Jawa Timur dengan nilai 99,76, Kalimantan Timur
#: 95,47, dan Lampung" (a value of at most three digits and two decimals, in brackets or not; no year)
VALUED_COORDINATION_GAP = re.compile(r"\s*\(?\s*(?:(?:dengan\s+)?" + words_pattern(VALUE_NOUNS) + r"\s*:?\s*)?"
                                     r"\d{1,3}(?:[.,]\d{1,2})?\s*\)?" + COORDINATION_GAP.pattern, re.IGNORECASE)
#: before a count: what ranks out of it ("urutan 32 dari 34 provinsi")
OUT_OF_BEFORE = re.compile(r"\bdari\s+$", re.IGNORECASE)
#: a counted group of provinces ("33 provinsi", "enam pemprov"): a province is one of them, never their scope
PROVINCE_GROUP_END = re.compile(r"(?:provinsi|pemprov)$", re.IGNORECASE)
_DI_KE_END = re.compile(r"\b(?:di|ke)\s+(?:kabupaten\s+|kota\s+)?$", re.IGNORECASE)
#: the last word before a mention must end in one of these for SCOPE_BEFORE (or _DI_KE_END) to
#: match: the patterns are anchored at the mention, so a cheap look at that word spares the search
_SCOPE_ENDINGS = ("di", "dari", "se-", "se", "masyarakat", "warga", "penduduk", "nama", "tingkat", "ranah", "luar",
                  "selain", "kecuali")
#: … or in one of these, after "selain" or "ibu kota" somewhere before it
_SCOPE_AFTER_SELAIN = ("pemerintah", "kabupaten", "kota", "kab.", "kab", "pemkab", "pemkot", "provinsi")
#: … or in one of these, after "se", "tingkat", "di" or "dari" ("se-Provinsi", "tingkat Provinsi",
#: "pemerintah daerah di Provinsi")
_SCOPE_PROVINCE_WORDS = ("provinsi", "prov.", "prov")
_DI_KE_ENDINGS = ("di", "ke", "kabupaten", "kota")
_PROV_WORD_END = re.compile(r"\b(?:provinsi|prov\.?)\s*$", re.IGNORECASE)
_PLACE_END = re.compile(r"\b(?:di|ke|dari)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A region or province span of the regions component, as plain offsets."""

    start: int
    end: int
    code: str  # kb_id_: region code "13.02" or province code "13"
    is_province: bool
    text: str


@dataclass
class Subject:
    """A government a unit may tell a fact of: `kind` "gov" (a subject) or "place" (a province as
    a place: a subject only when nothing else is)."""

    region_code: str | None
    province_code: str
    start: int  # char offsets in the doc
    end: int
    kind: str

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.region_code, self.province_code)


def build_mentions(doc: Doc, char_span=None, spans=None) -> list[Mention]:
    """Region and province mentions in text order; a province span inside a region mention
    ("Kota Bengkulu") is dropped. `char_span(start, end)`: character offsets of a token range
    (Span.start_char and end_char create token objects); `spans(name)`: the doc's span group `name`
    as a list (the discourse layer reads each group once)."""
    text = doc_text(doc)  # (Span.text would rebuild the text token by token)
    chars = char_span or (lambda a, b: (doc[a].idx, doc[b - 1].idx + len(doc[b - 1])))
    regions = []
    spans = spans or (lambda name: doc.spans.get(name, []))
    for s in spans("regions"):
        a, b = chars(s.start, s.end)
        regions.append(Mention(a, b, s.kb_id_, False, text[a:b]))
    ranges = [(m.start, m.end) for m in regions]
    provinces = []
    for s in spans("provinces"):
        a, b = chars(s.start, s.end)
        if not any(x <= a < y or a <= x < b for x, y in ranges):
            provinces.append(Mention(a, b, s.kb_id_, True, text[a:b]))
    return sorted(regions + provinces, key=lambda m: m.start)


def mention_role(text: str, unit, m: Mention, *, events: bool = True) -> str | None:
    """'gov', 'place' or None (not a subject) for one mention inside its unit (see the module doc).
    With `events=False` a mention followed by a parenthesis is not read as an event's place."""
    lo = max(unit.start, m.start - ROLE_WINDOW)
    before = text[lo:m.start]
    after = text[m.end:unit.end]
    low = before.lower()
    if not_subject_gate(text, lo, m.start) and not_subject_before(before):
        return None
    tail = low.rstrip()
    last = tail[max(tail.rfind(" "), tail.rfind("\n")) + 1:]
    window = before[-SCOPE_WINDOW:]
    if (last.endswith(_SCOPE_ENDINGS) or (last.endswith(_SCOPE_AFTER_SELAIN)
                                          and ("selain" in low or "kecuali" in low or "ibu" in low))
            or (last.endswith(_SCOPE_PROVINCE_WORDS) and ("se" in low or "tingkat" in low or "di " in low
                                                          or "dari " in low))) \
            and SCOPE_BEFORE.search(window):
        return None
    # (only a line start fewer than DATELINE_HEAD characters before the mention can make a dateline)
    line_start = text.rfind("\n", max(0, m.start - DATELINE_HEAD), m.start) + 1
    near = line_start > 0 or m.start < DATELINE_HEAD
    head = text[line_start:m.start] if near else ""
    if near and (not any(c.islower() for c in head) or DATELINE_SITE.match(head)) \
            and DATELINE_AFTER.match(after):
        return None
    if events and last.endswith(_DI_KE_ENDINGS) and (last in ("di", "ke") or "di " in low or "ke " in low) \
            and _DI_KE_END.search(before) and EVENT_AFTER.match(after):
        return None  # the place of an event
    if not m.is_province:
        return "gov"
    if PROVINCE_GOV_BEFORE.search(before) or PROVINCE_GOV_SPAN.match(m.text):
        return "gov"
    if PROVINCE_WORD.match(m.text) or _PROV_WORD_END.search(before):
        return "place" if PLACE_PREP_BEFORE.search(before) or _PLACE_END.search(before) else "gov"
    return "place"


@lru_cache(maxsize=None)
def relative_clause_gap(result_words: tuple[str, ...]) -> re.Pattern:
    """Between a subject and a mention inside the relative clause that describes it ("Kota A, yang
    wilayahnya dikelilingi Kabupaten B, …"): no digits and none of `result_words`."""
    stop = "|".join(result_words)
    return re.compile(r"\s*,\s*yang\s(?:(?!" + stop + r")[^,;\d])*", re.IGNORECASE)


def unit_subjects(text: str, unit, mentions: list[Mention],
                  result_words: tuple[str, ...] = (), *, province_lists: bool = False) -> list[Subject]:
    """Candidate governments of one unit, in text order, one per government (see the module doc).
    `mentions`: the unit's mentions; `result_words`: words that end a describing relative clause.
    With `province_lists`, provinces written bare in a list of two or more ("berada di bawah
    Sulawesi Barat, Aceh dan Jambi") are governments, as a ranking of provinces names them."""
    gaz = get_gazetteer()
    gap_rx = relative_clause_gap(result_words) if result_words else None
    subjects: list[Subject] = []
    prev: tuple[Mention, str | None] | None = None
    for m in mentions:
        key = _key(gaz, m)
        if key is None:
            continue
        alias = prev is not None and bool(ALIAS_GAP.fullmatch(text[prev[0].end:m.start]))
        role = prev[1] if alias else mention_role(text, unit, m)
        prev = (m, role)
        if role is None:
            continue
        if subjects and not alias and gap_rx is not None and gap_rx.fullmatch(text, subjects[-1].end, m.start):
            continue  # a mention describing the subject before it
        same = next((s for s in subjects if s.key == key), None)
        if same is not None:
            if alias:  # "Kalimantan Tengah (Kalteng)": one mention
                same.end = m.end + (1 if text[m.end:m.end + 1] == ")" else 0)
            if role == "gov" and same.kind != "gov":  # the government form counts, not the place
                same.kind, same.start, same.end = "gov", m.start, m.end
            continue
        subjects.append(Subject(key[0], key[1], m.start, m.end, role))
    if province_lists and len(subjects) > 1:  # (a list needs two)
        _listed_provinces(text, subjects)
    govs = [s for s in subjects if s.kind == "gov"]
    if govs:
        return govs
    # "Di Kalbar, hanya dua daerah yang masuk zona hijau": the province is no subject (a count out
    # of which something ranks is no group: "Papua Barat berada di urutan 32 dari 34 provinsi")
    # (nor is a group of provinces the scope of a province not written as a place: "dengan jumlah 33
    # provinsi, Bengkulu di posisi 27; 6 provinsi di bawahnya")
    ranked = bool(subjects) and not PLACE_PREP_BEFORE.search(text, max(0, subjects[0].start - 20), subjects[0].start)
    if subjects and not any(not OUT_OF_BEFORE.search(unit.text, max(0, g.start() - 8), g.start())
                            and not (ranked and PROVINCE_GROUP_END.search(g.group(0)))
                            for g in GROUP_NOUN.finditer(unit.text)):
        return subjects[:1]
    return []


def _listed_provinces(text: str, subjects: list[Subject]) -> None:
    """Provinces written as places in a coordinated list of two or more (their values between them or
    not: "Jawa Timur dengan nilai 99,76, Kalimantan Timur 95,47"), not after a place preposition,
    become governments (in place)."""
    places = [s for s in subjects if s.kind == "place" and s.region_code is None]
    run: list[Subject] = []
    for s in places + [None]:
        if s is not None and run and (COORDINATION_GAP.fullmatch(text, run[-1].end, s.start)
                                      or VALUED_COORDINATION_GAP.fullmatch(text, run[-1].end, s.start)):
            run.append(s)
            continue
        if len(run) > 1 and not PLACE_PREP_BEFORE.search(text, max(0, run[0].start - 20), run[0].start):
            for r in run:
                r.kind = "gov"
        run = [s] if s is not None else []


def _key(gaz, m: Mention) -> tuple[str | None, str] | None:
    """(region code, province code) of a mention's government, None when it is not in the gazetteer."""
    if m.is_province:
        return (None, m.code) if m.code in gaz.provinces else None
    region = gaz.regions.get(m.code)
    return None if region is None else (m.code, region.province_code)


# the costliest case-insensitive patterns search ASCII text with their `re.ASCII` twins (the same
# matches, fewer instructions: pipeline.lang.AsciiTwin)
(NOT_SUBJECT_BEFORE, SCOPE_BEFORE, PROVINCE_GOV_BEFORE, PLACE_PREP_BEFORE, EVENT_AFTER, _DI_KE_END) = map(AsciiTwin, (
    NOT_SUBJECT_BEFORE, SCOPE_BEFORE, PROVINCE_GOV_BEFORE, PLACE_PREP_BEFORE, EVENT_AFTER, _DI_KE_END))
