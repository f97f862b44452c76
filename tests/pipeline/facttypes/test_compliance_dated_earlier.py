"""warta_compliance: an earlier state dated right after its zone ("sebelumnya berada di zona hijau pada 2022
dan 2023") is a result of those years, not an undated earlier one (final4; as a zone moved from, dated right
after it, already was). Undated, it stays an earlier result with year null. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results


def test_an_earlier_zone_dated_after_it_is_a_result_of_those_years(nlp):
    text = ("Ombudsman menyoroti hasil penilaian kepatuhan, di mana Kabupaten Sorong yang sebelumnya berada di zona "
            "hijau pada 2021 dan 2022, turun ke zona kuning pada tahun 2023.")
    code = R("kabupaten", "Sorong")
    assert results(nlp, text) == {(code, "hijau", 2021, None), (code, "hijau", 2022, None),
                                  (code, "kuning", 2023, None)}


def test_an_undated_earlier_zone_stays_undated(nlp):
    text = ("Ombudsman menyoroti hasil penilaian kepatuhan, di mana Kabupaten Sorong yang sebelumnya berada di zona "
            "hijau, turun ke zona kuning pada tahun 2023.")
    code = R("kabupaten", "Sorong")
    assert results(nlp, text) == {(code, "hijau", None, None), (code, "kuning", 2023, None)}
