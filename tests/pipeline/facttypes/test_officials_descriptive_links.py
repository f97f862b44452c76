"""A name after a title and before a descriptive link ("merupakan", "adalah") holds the title before it;
the title after the link describes the person ("Pj Bupati X NAME merupakan Sekda X": a caretaker's home
office told beside the new one; names.py `holds_later_title`; issue 12, round 12: final10). Every
sentence is written for this test: invented names and events, real places. Each case: text, then the
expected officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key

CASES = [
    ("Gubernur melantik enam penjabat bupati. Pj Bupati Pamekasan Budi Santoso merupakan Sekda Kabupaten "
     "Pamekasan. Pj Bupati Probolinggo Ahmad Yani merupakan Kepala Badan Kepegawaian Daerah (BKD) Jatim.",
     [("Budi Santoso", "kepala_daerah", "35.28"), ("Ahmad Yani", "kepala_daerah", "35.13")]),
    ("Kepala Dinas Pendidikan Kota Malang Rudi Hartono adalah mantan Camat Klojen.",
     [("Rudi Hartono", "perangkat_daerah", "35.73")]),
    # an appointing link still gives the person the later title
    ("Sekda Kabupaten Pamekasan Budi Santoso sebagai Pj Bupati Pamekasan.",
     [("Budi Santoso", "kepala_daerah", "35.28")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_descriptive_links(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
