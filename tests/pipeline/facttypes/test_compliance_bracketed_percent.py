"""warta_compliance: a score written as a percentage in brackets right after a zone ("Kota A zona merah
(24,64%) dari 11 OPD", final6); a percentage in brackets after anything else is no score. Sentences
written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results

PUB = datetime(2024, 2, 1)


def test_percentages_in_brackets_after_zones_are_scores(nlp):
    text = ("Hasil penilaian kepatuhan Ombudsman tahun 2023: Pemkot Padangsidimpuan zona merah (31,45%) dari 9 OPD, "
            "Tapanuli Tengah zona kuning (66,20 persen) dari 12 OPD.")
    assert results(nlp, text, PUB) == {(R("kota", "Padangsidimpuan"), "merah", 2023, 31.45),
                                       (R("kabupaten", "Tapanuli Tengah"), "kuning", 2023, 66.2)}


def test_a_percentage_in_brackets_after_other_words_is_no_score(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman tahun 2023 Pemkab Karo masuk zona kuning, dengan sebagian besar "
            "layanan (62,50%) belum memajang standar pelayanan.")
    assert results(nlp, text, PUB) == {(R("kabupaten", "Karo"), "kuning", 2023, None)}
