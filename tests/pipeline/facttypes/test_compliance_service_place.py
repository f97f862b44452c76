"""warta_compliance: a province written as the place of the public service, in a sentence telling which
zone dominates there ("rapor merah masih mendominasi kualitas pelayanan publik di Jatim") or citing no
assessment ("pelayanan publik di Kalsel masih di zona kuning"; final6, two articles), is where the
governments are, not the provincial government; the provincial government named as such, a kabupaten/kota,
and a province's public service with its assessment and score (test_compliance.py) keep their results.
Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results

PUB = datetime(2024, 2, 1)


def test_the_public_service_of_a_province_is_no_provincial_result(nlp):
    for text in ("Menurut Ombudsman, hasil penilaian kepatuhan 2023 menunjukkan rapor merah masih mendominasi "
                 "kualitas pelayanan publik di Sulawesi Tenggara.",
                 "Kepala Ombudsman menuturkan, pelayanan publik di Sultra sendiri saat ini masih berada di zona kuning "
                 "dan perlu banyak perbaikan."):
        assert results(nlp, text, PUB) == set(), text


def test_the_provincial_government_and_a_city_keep_their_results(nlp):
    text = ("Dalam penilaian kepatuhan pelayanan publik Ombudsman 2023, Pemprov Sulawesi Tenggara masuk zona kuning, "
            "sedangkan pelayanan publik di Kota Kendari masuk zona hijau.")
    assert results(nlp, text, PUB) == {("P74", "kuning", 2023, None), (R("kota", "Kendari"), "hijau", 2023, None)}
