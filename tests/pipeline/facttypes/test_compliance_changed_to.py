"""warta_compliance: in a change compared with an earlier year, "X menjadi Y": Y is the new score, of the year the
unit gives its own assessment, X the earlier year's ("… dibandingkan tahun sebelumnya yang meraih nilai 81,20
menjadi 84,05"). Shown by final9; sentences written for these tests (invented places, years and scores)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R, results

LEAD = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik kepada pemerintah daerah. "
PUB = datetime(2023, 1, 20)
SINJAI = R("kabupaten", "Sinjai")


@pytest.mark.parametrize("text", [
    "Pemkab Sinjai pada penilaian tahun 2022 meningkat 2,85 poin dibandingkan tahun sebelumnya yang meraih nilai "
    "81,20 menjadi 84,05.",
    "Pada penilaian tahun 2022 nilai Pemkab Sinjai naik dari 81,20 pada 2021 menjadi 84,05 poin.",
])
def test_the_score_a_change_ends_at_is_the_units_own_years(nlp, text):
    assert results(nlp, LEAD + text, PUB) == {(SINJAI, None, 2021, 81.2), (SINJAI, None, 2022, 84.05)}


def test_a_score_after_menjadi_with_no_year_of_its_own_takes_none_from_the_change(nlp):
    # two years without a comparison cue: the change gives the new score no year of its own
    text = "Pemkab Sinjai meraih 81,20 pada 2021 dan 2022 lalu menjadi 84,05 poin."
    assert not any(year == 2021 and score == 84.05 for _, _, year, score in results(nlp, LEAD + text, PUB))
