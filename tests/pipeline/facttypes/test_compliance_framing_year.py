"""warta_compliance: a sentence that opens with the year of the assessment it tells, set off by a comma ("Pada
penilaian tahun 2022, Pemprov A berada di zona kuning."), frames the results told right after it without a year
of their own, over the lead's year (an assessment still in progress); not when results of another year were
told before it (a look back), nor for a sentence told in the present ("kini"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_compliance import P, R, results

LEAD = ("Ombudsman RI sedang melakukan penilaian kepatuhan penyelenggaraan pelayanan publik tahun 2024 di Sulawesi "
        "Selatan.\nTim menggelar pendampingan bagi pemerintah daerah pekan ini.\n")


@pytest.mark.parametrize("framing", [
    "Pada penilaian tahun 2023, Pemerintah Provinsi Sulawesi Selatan berada di zona kuning.",
    "Dalam penilaian kepatuhan 2023, Pemerintah Provinsi Sulawesi Selatan masuk zona kuning.",
    "Pada survei kepatuhan tahun 2023, Pemerintah Provinsi Sulawesi Selatan meraih zona kuning.",
    "Hasil penilaian 2023, Pemerintah Provinsi Sulawesi Selatan tercatat di zona kuning.",
])
def test_the_framing_year_dates_the_next_results(nlp, framing):
    text = LEAD + framing + "\nBeberapa daerah seperti Kota Makassar dan Kota Parepare masuk zona hijau.\n"
    assert results(nlp, text) == {(P("Sulawesi Selatan"), "kuning", 2023, None),
                                  (R("kota", "Makassar"), "hijau", 2023, None),
                                  (R("kota", "Parepare"), "hijau", 2023, None)}


def test_a_look_back_after_results_of_the_lead_year_frames_nothing(nlp):
    text = ("Ombudsman menyerahkan hasil penilaian kepatuhan tahun 2024 di Sulawesi Selatan.\n"
            "Kota Parepare naik ke zona hijau dengan nilai 81,20. Pada penilaian 2023, Parepare masih di zona kuning.\n"
            "Kota Makassar memperoleh nilai 76,10 dan berada di zona kuning.\n")
    found = results(nlp, text)
    assert (R("kota", "Makassar"), "kuning", 2024, 76.1) in found


def test_a_sentence_in_the_present_is_not_framed(nlp):
    text = LEAD + ("Pada penilaian tahun 2023, Pemerintah Provinsi Sulawesi Selatan berada di zona kuning.\n"
                   "Kini Kota Makassar masuk zona hijau.\n")
    found = results(nlp, text)
    assert (R("kota", "Makassar"), "hijau", 2023, None) not in found
