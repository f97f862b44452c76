"""Generic features of complaints candidates: positions, distances, layout, closed word classes near the count,
and whether Warta's rules emit the fact. No feature names a place, a portal or a person.

`instance_features` describes one (subject, count) pair; `key_features` one decision, an (article, subject,
count), from its pairs (the features of its closest pair, and a few counts over all of them) and from the rules'
facts. The word classes are closed and written here (the contract's kinds of counts that are no fact).
"""
from __future__ import annotations

import math
import re

from .common import FURNITURE, YEAR, item_like
from .complaints_candidates import NATIONAL_SUBJECT, OFFICE, REPORT_NOUN, WORD, CUnit, Instance, words_near

NEAR = 6  # words around a count read for a word class
CLOSE = 3
PERSONS = {"warga", "orang", "pelapor", "masyarakat", "pengadu", "korban"}
OTHER_CONTACT = {"konsultasi", "tembusan", "informasi", "permintaan", "respons", "respon", "rco", "inisiatif"}
BREAKDOWN = {"terkait", "soal", "tentang", "mengenai", "bidang", "sektor", "substansi", "melalui", "via", "lewat",
             "dugaan", "berupa", "kategori", "jenis", "klasifikasi", "menyangkut", "berkaitan"}
COMPOSITION = {"terdiri", "meliputi", "antaranya", "diantaranya", "antara", "yakni", "yaitu", "rinciannya",
               "rincian", "termasuk", "sebagian", "mayoritas", "terbanyak"}
OUTCOME = {"selesai", "diselesaikan", "ditindaklanjuti", "ditutup", "tuntas", "terselesaikan", "proses",
           "diproses", "ditolak", "dihentikan", "rekomendasi"}
RESIDENCE = {"domisili", "berdomisili", "tinggal", "asal", "berasal", "penduduk"}
RECEIVE = {"menerima", "diterima", "masuk", "mencatat", "tercatat", "menghimpun", "menangani", "ditangani"}
TOTAL = {"total", "jumlah", "keseluruhan", "sebanyak", "mencapai", "berjumlah", "sejumlah", "totalnya"}
COMPARISON = {"dibanding", "dibandingkan", "sebelumnya", "lalu", "meningkat", "menurun", "naik", "turun",
              "kenaikan", "penurunan", "peningkatan"}
APPROX = {"sekitar", "lebih", "hampir", "kurang", "ratusan", "puluhan", "ribuan", "sekira"}
PERCENT = {"persen", "%", "prosen"}
NEGATION = {"tidak", "belum", "bukan", "tanpa"}
AGENCY = {"instansi", "pemerintah", "pemda", "pemkab", "pemkot", "kabupaten", "kota", "terlapor", "dinas",
          "dilaporkan", "diadukan"}
RESPECTIVELY = {"masing-masing", "masing"}

INSTANCE_FEATURES = (
    "subj_region", "subj_province", "subj_office", "subj_national", "same_unit", "unit_before", "list_head",
    "log_words_between", "subj_before_count", "log_govs_between", "log_nums_between", "log_govs_in_unit",
    "log_nums_in_unit", "noun_right_after", "noun_after", "persons_after", "percent_after", "other_contact_near",
    "breakdown_near", "composition_before", "outcome_near", "residence_near", "receive_in_unit", "total_before",
    "comparison_in_unit", "approx_before", "respectively_near", "negation_before", "ombudsman_in_unit",
    "ombudsman_in_subj_unit", "colon_before", "in_brackets", "comma_between", "agency_before_subj", "item_line",
    "heading", "headline", "noise", "furniture", "year_in_unit", "log_value", "first_num_in_unit",
)
RULES_FEATURES = ("rules_emit", "rules_count_other_subject", "rules_subject_other_count", "rules_none")
KEY_FEATURES = INSTANCE_FEATURES + (
    "has_pair", "log_pairs", "log_subject_mentions", "first_subject") + RULES_FEATURES


def _log(n: float) -> float:
    return math.log1p(max(n, 0))


def _has(words: list[str], cls: set[str]) -> float:
    return float(any(w in cls for w in words))


def _between_text(units: list[CUnit], a: tuple[int, int], b: tuple[int, int]) -> str:
    (ka, pa), (kb, pb) = sorted([a, b])
    if ka == kb:
        return units[ka].text[pa:pb]
    return " ".join([units[ka].text[pa:]] + [units[j].text for j in range(ka + 1, kb)] + [units[kb].text[:pb]])


def _count_between(units, a, b, what) -> int:
    (ka, pa), (kb, pb) = sorted([a, b])
    return sum(1 for j in range(ka, kb + 1) for pos in what(units[j]) if (ka, pa) < (j, pos) < (kb, pb))


