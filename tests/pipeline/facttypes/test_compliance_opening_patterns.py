"""Compliance's patterns that opened with `\\b` (the eleventh speed pass), led by their first characters instead:
`NEGATIVE` and `CONTEXT` (`words_pattern(..., end=False)`), `NO_MEMBER` and the letter grade of `GRADES`
("kategori A"). Python's `re` tries a pattern that opens with `\\b` at every offset, one that opens with a class
only where one of its characters stands. The same spans and groups as the old forms on invented lines, from
every offset, for `search` and `finditer`, and with the `re.ASCII` twins the component searches ASCII text with."""
from __future__ import annotations

import re

import pytest

from pipeline.facttypes.compliance import grammar as G
from pipeline.facttypes.compliance.grammar import LEX
from pipeline.lang import ascii_twin
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
    "", "a", "Kategori", "tidak", "zona integritas",
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
