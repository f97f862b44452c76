"""Compliance's patterns that opened with `\\b` (the eleventh speed pass), led by their first characters instead:
`NEGATIVE` and `CONTEXT` (`words_pattern(..., end=False)`), `NO_MEMBER` and the grades of `GRADES` that opened
with `\\b` ("kategori A", "kepatuhan tinggi", "kualitas tertinggi", …). Python's `re` tries a pattern that opens
with `\\b` at every offset, one that opens with a class only where one of its characters stands. The same spans
and groups as the old forms on invented lines, from every offset, for `search` and `finditer`, and with the
`re.ASCII` twins the component searches ASCII text with."""
from __future__ import annotations

import re

import pytest

from pipeline.facttypes.compliance import grammar as G
from pipeline.facttypes.compliance.grammar import LEX
from pipeline.lang import ascii_twin, words_pattern
from tests.pipeline.pattern_helpers import assert_same_matches

I = re.IGNORECASE


def _words(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(dict.fromkeys(words), key=len, reverse=True))


OLD = {
    "NEGATIVE": (re.compile(r"\b(?:" + _words(LEX["negative"]) + ")", I), G.NEGATIVE.rx, 0),
    "CONTEXT": (re.compile(r"\b(?:" + _words(LEX["context"]) + ")", I), G.CONTEXT.rx, 0),
    "NO_MEMBER": (re.compile(r"\b(?:tidak|tak|belum)\s+ada\b", I), G.NO_MEMBER.rx, 0),
    "LETTER_GRADE": (re.compile(r"\b(?:[Kk]ategori|[Kk]atagori|[Oo]pini|[Pp]redikat|[Zz]ona|[Nn]ilai(?:\s+[Oo]pini)?)"
                                r"(?:\s*:\s*|\s+)([A-E])\b"), G.GRADES[3], 1),
    "GRADE_COMPLIANCE": (re.compile(r"\b(?:(?:predikat|tingkat|zona|kategori)\s+)?kepatuhan\s+(?:yang\s+)?(?:masih\s+)?"
                                    r"(sangat\s+rendah|tinggi|sedang|rendah)\b", I), G.GRADES[0], 1),
    "GRADE_QUALITY": (re.compile(r"\b(?:opini\s+)?kualitas\s+(tertinggi|sangat\s+tinggi|tinggi|sedang|rendah|terendah)\b",
                                 I), G.GRADES[1], 1),
    "GRADE_LEVEL": (re.compile(r"\b(?:kategori(?:\s*:\s*|\s+)|predikat\s+(?=(?:tinggi|sedang|rendah)\b))"
                               r"(tertinggi|tinggi|sedang|rendah|terendah)\b", I), G.GRADES[2], 1),
    "GRADE_JUDGED": (re.compile(r"\btingkat\s+kepatuhan\b[^.;]{0,80}?\b(?:dinilai|tergolong|termasuk)\s+"
                                r"(?:masih\s+)?(sangat\s+rendah|tinggi|sedang|rendah)\b", I), G.GRADES[4], 1),
    "GRADE_TOP": (re.compile(r"\bkepatuhan\s+(?:" + words_pattern(LEX["top_grade_fillers"], boundary=False)
                             + r"\s+){0,4}(tertinggi)\b(?!\s*(?:di|se)\b[\s-]*(?![\s-])(?!"
                             + words_pattern(LEX["national_scope"], boundary=False) + r"\b))", I), G.GRADES[5], 1),
}
#: invented lines: each word glued to word characters before and after, both cases, the characters IGNORECASE
#: folds (dotted and dotless i, long s, Kelvin sign), digits and underscores, line breaks inside phrases
LINES = [
    "Daerah rawan banjir dan gempa; xbanjir banjirx _covid covid_ 2pandemi pandemi2 Zona\nIntegritas zona risiko.",
    "Kasus  positif naik, terkonfirmasi 12; PPKM dan vaksin, pemilu rawan, WBK/WBBM, stunting-narkoba (karhutla).",
    "Hasil penilaian Ombudsman: kepatuhan standar pelayanan, pelayanan publik dan layanan\npublik; opini kualitas, "
    "maladministrasi, rapor; pelayan publik xombudsman penilaianx \u0130nspektorat \u017ftandar \u212aepatuhan",
    "Tidak ada yang, tak  ada, belum\nada, TIDAK ADA, tidak adalah, xtidak ada, tak_ada, \u0131dak ada, belum adax.",
    "Kategori A, kategori: B, Katagori C, Opini D, opini E, Predikat A, zona B, Zona: C, Nilai A, nilai opini B, "
    "Nilai Opini C, KATEGORI A, kategori F, kategori AB, xKategori A, _Opini B, 2Zona C, kategori\nD, nilai  E.",
    "Predikat kepatuhan tinggi, tingkat  kepatuhan yang masih sangat\nrendah, zona kepatuhan sedang, Kategori Kepatuhan "
    "Rendah, kepatuhan tinggix, xkepatuhan tinggi, pkepatuhan rendah, predikat kepatuhannya tinggi, \u212aepatuhan "
    "tinggi, \u212aategori kepatuhan sedang, _zona kepatuhan rendah, predikat\nkepatuhan tinggi.",
    "Opini kualitas tertinggi, kategori kualitas sangat tinggi, KUALITAS rendah, xkualitas tinggi, opini  kualitas "
    "terendah, opinikualitas tinggi, \u212aualitas sedang, Kategori: tertinggi, kategori tinggi, predikat tinggi, "
    "predikat terendah, predikat tinggix, xkategori sedang, \u212aategori rendah, kategori :  sedang.",
    "Tingkat kepatuhan Provinsi A pada tahun ini dinilai masih sangat rendah; tingkat kepatuhan B. tergolong tinggi; "
    "xtingkat kepatuhan C termasuk sedang, TINGKAT KEPATUHAN D tergolong rendah; tingkat kepatuhanx E dinilai tinggi.",
    "Kepatuhan pelayanan publik tertinggi, kepatuhan tertinggi di Provinsi A, kepatuhan tertinggi se-Indonesia, "
    "xkepatuhan tertinggi, \u212aepatuhan tertinggi, predikat kepatuhan standar pelayanan publik tertinggi.",
    "", "a", "Kategori", "tidak", "zona integritas", "kepatuhan", "p k",
]


@pytest.mark.parametrize("name", sorted(OLD))
@pytest.mark.parametrize("line", LINES)
def test_as_the_old_form(name, line):
    old, new, group = OLD[name]
    assert new.pattern != old.pattern and not new.pattern.startswith(r"\b")
    assert_same_matches(old, new, line, group, name)
    if old.flags & I:  # (the ASCII twin, for plain ASCII text)
        assert_same_matches(ascii_twin(old), ascii_twin(new), line.encode("ascii", "ignore").decode(), group, name)


@pytest.mark.parametrize("name", sorted(OLD))
def test_the_lines_hold_matches_and_misses(name):
    old, _, _ = OLD[name]
    found = [bool(old.search(line)) for line in LINES]
    assert any(found) and not all(found)
