"""warta_compliance: "Di Provinsi X, semuanya masuk zona hijau" states the zone of every government of X: the
results of X's kabupaten/kota told without a zone take it, before (a summary after a list of scores) and
after; the province there is the scope, no provincial result (final8; a single set's phenomenon, kept for
the press-release style that lists scores first and sums up the zones after). Sentences written for these
tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results

LIST = ("Ombudsman merilis hasil penilaian kepatuhan 2023 se-Provinsi Bengkulu. Pemkab Kaur memperoleh nilai "
        "tertinggi dengan skor 95,94. Diikuti Pemkab Lebong dengan skor 92,00.\n"
        "Kepala Ombudsman Bengkulu mengatakan penilaian dilakukan guna memperbaiki kualitas pelayanan publik.\n")


def test_all_of_a_province_gives_its_zone_to_the_results_told_before(nlp):
    text = LIST + '"Khusus di Provinsi Bengkulu, semuanya sudah masuk zona hijau. Hanya ada kategori A dan B," ujarnya.'
    assert results(nlp, text) == {(R("kabupaten", "Kaur"), "hijau", 2023, 95.94),
                                  (R("kabupaten", "Lebong"), "hijau", 2023, 92.0)}


def test_all_of_a_province_gives_its_zone_to_the_results_told_after(nlp):
    text = ("Ombudsman merilis hasil penilaian kepatuhan 2023. Di Provinsi Bengkulu, seluruhnya masuk zona hijau.\n"
            "Pemkab Kaur memperoleh nilai tertinggi dengan skor 95,94.")
    assert results(nlp, text) == {(R("kabupaten", "Kaur"), "hijau", 2023, 95.94)}


def test_a_collective_without_a_province_right_before_it_is_no_scope(nlp):
    text = LIST + '"Gubernur Bengkulu mengatakan semuanya sudah berusaha," ujarnya.'
    assert results(nlp, text) == {(R("kabupaten", "Kaur"), None, 2023, 95.94),
                                  (R("kabupaten", "Lebong"), None, 2023, 92.0)}
    # another province's "semuanya" leaves these results alone
    text = LIST + '"Di Provinsi Lampung, semuanya sudah masuk zona hijau," ujarnya.'
    found = results(nlp, text)
    assert (R("kabupaten", "Kaur"), None, 2023, 95.94) in found
