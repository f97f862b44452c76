"""warta_compliance: which year dates a result when the text compares years, cites laws or gives the
assessment's period; on sentences written for these tests (invented places, numbers and quotes)."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_a_year_compared_with_this_year_does_not_date_the_other_results(nlp):
    text = ("JAMBI - Ombudsman Perwakilan Jambi menyerahkan hasil survei kepatuhan standar pelayanan publik "
            "kepada pemerintah daerah, Senin (9/12).\n"
            "Kabupaten Kerinci, Kabupaten Merangin dan Kabupaten Tebo masuk zona hijau. Sementara Kabupaten "
            "Bungo dan Kabupaten Sarolangun masih di zona kuning.\n"
            "Untuk Kerinci, 2019 masih berada di zona kuning, tahun ini naik ke zona hijau.")
    kerinci = R("kabupaten", "Kerinci")
    assert results(nlp, text) == {(kerinci, "hijau", None, None), (R("kabupaten", "Merangin"), "hijau", None, None),
                                  (R("kabupaten", "Tebo"), "hijau", None, None),
                                  (R("kabupaten", "Bungo"), "kuning", None, None),
                                  (R("kabupaten", "Sarolangun"), "kuning", None, None),
                                  (kerinci, "kuning", 2019, None)}


def test_a_compared_year_far_from_the_lead_with_a_known_publication_date(nlp):
    text = ("Ombudsman RI Perwakilan Maluku Utara menyampaikan hasil penilaian kepatuhan pelayanan publik.\n"
            "Kota Tidore Kepulauan dan Kabupaten Halmahera Barat berada di zona hijau.\n"
            "Kepala perwakilan meminta kepala daerah memajang standar pelayanan di setiap loket.\n"
            "Ia juga mengingatkan soal maklumat pelayanan.\n"
            "Halmahera Barat pada 2020 masih zona merah, namun tahun ini sudah hijau.")
    halbar = R("kabupaten", "Halmahera Barat")
    assert results(nlp, text, datetime(2022, 12, 14)) == {
        (R("kota", "Tidore Kepulauan"), "hijau", 2022, None), (halbar, "hijau", 2022, None),
        (halbar, "merah", 2020, None)}


def test_a_law_cited_without_nomor_does_not_date_the_results(nlp):
    text = ("MATARAM - Ombudsman RI Perwakilan NTB mengumumkan hasil penilaian kepatuhan pemerintah daerah, "
            "Kamis (13/12).\n"
            "Kabupaten Lombok Tengah masuk zona kuning dengan nilai 66,10, sedangkan Kabupaten Dompu masuk zona "
            "merah dengan nilai 45,20.\n"
            "Penilaian mengacu pada ketentuan pasal 21 uu 25 tahun 2009 tentang pelayanan publik.")
    assert results(nlp, text) == {(R("kabupaten", "Lombok Tengah"), "kuning", None, 66.1),
                                  (R("kabupaten", "Dompu"), "merah", None, 45.2)}


def test_a_sentence_about_the_assessment_gives_its_period(nlp):
    text = ("Ombudsman RI Perwakilan Sulawesi Barat mencatat tiga pemerintah daerah masih berada di zona merah "
            "kepatuhan standar pelayanan publik.\n"
            "Ketiga daerah tersebut yakni Kabupaten Majene dengan nilai 44,10, Kabupaten Mamuju Tengah 38,75 dan "
            "Kabupaten Pasangkayu 31,02.\n"
            "Penilaian kepatuhan itu, kata dia, dilaksanakan terhadap puluhan produk layanan dalam kurun "
            "Agustus-Oktober 2021.")
    assert results(nlp, text) == {(R("kabupaten", "Majene"), "merah", 2021, 44.1),
                                  (R("kabupaten", "Mamuju Tengah"), "merah", 2021, 38.75),
                                  (R("kabupaten", "Pasangkayu"), "merah", 2021, 31.02)}


def test_an_assessment_scheduled_for_a_month_does_not_date_the_results(nlp):
    text = ("Ombudsman RI Perwakilan Bengkulu memberikan predikat kepatuhan tinggi kepada Kabupaten Kaur.\n"
            "Kabupaten Lebong masih berada pada predikat kepatuhan sedang.\n"
            "Penilaian terhadap kantor pertanahan dijadwalkan akan dilakukan pada awal Mei 2023 nanti.")
    assert results(nlp, text) == {(R("kabupaten", "Kaur"), "hijau", None, None),
                                  (R("kabupaten", "Lebong"), "kuning", None, None)}


def test_the_month_that_ends_the_evaluation_dates_the_lead(nlp):
    text = ("Ambon - Sejumlah kabupaten di Provinsi Maluku masih berada pada zona kuning berdasarkan hasil "
            "penilaian kepatuhan Ombudsman.\n"
            '"Berdasarkan hasil evaluasi Ombudsman hingga Oktober 2024, masih ada kabupaten yang berada di zona '
            'kuning," ujar kepala perwakilan.\n'
            "Kabupaten yang masih berada dalam zona kuning antara lain Buru, Seram Bagian Timur dan Maluku "
            "Tengah, sementara Kepulauan Aru masuk zona merah.")
    assert results(nlp, text) == {(R("kabupaten", "Buru"), "kuning", 2024, None),
                                  (R("kabupaten", "Seram Bagian Timur"), "kuning", 2024, None),
                                  (R("kabupaten", "Maluku Tengah"), "kuning", 2024, None),
                                  (R("kabupaten", "Kepulauan Aru"), "merah", 2024, None)}


def test_a_compared_year_does_not_date_the_next_sentence(nlp):
    text = ("PALU - Tiga kabupaten di Sulawesi Tengah meraih tingkat kepatuhan tinggi dalam survei kepatuhan "
            "Ombudsman. Tiga kabupaten itu adalah Poso, Sigi dan Donggala dengan kategori zona hijau.\n"
            "Poso tahun lalu masuk dalam zona merah, pada tahun ini berhasil masuk dalam zona hijau. Untuk "
            "Kabupaten Sigi, 2017 masuk dalam zona kuning, tahun ini masuk dalam zona hijau.\n"
            '"Yang menjadi perhatian adalah Kabupaten Donggala, yang baru dinilai pada tahun ini dan langsung '
            'mendapatkan nilai hijau," ujar kepala perwakilan.')
    assert results(nlp, text) == {(R("kabupaten", "Poso"), "hijau", None, None),
                                  (R("kabupaten", "Sigi"), "hijau", None, None),
                                  (R("kabupaten", "Donggala"), "hijau", None, None),
                                  (R("kabupaten", "Poso"), "merah", None, None),
                                  (R("kabupaten", "Sigi"), "kuning", 2017, None)}


def test_a_history_told_year_by_year_dates_each_zone_by_the_year_before_it(nlp):
    text = ("Ombudsman RI Perwakilan Kalimantan Utara menyerahkan hasil penilaian kepatuhan kepada Pemkab "
            "Nunukan. Adapun hasil dari penilaian kepatuhan pada tahun 2019, Kabupaten Nunukan masuk dalam zona "
            "merah, tahun 2021 masuk zona kuning dan di tahun 2022 masuk zona hijau.")
    code = R("kabupaten", "Nunukan")
    assert results(nlp, text) == {(code, "merah", 2019, None), (code, "kuning", 2021, None),
                                  (code, "hijau", 2022, None)}


def test_the_same_zone_in_two_years_of_a_history(nlp):
    text = ("Pada tahun 2020, Kota Tarakan berada di zona hijau, tahun 2021 kembali di zona hijau, kata "
            "Ombudsman Kaltara.")
    code = R("kota", "Tarakan")
    assert results(nlp, text) == {(code, "hijau", 2020, None), (code, "hijau", 2021, None)}


def test_the_year_before_the_assessment_dates_a_zone_held_then(nlp):
    text = ("Ombudsman RI kembali memberikan predikat kepada pemerintah daerah dalam Penilaian Kepatuhan "
            "Standar Pelayanan Publik Tahun 2022.\n"
            "Berdasarkan penilaian Ombudsman RI, Kabupaten Sinjai berhasil masuk Zona Hijau dengan nilai 91,20.\n"
            "Predikat ini merupakan prestasi yang cukup signifikan setelah tahun sebelumnya sempat berada di "
            "Zona Kuning.")
    code = R("kabupaten", "Sinjai")
    assert results(nlp, text, datetime(2023, 3, 10)) == {(code, "hijau", 2022, 91.2), (code, "kuning", 2021, None)}


def test_a_year_right_before_a_past_word_dates_that_zone(nlp):
    text = ("PALEMBANG - Ombudsman Perwakilan Sumatera Selatan menyebut ada dua pemda yang mendapat zona kuning "
            "pada penilaian kepatuhan 2024.\n"
            '"Sama halnya dengan di Kabupaten Empat Lawang yang pada 2023 sempat zona hijau tapi 2024 turun ke '
            'kuning," jelasnya.')
    code = R("kabupaten", "Empat Lawang")
    assert results(nlp, text) == {(code, "hijau", 2023, None), (code, "kuning", 2024, None)}


def test_an_undated_past_inside_a_dated_sentence_stays_undated(nlp):
    text = ("Pada penilaian Ombudsman 2024, Kabupaten Lahat yang dulu sempat di zona merah kini meraih zona "
            "hijau dengan nilai 88,10.")
    code = R("kabupaten", "Lahat")
    assert results(nlp, text) == {(code, "hijau", 2024, 88.1)}


def test_last_year_stays_the_calendars_where_the_text_calls_the_assessment_year_past(nlp):
    # (final6: an early-next-year report that itself says "tahun 2023 lalu")
    text = ("Ombudsman Jambi mengapresiasi Pemerintah Provinsi Jambi, yang tahun 2023 lalu berada pada zona hijau "
            "dalam penilaian kepatuhan. \"Kami mengapresiasi capaian Pemerintah Provinsi Jambi, yang tingkat "
            "kepatuhannya pada tahun lalu berada pada zona hijau,\" ujarnya.")
    assert results(nlp, text, datetime(2024, 3, 7)) == {(P("Jambi"), "hijau", 2023, None)}


def test_a_look_back_with_lalu_dates_its_own_sentence_only(nlp):
    # (final6: "di tahun <year> lalu" in a story of the next year's assessment, then "Sedangkan …")
    text = ("Ombudsman Kepri telah menilai kepatuhan pelayanan publik tahun 2023 terhadap pemda se-Kepri. "
            "Kota Batam masuk kategori A dengan kualitas opini tertinggi. "
            "Di tahun 2022 lalu, Kabupaten Lingga mendapat peringkat kuning dengan posisi terakhir. "
            "Sedangkan Kabupaten Bintan dan Kabupaten Karimun masuk dalam kategori B.")
    got = results(nlp, text, datetime(2023, 12, 20))
    assert got == {(R("kota", "Batam"), "hijau", 2023, None), (R("kabupaten", "Lingga"), "kuning", 2022, None),
                   (R("kabupaten", "Bintan"), "hijau", 2023, None), (R("kabupaten", "Karimun"), "hijau", 2023, None)}
