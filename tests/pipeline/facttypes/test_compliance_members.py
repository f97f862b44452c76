"""warta_compliance: a counted group given a zone in a sentence that also names another government ("Selain
Pemprov X, lima kabupaten juga meraih …"), and the members of that group listed in the next sentence without
its size ("Mereka adalah A, B, …", "Daerah-daerah tersebut yakni …"); the scope reaches only a unit that is
nothing but the list, right after. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results

LEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2024. "


def _k(*names):
    return [R("kabupaten", n) for n in names]


def test_mereka_adalah_lists_the_group_of_a_sentence_that_names_the_province(nlp):
    text = (LEAD + "Selain Pemprov Jawa Tengah, lima pemerintah kabupaten juga meraih predikat kualitas tertinggi. "
            "Mereka adalah Pemkab Kudus, Pemkab Demak, Pemkab Jepara, Pemkab Pati dan Pemkab Rembang.\n"
            "Acara itu dihadiri Bupati Blora.")
    assert results(nlp, text) == {(P("Jawa Tengah"), "hijau", 2024, None),
                                  *{(c, "hijau", 2024, None) for c in _k("Kudus", "Demak", "Jepara", "Pati", "Rembang")}}


def test_a_demonstrative_group_and_yakni_with_a_zone_word(nlp):
    text = ("Hasil penilaian kepatuhan Ombudsman 2023 di Sulawesi Selatan diumumkan. Kota Makassar masuk zona hijau, "
            "sedangkan tiga kabupaten masih masuk zona kuning. Daerah-daerah tersebut yakni Kabupaten Takalar, "
            "Kabupaten Jeneponto, serta Kabupaten Bantaeng.")
    assert results(nlp, text) == {(R("kota", "Makassar"), "hijau", 2023, None),
                                  *{(c, "kuning", 2023, None) for c in _k("Takalar", "Jeneponto", "Bantaeng")}}


def test_a_bare_opener_lists_the_group_on_the_next_line(nlp):
    text = (LEAD + "Di luar Pemkot Samarinda, empat kabupaten lain memperoleh kategori B.\n"
            "Yaitu Kabupaten Paser, Kabupaten Berau, Kabupaten Kutai Barat dan Kabupaten Mahakam Ulu.")
    got = results(nlp, text)
    assert {r for r in got if r[0] != R("kota", "Samarinda")} == {
        (c, "hijau", 2024, None) for c in _k("Paser", "Berau", "Kutai Barat", "Mahakam Ulu")}


def test_not_a_list_of_the_group_when_the_sentence_says_more(nlp):
    # the next sentence names governments but is not the group's list: no zone goes to them
    text = (LEAD + "Selain Pemprov Jawa Tengah, lima pemerintah kabupaten juga meraih predikat kualitas tertinggi. "
            "Bupati Kudus dan Bupati Demak menerima piagam di Semarang.")
    assert {r[0] for r in results(nlp, text)} == {P("Jawa Tengah")}
    # … nor a list that is one sentence further on, after an unrelated one
    text = (LEAD + "Selain Pemprov Jawa Tengah, lima pemerintah kabupaten juga meraih predikat kualitas tertinggi. "
            "Penyerahan digelar di Semarang. Mereka adalah Pemkab Kudus, Pemkab Demak dan Pemkab Pati.")
    assert all(r[1] is None for r in results(nlp, text) if r[0] != P("Jawa Tengah"))
