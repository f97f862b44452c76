"""From a unit's subjects and elements to drafts of results; drafts merged into results.

- one subject: each element goes to the year of its clause, one result per year (histories:
  "menjadi 95,08 pada 2023, lalu mencapai 97,73 dengan kategori A pada 2024");
- several subjects (lists, prose tables): each takes the score written after it (or its share of
  "masing-masing" values) and the zone of its clause ("…, sementara Pemprov Sumbar masih di zona
  kuning") or of its own parentheses ("Kota Ambon (86,12; kategori B)");
- `finish`: results of one government and year are merged (a zone from one sentence, the score
  from another); a year-less one joins the latest compatible result of that government; an empty
  result (rank only) is dropped when that government has another one.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.facttypes.compliance import ComplianceResult
from pipeline.facttypes.compliance import grammar as G
from pipeline.facttypes.compliance.elements import Elements, clause_bounds, contrast_bounds, year_for
from pipeline.facttypes.compliance.grades import grade_category
from pipeline.nlp.discourse.lists import (COORDINATION, GROUP_NOUN, counted_groups, enumerated_years, item_years,
                                          respective)


@dataclass(frozen=True)
class Undated:
    """The year of a result the text gives no single year for: an earlier assessment ("naik dari zona
    merah", "sebelumnya …", earlier.py) or a span of years ("sejak 2016-2018": `first`, `last`).
    Null in the output, and never filled with another year."""

    first: int | None = None
    last: int | None = None


#: the year of a result of an earlier, undated assessment
EARLIER = Undated()


@dataclass
class Draft:
    key: tuple[str | None, str]
    year: int | Undated | None
    zone: str | None
    grades: list[str]
    score: float | None
    evidence: str
    order: int
    #: the year is the story's (the lead's or the frame's), not written with the result
    lent: bool = False

    def empty(self) -> bool:
        return self.zone is None and self.score is None


def grade_text(zones: list[tuple[str, str | None, int]]) -> str | None:
    seen: dict[str, None] = {}
    for _, g, _ in zones:
        if g:
            seen.setdefault(g)
    return ", ".join(seen) or None


def zone_of(zones: list[tuple[str, str | None, int]]) -> str | None:
    direct = [z for z, g, _ in zones if g is None]
    pool = direct or [z for z, _, _ in zones]
    return pool[0] if pool else None


def adjacent(text: str, subject_end: int, pos: int) -> bool:
    """Whether a score at `pos` is written right after the subject, at most past a dash or colon."""
    return 0 <= pos - subject_end <= G.SCORE_GAP_MAX and bool(G.SCORE_GAP.fullmatch(text, subject_end, pos))


def in_own_parens(text: str, subject_end: int, pos: int) -> bool:
    """Whether `pos` lies inside a parenthesis opened right after the subject ("X (86,12; kategori B)")."""
    between = text[subject_end:pos]
    return between.lstrip().startswith("(") and ")" not in between


def _clause_of(bounds: list[int], pos: int) -> tuple[int, int]:
    return max(b for b in bounds if b <= pos), min(b for b in bounds if b > pos)


def _own_dated_clause(ut: str, contrast: list[int], pos: int, years: list, subject_clause: tuple[int, int]) -> bool:
    """Whether the contrasting clause holding `pos` tells of the subject in another year: it dates
    itself with a year the subject's clause does not have, and names no group of its own."""
    lo, hi = _clause_of(contrast, max(pos, 0))
    own = {y[0] for y in years if lo <= y[1] < hi}
    theirs = {y[0] for y in years if subject_clause[0] <= y[1] < subject_clause[1]}
    return bool(own) and not own & theirs and not GROUP_NOUN.search(ut, lo, min(hi, len(ut)))


def unit_results(unit, subjects: list, el: Elements, lead_year: int | None, order: int) -> list[Draft]:
    """Drafts for the subjects of one unit (one subject: one per year; several: one each)."""
    if len(subjects) == 1:
        return _subject_results(unit, subjects[0], el, lead_year, order)
    return _listed_results(unit, subjects, el, lead_year, order)


def _subject_results(unit, subj, el: Elements, lead_year: int | None, order: int) -> list[Draft]:
    ut = unit.text
    evidence = ut.strip()
    bounds = clause_bounds(ut)
    contrast = contrast_bounds(ut)
    # scores written right after the subject count even without an anchor word
    rel_start, rel_end = subj.start - unit.start, subj.end - unit.start
    scores = [s for s in el.scores if s[3] or adjacent(ut, rel_end, s[1])]
    zones = el.zones
    if len(el.distinct_zones()) > 1 and rel_start >= 0:
        # "Sepuluh daerah masuk zona hijau, sementara Kabupaten X masih di zona kuning"; a clause of
        # another year without a group of its own is the subject's ("…, sedangkan tahun lalu masih di
        # zona kuning")
        lo, hi = _clause_of(contrast, rel_start)
        zones = [z for z in zones if lo <= z[2] < hi or _own_dated_clause(ut, contrast, z[2], el.years, (lo, hi))] \
            or zones
    groups: dict[int | None, dict] = {}
    items = [("z", z, z[2]) for z in zones] + [("s", s, s[1]) for s in scores] + [("r", r, r) for r in el.ranks]
    for kind, item, pos in items:
        others = tuple(z[2] for z in zones if z[2] != pos) if kind == "z" else ()
        # a score dated right after it: "dari 25,98 persen pada 2022 menjadi 54,11 persen pada 2023"
        # (a zone too: "meninggalkan zona merah pada 2022 dan masuk zona kuning di 2023")
        y = _dated_right_after(ut, item, el.years) if kind == "s" else _zone_dated_after(ut, item, el.years) \
            if kind == "z" and item[2] >= 0 else None
        y = y if y is not None or kind != "s" else _changed_to(ut, item, el.years)
        y = y if y is not None else year_for(max(pos, 0), el.years, bounds, others)
        groups.setdefault(y, {"z": [], "s": [], "r": []})[kind].append(item)
    out: list[Draft] = []
    for y, g in groups.items():
        grade = grade_text(g["z"])
        out.append(Draft(subj.key, y if y is not None else lead_year, zone_of(g["z"]), [grade] if grade else [],
                         g["s"][0][0] if g["s"] else None, evidence, order + len(out), lent=y is None))
    # "masih di zona kuning, seperti pada penilaian 2021": that year had the same zone
    for y in el.years:
        if len(y) > 4 and y[4] >= 0 and G.SAME_AS.match(ut, y[4]) and y[0] not in groups \
                and not any(z[2] > y[4] for z in zones) and len({z[0] for z in zones}) == 1:
            out.append(Draft(subj.key, y[0], zones[0][0], [], None, evidence, order + len(out)))
    # a zone held in an enumeration of years ("zona hijau … setelah tahun 2017 dan 2018")
    for d in list(out):
        for y in enumerated_years(d.year, ut) if d.zone and isinstance(d.year, int) else ():
            if not any(o.year == y for o in out):
                out.append(Draft(subj.key, y, d.zone, [], None, evidence, order + len(out)))
    out += _earlier(subj.key, el.earlier, evidence, order + len(out))
    return out


def _dated_right_after(ut: str, score: tuple, years: list) -> int | None:
    """The year written right after a score ("54,11 persen pada 2023", "88,10 di tahun 2024"), if any."""
    m = G.YEAR_RIGHT_AFTER.match(ut, score[2]) if years else None
    return next((y[0] for y in years if m and y[1] == m.start(1)), None)


def _changed_to(ut: str, score: tuple, years: list) -> int | None:
    """The year of a score a change ends at ("… tahun sebelumnya yang meraih nilai 91,57 menjadi 93,58"): the
    unit's one year that no comparison cue dates (the earlier year holds for the score before "menjadi" only;
    final9), else None."""
    if not years or not G.CHANGED_TO_BEFORE.search(ut, max(0, score[1] - CHANGED_TO_CHARS), score[1]):
        return None
    own = {y[0] for y in years if len(y) < 5 or y[4] < 0}
    return own.pop() if len(own) == 1 else None


def _zone_dated_after(ut: str, zone: tuple, years: list) -> int | None:
    """The year written right after a zone ("zona kuning di 2023", "zona hijau pada tahun 2024"), if any."""
    m = G.DATED_AFTER.match(ut, zone[2]) if years else None
    return next((y[0] for y in years if m and y[2] == m.end()), None)


def _earlier(key, earlier: list, evidence: str, order: int) -> list[Draft]:
    """Drafts of the results of earlier, undated assessments (earlier.py)."""
    return [Draft(key, EARLIER, z, [g] if g else [], score, evidence, order + i)
            for i, (z, g, _, score) in enumerate(earlier)]


def _coordination_groups(ut: str, spans: list[tuple[int, int]]) -> list[int]:
    """For each subject span (in text order), the number of the coordinated list it belongs to
    ("Kota A, Kabupaten B dan Kota C": one list)."""
    groups, g = [], 0
    for i, (a, _) in enumerate(spans):
        if i and not COORDINATION.fullmatch(ut, spans[i - 1][1], a):
            g += 1
        groups.append(g)
    return groups


def _relative_spans(ut: str, spans: list[tuple[int, int]], bounds: list[int]) -> list[tuple[int, int] | None]:
    """For each subject span, the relative clause right after it ("… Kabupaten B yang sudah di zona
    hijau"), up to the end of its clause or the next subject, or None."""
    out = []
    for i, (_, b) in enumerate(spans):
        m = G.RELATIVE_AFTER.match(ut, b)
        if m is None:
            out.append(None)
            continue
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(ut)
        out.append((m.end(), min(nxt, min(x for x in bounds if x > m.end()))))
    return out


#: How far before a counted group a word joining it to the result before it is read ("berikut 3 kabupaten")
JOINED_CHARS = 20
#: how far before a score its change word and the earlier score are read ("91,57 menjadi 93,58")
CHANGED_TO_CHARS = 25
#: How far before a government the passive verb that introduces it may start ("terendah diraih oleh Pemkab B").
INTRODUCED_CHARS = 45


def _introduced_spans(ut: str, spans: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """For each subject span, its stretch (up to the next subject) when a ranking's passive verb
    introduces it ("… dan terendah diraih Pemkab B hanya 71,66 atau berada di zona kuning"), or None:
    a zone there is that subject's own."""
    out = []
    for i, (a, b) in enumerate(spans):
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(ut)
        out.append((b, nxt) if G.INTRODUCED_BEFORE.search(ut, max(0, a - INTRODUCED_CHARS), a) else None)
    return out


def _listed_zones(ut: str, el: Elements, contrast: list[int], rel_start: int, rel_end: int, nxt: int,
                  others: list[tuple[int, int]] = ()) -> list:
    """The zones of one listed subject: those of its own parentheses, else of its clause (the one
    after it, else before it, where the clause has several colours), else the unit's one colour;
    never a zone in the relative clause of a subject not listed with it (`others`: "Kabupaten A
    tertinggal dari Kabupaten B yang sudah di zona hijau")."""
    lo, hi = _clause_of(contrast, max(rel_start, 0))
    zones = [z for z in el.zones if not any(a <= z[2] < b for a, b in others)]
    if len(zones) < len(el.zones):
        el = Elements(zones=zones)
    in_clause = [z for z in el.zones if lo <= z[2] < hi]
    own = [z for z in el.zones if rel_end <= z[2] < nxt and in_own_parens(ut, rel_end, z[2])]
    if own:
        in_clause = own
    if in_clause and len({z[0] for z in in_clause}) > 1:
        after = [z for z in in_clause if rel_end <= z[2] < nxt]
        before = [z for z in in_clause if z[2] < rel_start]
        in_clause = after or before[-1:] or in_clause
    return in_clause or (el.zones if len(el.distinct_zones()) == 1 else [])


def _listed_results(unit, subjects: list, el: Elements, lead_year: int | None, order: int) -> list[Draft]:
    ut = unit.text
    evidence = ut.strip()
    bounds = clause_bounds(ut)
    contrast = contrast_bounds(ut)
    if len(el.distinct_zones()) > 1:  # "ada dua kabupaten … zona hijau yaitu A dan B, serta ada lima …"
        # (not a group joined to the result before it: "A rapor kuning, berikut 3 kabupaten lainnya, B, C dan D"; final7)
        contrast = sorted({*contrast, *(g[1] for g in counted_groups(ut)
                                        if not G.JOINED_BEFORE.search(ut, max(0, g[1] - JOINED_CHARS), g[1]))})
    ordered = sorted(subjects, key=lambda s: s.start)
    spans = [(s.start - unit.start, s.end - unit.start) for s in ordered]
    lists, relatives = _coordination_groups(ut, spans), _relative_spans(ut, spans, bounds)
    introduced = _introduced_spans(ut, spans)
    # "Kabupaten A dan Kabupaten B … dengan nilai masing-masing 52,14 dan 48,90": in order
    shares = respective(ut, ordered[-1].end - unit.start, el.scores, len(ordered))
    # "Kabupaten A pada tahun 2016, dan Provinsi B pada tahun 2017 meraih zona hijau": each item's own year
    told = {y[0] for y in el.years}
    own_years = [y if y in told else None for y in item_years(ut, spans)] if len(told) > 1 else [None] * len(spans)
    out: list[Draft] = []
    for i, subj in enumerate(ordered):
        rel_start, rel_end = spans[i]
        nxt = ordered[i + 1].start - unit.start if i + 1 < len(ordered) else len(ut)
        score = next((s[0] for s in el.scores
                      if rel_end <= s[1] < nxt and (s[3] or adjacent(ut, rel_end, s[1]))), None)
        if shares:
            score = shares[i]
        others = [r for j, r in enumerate(relatives)
                  if r is not None and lists[j] != lists[i] and not G.SHARED.search(ut, r[0], r[1])] + \
            [r for j, r in enumerate(introduced) if r is not None and j != i and lists[j] != lists[i]]
        mine = [r for j, r in enumerate(relatives) if r is not None and lists[j] == lists[i] and j >= i]
        zones = _listed_zones(ut, el, contrast, rel_start, rel_end, nxt, others)
        in_mine = [z for z in el.zones if any(a <= z[2] < b for a, b in mine[:1])]
        if in_mine:  # "A, B dan C yang masih berada di zona kuning": the list's own relative clause
            zones = in_mine
        if rel_start < 0:  # a carried subject: the whole unit applies
            zones = el.zones if len(el.distinct_zones()) == 1 else []
            score = None
        out += _earlier(subj.key, [e for e in el.earlier if rel_start <= e[2] < nxt], evidence, order + len(out))
        if not zones and score is None and not el.ranks:
            continue
        pos = zones[0][2] if zones and zones[0][2] >= 0 else max(rel_start, 0)
        y = own_years[i] if own_years[i] is not None else year_for(pos, el.years, bounds)
        grade = grade_text(zones)
        out.append(Draft(subj.key, y if y is not None else lead_year, zone_of(zones), [grade] if grade else [],
                         score, evidence, order + len(out), lent=y is None))
    return out


def _compatible(a: Draft, b: Draft) -> bool:
    if a.zone and b.zone and a.zone != b.zone:
        return False
    return not (a.score is not None and b.score is not None and round(a.score, 2) != round(b.score, 2))


def _merge_into(a: Draft, b: Draft) -> None:
    a.zone = a.zone or b.zone
    a.score = a.score if a.score is not None else b.score
    for g in b.grades:
        if g not in a.grades:
            a.grades.append(g)


def _merged(drafts: list[Draft]) -> list[Draft]:
    """Drafts of one government and year merged where they agree."""
    out: list[Draft] = []
    for d in drafts:
        m = next((m for m in out if m.key == d.key and m.year == d.year and _compatible(m, d)), None)
        if m is None:
            out.append(d)
        else:
            _merge_into(m, d)
    return out


def _told_with_its_year(d: Draft, drafts: list[Draft]) -> bool:
    """Whether an earlier, undated result is also told with its year: the same zone for the same
    government in a year before its latest ("naik ke zona kuning pada 2021, dan pada 2022 masih
    bertahan di zona kuning"), or, for a span of years, in one of its years; a zone without a score
    kept or held beside that government's dated result of the same zone ("mempertahankan predikat
    zona hijau" in the year's result) is that result told again."""
    if not isinstance(d.year, Undated):
        return False
    dated = [m for m in drafts if m.key == d.key and isinstance(m.year, int)]
    if d.year != EARLIER:  # a span: told again for one of its years ("sejak 2016-2018" … "2018 … Ciamis")
        return any(d.year.first <= m.year <= d.year.last and m.zone == d.zone for m in dated)
    latest = max((m.year for m in dated), default=None)
    if d.score is None and d.zone is not None and any(m.zone == d.zone for m in dated):
        return True  # a zone kept or held ("bertahan di zona hijau", "mempertahankan predikat zona hijau") beside
        # that government's dated result of the same zone: no result of its own (final5, final8; no later set labels one)
    return any(m.year < latest and m.zone == d.zone for m in dated)


def _zone_of_dated_earlier(drafts: list[Draft]) -> None:
    """An earlier result told twice, once undated with its zone ("mempertahankan predikat zona hijau")
    and once dated without one ("naik dari 81,12 poin pada 2023"): the dated one takes the zone (the
    undated one is then told with its year, and dropped)."""
    for d in drafts:
        if d.year != EARLIER or d.zone is None:
            continue
        dated = [m for m in drafts if m.key == d.key and isinstance(m.year, int)]
        latest = max((m.year for m in dated), default=None)
        bare = [m for m in dated if m.year < latest and m.zone is None and m.score is not None]
        if len(bare) == 1:
            bare[0].zone = d.zone


def _differs_in(d: Draft, drafts: list[Draft], year: int) -> bool:
    """Whether the government of a year-less result has another result of `year` that differs from
    it (one zone, one score a year): that year is not the year-less one's."""
    return any(o.key == d.key and o.year == year and not _compatible(o, d) for o in drafts)


def finish(drafts: list[Draft], fill_year: bool = False, stated_year: int | None = None,
           compared: set[int] = frozenset(), announced: int | None = None) -> list[ComplianceResult]:
    """Merge drafts of one government and year; place year-less ones (see the module doc): the
    year the article states once (`stated_year`) goes to results it dates nowhere else; a year
    compared with the present (`compared`) is never the latest assessment; a result still without a
    year, in an article published in the season results are announced, is of that year (`announced`,
    years.announced_year)."""
    # a year lent by the story is not the year of another result of that government written with it
    # ("Kabupaten A meraih zona hijau. Pada awal memimpin tahun 2019, Kabupaten A masih zona merah.")
    for d in drafts:
        if d.lent and d.year is not None and any(o.key == d.key and o.year == d.year and not o.lent
                                                 and not _compatible(o, d) for o in drafts):
            d.year = None
    if stated_year is not None:
        for d in drafts:
            if d.year is None and not _differs_in(d, drafts, stated_year):
                d.year = stated_year
    merged = _merged(drafts)
    # a result without a year is the latest compatible result of the same government …
    out: list[Draft] = []
    for d in merged:
        if d.year is None:
            same = [m for m in merged if m is not d and m.key == d.key and isinstance(m.year, int) and _compatible(m, d)]
            if same:
                _merge_into(max(same, key=lambda m: m.year), d)
                continue
        out.append(d)
    # … and, when the lead states no year, belongs to the latest assessment the article dates
    latest = max((d.year for d in out if isinstance(d.year, int) and d.year not in compared), default=None)
    if fill_year and latest is not None:
        for d in out:
            # (not where that government's result of that year differs: one zone, one score a year)
            if d.year is None and not _differs_in(d, out, latest):
                d.year = latest
        out = _merged(out)
    if announced is not None and any(d.year is None for d in out):
        for d in out:
            if d.year is None and not _differs_in(d, out, announced):
                d.year = announced
        out = _merged(out)
    _zone_of_dated_earlier(out)
    out = [d for d in out if not _told_with_its_year(d, out)]
    # an empty result (a rank, "nilai tertinggi") only when nothing else is known of that government
    final = [d for d in out if not d.empty() or not any(o.key == d.key and not o.empty() for o in out)]
    # two empty results of one government: keep the one with a year
    results = []
    seen_empty: set = set()
    for d in sorted(final, key=lambda d: (d.year is None, d.order)):
        if d.empty():
            if d.key in seen_empty:
                continue
            seen_empty.add(d.key)
        results.append(d)
    results.sort(key=lambda d: d.order)
    return [ComplianceResult(region_code=d.key[0], province_code=d.key[1],
                             year=d.year if isinstance(d.year, int) else None, zone=d.zone,
                             grade=", ".join(d.grades) or None, score=d.score, evidence=d.evidence,
                             grade_category=grade_category(d.grades))
            for d in results]
