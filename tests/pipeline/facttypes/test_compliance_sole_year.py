"""warta_compliance: the one year an article writes about the assessment, in a sentence that does not
anchor it to an assessment word ("Hasan mengatakan, tahun 2016, Ombudsman melakukan uji … terhadap lima
pemda, yakni …"), dates the results it states nowhere else (years.sole_year); a year of reports, a
plan, a compared year or a second year does not. Sentences written for these tests (invented places,
numbers and quotes)."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results

#: sentences about something else, so that the year told after them is past the lead (the lead's year
#: is read by years.lead_year, not by the rule tested here)
BETWEEN = ("Kepala perwakilan meminta kepala daerah memajang maklumat layanan.\n"
           "Ia juga mengingatkan soal sarana bagi penyandang disabilitas.\n"
           "Menurutnya, perbaikan bisa dimulai dari hal kecil.\n"
           "Pertemuan itu dihadiri para kepala dinas.\n")


def test_a_year_before_the_sample_list_dates_the_results_told_next(nlp):
    text = ("Kinerja layanan di Provinsi Jambi dinilai rendah oleh Ombudsman.\n"
            "Rudi mengatakan, tahun 2016, Ombudsman Jambi melakukan uji kepatutan terhadap tiga pemerintah "
            "daerah, yakni Kabupaten Kerinci, Kabupaten Tebo dan Kabupaten Bungo.\n"
            "Menurut Ombudsman, dua daerah masuk zona merah: Kerinci dengan nilai 40,10 dan Tebo nilainya "
            "33,25. Adapun Kabupaten Bungo dengan nilai 61,40 berada di zona kuning.")
    assert results(nlp, text) == {(R("kabupaten", "Kerinci"), "merah", 2016, 40.1),
                                  (R("kabupaten", "Tebo"), "merah", 2016, 33.25),
                                  (R("kabupaten", "Bungo"), "kuning", 2016, 61.4)}


def test_a_year_at_the_end_of_the_attribution_dates_the_list_before_it(nlp):
    text = ("Menurut Ombudsman, dua kabupaten masuk zona kuning, yakni Kabupaten Sumba Barat dan Kabupaten Sumba Timur.\n"
            "Hal itu disampaikan Ombudsman NTT dalam jumpa pers mengenai hasil penilaiannya atas standar "
            "layanan publik dan kompetensi aparatur dari lima kabupaten di provinsi NTT tahun 2018, "
            "Rabu (12/12/2018).")
    assert results(nlp, text) == {(R("kabupaten", "Sumba Barat"), "kuning", 2018, None),
                                  (R("kabupaten", "Sumba Timur"), "kuning", 2018, None)}


def test_a_period_stated_in_a_sentence_of_its_own_after_the_results(nlp):
    text = ("Ombudsman Perwakilan Gorontalo merilis capaian pemerintah daerah.\n"
            "Kabupaten Boalemo berada di zona hijau, sedangkan Kabupaten Pohuwato di zona kuning.\n"
            "Semua itu, lanjut Ani, merupakan potret penilaian layanan publik di daerah sepanjang 2019.")
    assert results(nlp, text) == {(R("kabupaten", "Boalemo"), "hijau", 2019, None),
                                  (R("kabupaten", "Pohuwato"), "kuning", 2019, None)}


def test_a_year_told_once_in_a_quote_dates_a_numbered_list(nlp):
    text = ("Ombudsman Sulawesi Tenggara menyebut tiga daerah di zona merah.\n"
            "\"Itu hasil uji kami di tahun 2017,\" kata Kepala Ombudsman Sultra.\n"
            "1. Kabupaten Kolaka Utara, nilai 30,50 (zona merah)\n"
            "2. Kabupaten Buton Utara, nilai 28,75 (zona merah)\n"
            "3. Kabupaten Konawe Utara, nilai 41,00 (zona merah)")
    assert results(nlp, text) == {(R("kabupaten", "Kolaka Utara"), "merah", 2017, 30.5),
                                  (R("kabupaten", "Buton Utara"), "merah", 2017, 28.75),
                                  (R("kabupaten", "Konawe Utara"), "merah", 2017, 41.0)}


def test_the_year_of_reports_received_does_not_date_the_results(nlp):
    text = ("Ombudsman Perwakilan Aceh menyebut Kabupaten Pidie Jaya dan Kabupaten Bener Meriah masuk zona hijau "
            "pelayanan publik.\n" + BETWEEN +
            "Ombudsman juga menerima 96 laporan masyarakat pada tahun 2021, sebagian besar soal pertanahan.")
    assert results(nlp, text) == {(R("kabupaten", "Pidie Jaya"), "hijau", None, None),
                                  (R("kabupaten", "Bener Meriah"), "hijau", None, None)}


def test_two_years_written_leave_the_results_undated(nlp):
    text = ("Ombudsman Perwakilan Kalimantan Tengah menyebut Kabupaten Katingan masuk zona hijau pelayanan publik.\n" + BETWEEN +
            "Ombudsman sudah hadir di Palangka Raya sejak 2012 dan membuka posko di Sampit pada 2015.")
    assert results(nlp, text) == {(R("kabupaten", "Katingan"), "hijau", None, None)}


def test_a_year_in_a_plan_does_not_date_the_results(nlp):
    text = ("Ombudsman Perwakilan Jambi menyebut Kabupaten Sarolangun masih di zona kuning pelayanan publik.\n" + BETWEEN +
            "Pihaknya akan kembali turun ke daerah itu pada 2020 mendatang.")
    assert results(nlp, text) == {(R("kabupaten", "Sarolangun"), "kuning", None, None)}


def test_a_year_a_state_began_does_not_date_the_results(nlp):
    text = ("Ombudsman Perwakilan Riau menyebut Kabupaten Siak masuk zona hijau pelayanan publik.\n" + BETWEEN +
            "Ombudsman juga memuji Mal Pelayanan Publik Siak yang beroperasi sejak 2021.")
    assert results(nlp, text) == {(R("kabupaten", "Siak"), "hijau", None, None)}


def test_a_year_in_a_unit_naming_neither_the_ombudsman_nor_its_assessment_does_not_date_the_results(nlp):
    text = ("Ombudsman Perwakilan Riau menyebut Kabupaten Siak masuk zona hijau pelayanan publik.\n" + BETWEEN +
            "Pemkab berjanji memperbaiki layanan publik di kecamatan pada triwulan pertama 2022.")
    assert results(nlp, text) == {(R("kabupaten", "Siak"), "hijau", None, None)}
