"""Officials in rotation stories and other shapes of round 8 (issue 12, read on final6): a person's
former office told between the name and the new one ("X yang sebelumnya menjabat Kepala Dinas A, kini
menjadi …"), former holders ("mantan", "almarhum"; labelled in final3, final5 and final6), Satpol PP written
out, assistants' numerals and the Ombudsman's coordinating assistants, a conjunction opening the
line after an item that ends in a role, a given name told by its initial, a misspelt title, and the
agent's title with an acting prefix. Every sentence is written for this test: invented names and
events, real places. Each case: text, then the expected officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key


CASES = [
    # --- a rotation: the former office between the name and the link to the new one ---------------
    ("Pemkot Madiun merotasi pejabat eselon II. Budi Santoso sebelumnya menjabat sebagai Kepala Dinas "
     "Perhubungan dipindah sebagai Kepala Dinas Pendidikan.",
     [("Budi Santoso", "perangkat_daerah", "35.77")]),
    ("Bupati Kediri merotasi pejabat. Kemudian Rudi Hartono sebelumnya menjabat Kepala Dinas Sosial kini "
     "menjabat Kepala Bappeda.",
     [("Rudi Hartono", "perangkat_daerah", "35.06")]),
    ("Wali Kota Blitar melantik pejabat. Sri Wahyuni yang sebelumnya sebagai Kepala Dinas Perhubungan, saat ini "
     "menjadi Staf Ahli Wali Kota Bidang Ekonomi.",
     [("Sri Wahyuni", "perangkat_daerah", "35.72")]),
    # the new office not read (no link to it): the former one still names the official
    ("Bupati Kediri merotasi pejabat. Agus Salim yang sebelumnya menjabat Kepala Dinas Kebersihan, kini harus "
     "duduk di kursi lain.",
     [("Agus Salim", "perangkat_daerah", "35.06")]),
    # a deputy installed as the head: the former office named, the new one linked by "dilantik sebagai"
    ("Selain itu, Hasan Basri yang sebelumnya menjabat Wakil Bupati dilantik sebagai Bupati Sabu Raijua "
     "menggantikan Yusuf Halim.",
     [("Hasan Basri", "kepala_daerah", "53.20"), ("Yusuf Halim", "kepala_daerah", "53.20")]),
    # --- an assistant's numeral of two letters opens no name; "I" before a Balinese name does ---------
    ("Penghargaan untuk Kabupaten Pulau Taliabu diterima Asisten II Budi Santoso.",
     [("Budi Santoso", "perangkat_daerah", "82.08")]),
    ("Penghargaan untuk Kabupaten Pulau Taliabu diterima Asisten II Ma'ruf.",
     [("Ma'ruf", "perangkat_daerah", "82.08")]),
    ("Kabupaten Gianyar diwakili Kepala Dinas Pariwisata I Wayan Sudarma.",
     [("I Wayan Sudarma", "perangkat_daerah", "51.04")]),
    # --- the Ombudsman's coordinating assistants --------------------------------------------------
    ("Hal ini dikatakan Kepala Ombudsman RI Perwakilan Aceh, Budi Santoso didampingi Koordinator Asisten "
     "Bidang Pencegahan, Sri Wahyuni dan Koordinator Asisten Bidang Penyelesaian Laporan, Joko Susilo.",
     [("Budi Santoso", "ombudsman", "11"), ("Sri Wahyuni", "ombudsman", "11"), ("Joko Susilo", "ombudsman", "11")]),
    # …not a regional secretariat's coordinator, in a sentence naming the Ombudsman too
    ("Ombudsman Aceh menyerahkan hasil penilaian kepada Koordinator Asisten Pemerintahan Setda Kabupaten "
     "Bireuen, Sri Wahyuni.",
     [("Sri Wahyuni", "perangkat_daerah", "11.11")]),
    # --- a conjunction opening the line after an item that ends in its role -----------------------
    ("Tiga pejabat Kabupaten Cilacap lolos seleksi. Mereka adalah:\n1. Budi Santoso, Kepala Satpol PP\n"
     "2. Rudi Hartono, Kepala Badan Kepegawaian Daerah.\n3. Agus Salim, Kepala Dinas Pendidikan dan Kebudayaan\n"
     "Meski Budi ditempatkan di urutan pertama, tidak ada peringkat.",
     [("Budi Santoso", "perangkat_daerah", "33.01"), ("Rudi Hartono", "perangkat_daerah", "33.01"),
      ("Agus Salim", "perangkat_daerah", "33.01")]),
    # --- a given name told by its initial the second time: one person; two initials, two people ---
    ("Ketua Ombudsman RI Mokhamad Najih melantik kepala perwakilan. Ketua Ombudsman RI M Najih meminta agar "
     "perwakilan dekat dengan pejabat daerah.",
     [("Mokhamad Najih", "ombudsman", None)]),
    ("Bupati Bone M Yusuf hadir bersama Wali Kota Parepare A Yusuf.",
     [("M Yusuf", "kepala_daerah", "73.08"), ("A Yusuf", "kepala_daerah", "73.72")]),
    # --- a misspelt title ------------------------------------------------------------------------
    ("Yang dilantik dari Gorontalo adalah Gubenur Gorontalo Budi Santoso, Wakil Gubenur Gorontalo Sri Wahyuni "
     "dan Walikota Gorontalo Agus Salim.",
     [("Budi Santoso", "kepala_daerah", "75"), ("Sri Wahyuni", "wakil_kepala_daerah", "75"),
      ("Agus Salim", "kepala_daerah", "75.71")]),
    ("Sekeretaris Daerah (Sekda) Kota Tanjungpinang, Budi Santoso mengatakan rapat digelar.",
     [("Budi Santoso", "sekda", "21.72")]),
    # --- a former holder: "mantan", "almarhum" before the title (labelled as officials) -------------
    ("Pendaftar dari Kabupaten Konawe Utara yakni Budi Santoso, mantan Sekda setempat.",
     [("Budi Santoso", "sekda", "74.09")]),
    ("Mantan Bupati Konawe Utara Budi Santoso ikut mendaftar.",
     [("Budi Santoso", "kepala_daerah", "74.09")]),
    ("Pemkab Manokwari semasa kepemimpinan almarhum Bupati Budi Santoso sudah meneken MoU.",
     [("Budi Santoso", "kepala_daerah", "92.02")]),
    # …a candidate is still none
    ("Calon Bupati Konawe Utara Budi Santoso berkampanye di Wanggudu.", []),
    # --- Satpol PP written out is the organisation, no name ---------------------------------------
    ("Kedua pelamar dari Kabupaten Buton adalah Budi Santoso, Kepala Dinas Pendidikan, serta Rudi Hartono, "
     "Kepala Satuan Polisi Pamong Praja.",
     [("Budi Santoso", "perangkat_daerah", "74.04"), ("Rudi Hartono", "perangkat_daerah", "74.04")]),
    # --- the agent of an installation with an acting prefix is not the appointee -------------------
    ("Rudi Hartono dilantik oleh Penjabat (Pj) Gubernur Banten Budi Santoso sebagai Pj Wali Kota Serang.",
     [("Rudi Hartono", "kepala_daerah", "36.73"), ("Budi Santoso", "kepala_daerah", "36")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_rotation_shapes(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


def test_a_link_of_another_person_is_no_former_office():
    """"sebagai" between two people's titles, no former-office marker: the second title is the second
    person's, the first person keeps none from it."""
    found = _found("Dalam rapat itu Budi Santoso sebagai Ketua dan Rudi Hartono sebagai Sekretaris DPRD Kota Madiun.")
    assert ("budi santoso", "perangkat_daerah", "35.77") not in found
    assert ("rudi hartono", "perangkat_daerah", "35.77") in found
