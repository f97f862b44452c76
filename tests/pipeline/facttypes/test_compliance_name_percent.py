"""warta_compliance: a score written as a percentage in brackets right after a government's name, in a list whose
zone is told before it ("… zona kuning. Keempat daerah itu yakni Kota A (75,74 persen), …"; final11, issue 12's
"scores written as percentages"); a list of shares of reports in brackets ("Kota A (9,3%)") gives no result.
Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results

PUB = datetime(2022, 1, 5)


def test_percentages_in_brackets_after_names_of_a_zoned_list_are_scores(nlp):
    text = ("Ombudsman mengumumkan hasil penilaian kepatuhan standar pelayanan publik tahun 2021. "
            "Ada 3 Pemda di Jawa Tengah yang masuk zona kuning. Ketiga daerah itu yakni Kota Magelang (72,45 persen), "
            "Kabupaten Blora (66,1 persen), dan Kabupaten Rembang (58,03 persen).")
    assert results(nlp, text, PUB) == {(R("kota", "Magelang"), "kuning", 2021, 72.45),
                                       (R("kabupaten", "Blora"), "kuning", 2021, 66.1),
                                       (R("kabupaten", "Rembang"), "kuning", 2021, 58.03)}


def test_percentages_in_brackets_after_names_in_the_zone_sentence_are_scores(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman tahun 2021, zona merah diraih Kabupaten Nias (41,20%) "
            "dan Kabupaten Nias Barat (38,75%).")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Nias"), "merah", 2021, 41.2),
                                       (R("kabupaten", "Nias Barat"), "merah", 2021, 38.75)}


def test_shares_of_reports_in_brackets_give_no_result(nlp):
    text = ("Ombudsman Perwakilan Jawa Barat menerima 300 laporan sepanjang 2021. Pemerintah daerah yang paling "
            "banyak dilaporkan yakni Kota Bekasi (12,5%), Kabupaten Bogor (9,25%) dan Kota Depok (7,4%).")
    assert results(nlp, text, PUB) == set()
