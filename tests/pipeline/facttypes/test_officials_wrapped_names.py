"""Officials, round 10 (issue 12, final7 only; hard-wrapped text): a name broken by the line wrap after
its title and a comma ("…, Budi" over "Santoso, mengatakan …") is one name, and the Title Case line it
starts in is no headline (reader.py `broken_before_name`, names.py `listed_name_run`). Sentences
written for this test: invented names, real places.
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key

LEAD = "Tiga daerah di Jambi tidak mendapat penghargaan tahun ini.\n"

CASES = [
    (LEAD + "Kepala Perwakilan Ombudsman RI Provinsi Jambi, Budi\nSantoso, mengatakan bahwa Pemda Kerinci tidak "
     "diberi penghargaan.", [("Budi Santoso", "ombudsman", "15")]),
    ("Kepala Dinas Kesehatan Kabupaten Kerinci, Rudi\nHartono, menjelaskan bahwa pelayanan puskesmas membaik.",
     [("Rudi Hartono", "perangkat_daerah", "15.01")]),
]

NEGATIVES = [
    # a Title Case line whose next line is a headline, no sentence going on: a headline, no name
    ("Kepala Perwakilan Ombudsman RI Provinsi Jambi, Budi\nSantoso\nPemda Kerinci Tidak Diberi Penghargaan Tahun Ini",
     []),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES, ids=[c[0][:40] for c in CASES + NEGATIVES])
def test_wrapped_names(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
