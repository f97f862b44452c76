"""The grade of a compliance result in a controlled vocabulary (pipeline/facttypes/compliance/grades.py),
in the record and the contract's output beside the wording; on wordings written for these tests."""
from __future__ import annotations

import pytest

from pipeline.facts import extract_record
from pipeline.facttypes.compliance.grades import CATEGORIES, grade_category


@pytest.mark.parametrize("grade, category", [
    ("kategori A", "A"), ("Opini Kualitas Tertinggi, kategori A", "A"), ("kategori B, Opini Kualitas Tinggi", "B"),
    ("opini kualitas sedang", "C"), ("Opini Kualitas Terendah", "E"), ("kualitas rendah", "D"),
    ("opini kualitas sangat rendah", "E"), ("Kategori kepatuhan tinggi B", "B"), ("Zona E", "E"), ("(C)", "C"),
    ("predikat kepatuhan tinggi, opini A", "A"),
    ("predikat kepatuhan tinggi", "kepatuhan tinggi"), ("tingkat kepatuhan yang sangat rendah", "kepatuhan rendah"),
    ("Tingkat kepatuhan Provinsi Jambi terhadap aturan pelayanan publik dinilai masih sangat rendah",
     "kepatuhan rendah"),
    ("Zona Kepatuhan Sedang", "kepatuhan sedang"), (None, None), ("zona hijau", None), ("terbaik se-Sumbar", None),
    ("predikat tinggi, nilai B", "B"), ("nilai D", "D"),
    # "predikat tinggi" alone: the 2023- level (B) or the older predikat kepatuhan tinggi; not decided
    ("predikat tinggi", None),
])
def test_grade_category(grade, category):
    assert grade_category(grade) == category
    assert category is None or category in CATEGORIES


def test_the_contract_output_has_the_wording_and_the_category(nlp):
    out = extract_record({"id": "g1", "text": (
        "Pada penilaian kepatuhan Ombudsman 2023, Kota Kendari meraih opini kualitas tinggi dengan nilai 85,10. "
        "Kabupaten Kolaka masuk zona hijau. Kabupaten Muna mendapat predikat kepatuhan sedang.")})
    got = {c["region_code"]: (c["grade"], c["grade_category"]) for c in out["compliance"]}
    assert got == {"74.71": ("opini kualitas tinggi", "B"), "74.01": (None, None),
                   "74.03": ("predikat kepatuhan sedang", "kepatuhan sedang")}


def test_every_category_the_tagger_gives_is_in_the_vocabulary(nlp):
    from tests.pipeline.facttypes.test_compliance import tag

    doc = tag(nlp, "Penilaian kepatuhan Ombudsman 2023: Kota Baubau meraih kategori D, Kabupaten Buton masuk kategori "
                   "kepatuhan rendah, Kabupaten Wakatobi mendapat opini kualitas terendah.")
    assert {c.grade_category for c in doc._.compliance} <= set(CATEGORIES)
