"""warta_compliance: a score compared with an earlier year's ("naik dari 81,12 poin pada 2023") is that
year's, not the current result's; a zone kept ("mempertahankan predikat zona hijau") is an earlier result
too, and gives its zone to the earlier year's score told without one; a zone hoped to be kept is no earlier
result. Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_a_compared_score_with_its_year_is_that_years(nlp):
    text = ("Hasil penilaian kepatuhan Ombudsman diumumkan. Tahun ini, Ombudsman mencatat peningkatan dari Pemprov "
            "Gorontalo, yang berhasil meraih nilai 88,70 poin, naik dari 81,12 poin pada 2023.")
    assert results(nlp, text, datetime(2024, 12, 10)) == {(P("Gorontalo"), None, 2024, 88.7),
                                                          (P("Gorontalo"), None, 2023, 81.12)}
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2024 diumumkan. Kabupaten Boalemo meraih nilai 85,40 dengan "
            "zona hijau, turun dari 91,30 poin di tahun 2023.")
    assert results(nlp, text) == {(R("kabupaten", "Boalemo"), "hijau", 2024, 85.4),
                                  (R("kabupaten", "Boalemo"), None, 2023, 91.3)}


def test_a_kept_zone_dates_the_earlier_score(nlp):
    text = ("Pemerintah Provinsi Gorontalo kembali mempertahankan predikat Zona Hijau dalam penilaian kepatuhan "
            "Ombudsman tahun 2024.\nPemprov Gorontalo meraih nilai 88,70 poin, naik dari 81,12 poin pada 2023.")
    assert results(nlp, text, datetime(2024, 12, 10)) == {(P("Gorontalo"), "hijau", 2024, 88.7),
                                                          (P("Gorontalo"), "hijau", 2023, 81.12)}
    # the current year told only as "tahun ini" beside the compared one
    text = ("Pemerintah Provinsi Gorontalo kembali mempertahankan predikat Zona Hijau dalam penilaian kepatuhan "
            "Ombudsman.\nTahun ini, Pemprov Gorontalo meraih nilai 88,70 poin, naik dari 81,12 poin pada 2023.")
    assert results(nlp, text, datetime(2024, 12, 10)) == {(P("Gorontalo"), "hijau", 2024, 88.7),
                                                          (P("Gorontalo"), "hijau", 2023, 81.12)}


def test_a_kept_zone_beside_its_dated_result_is_no_earlier_result_and_won_again_is_not(nlp):
    # (final5, final8: no set labelled after dev labels an undated earlier result beside the dated one of its zone)
    text = "Kota Tidore Kepulauan mempertahankan predikat zona hijau dalam penilaian kepatuhan Ombudsman tahun 2025."
    assert results(nlp, text) == {(R("kota", "Tidore Kepulauan"), "hijau", 2025, None)}
    text = ("Penilaian kepatuhan Ombudsman 2023 diumumkan. Kota Sukabumi meraih zona hijau dengan nilai 88,10. "
            "Kabupaten Garut juga bertahan pada posisinya di zona hijau.")
    assert results(nlp, text) == {(R("kota", "Sukabumi"), "hijau", 2023, 88.1),
                                  (R("kabupaten", "Garut"), "hijau", 2023, None)}
    # ("kembali meraih": the team's gold sets label no earlier result for it)
    text = "Kota Tidore Kepulauan kembali meraih predikat zona hijau dalam penilaian kepatuhan Ombudsman tahun 2025."
    assert results(nlp, text) == {(R("kota", "Tidore Kepulauan"), "hijau", 2025, None)}


def test_a_zone_hoped_to_be_kept_is_no_earlier_result(nlp):
    text = ("Hasil penilaian kepatuhan Ombudsman 2024: Kabupaten Halmahera Barat meraih zona hijau. Bupati berharap "
            "Kabupaten Halmahera Barat bisa mempertahankan zona hijau tahun depan.")
    assert results(nlp, text) == {(R("kabupaten", "Halmahera Barat"), "hijau", 2024, None)}
