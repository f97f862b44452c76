"""warta_complaints: which figure is the reports received: a generic "about" (the service of government
agencies) is no breakdown; a clause that numbers what the clause before it told ("…tidak diproses,
jumlahnya ada 31 laporan") takes that clause's outcome. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_complaints import facts


def test_reports_about_the_service_of_government_agencies_are_the_total():
    for about in ("pelayanan instansi pemerintahan", "pelayanan instansi pemerintah", "layanan instansi",
                  "pelayanan publik"):
        text = f"Ombudsman RI Perwakilan Jambi menerima 140 pengaduan masyarakat terkait {about} selama 2021."
        assert facts(text, None) == {("15", None, 140, 2021)}, about
    # a subject is still a breakdown
    assert facts("Ombudsman RI Perwakilan Jambi menerima 40 pengaduan terkait pertanahan selama 2021.", None) == set()


def test_a_number_given_to_the_outcome_of_the_clause_before():
    for text in ("Aduan yang tidak terverifikasi tidak diproses, jumlahnya ada 31 laporan.",
                 "Ombudsman Jambi menyebut sebagian aduan sudah diselesaikan, totalnya 52 laporan.",
                 "Laporan yang ditolak karena tidak lengkap, jumlahnya sebanyak 12 laporan."):
        assert facts("Ombudsman RI Perwakilan Jambi menerima 140 laporan selama 2021. " + text, None) \
            == {("15", None, 140, 2021)}, text
    # … but a clause numbering the reports received is the total
    text = "Ombudsman RI Perwakilan Jambi mencatat laporan masyarakat sepanjang 2021, jumlahnya ada 140 laporan."
    assert facts(text, None) == {("15", None, 140, 2021)}
