"""warta_compliance: towns named after a national agency's office ("Polres A", and "Polres A, B, dan C": three
police offices) are no governments, not even for a zone told for a group just before; a government's word opens a
government again ("Polres A dan Pemkab B"). Sentences written for these tests (invented places, numbers, quotes)."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results


def test_towns_coordinated_after_a_police_office_take_no_group_zone(nlp):
    text = ("Ombudsman merilis hasil penilaian kepatuhan tahun 2024. Namun, satu kabupaten masih berada di zona kuning.\n"
            "Polres Paser, Berau, dan Kutai Timur meraih peringkat tertinggi dalam penilaian kepatuhan di sektor "
            "kepolisian.")
    assert results(nlp, text) == set()


def test_a_police_office_alone_is_no_government(nlp):
    text = "Ombudsman merilis penilaian kepatuhan 2023. Polres Berau dan Polres Paser masuk zona merah."
    assert results(nlp, text) == set()


def test_a_government_word_after_the_office_opens_a_government(nlp):
    text = "Ombudsman merilis penilaian kepatuhan 2023. Sementara Polres Berau dan Pemkab Paser masuk zona merah."
    assert results(nlp, text) == {(R("kabupaten", "Paser"), "merah", 2023, None)}
