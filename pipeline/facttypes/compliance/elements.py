"""The elements of a compliance result in one unit: zones, grades, scores, ranks and years.

Offsets are relative to the unit's text. A zone or grade counts when the text states it: not negated
("tidak lagi di zona merah"), not hoped for ("bisa naik ke zona hijau", "berharap …") unless in a
relative clause of the present ("… yang masih berada di zona kuning"), not an undated past ("sempat
berada di zona kuning"), not the zone a subject came from ("dari zona merah ke zona hijau"). A number
is a score after an anchor ("nilai 87,31"), in parentheses, before "poin" or right after a subject
(decided by the caller); never a count ("41 laporan"), a rank ("posisi 46") or a range.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from pipeline.facttypes.compliance import grammar as G
from pipeline.facttypes.compliance.earlier import earlier_scores, split_earlier
from pipeline.facttypes.compliance.years import changed_from, single_years
from pipeline.lang import RELATIVE_YEARS, STORY_RELATIVE_YEARS, unit_lower
from pipeline.nlp.discourse.years import RELATIVE_YEAR, STORY_RELATIVE_YEAR, relative_years, story_relative_years

#: How far before a zone or grade its negation or present-state clause is read.
STATED_WINDOW = 40
#: How far before a "kualitas" grade the words that make it a grade (not praise) are read.
QUALITY_WINDOW = 40
#: How far before a zone, within its clause, the dimension or variable it is stated for is read.
PART_WINDOW = 100
#: How far before a zone the "dari"/"semula" of a former zone is read.
FROM_ZONE_WINDOW = 25
#: Characters read before and after a number to decide whether it is a score.
SCORE_BEFORE_WINDOW = 40
SCORE_AFTER_WINDOW = 20
#: How far before a year its assessment noun ("penilaian … 2022") is read.
ASSESSED_WINDOW = 45
#: How far before a modal its "only" is read ("hanya bisa mengoleksi nilai 22,94").
ONLY_WINDOW = 12
#: How far before a past word ("pada 2023 sempat …") a year that dates it is read.
YEAR_BEFORE_CUE = 12
#: The most characters between a relative year and the written year right after it that names it ("tahun lalu (2020)")
NAMED_YEAR_GAP = 3
#: How far before a year a relative year that it names is looked for ("tahun sebelumnya 2019")
NAMED_CUE_CHARS = 30
#: How far before a year the cue of a compared earlier year is read.
PAST_CUE_WINDOW = 60


@dataclass
class Elements:
    zones: list[tuple[str, str | None, int]] = field(default_factory=list)  # (zone, grade, pos)
    scores: list[tuple[float, int, int, bool]] = field(default_factory=list)  # (v, start, end, anchored)
    ranks: list[int] = field(default_factory=list)
    years: list[tuple] = field(default_factory=list)  # (year, start, end[, assessment cue, past cue])
    #: results of an earlier, undated assessment (earlier.py): (zone, grade, pos, score)
    earlier: list[tuple[str, str | None, int, float | None]] = field(default_factory=list)
    #: whether the unit states a zone for a part of the assessment only (_overall_zones): the group it names is that part's
    part_zone: bool = False

    @property
    def has_result(self) -> bool:
        return bool(self.zones or self.ranks or self.earlier or any(a for *_, a in self.scores))

    def distinct_zones(self) -> set[str]:
        return {z for z, _, _ in self.zones}


def _lower(text: str) -> tuple[str, bool]:
    """The text in lower case, and whether its offsets are the text's."""
    low = text.lower()
    return low, len(low) == len(text)


@lru_cache(maxsize=4096)
def clause_bounds(text: str) -> list[int]:
    """Offsets where the clauses of a unit's text start, and its end (kept per text: several steps ask)."""
    low, same = _lower(text)
    found = G.CLAUSE_BREAK_LOW.finditer(low) if same else G.CLAUSE_BREAK.finditer(text)
    return [0] + [m.end() for m in found] + [len(text) + 1]


@lru_cache(maxsize=4096)
def contrast_bounds(text: str) -> list[int]:
    """Offsets where a unit's text turns to another subject ("…, sementara …"), and its end."""
    low, same = _lower(text)
    found = G.CONTRAST_BREAK_LOW.finditer(low) if same else G.CONTRAST_BREAK.finditer(text)
    return [0] + [m.end() for m in found] + [len(text) + 1]


