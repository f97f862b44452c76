"""Officials, round 9 (issue 12, read on final7, "dipimpin oleh" also in final6): an office "led by" its
holder and a word of time before the verb that names who fills it ("Kepala Dinas A saat ini dipimpin oleh
NAME"), the army's corps after a rank and "Dokter" written out before a name (honorifics, pipeline/lang/
people.toml), the ordinals that number the people of a rotation story, "setempat" after a title ("Sekda Pemko setempat
NAME"), a one-word name written twice, and a guest list's groups ("Instansi Vertikal") as no names. Every sentence is written for
this test: invented names and events, real places. Each case: text, then the expected officials as
(name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key

CASES = [
    ("Gubernur Kalsel melantik pejabat eselon II. Kepala Dinas Pendidikan Kalsel saat ini dipimpin oleh Budi "
     "Santoso, dan Kepala Dinas Sosial Kalsel diisi oleh Rudi Hartono.",
     [("Budi Santoso", "perangkat_daerah", "63"), ("Rudi Hartono", "perangkat_daerah", "63")]),
    ("Kepala Dinas Pendidikan Kalsel kini dijabat oleh Budi Santoso.", [("Budi Santoso", "perangkat_daerah", "63")]),
    # a rank and its corps before the name: neither is part of it
    ("Turut hadir Kolonel Arm Budi Santoso selaku Kepala Dinas Perhubungan Kabupaten Sleman.",
     [("Budi Santoso", "perangkat_daerah", "34.04")]),
    # "Dokter" before the name, an ordinal opening the sentence
    ("Wali Kota Pekanbaru melantik enam kepala dinas. Pertama, Dokter Rudi Hartono menjabat sebagai Kepala Dinas "
     "Kesehatan. Kedua, Budi Santoso menjabat sebagai Kepala Dinas Sosial.",
     [("Rudi Hartono", "perangkat_daerah", "14.71"), ("Budi Santoso", "perangkat_daerah", "14.71")]),
]

CASES += [
    # "setempat" after the title or its organisation: the place's own office
    ("Juru bicara menyebutkan, adapun yang dilantik menjadi Pj Wali Kota Banda Aceh yaitu Sekda Pemko setempat "
     "Hasan Basri.", [("Hasan Basri", "sekda", "11.71")]),
    ("Pemkab Sleman menggelar rapat. Hadir Sekda setempat Budi Santoso dan warga.", [("Budi Santoso", "sekda", "34.04")]),
    # a one-word name written twice is one word
    ("Kemudian, Pj Bupati Aceh Timur Rudi Rudi juga diperpanjang, selanjutnya Pj Bupati Bener Meriah Hasan Basri.",
     [("Rudi", "kepala_daerah", "11.03"), ("Hasan Basri", "kepala_daerah", "11.17")]),
    # the groups of a guest list are no names
    ("Dihadiri Sekretaris Daerah, Budi Santoso, Forkopimda, Kepala SKPD, Instansi Vertikal dan Tokoh Masyarakat "
     "Kabupaten Sekadau.", [("Budi Santoso", "sekda", "61.09")]),
]

NEGATIVES = [
    # "setempat" after no title: a resident
    ("Warga setempat Budi Santoso mengadu ke kantor desa di Kabupaten Sleman.", []),
    # a delegation led by a person with no office named: no official
    ("Rombongan warga Kabupaten Sleman dipimpin oleh Budi Santoso.", []),
    # "dipimpin" after a body, not a title: the body's leader is read by his own title only
    ("Rapat itu saat ini dipimpin oleh Budi Santoso dari sebuah yayasan di Kota Yogyakarta.", []),
]


@pytest.mark.parametrize("text,expected", CASES + NEGATIVES, ids=[c[0][:40] for c in CASES + NEGATIVES])
def test_fillers_ranks_and_ordinals(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
