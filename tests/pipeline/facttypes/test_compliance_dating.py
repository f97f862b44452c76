"""warta_compliance: which year dates a result when the text compares years, cites laws or gives the
assessment's period; on sentences written for these tests (invented places, numbers and quotes)."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results


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