def _count_words(u: CUnit, ns: int, ne: int) -> dict[str, float]:
    """What lies around a count in its unit."""
    t = u.text
    before, after = words_near(t, ns, ne, NEAR, NEAR)
    lo = t.lower()
    return {
        "noun_right_after": float(bool(after) and bool(REPORT_NOUN.fullmatch(after[0]))),
        "noun_after": float(any(REPORT_NOUN.fullmatch(w) for w in after[:CLOSE])),
        "persons_after": _has(after[:1], PERSONS), "percent_after": float(bool(re.match(r"\s*(?:[.,]\d+)?\s*(?:%|persen|prosen)", t[ne:], re.I))),
        "other_contact_near": _has(before + after, OTHER_CONTACT), "breakdown_near": _has(after, BREAKDOWN),
        "composition_before": _has(before, COMPOSITION), "outcome_near": _has(before + after, OUTCOME),
        "residence_near": _has(before + after, RESIDENCE), "receive_in_unit": _has(WORD.findall(lo), RECEIVE),
        "total_before": _has(before[-CLOSE:], TOTAL), "comparison_in_unit": _has(WORD.findall(lo), COMPARISON),
        "approx_before": _has(before[-CLOSE:], APPROX), "respectively_near": float("masing-masing" in lo),
        "negation_before": _has(before, NEGATION), "ombudsman_in_unit": float("ombuds" in lo),
        "colon_before": float(":" in t[:ns]), "in_brackets": float(t[:ns].count("(") > t[:ns].count(")")),
        "item_line": float(item_like(u)), "heading": float(u.heading), "noise": float(u.noise),
        "furniture": float(bool(FURNITURE.search(t))), "year_in_unit": float(bool(YEAR.search(t))),
        "log_nums_in_unit": _log(len(u.nums)), "log_govs_in_unit": _log(len(u.govs)),
    }


def instance_features(units: list[CUnit], ins: Instance) -> dict[str, float]:
    u = units[ins.num_unit]
    ns, ne, value = u.nums[ins.num]
    f = _count_words(u, ns, ne)
    f.update({"subj_office": float(ins.kind == OFFICE), "subj_national": float(ins.kind == "national"),
              "headline": float(ins.num_unit == 0), "log_value": _log(value) / 10,
              "first_num_in_unit": float(ins.num == 0)})
    if ins.gov_unit is None:
        f["subj_province"] = float(ins.subject.startswith("P") and ins.subject != NATIONAL_SUBJECT)
        return f
    gu = units[ins.gov_unit]
    gs, ge, _, is_prov = gu.govs[ins.gov]
    g_at, n_at = (ins.gov_unit, gs), (ins.num_unit, ns)
    between = _between_text(units, (ins.gov_unit, ge) if g_at < n_at else (ins.num_unit, ne),
                            n_at if g_at < n_at else g_at)
    gbefore, _ = words_near(gu.text, gs, ge, CLOSE, 0)
    f.update({
        "subj_region": float(not is_prov), "subj_province": float(is_prov),
        "same_unit": float(ins.gov_unit == ins.num_unit), "unit_before": float(ins.gov_unit < ins.num_unit and not ins.list_head),
        "list_head": float(ins.list_head), "log_words_between": _log(len(WORD.findall(between))) / 3,
        "subj_before_count": float(g_at < n_at),
        "log_govs_between": _log(_count_between(units, g_at, n_at, lambda x: [g[0] for g in x.govs]) - (1 if g_at < n_at else 0)),
        "log_nums_between": _log(_count_between(units, g_at, n_at, lambda x: [n[0] for n in x.nums]) - (0 if g_at < n_at else 1)),
        "comma_between": float("," in between), "ombudsman_in_subj_unit": float("ombuds" in gu.text.lower()),
        "agency_before_subj": _has(gbefore, AGENCY),
    })
    return f


def closeness(f: dict[str, float]) -> tuple:
    """Which of a decision's pairs is the closest: a mention before the office's, same unit first, then a list
    head, then fewest governments and words between."""
    return (f.get("subj_office", 0) + f.get("subj_national", 0), -f.get("same_unit", 0), -f.get("list_head", 0),
            f.get("log_govs_between", 0), f.get("log_words_between", 0))


def key_features(units: list[CUnit], instances: list[Instance], rules: set[tuple]) -> dict[tuple, dict]:
    """(subject, count) -> features: its closest pair's, counts over its pairs, and the rules' facts
    (`rules`: (subject, count) keys). A fact the rules emit without a pair is a candidate too."""
    by_key: dict[tuple, list[dict]] = {}
    for ins in instances:
        value = units[ins.num_unit].nums[ins.num][2]
        by_key.setdefault((ins.subject, value), []).append(instance_features(units, ins))
    mentions: dict[str, int] = {}
    order: list[str] = []
    for u in units:
        for _, _, code, is_prov in u.govs:
            s = ("P" + code) if is_prov else code
            mentions[s] = mentions.get(s, 0) + 1
            if s not in order:
                order.append(s)
    out = {}
    for key in set(by_key) | set(rules):
        fs = by_key.get(key, [])
        f = dict(min(fs, key=closeness)) if fs else {}
        subj, value = key
        f.update({"has_pair": float(bool(fs)), "log_pairs": _log(len(fs)),
                  "log_subject_mentions": _log(mentions.get(subj, 0)),
                  "first_subject": float(bool(order) and order[0] == subj),
                  "rules_emit": float(key in rules),
                  "rules_count_other_subject": float(any(v == value and s != subj for s, v in rules)),
                  "rules_subject_other_count": float(any(s == subj and v != value for s, v in rules)),
                  "rules_none": float(not rules)})
        out[key] = f
    return out
