"""warta_complaints, round 12 (issue 12): the reports part of the office's contacts told as "N (nya) (itu)
adalah/berbentuk laporan/aduan" ("yang 74 nya itu adalah laporan masyarakat, 49 tembusan …" in final5,
"199 laporan yang terdiri dari 179 berbentuk aduan dan 20 Respon Cepat" in final6): a count of reports,
the office's reports figure beside its other contacts.

Sentences written for these tests: invented figures, real places.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_complaints import facts

DAY = datetime(2023, 1, 20)


@pytest.mark.parametrize("part", [
    "yang 92 nya itu adalah laporan masyarakat, 30 tembusan dan 40 konsultasi non laporan",
    "terdiri dari 92 berbentuk aduan, 30 respon cepat dan 40 konsultasi",
])
def test_the_reports_part_told_with_a_copula_is_the_reports_figure(part):
    text = f"Selama 2022, Ombudsman RI Perwakilan Aceh menerima 162 akses masyarakat {part}."
    got = facts(text, DAY)
    assert ("11", None, 92, 2022) in got
    assert not any(n in (30, 40) for _, _, n, _ in got)


def test_a_copula_before_something_else_is_no_count():
    text = "Selama 2022, Ombudsman RI Perwakilan Aceh menerima 162 laporan, 92 nya itu adalah warga Banda Aceh."
    assert ("11", None, 92, 2022) not in facts(text, DAY)
