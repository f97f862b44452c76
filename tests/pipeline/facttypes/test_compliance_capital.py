"""warta_compliance: a province's capital described instead of named ("Ibukota Provinsi Bali ini meraih …",
"ibu kota Nusa Tenggara Barat tersebut"): the result is the city of that province named just before, never
the province; with no such city, no result. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_ibu_kota_provinsi_itu_after_the_city_named_in_a_sentence_without_context(nlp):
    text = ("Pemerintah Kota Mataram kembali menorehkan prestasi. Ibu kota Provinsi NTB itu meraih opini kualitas "
            "tertinggi dari Ombudsman RI dalam penilaian kepatuhan.")
    assert results(nlp, text) == {(R("kota", "Mataram"), "hijau", None, None)}


def test_ibukota_written_as_one_word_without_provinsi(nlp):
    text = ("Pemerintah Kota Mataram menggelar rapat. Ombudsman merilis penilaian kepatuhan 2025: ibukota Nusa "
            "Tenggara Barat tersebut masuk zona kuning.")
    assert results(nlp, text) == {(R("kota", "Mataram"), "kuning", 2025, None)}


def test_no_city_named_before_gives_no_result_and_never_the_province(nlp):
    text = "Ombudsman merilis penilaian kepatuhan 2025. Ibu kota Provinsi NTB itu masuk zona kuning."
    assert results(nlp, text) == set()
    # a city of another province named before is not the capital
    text = ("Pemerintah Kota Bima menggelar rapat. Ombudsman merilis penilaian kepatuhan 2025. Ibu kota Provinsi "
            "Bali itu masuk zona kuning.")
    assert not any(r[0] in (R("kota", "Bima"), P("Bali")) for r in results(nlp, text))


def test_a_province_named_in_its_own_right_stays_the_subject(nlp):
    text = "Dalam penilaian kepatuhan Ombudsman 2025, Pemerintah Provinsi Bali masuk zona hijau."
    assert results(nlp, text) == {(P("Bali"), "hijau", 2025, None)}


def test_a_capital_as_a_place_without_a_demonstrative_is_never_the_province(nlp):
    # (final10: a mayor described as the first man of his province's capital)
    text = ("Ombudsman menyerahkan piagam penilaian kepatuhan 2025 kepada Pemerintah Kota Kupang.\n"
            "Tak hanya tiga dinas yang masuk zona hijau, orang nomor satu di ibukota Provinsi NTT pun "
            "bertekad membenahi dinas yang masih berada di zona merah.")
    assert not any(r[0] == P("Nusa Tenggara Timur") for r in results(nlp, text))
    text = ("Ombudsman merilis penilaian kepatuhan 2025. Warga di ibu kota Provinsi Bali menilai layanan membaik, "
            "sementara Pemerintah Provinsi Bali masuk zona hijau.")
    assert results(nlp, text) == {(P("Bali"), "hijau", 2025, None)}
