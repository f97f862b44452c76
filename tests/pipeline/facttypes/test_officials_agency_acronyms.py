"""Regional agencies written as acronyms glued from "Dis"/"Din" and the syllables of their fields
("Dinsosnakertrans", "Dishutbun", "Distamben", "Disparpora"), and heads' titles glued to them
("Kadisporabudpar", "Kadiskoperindag"): the word is an agency, never a name, and a glued head is a
regional agency's head (issue 12, round 11; the acronyms in final8's and final9's installation rolls).
Every sentence is written for this test: invented names, real places. Each case: text, then the
expected officials as (name, category, place).
"""
from __future__ import annotations

import pytest

from pipeline.facttypes.officials.words import is_agency_acronym
from tests.pipeline.facttypes.test_officials_names import _found, _key


FIRES = [
    ("Bupati Sintang melantik pejabat. Kepala dinas baru di antaranya Kepala Dinsosnakertrans dijabat Imran, "
     "Kadis PU Hendrik, Kadisporabudpar Yohanes Lado, Kepala Dishutbun Abdul Karim, Kadiskoperindag Nurdin, "
     "Kepala Distamben Rudi Hartono.",
     {("Imran", "perangkat_daerah", "61.05"), ("Yohanes Lado", "perangkat_daerah", "61.05"),
      ("Abdul Karim", "perangkat_daerah", "61.05"), ("Nurdin", "perangkat_daerah", "61.05"),
      ("Rudi Hartono", "perangkat_daerah", "61.05")}),
    ("Bupati Batang melantik pejabat. Wahyudi yang semula Plt Kepala Dispaperta kini resmi menjadi kepala "
     "Disperindagkop.",
     {("Wahyudi", "perangkat_daerah", "33.25")}),
]


@pytest.mark.parametrize("text, expected", FIRES)
def test_a_glued_agency_is_an_office(text, expected):
    found = _found(text)
    for name, category, place in expected:
        assert (_key(name), category, place) in found, found
    names = {n for n, _, _ in found}
    assert not any(is_agency_acronym(w) for n in names for w in n.split()), names


@pytest.mark.parametrize("word", ["dinsosnakertrans", "dishutbun", "distamben", "disparpora", "kadisporabudpar",
                                  "kadiskoperindag"])
def test_glued_acronyms_are_recognised(word):
    assert is_agency_acronym(word)


@pytest.mark.parametrize("word", ["dina", "dinar", "dinda", "disa", "diana", "kadir", "kadina", "dinas", "dismas"])
def test_given_names_and_plain_words_are_not(word):
    assert not is_agency_acronym(word)


def test_a_name_opening_like_an_agency_stays_a_name():
    found = _found("Kepala Dinas Sosial Kabupaten Sintang, Dinar Sasmita, mengatakan bantuan sudah disalurkan.")
    assert (_key("Dinar Sasmita"), "perangkat_daerah", "61.05") in found, found
