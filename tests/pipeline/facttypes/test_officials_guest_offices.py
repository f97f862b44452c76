"""Officials, round 10 (issue 12, final8 only; the offices of a regional guest list, "unsur Forkopimda"):
a police chief's deputy ("Wakapolres", pipeline/lang/offices.toml) and a court's or a prosecutor's office
named by its town ("Ketua Pengadilan Negeri Tanjung Pati A": the town is the unit's name, not the
holder's; lexicon `named_unit_pairs`). Every sentence is written for this test: invented names, real
places. Each case: text, then the expected officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key

CASES = [
    ("Hadir Ketua Pengadilan Negeri Tanjung Pati Hasan Basri, Wakapolres Payakumbuh Kompol Agus Salim, dan unsur "
     "Forkopimda lainnya.",
     [("Hasan Basri", "lainnya", None), ("Agus Salim", "lainnya", "13.76")]),
    ("Wakapolda Sumbar Brigjen Rudi Hartono meninjau pos pengamanan.", [("Rudi Hartono", "lainnya", "13")]),
    ("Kepala Kejaksaan Negeri Tanjung Pati Budi Santoso menyerahkan berkas.", [("Budi Santoso", "lainnya", None)]),
]

NEGATIVES = [
    # a ministry's field with "Negeri" is no unit named by its town: the name after it stays whole
    ("Menteri Dalam Negeri Tito Karnavian melantik penjabat gubernur.", [("Tito Karnavian", "pusat", None)]),
    # the office's region after "Kejaksaan Negeri" stays its place
    ("Kepala Kejaksaan Negeri Solok Budi Santoso menghadiri acara itu.", [("Budi Santoso", "lainnya", "13.72")]),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES, ids=[c[0][:40] for c in CASES + NEGATIVES])
def test_guest_offices(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
