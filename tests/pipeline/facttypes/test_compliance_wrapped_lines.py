"""warta_compliance: a text hard-wrapped into short lines (final7; the layout also in final4 and final5's other
topics). A line that opens in lower case right after a line without a sentence's end goes on with that
sentence: it refers to the government the line before names, without an anaphor, and a context word on
any of its lines is the whole sentence's. A new sentence on the next line does neither. Sentences written
for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import R, results

LEAD = ("Perwakilan Ombudsman RI Provinsi Sumatera Barat\n"
        "telah menyerahkan Hasil Penilaian Kepatuhan Standar Pelayanan Publik 2023\n"
        "kepada setiap pemerintah daerah. Penyerahan itu dilakukan\n"
        "pada awal Februari lalu di Padang. Tidak semua pemda\n"
        "menerima sertifikat. Dua di antaranya tidak mendapatkan\n"
        "penghargaan. Keduanya berasal dari wilayah pesisir.\n")
PUBLISHED = datetime(2024, 2, 10)


def test_the_next_line_goes_on_with_the_government_named_before(nlp):
    text = LEAD + ("Kepala perwakilan, Budi Santoso, mengatakan bahwa Pemkab Pesisir Selatan tidak diberi piagam karena nilai\n"
                   "pelayanan publiknya menurun dan masuk zona kuning.\n")
    assert results(nlp, text, PUBLISHED) == {(R("kabupaten", "Pesisir Selatan"), "kuning", 2023, None)}


def test_a_new_sentence_on_the_next_line_does_not_go_on(nlp):
    text = LEAD + ("Kepala perwakilan, Budi Santoso, mengatakan bahwa Pemkab Pesisir Selatan tidak diberi piagam.\n"
                   "pelayanan publik di banyak daerah lain masih masuk zona kuning.\n")
    assert results(nlp, text, PUBLISHED) == set()


def test_a_line_opening_in_capitals_is_its_own_sentence(nlp):
    text = LEAD + ("Kepala perwakilan, Budi Santoso, mengatakan bahwa Pemkab Pesisir Selatan tidak diberi piagam karena nilai\n"
                   "Pelayanan publik di banyak daerah lain masih masuk zona kuning.\n")
    assert results(nlp, text, PUBLISHED) == set()
