"""Officials, round 10 (issue 12): a regency's press abbreviation after a regional head's title is the
office's place, never a one-word name ("Plh Bupati Konkep", final7; "Pjs Bupati MBD, Bursel dan SBT",
final6). The abbreviations are gazetteer aliases (data/gazetteer/aliases.csv). Every sentence is
written for this test: invented names and events, real places. Each case: text, then the expected
officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key

CASES = [
    # a list of offices by abbreviation: no abbreviation is a name
    ("Gubernur menyerahkan surat keputusan kepada Plh Bupati Butur, Plh Bupati Konkep, dan Plh Bupati Koltim di "
     "Kendari, Senin.", []),
    ("Mendagri mengukuhkan tiga Pjs Bupati MBD, Bursel dan SBT di Ambon.", []),
    # the abbreviation as the place of a named holder
    ("Plh Bupati Konkep Budi Santoso menerima surat keputusan itu.", [("Budi Santoso", "kepala_daerah", "74.12")]),
    ("Pjs Bupati Bursel, Rudi Hartono, hadir di Ambon.", [("Rudi Hartono", "kepala_daerah", "81.09")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_place_abbreviations(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
