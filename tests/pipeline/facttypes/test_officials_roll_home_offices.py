"""A roll of caretakers, each line "HOME OFFICE NAME sebagai NEW OFFICE": the name read back from the link
stops at the home office's title ("Inspektur NAME sebagai …") and leaves out the last word of an
organisation joined by "dan" ("Kepala Biro Otonomi Daerah dan Kerjasama NAME sebagai …"; names.py
`_run_before`; issue 12, round 12: final8). Every sentence is written for this test: invented names and
events, real places. Each case: text, then the expected officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key

CASES = [
    ("Pjs Bupati yang dikukuhkan itu antara lain;\n\n1.Kepala Biro Otonomi Daerah dan Kerjasama Budi Santoso "
     "Siregar sebagai Pjs Bupati Asahan.\n\n2.Kepala Dinas Tanaman Pangan dan Hortikultura Ahmad Lubis "
     "sebagai Pjs Bupati Mandailing Natal.\n\n3.Inspektur Joko Marbun sebagai Pjs Bupati Samosir.",
     [("Budi Santoso Siregar", "kepala_daerah", "12.09"), ("Ahmad Lubis", "kepala_daerah", "12.13"),
      ("Joko Marbun", "kepala_daerah", "12.17")]),
    # two people joined by "dan" before their offices keep their names
    ("Budi Santoso dan Ahmad Yani Siregar sebagai Bupati dan Wakil Bupati Karo dilantik kemarin.",
     [("Budi Santoso", "kepala_daerah", "12.06"), ("Ahmad Yani Siregar", "wakil_kepala_daerah", "12.06")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_roll_home_offices(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


def test_national_title_bounds_no_run():
    # only an agency head's bare title bounds the run: a minister's before a headline verb does not
    from pipeline.facts import tag_text
    names = {o.name for o in tag_text("Mendagri Tunjuk Budi Santoso sebagai Pj Bupati Pidie Jaya\n\n"
                                      "Menteri menunjuk Budi Santoso sebagai Pj Bupati Pidie Jaya.").officials}
    assert not any(n.startswith("Tunjuk") for n in names)
