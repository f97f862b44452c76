"""warta_compliance: a relative year named by the written year right after it ("yang tahun sebelumnya 2019 berada
di zona kuning", "tahun lalu (2020)") is that one year, not a second one counted back from it: the result told
before it keeps the assessment's year (elements.py `_named`). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_compliance import R, results

LEAD = "Ombudsman mengumumkan hasil penilaian kepatuhan standar pelayanan publik tahun 2023 di Jawa Tengah.\n"


@pytest.mark.parametrize("sentence", [
    "Kota Salatiga berhasil masuk zona hijau dengan nilai 88,20, yang tahun sebelumnya 2021 berada di zona kuning.",
    "Kota Salatiga masuk zona hijau dengan nilai 88,20, padahal tahun lalu (2021) masih di zona kuning.",
    "Kota Salatiga kini di zona hijau dengan nilai 88,20 (tahun sebelumnya 2021 masih di zona kuning).",
    "Kota Salatiga masuk zona hijau dengan nilai 88,20, sedangkan tahun lalu 2021 masih di zona kuning.",
])
def test_the_written_year_names_the_relative_one(nlp, sentence):
    found = results(nlp, LEAD + sentence)
    assert (R("kota", "Salatiga"), "hijau", 2023, 88.2) in found
    assert (R("kota", "Salatiga"), "kuning", 2021, None) in found
    assert not {r for r in found if r[2] in (2020, 2022) and r[0] == R("kota", "Salatiga")}


def test_the_present_year_named_changes_nothing(nlp):
    # "tahun ini 2023" is no earlier year: the result keeps it
    text = LEAD + "Pada penilaian tahun ini 2023, Kota Salatiga masuk zona hijau dengan nilai 88,20."
    assert results(nlp, text) == {(R("kota", "Salatiga"), "hijau", 2023, 88.2)}


def test_a_year_written_far_after_a_relative_one_is_not_named_by_it(nlp):
    # the year after "tahun sebelumnya … (a clause) …" is a year of its own: the result told with it keeps it
    text = ("Ombudsman merilis penilaian kepatuhan di Jawa Tengah.\n"
            "Skor Kota Salatiga tahun sebelumnya tidak diumumkan, namun pada penilaian 2021 kota itu masuk zona kuning.")
    assert (R("kota", "Salatiga"), "kuning", 2021, None) in results(nlp, text)
