"""warta_complaints, round 12 (issue 12): "LM", the Ombudsman's own abbreviation of "Laporan Masyarakat",
is a report noun after a number ("dengan rincian 321 LM, 9 RCO, dan 447 konsultasi"); final10 told two
years' reports so, final4 a list ending in "1 LM". Only the upper-case abbreviation: no other word.

Sentences written for these tests: invented figures, real places.
"""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_complaints import facts

DAY = datetime(2024, 12, 1)


def test_reports_abbreviated_beside_other_contacts_are_the_reports_figure():
    text = ("Ombudsman Jawa Timur memaparkan data pengaduan masyarakat. Pada 2022, total 700 warga mengakses "
            "Ombudsman Jawa Timur, dengan rincian 300 LM, 9 RCO, dan 391 konsultasi.")
    assert facts(text, DAY) == {("35", None, 300, 2022)}


def test_abbreviated_reports_closed_are_no_count():
    text = ("Ombudsman Jawa Timur menerima 420 laporan sepanjang 2023. Dari jumlah itu, 300 LM sudah diselesaikan.")
    assert facts(text, DAY) == {("35", None, 420, 2023)}


def test_a_lower_case_lm_is_no_report_noun():
    text = "Ombudsman Jawa Timur memasang lampu 300 lm di ruang pengaduan pada 2023."
    assert facts(text, DAY) == set()
