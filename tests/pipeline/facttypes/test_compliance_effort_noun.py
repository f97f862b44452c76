"""warta_compliance: a hope's noun with a demonstrative ("Upaya itu mengantar …", "Target tersebut tercapai …")
refers back to an effort made; what follows is stated, not hoped for (elements.hope_cut; final10). Without the
demonstrative, or after a hope verb, it still cuts. Sentences written for these tests (invented places, numbers)."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results

LEAD = "Ombudsman merilis hasil penilaian kepatuhan tahun 2024.\n"


def test_an_effort_referred_back_to_states_its_group_zone_for_the_ranking_after_it(nlp):
    text = LEAD + ("Upaya itu mengantar 20 satuan kepolisian dan 7 dari 8 pemerintah kabupaten/kota di Kalimantan Utara "
                   "berhasil masuk zona hijau.\n"
                   "Kota Tarakan memimpin dengan skor 95,10, diikuti Nunukan (92,40) dan Malinau (90,05).")
    assert results(nlp, text) == {(R("kota", "Tarakan"), "hijau", 2024, 95.1),
                                  (R("kabupaten", "Nunukan"), "hijau", 2024, 92.4),
                                  (R("kabupaten", "Malinau"), "hijau", 2024, 90.05)}


def test_an_effort_without_a_demonstrative_is_still_a_hope(nlp):
    assert results(nlp, LEAD + "Upaya Pemkot Tarakan masuk zona hijau terus dilakukan.") == set()


def test_a_hope_verb_before_the_referred_effort_still_cuts(nlp):
    assert results(nlp, LEAD + "Pemkot Tarakan berharap upaya itu membawa kota masuk zona hijau.") == set()
