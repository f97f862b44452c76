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
from pipeline.nlp.discourse.lists import enumerated_years, respective


@dataclass
class Draft:
    key: tuple[str | None, str]
    year: int | None
    zone: str | None
    grades: list[str]
    score: float | None
    evidence: str
    order: int

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
        # "Sepuluh daerah masuk zona hijau, sementara Kabupaten X masih di zona kuning"
        lo, hi = _clause_of(contrast, rel_start)
        zones = [z for z in zones if lo <= z[2] < hi] or zones
    groups: dict[int | None, dict] = {}
    items = [("z", z, z[2]) for z in zones] + [("s", s, s[1]) for s in scores] + [("r", r, r) for r in el.ranks]
    for kind, item, pos in items:
        y = year_for(max(pos, 0), el.years, bounds)
        groups.setdefault(y, {"z": [], "s": [], "r": []})[kind].append(item)
    out: list[Draft] = []
    for y, g in groups.items():
        grade = grade_text(g["z"])
        out.append(Draft(subj.key, y if y is not None else lead_year, zone_of(g["z"]), [grade] if grade else [],
                         g["s"][0][0] if g["s"] else None, evidence, order + len(out)))
    # "masih di zona kuning, seperti pada penilaian 2021": that year had the same zone
    for y in el.years:
        if len(y) > 4 and y[4] >= 0 and G.SAME_AS.match(ut, y[4]) and y[0] not in groups \
                and not any(z[2] > y[4] for z in zones) and len({z[0] for z in zones}) == 1:
            out.append(Draft(subj.key, y[0], zones[0][0], [], None, evidence, order + len(out)))
    # a zone held in an enumeration of years ("zona hijau … setelah tahun 2017 dan 2018")
    for d in list(out):
        for y in enumerated_years(d.year, ut) if d.zone else ():
            if not any(o.year == y for o in out):
                out.append(Draft(subj.key, y, d.zone, [], None, evidence, order + len(out)))
    return out


def _listed_zones(ut: str, el: Elements, contrast: list[int], rel_start: int, rel_end: int, nxt: int) -> list:
    """The zones of one listed subject: those of its own parentheses, else of its clause (the one
    after it, else before it, where the clause has several colours), else the unit's one colour."""
    lo, hi = _clause_of(contrast, max(rel_start, 0))
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
    ordered = sorted(subjects, key=lambda s: s.start)
    # "Kabupaten A dan Kabupaten B … dengan nilai masing-masing 52,14 dan 48,90": in order
    shares = respective(ut, ordered[-1].end - unit.start, el.scores, len(ordered))
    out: list[Draft] = []
    for i, subj in enumerate(ordered):
        rel_start, rel_end = subj.start - unit.start, subj.end - unit.start
        nxt = ordered[i + 1].start - unit.start if i + 1 < len(ordered) else len(ut)
        score = next((s[0] for s in el.scores
                      if rel_end <= s[1] < nxt and (s[3] or adjacent(ut, rel_end, s[1]))), None)
        if shares:
            score = shares[i]
        zones = _listed_zones(ut, el, contrast, rel_start, rel_end, nxt)
        if rel_start < 0:  # a carried subject: the whole unit applies
            zones = el.zones if len(el.distinct_zones()) == 1 else []
            score = None
        if not zones and score is None and not el.ranks:
            continue
        pos = zones[0][2] if zones and zones[0][2] >= 0 else max(rel_start, 0)
        y = year_for(pos, el.years, bounds)
        grade = grade_text(zones)
        out.append(Draft(subj.key, y if y is not None else lead_year, zone_of(zones), [grade] if grade else [],
                         score, evidence, order + len(out)))
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


def finish(drafts: list[Draft], fill_year: bool = False) -> list[ComplianceResult]:
    """Merge drafts of one government and year; place year-less ones (see the module doc)."""
    merged = _merged(drafts)
    # a result without a year is the latest compatible result of the same government …
    out: list[Draft] = []
    for d in merged:
        if d.year is None:
            same = [m for m in merged if m is not d and m.key == d.key and m.year is not None and _compatible(m, d)]
            if same:
                _merge_into(max(same, key=lambda m: m.year), d)
                continue
        out.append(d)
    # … and, when the lead states no year, belongs to the latest assessment the article dates
    latest = max((d.year for d in out if d.year is not None), default=None)
    if fill_year and latest is not None:
        for d in out:
            if d.year is None:
                d.year = latest
        out = _merged(out)
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
    return [ComplianceResult(region_code=d.key[0], province_code=d.key[1], year=d.year, zone=d.zone,
                             grade=", ".join(d.grades) or None, score=d.score, evidence=d.evidence)
            for d in results]
