"""warta_compliance: "raihan", the noun of "meraih" (as "perolehan" is of "memperoleh"), anchors a score
("piagam untuk raihan 87,05"; final8); a number after it that is no score (a count, a rank) stays none.
Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results


def test_raihan_anchors_a_score(nlp):
    text = ("Ombudsman menyerahkan piagam kepada Pemerintah Kota Depok untuk raihan 86,15 dengan opini kualitas "
            "tinggi atas penilaian kepatuhan 2023.")
    assert results(nlp, text) == {(R("kota", "Depok"), "hijau", 2023, 86.15)}


def test_raihan_before_a_count_is_no_score(nlp):
    text = ("Pemerintah Kota Depok meraih opini kualitas tinggi atas penilaian kepatuhan 2023, raihan 12 penghargaan "
            "sepanjang tahun itu.")
    assert results(nlp, text) == {(R("kota", "Depok"), "hijau", 2023, None)}
