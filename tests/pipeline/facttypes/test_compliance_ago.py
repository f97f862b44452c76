"""warta_compliance: "lalu" after a time noun or a year means "ago" ("tahun lalu", "2021 lalu") and opens no
clause, so a score told after it in the same clause is that year's, not the next clause's ("yang tahun lalu
meraih nilai 61,20, tahun ini …"; final6, final8); "lalu" after anything else still opens the next step.
Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results


def test_a_score_after_tahun_lalu_is_last_years(nlp):
    text = ("Hasil penilaian kepatuhan Ombudsman 2023 diumumkan. Kabupaten Sigi, yang dalam penilaian tahun lalu "
            "meraih nilai 61,20, tahun ini naik dengan nilai 84,50.")
    code = R("kabupaten", "Sigi")
    assert results(nlp, text, datetime(2023, 12, 12)) == {(code, None, 2022, 61.2), (code, None, 2023, 84.5)}


def test_a_score_after_a_year_and_lalu_is_that_years(nlp):
    text = ("Penilaian kepatuhan Ombudsman 2024 diumumkan. Sebelumnya, 2022 lalu Kabupaten Sigi masuk zona kuning "
            "dengan nilai 61,20, kemudian 2023 meraih nilai 70,45 dan masih zona kuning.")
    code = R("kabupaten", "Sigi")
    found = results(nlp, text, datetime(2024, 12, 12))
    assert (code, "kuning", 2022, 61.2) in found
    assert (code, "kuning", 2023, 70.45) in found


def test_lalu_after_a_zone_still_opens_the_next_step(nlp):
    text = ("Pada penilaian kepatuhan Ombudsman 2022 Kabupaten Sigi masuk zona kuning dengan nilai 61,20 lalu pada "
            "2023 naik ke zona hijau dengan nilai 84,50.")
    code = R("kabupaten", "Sigi")
    assert results(nlp, text) == {(code, "kuning", 2022, 61.2), (code, "hijau", 2023, 84.5)}
