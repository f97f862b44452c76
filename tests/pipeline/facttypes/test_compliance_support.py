"""Compliance evidence shows the fact: its year and its zone are in the evidence even when the result's
own sentence leaves them out (support.py). Sentences of our own."""
from __future__ import annotations

from pipeline.facttypes.compliance import ComplianceResult
from pipeline.facttypes.compliance.support import JOINER, MAX_SENTENCES, supported
from tests.pipeline.facttypes.test_compliance import tag

UNITS = [
    "Hasil Penilaian Kepatuhan 2024 Diserahkan",
    "Ombudsman RI Perwakilan Jambi menyerahkan hasil Penilaian Kepatuhan tahun 2024, Selasa (14/1/2025).",
    "Kabupaten Tebo masuk zona hijau dengan nilai 88,40.",
    "Selanjutnya, dua daerah masuk zona kuning.",
    "Keduanya adalah Kabupaten Bungo dengan nilai 72,10 dan Kota Jambi 70,05.",
    "Pada 2023, Kota Jambi masih berada di zona merah.",
]


def result(evidence, year=2024, zone="kuning", grade=None):
    return ComplianceResult(region_code="15.71", province_code="15", year=year, zone=zone, grade=grade,
                            score=70.05, evidence=evidence)


def test_a_result_gains_the_sentences_that_state_its_year_and_zone_in_text_order():
    [done] = supported([result(UNITS[4])], UNITS)
    assert done.evidence == JOINER.join([UNITS[1], UNITS[3], UNITS[4]])
    assert done.evidence.count(JOINER) + 1 <= MAX_SENTENCES


def test_the_nearest_statement_wins_and_an_earlier_one_at_equal_distance():
    [hijau] = supported([result(UNITS[2], zone="hijau")], UNITS)
    assert hijau.evidence == JOINER.join([UNITS[1], UNITS[2]])  # the lead (1 before), not 2023's line


def test_a_sentence_that_shows_everything_stays_as_it_is():
    [own] = supported([result(UNITS[5], year=2023, zone="merah")], UNITS)
    assert own.evidence == UNITS[5]


def test_a_grade_stated_in_the_sentence_shows_its_zone():
    units = ["Pada penilaian 2022, Kabupaten Siak meraih kategori A dengan nilai 90,10."]
    [graded] = supported([result(units[0], year=2022, zone="hijau", grade="kategori A")], units)
    assert graded.evidence == units[0]


def test_a_value_no_sentence_states_adds_nothing():
    units = ["Kota Jambi masuk zona kuning dengan nilai 70,05."]  # the year came from the publication date
    [alone] = supported([result(units[0], year=2025)], units)
    assert alone.evidence == units[0]


def test_through_the_tagger_every_result_of_a_continued_list_shows_year_and_zone(nlp):
    results = tag(nlp, "\n\n".join(UNITS[1:5]))._.compliance
    assert {r.region_code for r in results} >= {"15.08", "15.09", "15.71"}
    for r in results:
        assert str(r.year) in r.evidence and r.zone in r.evidence, r