def _undated_past(text: str, lo: int, pos: int, rx: re.Pattern | None = None) -> bool:
    """Whether the clause before `pos` tells of the past without dating it ("Setelah tiga tahun di
    zona merah"); a dated past ("setelah pada penilaian 2023 masih di zona merah", "setelah tahun
    sebelumnya sempat berada di zona kuning", "yang pada 2023 sempat zona hijau") is a result of
    that year."""
    last = None
    for last in (rx or G.PAST_CLAUSE).finditer(text, lo, pos):
        pass
    return last is not None and not G.YEAR_IN.search(text, last.end(), pos) \
        and not G.PRESENT.search(text, last.end(), pos) \
        and not G.YEAR_IN.search(text, max(lo, last.start() - YEAR_BEFORE_CUE), last.start()) \
        and not RELATIVE_YEAR.search(text, lo, pos)


def hope_cut(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """Character ranges of `text` (a unit) in the scope of a hope or a modal (`low`: its lower case, if made)."""
    low = text.lower() if low is None else low
    if any(w in low for w in G.HELD_NEEDS) and G.HELD_RESULT.search(text):
        return []
    cuts = []
    # (a hope's noun with a demonstrative refers back to an effort made: "Upaya itu mengantar 9 dari 10 pemerintah
    # kabupaten/kota … masuk Zona Hijau"; final10)
    hope = next((h for h in G.HOPE_WORDS.finditer(low)
                 if not (low[h[0]:h[1]] in G.HOPE_NOUNS and G.DEMONSTRATIVE_AFTER.match(low, h[1]))), None)
    if hope:
        cuts.append((hope[0], len(text)))
    causes = [b.start() for b in G.CAUSE.finditer(text)] if any(w in low for w in G.CAUSE_WORDS) else []
    breaks = sorted(clause_bounds(text)[:-1] + [len(text)] + causes)
    for a, b in G.MODAL_WORDS.finditer(low):
        if G.ONLY_BEFORE.search(low, max(0, a - ONLY_WINDOW), a):
            continue  # "hanya mampu berada di zona kuning": what it managed, not a hypothesis
        if G.CONDITION.match(low, a) and G.COMPARED_AFTER_CONDITION.match(low, b):
            continue  # "naik 10,25 poin jika dibandingkan 2022 sebesar 79,01": compared with, no condition
        if G.ACHIEVED.match(low, a) and not G.FUTURE.search(low):
            continue  # "Kota A dan Kabupaten B mampu mendapatkan predikat zona hijau": achieved
        end = next((x for x in breaks if x > b), len(text))
        if "maka" in low and G.CONDITION.match(low, a) and G.CONSEQUENCE.search(low, b):
            end = len(text)  # "apabila …, maka bisa dikatakan …, masuk kategori zona hijau": a consequence (final5)
        reported = G.REPORTED_AFTER_MODAL.match(low, b) if "bahwa" in low else None
        if reported:  # "baru bisa kami sampaikan bahwa Kota A masuk kategori A": stated
            end = min(end, reported.end())
        if low.startswith("untuk", a) and G.LIST_OPENS.search(low, b, end):
            continue  # "Untuk memperoleh kategori A yakni Kota A …": the category's list, not a purpose
        cuts.append((a, end))
    return cuts


class _Scope:
    """What of a unit is stated (not hoped for, not negated); the hope cuts computed on first use."""

    def __init__(self, text: str, low: str):
        self.text, self.low = text, low  # (the unit's lower case, made once by unit_elements)
        self._cuts: list[tuple[int, int]] | None = None
        self._no_member: bool | None = None  # whether the unit says "tidak ada …" (NEGATED_GROUP may match)

    def kept(self, pos: int) -> bool:
        if self._cuts is None:
            self._cuts = hope_cut(self.text, self.low)
        return not any(a <= pos < b for a, b in self._cuts)

    def stated(self, pos: int, owned: bool = False) -> bool:
        """Whether a zone or grade at `pos` is stated: not negated, and not hoped for unless in a present
        relative clause or `owned` (a government's possession: "Semoga rapor kuning Pemkab A …")."""
        before = self.text[max(0, pos - STATED_WINDOW):pos]
        if G.NEGATED.search(before):
            return False
        if self._no_member is None:
            self._no_member = bool(G.NO_MEMBER.search(self.text))
        if self._no_member and G.NEGATED_GROUP.search(self.text, max(0, pos - G.NEGATED_GROUP_WINDOW), pos):
            return False
        return owned or self.kept(pos) or bool(G.STATE_CLAUSE.search(before))


def _zones(text: str, scope: _Scope, zones_possible: bool, grades_possible: bool) -> list:
    zones = []
    low = scope.low
    for m in (G.ZONE_LOW.finditer(low) if zones_possible and len(low) == len(text) else
              G.ZONE.finditer(text) if zones_possible else ()):
        owned = bool(G.OWNER_AFTER.match(text, m.end())) and bool(G.OWNED_OPENS.search(text, max(0, m.start() - STATED_WINDOW), m.start()))
        if scope.stated(m.start(), owned=owned):
            zones.append(((m.group(1) or m.group(2)).lower(), None, m.start()))
    for rx, needs in (zip(G.GRADES, G.GRADE_NEEDS) if grades_possible else ()):
        if not any(map(low.__contains__, needs)):
            continue
        for m in rx.finditer(text):
            word = G.SPACES.sub(" ", m.group(1)).lower()
            if rx is G.QUALITY_GRADE and not m.group(0).lower().startswith("opini") and not \
                    G.QUALITY_GRADE_BEFORE.search(text[max(0, m.start() - QUALITY_WINDOW):m.start()]):
                continue  # "layanan dengan kualitas tinggi" is praise, not a grade
            if word in G.GRADE_ZONE and scope.stated(m.start()):
                wording = G.SPACES.sub(" ", G.FIELD_SEPARATOR.sub(" ", m.group(0))).strip()
                if rx is G.LETTER_AFTER_SCORE:  # "(B)" after a score: the grade is the category
                    wording = f"kategori {m.group(1)}"
                zones.append((G.GRADE_ZONE[word], wording, m.start()))
    zones.sort(key=lambda z: z[2])
    return zones


def _overall_zones(text: str, low: str, zones: list) -> list:
    """Zones without those stated for one dimension or variable of the assessment ("Dimensi Proses, Variabel
    Standar Pelayanan dari 10 kabupaten/kota masuk dalam Zona Hijau": no government's result; final11)."""
    if not zones or not any(map(low.__contains__, G.PART_NOUNS)):
        return zones
    bounds = clause_bounds(text)
    return [z for z in zones if not G.PART_BEFORE.search(text, max(max(b for b in bounds if b <= z[2]), z[2] - PART_WINDOW),
                                                         z[2])]


def _current_zones(text: str, low: str, zones: list) -> list:
    """Zones without the undated past ("X sempat lama berada di zona kuning") and, where several
    colours are told, without the zone a subject came from ("dari zona merah ke zona hijau")."""
    if zones and G.may_be_strong_past(low) and G.STRONG_PAST.search(low):
        bounds = clause_bounds(text)
        # (a past dated right after its zone is of that year: "lebih dahulu meraih … (zona hijau) pada 2016"; final10)
        zones = [z for z in zones if G.DATED_AFTER.match(text, z[2]) or not _undated_past(
            text, max(b for b in bounds if b <= z[2]), z[2], G.STRONG_PAST)]
    if len({z[0] for z in zones}) > 1:
        bounds = clause_bounds(text)
        # (a past dated right after its zone is no undated past: "sebelumnya di zona hijau pada 2022"; final4)
        now = [z for z in zones
               if G.DATED_AFTER.match(text, z[2])
               or (not G.FROM_ZONE.search(text[max(0, z[2] - FROM_ZONE_WINDOW):z[2]])
                   and not _undated_past(text, max(b for b in bounds if b <= z[2]), z[2]))]
        if now:
            zones = now
    return zones


def _percent_score(raw: str, before: str, after: str) -> bool:
    """Whether a number is a score written as a percentage ("menjadi 54,11 persen"): two decimals,
    "persen" or "%" after it, a score anchor or "dari" before it (the caller checks the sentence)."""
    return bool(G.PERCENT_SCORE.fullmatch(raw) and G.PERCENT_AFTER.match(after)
                and (G.SCORE_ANCHOR.search(before) or G.FROM_BEFORE.search(before)))


def _zone_percent(raw: str, before: str, after: str) -> bool:
    """Whether a number is a score written as a percentage in brackets right after a zone ("Kota A zona
    merah (24,64%)", final6): two decimals, the zone's colour, then the bracket."""
    return bool(G.PERCENT_SCORE.fullmatch(raw) and G.ZONE_BEFORE_BRACKET.search(before)
                and G.PERCENT_BRACKET_AFTER.match(after))


def _scores(text: str, scope: _Scope, percents: bool = False) -> list[tuple[float, int, int, bool]]:
    """The scores of a unit; with `percents`, scores written as percentages too (see _percent_score)."""
    scores = []
    for m in G.NUMBER.finditer(text):
        raw = m.group(1)
        before = text[max(0, m.start() - SCORE_BEFORE_WINDOW):m.start()]
        after = text[m.end():m.end() + SCORE_AFTER_WINDOW]
        poin = bool(G.POIN_AFTER.match(after))
        noun = bool(G.SCORE_NOUN_END.search(before))
        # a whole number is a score only as "nilai 88" or "88 poin"; "68, 28" only as "skor 68, 28" or
        # after another score anchor ("lebih baik dari tahun sebelumnya yakni 84, 46")
        if (raw.isdigit() and not (poin or noun)) or (" " in raw and not (noun or G.SCORE_ANCHOR.search(before))):
            continue
        percent = (percents and (_percent_score(raw, before, after) or _zone_percent(raw, before, after))) or (
            G.PERCENT_SCORE_NOUN.search(before) is not None and _percent_score(raw, before, after))
        out_of = "dari" in after and G.SCALE_AFTER.match(after) is not None  # "93,87 dari total 100"
        if (G.NOT_SCORE_AFTER.match(after) and not (noun and G.SCORE_AFTER_NOUN.match(after)) and not percent
                and not out_of) or G.NOT_SCORE_BEFORE.search(before):
            continue
        value = float(raw.replace(" ", "").replace(",", "."))
        if not 0 < value <= 100 or (value == G.SCALE_TOP and G.SCALE_BEFORE.search(before)):
            continue  # (a share, a count; "dari total 100 poin": the scale's top)
        in_parens = before.rstrip().endswith("(") and after.lstrip().startswith(")")
        anchored = poin or in_parens or percent or out_of or bool(G.SCORE_ANCHOR.search(before))
        if scope.kept(m.start()):
            scores.append((value, m.start(), m.end(), anchored))
    return scores


def past_cue(text: str, pos: int) -> int:
    """Where the cue of a compared earlier year at `pos` starts ("setelah pada penilaian 2023"), or -1."""
    lo = max(0, pos - PAST_CUE_WINDOW)
    window = text[lo:pos].lower()
    if not any(w in window for w in G.PAST_CUE_NEEDS):
        return -1
    m = G.PAST_YEAR_CUE.search(text, lo, pos)
    return m.start() if m else -1


def unit_elements(text: str, limit: int, numbers: bool = True,
                  published: datetime | None = None, relative_base: int | None = None,
                  story_year: int | None = None) -> Elements:
    """Zones, grades, scores, ranks and years of one unit (offsets relative to `text`); with
    `numbers=False` only zones, grades and ranks. A year counted from the story's ("tahun
    sebelumnya") counts from the unit's one written year, else from `story_year`."""
    el = Elements()
    low = unit_lower(text)
    zones_possible = any(map(low.__contains__, G.ZONE_GATE))
    grades_possible = any(map(low.__contains__, G.GRADE_GATE))
    ranks_possible = any(map(low.__contains__, G.RANK_GATE))
    words = zones_possible or grades_possible or ranks_possible
    digits = numbers and bool(G.DIGIT.search(text))
    if not words and not digits:
        return el
    scope = _Scope(text, low)
    earlier: list = []
    if words:
        earlier, zones = split_earlier(text, _zones(text, scope, zones_possible, grades_possible), clause_bounds(text),
                                       kept=lambda pos: scope.kept(pos) and not G.HOPE_WORDS.search(low, 0, pos))
        overall = _overall_zones(text, low, zones)
        el.part_zone = len(overall) < len(zones)
        el.zones = _current_zones(text, low, overall)
        el.ranks = [m.start() for m in (G.RANK.finditer(text) if ranks_possible else ()) if scope.kept(m.start())]
    el.earlier = [(z, g, pos, None) for (z, g, pos), _ in earlier]
    if not digits:
        if numbers:
            el.years = [y for y in relative_years(text, published, relative_base) if y[0] <= limit
                        and not changed_from(text, y[1])]
        return el
    el.scores = _scores(text, scope, percents=("persen" in low or "%" in low) and any(w in low for w in G.PERCENT_CONTEXT))
    if earlier:
        taken, el.scores = earlier_scores(el.scores, earlier)
        el.earlier = [(z, g, pos, taken.get(pos)) for z, g, pos, _ in el.earlier]
    written = single_years(text, limit, periods=True)
    base = written[0][0] if len({y[0] for y in written}) == 1 else None if written else story_year
    # "tahun sebelumnya 2019": the written year names the relative one, which is no second year
    told = sorted(written + [y for y in story_relative_years(text, base) if y[0] <= limit and not _named(y, written)
                             and not changed_from(text, y[1])], key=lambda y: y[1])
    el.years = [(y, a, b, bool(G.ASSESSED_BEFORE.search(text[max(0, a - ASSESSED_WINDOW):a])),
                 named_past(text, a) if (cue := past_cue(text, a)) < 0 else cue) for y, a, b in told] \
        or [y for y in relative_years(text, published, relative_base) if y[0] <= limit and not changed_from(text, y[1])]
    if el.years and all(len(y) > 4 and y[4] >= 0 for y in el.years):
        # only compared years written ("Tahun ini … 88,70, naik dari 81,12 pada 2023"): the relative one is the result's
        el.years = sorted(el.years + [y for y in relative_years(text, published, relative_base) if y[0] <= limit
                                      and not _named(y, written)], key=lambda y: y[1])
    return el


def named_past(text: str, pos: int) -> int:
    """Where a past relative year that the year at `pos` names starts ("tahun sebelumnya 2019", "tahun lalu
    (2020)": the year is a compared earlier one, its cue the relative words), or -1."""
    if "tahun" not in text[max(0, pos - NAMED_CUE_CHARS):pos].lower():
        return -1
    for rx, table in ((STORY_RELATIVE_YEAR, STORY_RELATIVE_YEARS), (RELATIVE_YEAR, RELATIVE_YEARS)):
        for m in rx.finditer(text, max(0, pos - NAMED_CUE_CHARS), pos):
            if table[m.group(0).split()[-1].lower()] < 0 and 0 <= pos - m.end() <= NAMED_YEAR_GAP:
                return m.start()
    return -1


def _named(relative: tuple, written: list[tuple]) -> bool:
    """Whether a year written right after a relative one names it ("tahun sebelumnya 2019", "tahun lalu (2020)")."""
    return any(0 <= a - relative[2] <= NAMED_YEAR_GAP for _, a, _ in written)


def year_for(pos: int, years: list[tuple], bounds: list[int], others: tuple[int, ...] = ()) -> int | None:
    """The year of the clause holding `pos`, else the unit's only year, else the nearest one not in
    a clause that holds another zone (`others`: their offsets) — a history told year by year ("pada
    tahun 2018, Kabupaten A masuk zona kuning, tahun 2019 masuk zona hijau": kuning is 2018's)."""
    # a compared earlier year holds only after its cue ("kategori C … setelah pada penilaian 2023
    # masih di zona merah": the category is not of 2023)
    years = [y for y in years if len(y) < 5 or y[4] < 0 or y[4] <= pos]
    if not years:
        return None
    lo = max(b for b in bounds if b <= pos)
    hi = min(b for b in bounds if b > pos)
    inside = [y for y in years if lo <= y[1] < hi]
    if inside:
        return min(inside, key=lambda y: abs(y[1] - pos))[0]
    # … and only in its own clause ("… dibanding nilai tahun 2016, karena hanya mengoleksi nilai 22,94")
    years = [y for y in years if len(y) < 5 or y[4] < 0] or years
    if len({y[0] for y in years}) == 1:
        return years[0][0]
    # "penilaian kepatuhan tahun 2022 yang diumumkan pada 2023, …": the assessment's year
    if others:
        taken = {_clause_at(bounds, o) for o in others}
        years = [y for y in years if _clause_at(bounds, y[1]) not in taken] or years
    assessed = [y for y in years if y[3]] if all(len(y) > 3 for y in years) else []
    return min(assessed or years, key=lambda y: abs(y[1] - pos))[0]


def _clause_at(bounds: list[int], pos: int) -> int:
    """The start of the clause holding `pos`."""
    return max(b for b in bounds if b <= pos)
