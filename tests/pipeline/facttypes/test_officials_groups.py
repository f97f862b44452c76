"""Officials, round 9 (issue 12, read on final7): a group's office told once in lower case and its
holders listed by name after an opener (pipeline/facttypes/officials/groups.py), and a portal's list of
other stories' headlines as bulleted lines without a heading (labels.py `headline_list`, `names_first`).
Every sentence is written for this test: invented names and events, real places. Each case: text, then
the expected officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_officials_names import _found, _key

GROUPS = [
    # the office in the list's own sentence, plain names
    ("SERANG – Sepuluh pejabat eselon III dilantik Bupati Serang Ratu Tatu Chasanah di pendopo, Selasa. Empat "
     "pejabat yang dipromosikan menjadi camat, yakni Budi Santoso, Hasan, Rudi Hartono, dan Agus Salim. Keempat "
     "camat itu menggantikan camat yang pensiun.",
     [("Ratu Tatu Chasanah", "kepala_daerah", "36.04"), ("Budi Santoso", "camat_desa", "36.04"),
      ("Hasan", "camat_desa", "36.04"), ("Rudi Hartono", "camat_desa", "36.04"), ("Agus Salim", "camat_desa", "36.04")]),
    # the office in a sentence before, "mereka" in the list's, a bracket after each name; a list of
    # districts between them is no list of people
    ("MANOKWARI – Bupati Manokwari, Yohanes Wonda, melantik enam kepala distrik di lingkup Pemkab Manokwari, "
     "Senin. Dari 6 distrik yang dilantik, 3 distrik merupakan distrik baru, yaitu Warmare Utara, Prafi Selatan, "
     "Sidey Barat.\nAdapun mereka yang dilantik, yakni Budi Santoso (Warmare), Yakob Mandacan (Prafi Selatan), "
     "dan Hasan Basri (Sidey).",
     [("Yohanes Wonda", "kepala_daerah", "92.02"), ("Budi Santoso", "camat_desa", "92.02"),
      ("Yakob Mandacan", "camat_desa", "92.02"), ("Hasan Basri", "camat_desa", "92.02")]),
]

GROUP_NO_PLACE = [
    # (was a must-not-fire case of round 6's place lists, test_officials_shapes.py: the brackets name no
    # region, so the items take no place from them; by the contract the group's members are named holders
    # of the office, and final7 labels two such lists, so they are officials, without a place)
    ("Para camat yang dilantik yaitu Budi Santoso (Kecamatan Baru), Rudi Hartono (Kecamatan Lama).",
     [("Budi Santoso", "camat_desa", None), ("Rudi Hartono", "camat_desa", None)]),
]

GROUP_NEGATIVES = [
    # no office for the group: people named after an opener are no officials
    ("Tiga pegawai yang dilantik di Kabupaten Serang, yakni Budi Santoso, Rudi Hartono dan Agus Salim.", []),
    # candidates hold no office yet
    ("Panitia menetapkan empat calon camat di Kabupaten Serang, yakni Budi Santoso, Hasan, Rudi Hartono, dan "
     "Agus Salim.", []),
    # no installation or appointment: a camat's visitors
    ("Para camat di Kabupaten Serang menerima tamu, yakni Budi Santoso, Rudi Hartono dan Agus Salim.", []),
    # the items are no clean names: no list of holders
    ("Bupati Manokwari melantik kepala distrik di tiga distrik baru, yaitu Warmare Utara, Prafi Selatan dan "
     "Sidey Barat yang dimekarkan tahun ini.", []),
]


@pytest.mark.parametrize("text,expected", GROUPS + GROUP_NO_PLACE + GROUP_NEGATIVES,
                         ids=[c[0][:40] for c in GROUPS + GROUP_NO_PLACE + GROUP_NEGATIVES])
def test_group_lists(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}


HEADLINES = [
    # three bulleted headlines of other stories above the article: their names are not the article's
    ("- Gubernur Budi Santoso dan Wagub Rudi Hartono Sambut Menteri di Provinsi Jambi\n"
     "- Bank Daerah Jambi Tanam 500 Pohon Di Desa Pematang\n"
     "- Walikota Hasan Basri Resmikan Layanan Darurat Bagi Warga Kota Jambi\n"
     "Sungaipenuh Berada di Zona Kuning\n"
     "Kepala Perwakilan Ombudsman RI Provinsi Jambi Agus Salim menyerahkan hasil penilaian.",
     [("Agus Salim", "ombudsman", "15")]),
]

HEADLINE_NEGATIVES = [
    # a roll-call of bulleted lines that close with a place, names first: read
    ("Gubernur Riau melantik dua penjabat kepala daerah, Senin.\n- Budi Santoso, SH untuk Kabupaten Kampar\n"
     "- Rudi Hartono untuk Kota Dumai\n- Hasan Basri untuk Kabupaten Siak\nPelantikan berlangsung di Pekanbaru.",
     [("Budi Santoso", "kepala_daerah", "14.01"), ("Rudi Hartono", "kepala_daerah", "14.72"),
      ("Hasan Basri", "kepala_daerah", "14.08")]),
    # a roll-call of bulleted lines linking each name to its office: read
    ("Presiden melantik tiga penjabat gubernur:\n- Budi Santoso sebagai Pj Gubernur Jambi\n"
     "- Rudi Hartono sebagai Pj Gubernur Bengkulu\n- Hasan Basri sebagai Pj Gubernur Riau\nAcara berlangsung khidmat.",
     [("Budi Santoso", "kepala_daerah", "15"), ("Rudi Hartono", "kepala_daerah", "17"),
      ("Hasan Basri", "kepala_daerah", "14")]),
]


@pytest.mark.parametrize("text,expected", HEADLINES + HEADLINE_NEGATIVES,
                         ids=[c[0][:40] for c in HEADLINES + HEADLINE_NEGATIVES])
def test_headline_lists(text, expected):
    assert _found(text) == {(_key(n), c, p) for n, c, p in expected}
