"""Officials in the item lines of a rotation roll (mutasi / pelantikan pejabat eselon II; issue 12, read on
final13): numbered items whose name is parted from the move by a dash ("3. X — dari Kepala Dinas A menjadi
Kepala Dinas B", "4. X — dikukuhkan kembali sebagai …") and items labelling both offices ("X Jabatan lama:
A Jabatan baru: B"), and prose telling the former office after "yang awalnya" ("X yang awalnya Kadis A
kini menjabat B"). The holder keeps the new office (docs/contract.md: the office the article gives them;
final13's labels: the new post, perangkat_daerah, the government's place). Every sentence is written for
this test: invented names and events, real places. Each case: text, then the expected officials as
(name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key


CASES = [
    # --- numbered items, the name before a dash ----------------------------------------------------
    ("Wali Kota Serang Budi Hartono melantik tiga pejabat di lingkungan Pemkot Serang.\n"
     "Berikut daftar pejabat yang dilantik:\n"
     "1. Andi Saputra — dari Kepala Dinas Perikanan menjadi Kepala Dinas Perhubungan.\n"
     "2. Rina Marlina – dari Kepala BKD menjadi Staf Ahli Wali Kota Bidang Ekonomi.\n"
     "3. Joko Susilo — dikukuhkan kembali sebagai Kepala Dinas Pendidikan.",
     [("Budi Hartono", "kepala_daerah", "36.73"), ("Andi Saputra", "perangkat_daerah", "36.73"),
      ("Rina Marlina", "perangkat_daerah", "36.73"), ("Joko Susilo", "perangkat_daerah", "36.73")]),
    # …a hyphen as the dash, an honorific before the name
    ("Bupati Lebak melantik pejabat eselon II, Senin.\n1. H. Dedi Kurnia - dari Camat Rangkasbitung menjadi "
     "Kepala Bappeda.\n2. Yusuf Lubis - dari Kabag Umum menjadi Kepala Dinas Kesehatan.",
     [("Dedi Kurnia", "perangkat_daerah", "36.02"), ("Yusuf Lubis", "perangkat_daerah", "36.02")]),
    # --- items labelling the old and the new office -------------------------------------------------
    ("Bupati Lebak Budi Hartono merotasi pejabat eselon II di lingkungan Pemkab Lebak.\n"
     "Adapun pejabat yang bergeser, yakni:\n"
     "Andi Saputra Jabatan lama: Kepala Dinas Perikanan Jabatan baru: Kepala Dinas Perhubungan\n"
     "Rina Marlina Jabatan lama: Kepala BKD Jabatan baru: Kepala Dinas Sosial, Hj. Dewi Sartika Jabatan lama "
     "Kepala Dinas Pertanian Jabatan baru: Asisten Perekonomian Setda Lebak",
     [("Budi Hartono", "kepala_daerah", "36.02"), ("Andi Saputra", "perangkat_daerah", "36.02"),
      ("Rina Marlina", "perangkat_daerah", "36.02"), ("Dewi Sartika", "perangkat_daerah", "36.02")]),
    # --- running prose: the former office after "yang awalnya", the new one after "kini" ---------------
    ("Bupati Lebak Budi Hartono merombak kursi pejabat. Andi Saputra, yang awalnya sebagai Kadis Perikanan, "
     "kini sebagai staf ahli bidang pemerintahan. Rina Marlina yang awalnya Kadis Satpol PP kini menjabat "
     "Kepala Dinas Sosial.",
     [("Budi Hartono", "kepala_daerah", "36.02"), ("Andi Saputra", "perangkat_daerah", "36.02"),
      ("Rina Marlina", "perangkat_daerah", "36.02")]),
    # --- where it must not fire ---------------------------------------------------------------------
    # "awalnya" telling no office
    ("Di Kabupaten Lebak, Andi Saputra yang awalnya menolak kini setuju. Awalnya Kepala Dinas Sosial "
     "menolak usulan itu.",
     []),
    # a list of offices without names: no holder
    ("Pemkab Lebak merotasi pejabat eselon II.\nJabatan lama: Kepala Dinas Perikanan Jabatan baru: Kepala "
     "Dinas Perhubungan\nJabatan lama: Kepala BKD Jabatan baru: Kepala Dinas Sosial",
     []),
    ("Pemkot Serang menata ulang jabatan eselon II.\n1. Kepala Dinas Pertanian — dari eselon III menjadi "
     "eselon II.\n2. Kepala Dinas Sosial — dikukuhkan kembali.",
     []),
    # a list of names without offices: no official
    ("Peserta seleksi dari Pemkot Serang:\n1. Andi Saputra — dari Kecamatan Cipocok.\n2. Rina Marlina — "
     "dari Kecamatan Taktakan.",
     []),
    # the regent's own appointment line keeps the regent's office, not an agency head's
    ("Budi Hartono — dilantik sebagai Bupati Lebak oleh Gubernur Banten, lalu melantik pejabat.\n"
     "1. Andi Saputra — dari Kepala Dinas Perikanan menjadi Kepala Dinas Perhubungan.",
     [("Budi Hartono", "kepala_daerah", "36.02"), ("Andi Saputra", "perangkat_daerah", "36.02")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_rotation_items(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


def test_the_old_office_label_is_no_name_word():
    """"Jabatan" after a name is the label of an office, never the name's last word."""
    found = _found("Bupati Lebak merotasi pejabat.\nAndi Saputra Jabatan lama: Kepala Dinas Perikanan Jabatan baru: "
                   "Kepala Dinas Perhubungan")
    assert not any("jabatan" in name for name, _, _ in found)
    assert ("andi saputra", "perangkat_daerah", "36.02") in found
