"""warta_compliance: one government's results told year by year, the later steps without its name
("Lalu pada 2023, Kabupaten A meraih … . Sedangkan 2024, nilai yang diperoleh adalah …"): a unit that opens
with another year and names nobody goes on with the one government of the unit before; not a figure over
many governments, not after a list. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results

LEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik. "


def test_sedangkan_and_a_bare_year_after_a_dated_result(nlp):
    text = (LEAD + "Hasil penilaian pada 2022, Gianyar menduduki peringkat 5 nasional dengan nilai 91,20 Kategori A.\n"
            "Lalu pada 2023, Gianyar meraih nilai 93,40 Kategori A. Sedangkan 2024, nilai yang diperoleh adalah "
            "95.10 Kategori A.\nBupati Gianyar bersyukur.")
    g = R("kabupaten", "Gianyar")
    assert results(nlp, text) == {(g, "hijau", 2022, 91.2), (g, "hijau", 2023, 93.4), (g, "hijau", 2024, 95.1)}


def test_kemudian_pada_tahun_with_a_verb_of_change(nlp):
    text = (LEAD + "Pada 2023, Kabupaten Tabanan meraih nilai 83,40 dengan kategori B. Kemudian pada tahun 2024 naik "
            "menjadi 90,10 dengan kategori A.")
    t = R("kabupaten", "Tabanan")
    assert results(nlp, text) == {(t, "hijau", 2023, 83.4), (t, "hijau", 2024, 90.1)}


def test_di_tahun_after_a_zone_result(nlp):
    text = (LEAD + "Kota Denpasar masuk zona kuning pada 2021.\nDi tahun 2022, zona hijau berhasil diraih.")
    d = R("kota", "Denpasar")
    assert results(nlp, text) == {(d, "kuning", 2021, None), (d, "hijau", 2022, None)}


def test_no_history_for_an_average_a_list_or_the_same_year(nlp):
    text = (LEAD + "Pada 2023, Kabupaten Gianyar meraih nilai 93,40 Kategori A. Sementara pada 2024, rata-rata nilai "
            "nasional 78,30.")
    assert results(nlp, text) == {(R("kabupaten", "Gianyar"), "hijau", 2023, 93.4)}
    text = (LEAD + "Pada 2023, Kabupaten Gianyar dan Kabupaten Badung meraih Kategori A. Sedangkan 2024, nilai yang "
            "diperoleh adalah 95,10.")
    assert not any(r[2] == 2024 for r in results(nlp, text))
    text = (LEAD + "Pada 2023, Kabupaten Gianyar meraih nilai 93,40. Pada 2023 pula, nilai tertinggi nasional 99,10.")
    assert results(nlp, text) == {(R("kabupaten", "Gianyar"), None, 2023, 93.4)}


def test_a_story_year_is_not_lent_to_a_result_that_contradicts_that_years(nlp):
    # the lead's only year dates another, different result of the same government: the current one stays undated
    text = ("Dalam penilaian kepatuhan layanan publik Ombudsman ini, Kabupaten Mesuji meraih nilai 91,20 dengan "
            "predikat zona hijau.\nPada awal memimpin tahun 2019 lalu, Kabupaten Mesuji masih masuk zona merah "
            "dengan nilai 31,40.")
    m = R("kabupaten", "Mesuji")
    assert results(nlp, text) == {(m, "hijau", None, 91.2), (m, "merah", 2019, 31.4)}
    # … and the story's year still dates a result it agrees with
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2023 diumumkan. Kabupaten Mesuji masuk zona hijau.\n"
            "Pada 2023, Kabupaten Mesuji meraih nilai 91,20.")
    assert results(nlp, text) == {(m, "hijau", 2023, 91.2)}
