"""An honorific written in capitals after a role ("Wali Kota X DR. NAME", "Kepala Biro DR. NAME") opens the
name; it is no agency's acronym that the role runs on over (roles.py `_word_step`; issue 12, round 12:
final10, two articles; a press spelling of the doctorate). Every sentence is written for this test:
invented names and events, real places. Each case: text, then the expected officials as (name, category,
place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key

CASES = [
    ("Hal itu disampaikan Wali Kota Jayapura DR. Budi Santoso, MM seusai menerima penghargaan.",
     [("Budi Santoso", "kepala_daerah", "91.71")]),
    ("Berkas itu dikawal Biro Pemerintahan Provinsi Sulawesi Utara dibawah pimpinan Kepala Biro DR. Ahmad "
     "Yani.",
     [("Ahmad Yani", "perangkat_daerah", "71")]),
    # an agency's acronym in capitals still belongs to the role
    ("Kepala BPBD Kota Jayapura Rudi Hartono meninjau lokasi banjir.",
     [("Rudi Hartono", "perangkat_daerah", "91.71")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_capital_honorifics(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
