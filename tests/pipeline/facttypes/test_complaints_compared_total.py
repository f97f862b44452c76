"""warta_complaints, round 10 (issue 12): the earlier year's figure of a comparison with the total just told,
written without a report noun after an anaphor of the total ("Jumlah ini meningkat dibandingkan tahun 2017
lalu sebanyak 356.", final4) or after a noun of change ("Data ini menunjukkan peningkatan dari tahun 2014
dengan jumlah 100 laporan", final8): each year's figure is its own fact (docs/contract.md). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_complaints import facts

LEAD = "Ombudsman RI Perwakilan Jawa Tengah menerima sebanyak 410 laporan dari masyarakat sepanjang 2019. "


@pytest.mark.parametrize("second", [
    "Jumlah ini meningkat dibandingkan tahun 2018 lalu sebanyak 350.",
    "Angka tersebut naik dibanding tahun 2018 yang berjumlah 350.",
    "Data ini menunjukkan peningkatan dari tahun 2018 dengan jumlah 350 laporan.",
    "Jumlah itu mengalami kenaikan dari tahun 2018 yang mencapai 350 laporan.",
])
def test_the_earlier_years_figure_of_a_comparison(second):
    assert facts(LEAD + second, None) == {("33", None, 410, 2019), ("33", None, 350, 2018)}


@pytest.mark.parametrize("second", [
    # no anaphor of the total, no report noun: a bare amount is no count of reports
    "Pengunjung kantor meningkat dibandingkan tahun 2018 sebanyak 350.",
    # the same total's share, no comparison
    "Jumlah ini sebanyak 350 sudah selesai ditindaklanjuti.",
])
def test_no_figure_without_the_totals_anaphor_or_a_comparison(second):
    assert facts(LEAD + second, None) == {("33", None, 410, 2019)}
