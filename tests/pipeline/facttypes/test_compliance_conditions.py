"""warta_compliance: a condition and its consequence ("apabila …, maka bisa dikatakan pelayanan pemerintah daerah
tersebut, masuk dalam kategori Zona Hijau"; final5) tell what would follow, no result, even past the comma that
ends the modal's own clause; a result told as fact beside a condition of something else stays. Sentences written
for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results

KAUR = R("kabupaten", "Kaur")
LEAD = "Pemkab Kaur masuk zona merah dalam penilaian kepatuhan Ombudsman 2019. Hasil yang dirilis zona merah dengan nilai 45,41. "


def test_a_consequence_after_maka_is_no_result(nlp):
    text = LEAD + ("Ombudsman menilai tiga instansi di lingkungan pemda. Tiga instansi itu apabila telah menunjukkan tren "
                   "layanan yang baik, maka bisa dikatakan pelayanan pemerintah daerah tersebut, masuk dalam kategori Zona Hijau.")
    assert results(nlp, text) == {(KAUR, "merah", 2019, 45.41)}


def test_a_result_told_as_fact_after_a_condition_of_something_else_stays(nlp):
    text = ("Jika dilihat dari tren tiga tahun, Pemkab Kaur tahun ini masuk zona hijau dalam penilaian kepatuhan "
            "Ombudsman 2019.")
    assert results(nlp, text) == {(KAUR, "hijau", 2019, None)}
