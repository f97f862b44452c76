"""Mal Pelayanan Publik facts of regional governments: `doc._.mpp`.

One `MppFact(region_code, status, year, location, evidence)` per government and status:
`planned`, `launched` (inaugurated, launched, soft-launched) or `operating`.

- **mentions**: "Mal/Mall Pelayanan Publik", "mal pelayanan", "MPP" (the acronym only in an article
  that speaks of public services). A shopping mall ("mal baru", "pusat perbelanjaan") is no MPP; an
  MPP housed in one still is.
- **status** from the Sastrawi stems of the unit's words (`pipeline.nlp.stem`), so every inflection
  counts (meresmikan, diresmikan, peresmian, diresmikannya → resmi): see `LAUNCH_STEMS`,
  `OPERATE_STEMS`, `PLAN_STEMS`. A launch or operation word with a future marker close before it
  ("akan segera meluncurkan", "dijadwalkan meresmikan", "jelang peresmian") is a plan.
  "dibangun"/"pembangunan" alone is a weak plan: dropped when the same MPP is also launched or
  operating (an article telling why the MPP was built).
- **region**: the one written with the MPP ("MPP Kabupaten Lebong", "MPP milik Pemkab Paser",
  "Mal Pelayanan Publik (MPP) Kota Tarakan"; a list gives one fact each), else a government named in
  the unit ("Pemkab Batola membuka MPP"), else the article's main region. A counted group ("tiga MPP",
  "bersamaan dengan 26 MPP lain") names no region: its status goes to the list in the next unit
  ("Ketiganya adalah MPP Kota Bengkulu, …").
- **sentences about the MPP without naming it**: "Gedung dua lantai itu ditargetkan …" (up to
  `ANAPHOR_REACH` units after an MPP sentence) tells of that MPP; "Dengan peresmian ini, …" and "yang
  hadir dalam peresmian" refer to an event told before and give no fact; a unit whose contrast
  ("…, sedangkan MPP Kabupaten B …") separates two statuses is read clause by clause.
- **lists**: "Kota A dan Kabupaten B yang sudah mengoperasikan MPP", "MPP di Kota A dan B": one fact
  each ("Selain A, B …" is no list). "menyiapkan MPP" is a weak plan, "untuk dijadikan MPP" a plan;
  an MPP named as the place one goes to or is served at ("di gerai Disdukcapil di MPP Kota X") is
  operating when nothing else is said of it.
- **year**: the year of the event in the unit, written after its word ("diresmikan …, Sabtu
  (7/1/2023)", "sejak 15 Desember 2020", "pada April 2026", "tahun ini (2021)"; "tahun depan" from
  the publication date), else that of the neighbouring unit telling the same event ("… akhirnya
  diresmikan. Peresmian dilakukan …, Sabtu (7/1/2023)"), unless that unit tells of another
  government's MPP (but "… juga diresmikan pada hari yang sama"); never after the publication year (a plan
  may be up to `PLAN_YEARS_AHEAD` later), so a typo like 3023 gives no year.
- a province's own MPP ("MPP Provinsi Sulawesi Barat") gives no fact (facts are of kabupaten/kota).
- **location** where the text places the MPP ("di Jalan MT Haryono, Sampit", "menjadikan lantai 3
  Pasar Kandangan sebagai lokasi", "menempati area di Ciputra Mall Citra Raya").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.gazetteer import get_gazetteer
from pipeline.models import MppFact
from pipeline.nlp.compliance import (NOT_SUBJECT_BEFORE, Unit, mention_role,
                                     text_units, unit_mentions, valid_years, year_limit)
from pipeline.nlp.stem import stem
from pipeline.nlp.text import doc_text

# =============================================================================================
# Data tables (Indonesian verbs of the MPP life cycle as the regional press writes them; stems are
# Sastrawi roots, so one entry covers every affixed form)
# =============================================================================================

#: inaugurated / launched: meresmikan, diresmikan, peresmian; meluncurkan, peluncuran; launching
LAUNCH_STEMS = frozenset({"resmi", "luncur", "launching", "launch", "launched", "inaugurasi"})
#: operating: beroperasi, pengoperasian, operasional
OPERATE_STEMS = frozenset({"operasi", "operasional", "beroperasi"})
#: after "resmi", the start of service is the launch itself ("resmi dibuka", "resmi beroperasi")
OPENING_STEMS = frozenset({"buka", "operasi", "operasional", "layan", "beroperasi"})
#: serving verbs: operating only after "sudah/telah/mulai/kini" ("sudah melayani warga")
SERVE_WORDS = frozenset({"melayani", "dilayani", "beroperasional"})
SERVE_BEFORE = frozenset({"sudah", "telah", "mulai", "kini", "resmi", "aktif"})
#: planned on their own: rencana, jadwal, target, usul (diusulkan)
PLAN_STEMS = frozenset({"rencana", "jadwal", "target", "usul"})
PLAN_WORDS = frozenset({"direncanakan", "berencana", "rencananya"})
#: weak plan: built (dibangun, pembangunan) - also said of MPPs long open
BUILD_STEMS = frozenset({"bangun"})
#: future markers: a launch/operation word right after one is a plan
FUTURE_WORDS = frozenset({"akan", "bakal", "segera", "belum", "nantinya", "nanti", "calon",
                          "rencananya", "direncanakan", "berencana", "dijadwalkan", "dijadwalkannya",
                          "ditargetkan", "menargetkan", "jelang", "menjelang", "diharapkan",
                          "persiapan", "mempersiapkan", "disiapkan"})
FUTURE_STEMS = frozenset({"rencana", "jadwal", "target", "jelang"})
#: future words that, like the plan stems, reach to the end of their clause
CLAUSE_FUTURE_WORDS = frozenset({"persiapan", "mempersiapkan", "direncanakan", "berencana"})
#: "hadir" (menghadirkan, kehadiran) only with a future marker: "akan segera hadir MPP"
ARRIVE_STEMS = frozenset({"hadir", "buka", "operasi"})
#: how many tokens before a trigger a future marker reaches (and after a nominal trigger)
FUTURE_REACH = 4
FUTURE_AFTER_NOUN = 3
#: words before "resmi" that make it an adjective "official" ("laman resmi"), not an inauguration
OFFICIAL_ADJ_BEFORE = frozenset({"laman", "situs", "akun", "web", "website", "media", "sosial",
                                 "surat", "data", "kanal", "portal", "instagram", "pakaian",
                                 "kunjungan", "kendaraan", "mobil", "rumah", "tidak"})
#: a plan year may lie this many years after publication
PLAN_YEARS_AHEAD = 5
#: acronym "MPP" counts unless the article speaks of civil servants' pre-retirement ("masa
#: persiapan pensiun") or a party council ("Majelis Pertimbangan Partai") without speaking of
#: public services
SERVICE_CONTEXT = re.compile(r"pelayanan\s+publik|mal{1,2}\s+pelayanan|pelayanan\s+terpadu|"
                             r"layanan\s+publik|dpmptsp|perizinan", re.IGNORECASE)
OTHER_MPP_CONTEXT = re.compile(r"pensiun|partai|majelis\s+pertimbangan", re.IGNORECASE)

MENTION_LONG = re.compile(r"\b(?:mal{1,2}|mol)\s+pelayanan(?:\s+publik)?\b", re.IGNORECASE)
MENTION_ACRONYM = re.compile(r"\bMPP\b")
#: between an MPP mention and its region: "(MPP) Kabupaten", "milik Pemerintah Kabupaten (Pemkab)"
PAIR_GAP = re.compile(
    r"[\s)]*(?:\(\s*MPP\s*\)\s*)?(?:(?:milik|punya|di|pemerintah|pemkab|pemkot|pemko|pemprov|kabupaten|"
    r"kota|kab\.?|provinsi|prov\.?|\(\w+\))\s*)*", re.IGNORECASE)
#: a counted group of MPPs: "tiga MPP", "26 MPP lain", "seluruh MPP"
GROUP_BEFORE = re.compile(
    r"(?:\b\d+|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belasan|"
    r"puluhan|ratusan|beberapa|sejumlah|seluruh|semua|para|berbagai|banyak|ribuan))\s+$",
    re.IGNORECASE)
GROUP_AFTER = re.compile(
    r"^\s*(?:\(MPP\)\s*)?(?:lain|lainnya|kabupaten/kota\s+lain|di\s+(?:seluruh|berbagai|\d+))\b",
    re.IGNORECASE)
#: "sejak 15 Desember 2020", "sejak tahun 2023": operating since
SINCE_YEAR = re.compile(r"\bsejak\s+(?:awal\s+|akhir\s+|pertengahan\s+)?(?:tahun\s+)?"
                        r"(?:\d{1,2}\s+)?(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
#: a unit about other governments in general ("kabupaten/kota lain yang belum memiliki MPP"):
#: it says nothing of the article's own region
GENERIC_SUBJECT = re.compile(
    r"\b(?:kabupaten/kota|kab/kota|daerah|pemda|pemerintah\s+daerah|kabupaten|kota)\s+(?:lain|lainnya)\b"
    r"|\b(?:setiap|seluruh|semua|tiap|para)\s+(?:daerah|pemda|kepala\s+daerah|kabupaten|kota|pemerintah)"
    r"|\byang\s+belum\s+(?:memiliki|punya|mempunyai)\b", re.IGNORECASE)
#: years relative to publication: "tahun ini" +0, "tahun depan" +1, "tahun lalu" -1
RELATIVE_YEAR = re.compile(r"\btahun\s+(ini|depan|lalu|kemarin)\b", re.IGNORECASE)
RELATIVE_OFFSET = {"ini": 0, "depan": 1, "lalu": -1, "kemarin": -1}
MONTHS = {m: i for i, m in enumerate(("januari", "februari", "maret", "april", "mei", "juni", "juli",
                                      "agustus", "september", "oktober", "november", "desember"), 1)}
MONTH_AHEAD = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(?:mendatang|nanti|depan)\b", re.IGNORECASE)
#: "menjadikan lantai 3 Pasar Kandangan sebagai lokasi MPP"
MAKE_SITE = re.compile(r"\bmenjadikan\s+(?P<loc>[^.;]{3,80}?)\s+sebagai\s+(?:lokasi|tempat|gedung)\b",
                       re.IGNORECASE)
#: words that introduce where the MPP is
LOCATION_LEAD = re.compile(
    r"\b(?:terletak|berlokasi|berada|bertempat|tersedia|beralamat|berdiri(?:\s+megah)?|"
    r"menempati(?:\s+(?:area|lahan|bangunan))?)\s+(?:di\s+)?"
    r"|\bdi\s+(?=(?:jalan|jl\.?|jln\.?|lantai|lt\.?|gedung|eks|bekas|kompleks|komplek|kawasan|"
    r"seberang|samping|sebelah|depan|belakang|pasar|mal|mall|plaza|ruko)\b)",
    re.IGNORECASE)
#: lower-case words allowed inside a location ("lantai 3 Pasar Kandangan", "Kompleks kantor Bupati")
LOCATION_WORDS = frozenset({"dan", "lantai", "lt", "seberang", "samping", "sebelah", "depan",
                            "belakang", "kawasan", "kompleks", "komplek", "kantor", "gedung", "eks",
                            "bekas", "jalan", "jl", "jln", "no", "nomor", "area", "blok", "pasar",
                            "alun-alun", "simpang", "eks.", "jl.", "no.", "dasar", "atas"})
LOCATION_TRAILING = frozenset({"dan", "di", "no", "nomor"})
#: capitalised words that end a location: day names and months of a date after it
LOCATION_STOP = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
                           "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                           "september", "oktober", "november", "desember", "pukul", "tahun"})
_LOC_TOKEN = re.compile(r"(\s*,\s*|\s+)?([^\s,.;:()\"]+(?:\.(?=\s*[A-Z0-9]))?)")

#: after an event noun: the event told before ("Dengan peresmian ini, …"), no new fact
BACK_REFERENCE_AFTER = frozenset({"ini", "itu", "tersebut"})
#: before an event noun not followed by the MPP: the occasion of something else ("yang hadir dalam
#: peresmian", "agar MPP tidak hanya ramai saat peresmian")
OCCASION_BEFORE = frozenset({"dalam", "saat", "ketika", "usai", "seusai", "sela", "acara", "menghadiri",
                             "pada", "hari"})
#: preparing an MPP: a weak plan ("Pemkot tengah menyiapkan MPP"); a building "untuk dijadikan MPP": a plan
PREPARE_MPP = re.compile(r"\b(?:menyiapkan|mempersiapkan|disiapkan|dipersiapkan)\s+(?:\w+\s+){0,2}?"
                         r"(?:mal{1,2}\s+pelayanan|MPP)\b", re.IGNORECASE)
BECOME_MPP = re.compile(r"\b(?:dijadikan|menjadi\s+calon)\s+(?:gedung\s+|lokasi\s+)?"
                        r"(?:mal{1,2}\s+pelayanan|MPP)\b", re.IGNORECASE)
#: a sentence that goes on about the MPP just named without naming it ("Gedung dua lantai itu
#: ditargetkan …", "Gedung tiga lantai di Jalan …, itu diresmikan …")
BUILDING_ANAPHOR = re.compile(r"^\W*(?:gedung|bangunan|mal|mall)\b[^;]{0,70}?\b(?:itu|tersebut|ini)\b",
                              re.IGNORECASE)
ANAPHOR_REACH = 3
#: between governments of one list: "Kota Palu dan Kabupaten Parigi Moutong", "A, B, dan C"
COORD_GAP = re.compile(r"\s*(?:\)\s*)?(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)"
                       r"(?:(?:pemerintah\s+)?(?:kabupaten|kota|kab\.?|pemkab|pemkot|pemko)\s+)?", re.IGNORECASE)
ALIAS_GAP = re.compile(r"\s*\(\s*")
_LIST_END = re.compile(r"\b(?:dan|serta)\b", re.IGNORECASE)
#: an MPP named as the place where one goes or is served ("mencetak KTP-el di gerai Disdukcapil di
#: Mal Pelayanan Publik (MPP) Baubau"): it is operating
PLACE_BEFORE = re.compile(r"\b(?:di|ke)\s+$", re.IGNORECASE)
#: a sentence telling of another MPP's event as the same one ("… juga diresmikan pada hari yang sama")
SAME_EVENT = re.compile(r"\b(?:yang\s+sama|bersamaan|serentak|sekaligus)\b", re.IGNORECASE)
#: contrast words that split a unit into clauses told of different MPPs
MPP_CONTRAST = re.compile(r",?\s(?:sedangkan|sementara|adapun)\s|;\s", re.IGNORECASE)

_STATUS_ORDER = ("launched", "operating", "planned")


@dataclass
class _Trigger:
    status: str
    strong: bool  # False: a weak plan ("dibangun")
    pos: int  # char offset in the unit text


_STATUS_STEMS = LAUNCH_STEMS | OPERATE_STEMS | OPENING_STEMS | PLAN_STEMS | BUILD_STEMS | FUTURE_STEMS | ARRIVE_STEMS
# Sastrawi only strips affixes, and a nasal prefix may change a root's first letter ("menunda" ->
# "tunda"): every root but its first letter stays in the word. So a word without the tail of any
# status stem cannot stem to one, and is not stemmed (a Sastrawi miss costs 0.2-3 ms; most are names).
_STATUS_TAILS = re.compile("|".join(sorted({re.escape(s[1:]) for s in _STATUS_STEMS}, key=len, reverse=True)))


def _status_stem(word: str) -> str:
    """stem(word) where the word may stem to a status stem, else the word itself."""
    return stem(word) if word.isalpha() and _STATUS_TAILS.search(word) else word


def _statuses(doc: Doc, unit: Unit) -> list[_Trigger]:
    """Status triggers of one unit, from word stems."""
    out: list[_Trigger] = []
    toks = [t for t in doc[unit.tok_start:unit.tok_end] if not t.is_space]
    lows = [t.lower_ for t in toks]
    stems = [_status_stem(w) for w in lows]

    # a plan word ("menargetkan", "rencananya", "dijadwalkan") governs the rest of its clause:
    # "menargetkan Mal Pelayanan Publik (MPP) mulai beroperasi pada pertengahan 2023"
    planned_from = len(lows)
    planned_until = -1
    for j, (low, st) in enumerate(zip(lows, stems)):
        if st in FUTURE_STEMS or low in CLAUSE_FUTURE_WORDS:
            planned_from = min(planned_from, j)
            planned_until = next((k for k in range(j + 1, len(lows)) if lows[k] in (",", ";", ".")),
                                 len(lows))

    def future_before(i: int) -> bool:
        if planned_from < i < planned_until:
            return True
        # a noun ("peresmian", "peluncuran") may take its future marker after it:
        # "Peresmian MPP tersebut dijadwalkan pada Juni"
        after = FUTURE_AFTER_NOUN if lows[i].startswith("pe") else 0
        for j in range(max(0, i - FUTURE_REACH), min(len(lows), i + 1 + after)):
            if j != i and (lows[j] in FUTURE_WORDS or stems[j] in FUTURE_STEMS):
                return True
        return False

    skip = -1
    for i, (tok, low, st) in enumerate(zip(toks, lows, stems)):
        pos = tok.idx - unit.start
        if i == skip:
            continue
        if st in LAUNCH_STEMS or low in ("launching", "launch"):
            if low == "resmi" and i > 0 and lows[i - 1] in OFFICIAL_ADJ_BEFORE:
                continue
            if low.startswith("pe") and (
                    (i + 1 < len(lows) and lows[i + 1] in BACK_REFERENCE_AFTER)
                    or (i > 0 and lows[i - 1] in OCCASION_BEFORE
                        and not (i + 1 < len(lows) and lows[i + 1] in ("mpp", "mal", "mall")))):
                continue  # "Dengan peresmian ini, …", "yang hadir dalam peresmian"
            if low == "resmi" and i + 1 < len(toks) and stems[i + 1] in OPENING_STEMS:
                skip = i + 1  # "resmi dibuka", "resmi beroperasi": one event, a launch
            out.append(_Trigger("planned" if future_before(i) else "launched", True, pos))
        elif st in OPERATE_STEMS or (low in SERVE_WORDS and i > 0 and lows[i - 1] in SERVE_BEFORE):
            out.append(_Trigger("planned" if future_before(i) else "operating", True, pos))
        elif (st in PLAN_STEMS and low != "target") or low in PLAN_WORDS:  # not the bare noun "target"
            out.append(_Trigger("planned", True, pos))
        elif st in BUILD_STEMS:
            out.append(_Trigger("planned", future_before(i), pos))
        elif st in ARRIVE_STEMS and future_before(i):
            out.append(_Trigger("planned", True, pos))
    m = MAKE_SITE.search(unit.text)
    if m:
        out.append(_Trigger("planned", future_before(_tok_index(toks, unit, m.start())), m.start()))
    m = BECOME_MPP.search(unit.text) if "jadi" in unit.text or "calon" in unit.text else None
    if m:
        out.append(_Trigger("planned", True, m.start()))
    m = PREPARE_MPP.search(unit.text) if "iapkan" in unit.text else None
    if m:
        out.append(_Trigger("planned", False, m.start()))
    if not out:
        m = SINCE_YEAR.search(unit.text)
        if m:
            out.append(_Trigger("operating", True, m.start()))
    return out


def _tok_index(toks, unit: Unit, rel: int) -> int:
    for i, t in enumerate(toks):
        if t.idx - unit.start >= rel:
            return i
    return len(toks)


def _location(text: str) -> str | None:
    m = MAKE_SITE.search(text)
    if m:
        return m.group("loc").strip()
    for m in LOCATION_LEAD.finditer(text):
        words: list[str] = []
        pos = m.end()
        while True:
            t = _LOC_TOKEN.match(text, pos)
            if not t:
                break
            sep, word = t.group(1) or "", t.group(2)
            if word.lower() in LOCATION_STOP:
                break
            if "," in sep and not (word[:1].isupper() or word[:1].isdigit()):
                break
            if not (word[:1].isupper() or word[:1].isdigit() or word.lower() in LOCATION_WORDS):
                break
            if "," in sep and words:
                words.append(",")
            words.append(word)
            pos = t.end()
        while words and (words[-1].lower() in LOCATION_TRAILING or words[-1] == ","):
            words.pop()
        if words and any(w[:1].isupper() or w[:1].isdigit() for w in words):
            loc = " ".join(words).replace(" ,", ",")
            if not (MENTION_LONG.match(loc) or loc.startswith("MPP")):  # the MPP itself is no place
                return loc
    return None


def _event_year(text: str, pos: int, stop: int, status: str, limit: int, published) -> int | None:
    """The year of the event whose trigger word is at `pos`: the first year after it (before `stop`,
    where another event is told), else the nearest one before it, else a relative year."""
    lim = limit + (PLAN_YEARS_AHEAD if status == "planned" else 0)
    years = valid_years(text, lim, event_dates=True)
    after = [y for y in years if pos <= y[1] < stop]
    if after:
        return after[0][0]
    before = [y for y in years if y[1] < pos]
    if before and len({y for y, _, _ in years}) > 1:
        return before[-1][0]
    if not years:
        if published is None:
            return None
        m = RELATIVE_YEAR.search(text)
        if m:
            y = published.year + RELATIVE_OFFSET[m.group(1).lower()]
            return y if y <= lim else None
        m = MONTH_AHEAD.search(text)
        if m:  # "Mei mendatang": this year, or the next when that month has passed
            month = MONTHS[m.group(1).lower()]
            y = published.year + (1 if month < published.month else 0)
            return y if y <= lim else None
        return None
    if len({y for y, _, _ in years}) == 1:
        return years[0][0]
    return min(years, key=lambda y: abs(y[1] - pos))[0]


def _mentions(text: str, acronym_ok: bool) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in MENTION_LONG.finditer(text)]
    if acronym_ok:
        ends = {b for _, b in found}
        for m in MENTION_ACRONYM.finditer(text):
            # "Mal Pelayanan Publik (MPP)": the acronym in parentheses is the same mention
            if not any(re.fullmatch(r"\s*\(\s*", text[e:m.start()]) for e in ends if e <= m.start()):
                found.append((m.start(), m.end()))
    return sorted(found)


@dataclass
class _Draft:
    region: str
    status: str
    strong: bool
    year: int | None
    location: str | None
    evidence: str
    unit: int


class MppTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.mpp = self.extract(doc)
        return doc

    def extract(self, doc: Doc) -> list[MppFact]:
        text = doc_text(doc)
        acronym_ok = bool(SERVICE_CONTEXT.search(text)) or not OTHER_MPP_CONTEXT.search(text)
        if not MENTION_LONG.search(text) and not (acronym_ok and MENTION_ACRONYM.search(text)):
            return []
        gaz = get_gazetteer()
        units, found = self._clauses(doc, [u for u in text_units(doc) if u.content], acronym_ok)
        published = doc._.published
        limit = year_limit(published)
        main = self._main_region(doc, units)
        drafts: list[_Draft] = []
        unit_years: dict[int, dict[str, int]] = {}  # unit position -> status -> year told there
        unit_status: dict[int, set[str]] = {}  # unit position -> statuses told there
        places: dict[str, str] = {}  # region -> where an MPP sentence without a status puts it
        pending: tuple[list[_Trigger], dict[str, int]] | None = None  # a group's status, for a list
        unit_regions: dict[int, set[str]] = {}  # unit position -> regions given facts there
        passing: dict[str, tuple[str, int]] = {}  # region -> (evidence, unit) of an MPP named as a place
        last_mpp: tuple[int, list[str]] | None = None  # the last unit naming an MPP, its regions
        for k, unit in enumerate(units):
            ut = unit.text
            mentions = found[k]
            anaphor = not mentions and last_mpp is not None and k - last_mpp[0] <= ANAPHOR_REACH \
                and bool(BUILDING_ANAPHOR.match(ut))
            near_mpp = bool(mentions) or anaphor or (k > 0 and found[k - 1]) \
                or (k + 1 < len(units) and found[k + 1])
            if not near_mpp:
                pending = None
                continue
            triggers = _statuses(doc, unit)
            years = {}
            strong_years: dict[str, int] = {}  # what a neighbouring unit may borrow
            for tr in triggers:
                # the year of an event is written after its word, before the next event's word
                stop = min((o.pos for o in triggers if o.pos > tr.pos and o.status != tr.status),
                           default=len(ut))
                y = _event_year(ut, tr.pos, stop, tr.status, limit, published)
                if y is not None:
                    years.setdefault(tr.status, y)
                    if tr.strong:
                        strong_years.setdefault(tr.status, y)
            unit_years[k] = strong_years
            unit_status[k] = {tr.status for tr in triggers}
            if not mentions:
                strong = [tr for tr in triggers if tr.strong]
                if anaphor and strong:  # "Gedung dua lantai itu ditargetkan rampung pada 2025."
                    self._add(drafts, last_mpp[1], strong, years, _location(ut), ut, k)
                    unit_regions[k] = set(last_mpp[1])
                continue
            regions, grouped, provincial = self._regions(doc, unit, mentions, gaz)
            if not grouped and not provincial:
                named = regions or self._unit_governments(doc, unit, gaz, unit.end) or (
                    [main] if main else [])
                last_mpp = (k, named) if named else None
            if not triggers:
                if regions and pending:
                    triggers, years = pending
                pending = None
                if not triggers:
                    loc = _location(ut)
                    for code in (regions or ([main] if main and not grouped else [])):
                        if loc:
                            places.setdefault(code, loc)
                    if regions and any(PLACE_BEFORE.search(ut, max(0, a - 4), a) for a, _ in mentions):
                        for code in regions:
                            passing.setdefault(code, (ut.strip(), k))
                    continue
            if not regions:
                if provincial:  # a province's own MPP: not a regional government's fact
                    pending = None
                    continue
                if grouped:
                    pending = (triggers, years)
                    continue
                first_trigger = min(tr.pos for tr in triggers) + unit.start
                regions = self._unit_governments(doc, unit, gaz, first_trigger) or (
                    [main] if main and not GENERIC_SUBJECT.search(ut) else [])
            else:
                pending = None
            self._add(drafts, regions, triggers, years, _location(ut), ut, k)
            unit_regions[k] = set(regions)
        for code, (evidence, k) in passing.items():
            if not any(d.region == code for d in drafts):
                drafts.append(_Draft(code, "operating", True, None, None, evidence, k))
        return self._finish(drafts, unit_years, unit_status, places, units, found, unit_regions)

    @staticmethod
    def _add(drafts: list[_Draft], regions: list[str], triggers: list[_Trigger], years: dict[str, int],
             loc: str | None, ut: str, k: int) -> None:
        by_status: dict[str, _Trigger] = {}
        for tr in triggers:
            cur = by_status.get(tr.status)
            if cur is None or (tr.strong and not cur.strong):
                by_status[tr.status] = tr
        for code in regions:
            for status, tr in by_status.items():
                drafts.append(_Draft(code, status, tr.strong, years.get(status), loc, ut.strip(), k))

    @staticmethod
    def _clauses(doc: Doc, units: list[Unit], acronym_ok: bool) -> tuple[list[Unit], list]:
        """Units split at a contrast ("Kota A sudah mengoperasikan MPP sejak 2020, sedangkan MPP
        Kabupaten B, yang diresmikan pada 2021, …") when each side tells a status of its own; and
        the MPP mentions of each unit."""
        out: list[Unit] = []
        found: list = []
        for u in units:
            mentions = _mentions(u.text, acronym_ok)
            cuts = [m for m in MPP_CONTRAST.finditer(u.text)] if mentions else []
            if not cuts:
                out.append(u)
                found.append(mentions)
                continue
            idx = [t.idx for t in doc[u.tok_start:u.tok_end]]
            parts: list[Unit] = []
            a = 0
            for b in [m.start() for m in cuts] + [len(u.text)]:
                piece = u.text[a:b]
                lead = len(piece) - len(piece.lstrip())
                st, en = u.start + a + lead, u.start + a + len(piece.rstrip())
                if en > st:
                    parts.append(Unit(u.index, st, en, doc_text(doc)[st:en],
                                      u.tok_start + bisect_left(idx, st), u.tok_start + bisect_left(idx, en)))
                a = b
            if len(parts) > 1 and all(_statuses(doc, p) for p in parts):
                out.extend(parts)
                found.extend(_mentions(p.text, acronym_ok) for p in parts)
            else:
                out.append(u)
                found.append(mentions)
        return out, found

    @staticmethod
    def _main_region(doc: Doc, units: list[Unit]) -> str | None:
        """The region the article speaks of most in its sentences and headline (not in related links
        or sidebars, not counting Ombudsman offices)."""
        text = doc_text(doc)
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for unit in text_units(doc):
            if not (unit.content or unit.index == 0):
                continue
            for m in unit_mentions(doc, unit):
                if m.is_province:
                    continue
                if NOT_SUBJECT_BEFORE.search(text[max(0, m.start - 60):m.start]):
                    continue
                counts[m.code] += 1
                first.setdefault(m.code, m.start)
        if not counts:
            return None
        return max(counts, key=lambda c: (counts[c], -first[c]))

    @staticmethod
    def _regions(doc: Doc, unit: Unit, mentions, gaz) -> tuple[list[str], bool, bool]:
        """Regions written with an MPP mention; whether every mention is a counted group; whether a
        mention is a province's own MPP ("MPP Provinsi Sulawesi Barat")."""
        spans = [m for m in unit_mentions(doc, unit) if m.is_province or m.code in gaz.regions]
        out: list[str] = []
        grouped = True
        provincial = False
        for a, b in mentions:
            before = unit.text[max(0, a - 20):a]
            after = unit.text[b:b + 30]
            group = bool(GROUP_BEFORE.search(before) or GROUP_AFTER.match(after))
            grouped = grouped and group
            for s in spans:
                rel = s.start - unit.start
                if rel < b:
                    continue
                if PAIR_GAP.fullmatch(unit.text[b:rel]):
                    if not s.is_province:
                        if s.code not in out:
                            out.append(s.code)
                        # "MPP di Kota Cilegon dan Tangsel"
                        cur = s
                        for t in spans[spans.index(s) + 1:]:
                            gap = unit.text[cur.end - unit.start:t.start - unit.start]
                            if t.is_province or not COORD_GAP.fullmatch(gap) or \
                                    _mentions(gap, True):
                                break
                            if t.code not in out:
                                out.append(t.code)
                            cur = t
                    elif not group:
                        provincial = True
                break
        return out, grouped and not out, provincial and not out

    @staticmethod
    def _unit_governments(doc: Doc, unit: Unit, gaz, trigger: int) -> list[str]:
        """The government the unit names nearest before its status word ("Pemkab Batola membuka
        MPP", "berbeda dengan Kota Kupang yang MPP-nya telah beroperasi"), else the first after."""
        text = doc_text(doc)
        govs = [m for m in unit_mentions(doc, unit) if not m.is_province and m.code in gaz.regions
                and mention_role(text, unit, m) == "gov"]
        before = [m for m in govs if m.start < trigger]
        if before:
            # "Kota Palu dan Kabupaten Parigi Moutong (Parimo) yang lebih dulu mengoperasikan MPP"
            # (a list ends with "dan"/"serta": "Selain Polman, Kabupaten Pasangkayu …" is none)
            out = [before[-1].code]
            cur = before[-1]
            for m in reversed(before[:-1]):
                gap = text[m.end:cur.start]
                if m.code == cur.code and ALIAS_GAP.fullmatch(gap):
                    cur = m
                elif COORD_GAP.fullmatch(gap) and (len(out) > 1 or _LIST_END.search(gap)):
                    if m.code not in out:
                        out.insert(0, m.code)
                    cur = m
                else:
                    break
            return out
        return [govs[0].code] if govs else []

    @staticmethod
    def _finish(drafts: list[_Draft], unit_years, unit_status, places, units, found,
                unit_regions=None) -> list[MppFact]:
        unit_regions = unit_regions or {}
        for d in drafts:
            # a fact without a year takes the year the neighbouring unit gives the same event (not
            # one it tells of another government's MPP)
            if d.year is None:
                for k in (d.unit - 1, d.unit + 1):
                    y = unit_years.get(k, {}).get(d.status)
                    if y is not None and (d.region in unit_regions.get(k, (d.region,))
                                          or SAME_EVENT.search(units[d.unit].text)):
                        d.year = y
                        break
            # the next sentence may say where, without naming the MPP again ("Rencananya … di …")
            nxt = d.unit + 1
            if d.location is None and nxt < len(units) and d.status in unit_status.get(nxt, ()) \
                    and not found[nxt]:
                d.location = _location(units[nxt].text)
        # one fact per government and status: the first year and location told
        merged: dict[tuple[str, str], _Draft] = {}
        for d in drafts:
            key = (d.region, d.status)
            m = merged.get(key)
            if m is None:
                merged[key] = d
                continue
            m.strong = m.strong or d.strong
            if m.year is None and d.year is not None:
                m.year = d.year
            if m.location is None and d.location:
                m.location = d.location
        # one MPP per government: a location told in an MPP sentence without a status, or with
        # another status, holds for all its facts
        for m in merged.values():
            m.location = m.location or places.get(m.region) or next(
                (o.location for o in merged.values() if o.region == m.region and o.location), None)
        # a weak plan ("MPP dibangun untuk …") of an MPP that is launched or operating is history
        done = {r for (r, s) in merged if s in ("launched", "operating")}
        facts = [d for d in merged.values() if d.strong or d.region not in done]
        facts.sort(key=lambda d: d.unit)
        return [MppFact(region_code=d.region, status=d.status, year=d.year, location=d.location,
                        evidence=d.evidence) for d in facts]


@Language.factory("warta_mpp", assigns=["doc._.mpp"])
def make_mpp_tagger(nlp: Language, name: str) -> MppTagger:
    return MppTagger()
