"""warta_compliance: what is not a compliance result of a regional government — another assessor's
ranking, national agencies' offices, the speaker's place after a quote, venues, exclusions — and a
provincial government written without its province; on sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import P, R, results


def test_another_assessors_ranking_is_no_result_until_the_ombudsman_is_named_again(nlp):
    text = ("Hasil evaluasi KemenPAN-RB tahun 2024 menempatkan Kabupaten Kolaka di peringkat ketiga dengan "
            "predikat B. Sebaliknya, Kabupaten Kolaka Utara melesat ke peringkat pertama dengan predikat A.\n"
            "Adapun pada penilaian kepatuhan Ombudsman RI 2024, Kabupaten Kolaka meraih zona hijau dengan nilai 86,20.")
    assert results(nlp, text) == {(R("kabupaten", "Kolaka"), "hijau", 2024, 86.2)}


def test_national_agencies_offices_only(nlp):
    text = ("Ombudsman RI Perwakilan Jambi menilai lima kantor pertanahan di Jambi. Tiga kantor pertanahan "
            "masuk zona hijau, yaitu Kabupaten Muaro Jambi, Kabupaten Tebo dan Kota Jambi, selebihnya masuk "
            "zona kuning.")
    assert results(nlp, text) == set()


def test_agency_offices_beside_regional_governments_keep_the_governments(nlp):
    text = ("Penilaian kepatuhan Ombudsman 2022: Pemerintah Kabupaten Tebo masuk zona hijau, sedangkan kantor "
            "pertanahan di Kota Jambi masih di zona kuning.")
    assert (R("kabupaten", "Tebo"), "hijau", 2022, None) in results(nlp, text)


def test_the_speakers_place_after_a_quote_is_no_subject(nlp):
    text = ('Penilaian kepatuhan Ombudsman tahun 2023 diumumkan. "Selamat kepada kabupaten/kota yang berada pada '
            'zona hijau," ungkap Hendra selaku Sekda Provinsi Sulawesi Tengah.')
    assert results(nlp, text) == set()


def test_the_speakers_own_government_when_the_quote_says_we(nlp):
    text = ('Penilaian kepatuhan Ombudsman tahun 2023 diumumkan. "Kami bersyukur bisa bertahan di zona hijau '
            'dengan nilai 90,10," kata Bupati Sigi.')
    found = results(nlp, text)
    assert (R("kabupaten", "Sigi"), "hijau", 2023, 90.1) in found


def test_a_venue_is_no_subject(nlp):
    text = ("Penganugerahan predikat kepatuhan tinggi Ombudsman tahun 2022 digelar di Auditorium Gedung TVRI "
            "Jakarta Pusat dan Kabupaten Bantaeng menerima nilai 88,40 dengan zona hijau.")
    assert results(nlp, text) == {(R("kabupaten", "Bantaeng"), "hijau", 2022, 88.4)}


def test_a_provincial_government_without_its_province(nlp):
    text = ("MAKASSAR - Ombudsman Sulawesi Selatan menyerahkan hasil penilaian kepatuhan kepada 24 kabupaten/kota "
            "se-Sulawesi Selatan, termasuk Kabupaten Bone.\n"
            "Berdasarkan penilaian tahun 2023, Pemerintah Provinsi masih berada pada zona kuning.")
    assert results(nlp, text) == {(P("Sulawesi Selatan"), "kuning", 2023, None)}


def test_counted_provincial_governments_are_no_unnamed_province(nlp):
    text = ("Penilaian kepatuhan Ombudsman 2021 di Sulawesi Selatan: di tingkat provinsi, 13 pemprov meraih "
            "zona hijau dan dua lainnya masuk zona merah.")
    assert results(nlp, text) == set()


def test_a_sentence_counting_unnamed_regencies_per_zone_leaves_the_named_results(nlp):
    text = ("Ombudsman Papua Barat mengumumkan penilaian kepatuhan 2021. Kota Sorong mendapat nilai 80,10 "
            "sehingga berada pada zona hijau. Sebanyak 10 kabupaten lainnya berada di zona merah, sedangkan "
            "dua kabupaten di zona kuning.\nKabupaten Fakfak mendapat nilai 70,20 dan masuk zona kuning.")
    assert results(nlp, text) == {(R("kota", "Sorong"), "hijau", 2021, 80.1),
                                  (R("kabupaten", "Fak Fak"), "kuning", 2021, 70.2)}


def test_an_excluded_government_takes_no_zone_of_all(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman tahun 2020, semua kabupaten di Bali masuk zona hijau, kecuali "
            "Kabupaten Bangli.")
    assert results(nlp, text) == set()


def test_the_province_a_ranking_is_within_is_no_result(nlp):
    text = ("Ombudsman RI memberikan penghargaan kepatuhan pelayanan publik kepada pemerintah daerah.\n"
            "Pemko Dumai meraih peringkat kedua di tingkat Provinsi Riau dengan nilai 88,10.")
    assert results(nlp, text) == {(R("kota", "Dumai"), None, None, 88.1)}


def test_other_governments_as_the_subject_do_not_refer_back_to_the_one_told(nlp):
    text = ("MATARAM - Ombudsman RI Perwakilan NTB mengumumkan hasil penilaian kepatuhan pelayanan publik.\n"
            "Ombudsman memberikan apresiasi kepada Kabupaten Sumbawa Barat yang berhasil meraih predikat "
            "kepatuhan tinggi.\n"
            "Sementara kabupaten lain yang berada pada tingkat kepatuhan sedang dan rendah diharapkan dapat "
            "meningkatkan kepatuhannya.")
    assert results(nlp, text) == {(R("kabupaten", "Sumbawa Barat"), "hijau", None, None)}


def test_a_province_that_scopes_a_counted_group_is_no_result(nlp):
    text = ("Tiga pemerintahan daerah (Pemda) Provinsi Gorontalo mendapat predikat zona hijau Ombudsman RI "
            "atas kepatuhan pelayanan publik tahun 2022.\n"
            "Ketiga daerah itu yakni Kota Gorontalo, Kabupaten Boalemo dan Kabupaten Pohuwato.\n"
            "Sebanyak 12 kabupaten/kota Provinsi Lampung juga masuk zona hijau pada penilaian kepatuhan 2022.")
    assert results(nlp, text) == {(R("kota", "Gorontalo"), "hijau", 2022, None),
                                  (R("kabupaten", "Boalemo"), "hijau", 2022, None),
                                  (R("kabupaten", "Pohuwato"), "hijau", 2022, None)}


def test_the_provincial_government_itself_stays_a_result(nlp):
    text = "Pemerintah Provinsi Lampung masuk zona hijau pada penilaian kepatuhan Ombudsman 2022."
    assert results(nlp, text) == {(P("Lampung"), "hijau", 2022, None)}


def test_a_province_as_the_place_of_national_agencies_offices_is_no_result(nlp):
    text = ("Ombudsman RI Perwakilan Sulawesi Utara menyerahkan hasil penilaian kepatuhan tahun 2023. "
            "Pada tingkat kepolisian ada empat Polres di Sulawesi Utara yang mendapatkan nilai hijau.\n"
            "Kantor Pertanahan di Provinsi Sulawesi Utara juga meraih zona hijau.")
    assert results(nlp, text) == set()


def test_a_zone_in_the_clause_of_a_group_said_to_have_no_member_is_negated(nlp):
    text = ("Dalam penilaian kepatuhan Ombudsman 2022, tidak ada satu pun unit layanan milik Kabupaten Halmahera "
            "Barat yang meraih kepatuhan tinggi atau masuk zona hijau.")
    assert results(nlp, text) == set()
    text = ("Pada penilaian kepatuhan Ombudsman 2022 belum ada pemerintah daerah di Maluku Utara selain "
            "Kota Ternate yang masuk zona hijau. Kabupaten Halmahera Barat meraih zona kuning.")
    assert results(nlp, text) == {(R("kabupaten", "Halmahera Barat"), "kuning", 2022, None)}
    # after the group's clause, the zone is stated again
    text = ("Dalam penilaian kepatuhan Ombudsman 2022, tidak ada satu pun daerah yang turun peringkat, "
            "Kabupaten Halmahera Barat tetap masuk zona hijau.")
    assert (R("kabupaten", "Halmahera Barat"), "hijau", 2022, None) in results(nlp, text)


def test_a_kabupatens_own_province_written_as_its_place_is_no_result(nlp):
    text = ("Ombudsman RI Perwakilan Papua saat melakukan penilaian kepatuhan pada lingkup Pemerintah Kabupaten "
            "Nabire, Provinsi Papua Tengah mengatakan nilai kepatuhan daerah ini menjadi 61,08 pada 2023.")
    assert results(nlp, text) == {(R("kabupaten", "Nabire"), None, 2023, 61.08)}
    # a list that goes on after the province names the provincial government too
    text = ("Dalam penilaian kepatuhan Ombudsman 2023, Kabupaten Nabire, Provinsi Papua Tengah, dan Kabupaten "
            "Mimika masuk zona kuning.")
    assert results(nlp, text) == {(R("kabupaten", "Nabire"), "kuning", 2023, None),
                                  (P("Papua Tengah"), "kuning", 2023, None),
                                  (R("kabupaten", "Mimika"), "kuning", 2023, None)}


def test_a_purpose_is_no_result_but_introduces_the_list_of_a_category(nlp):
    text = ("Ombudsman Papua menyerahkan hasil penilaian kepatuhan 2023. Kabupaten Mimika mendapat nilai 61,08.\n"
            "Untuk masuk pada zona hijau dibutuhkan kerja sama semua pihak.\n"
            "Kabupaten Nabire mendapat nilai 58,40.")
    assert results(nlp, text) == {(R("kabupaten", "Mimika"), None, 2023, 61.08),
                                  (R("kabupaten", "Nabire"), None, 2023, 58.4)}
    text = ("Penilaian kepatuhan Ombudsman 2023 di Maluku Utara. Untuk memperoleh kategori kepatuhan tertinggi atau "
            "opini A yakni Kota Ternate dengan perolehan nilai 91,20.")
    assert results(nlp, text) == {(R("kota", "Ternate"), "hijau", 2023, 91.2)}


def test_a_government_named_as_the_owner_of_its_office_is_no_subject(nlp):
    text = ("Penilaian kepatuhan Ombudsman 2021 dilakukan terhadap tiga OPD, yaitu Dinas Kependudukan dan Catatan "
            "Sipil (Disdukcapil) Kota Bekasi, Dinas Penanaman Modal dan PTSP (DPMPTSP) Kota Bekasi, dan Dinas "
            "Pendidikan (Disdik) Kota Bekasi.\n"
            "Disdik masuk ke dalam zona merah, sedangkan kedua dinas lainnya zona hijau.\n"
            "RSUD Kabupaten Bekasi juga meraih zona hijau.")
    assert results(nlp, text) == set()
    # the government itself, after an office named in another clause, stays
    text = ("Kepala Dinas Kominfo mengatakan Pemerintah Kabupaten Bekasi meraih zona hijau pada penilaian "
            "kepatuhan Ombudsman 2021.")
    assert results(nlp, text) == {(R("kabupaten", "Bekasi"), "hijau", 2021, None)}


def test_one_province_counted_in_a_provinces_article_is_the_provincial_government(nlp):
    text = ("Ombudsman Sulawesi Barat menyerahkan hasil penilaian kepatuhan tahun 2022 kepada Kabupaten Majene, "
            "Kabupaten Mamasa dan Kabupaten Polewali Mandar.\n"
            "Kabupaten Majene meraih zona hijau.\n"
            "Tidak ada pemda yang memperoleh zona merah, sehingga ada lima kabupaten dan 1 provinsi mendapatkan "
            "nilai kuning.")
    assert results(nlp, text) == {(R("kabupaten", "Majene"), "hijau", 2022, None),
                                  (P("Sulawesi Barat"), "kuning", 2022, None)}


def test_a_category_letter_with_its_score_is_its_own_context(nlp):
    text = ("Pemerintah Kota Kendari meraih zona hijau pada penilaian kepatuhan Ombudsman 2024.\n"
            "Pemerintah Kota Kendari dan Pemerintah Kabupaten Kolaka menerima piagam di Makassar.\n"
            "Wali kota berterima kasih kepada seluruh jajaran. Ia menyebut kerja keras pegawai puskesmas.\n"
            "\"Hal sederhana seperti papan informasi ternyata penting,\" katanya.\n"
            "Warga berharap pelayanan makin cepat. Antrean di kantor dukcapil kini lebih pendek.\n"
            "Dalam acara yang sama, Kabupaten Konawe meraih kategori A dengan nilai 90,3.")
    assert (R("kabupaten", "Konawe"), "hijau", 2024, 90.3) in results(nlp, text)
