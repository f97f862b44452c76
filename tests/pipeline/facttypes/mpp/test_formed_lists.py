"""warta_mpp: "terbentuk" told as done over a list of governments ("telah terbentuk enam MPP, yaitu …"): each
listed government's MPP was launched, with no year of the story's; a province named as a government item
("yakni Provinsi …") is its own MPP. Sentences written for these tests (invented counts and lists)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import P, R, tag
from tests.pipeline.facttypes.test_mpp import facts

PUBLISHED = datetime(2022, 3, 1)


def _key(m) -> str:
    return m.region_code or f"P{m.province_code}"


@pytest.mark.parametrize("text, listed", [
    ("Hingga akhir 2021, telah terbentuk empat MPP di Sumatera Barat, yaitu Kota Padang, Kota Bukittinggi, "
     "Kabupaten Agam, dan Kota Payakumbuh.",
     {R("kota", "Padang"), R("kota", "Bukittinggi"), R("kabupaten", "Agam"), R("kota", "Payakumbuh")}),
    ("Sampai saat ini sudah terbentuk tiga Mal Pelayanan Publik di kawasan timur, yakni Provinsi Sulawesi Tengah, "
     "Kota Kendari dan Kabupaten Sikka.",
     {P("Sulawesi Tengah"), R("kota", "Kendari"), R("kabupaten", "Sikka")}),
    ("MPP yang telah terbentuk di Jawa Timur antara lain di Kota Malang, Kabupaten Lumajang serta Kota Kediri.",
     {R("kota", "Malang"), R("kabupaten", "Lumajang"), R("kota", "Kediri")}),
    ("Saat ini telah terbentuk 5 MPP, di antaranya MPP Kota Padang, MPP Kabupaten Agam dan MPP Kota Solok.",
     {R("kota", "Padang"), R("kabupaten", "Agam"), R("kota", "Solok")}),
    ("Setelah terbentuk di tiga kota, yaitu Kota Padang, Kota Solok dan Kota Bukittinggi, Mal Pelayanan Publik "
     "kini hadir di kabupaten.",
     {R("kota", "Padang"), R("kota", "Solok"), R("kota", "Bukittinggi")}),
])
def test_a_list_of_mpps_formed_is_launched_without_the_storys_year(nlp, text, listed):
    got = {(_key(m), m.status, m.year) for m in tag(nlp, text, PUBLISHED)._.mpp}
    assert got == {(code, "launched", None) for code in listed}


def test_a_list_formed_keeps_no_year_of_the_storys_launch(nlp):
    text = ("Bupati Agam meresmikan Mal Pelayanan Publik (MPP) Kabupaten Agam, Senin (28/2/2022).\n"
            "Hingga kini telah terbentuk dua MPP lain di Sumatera Barat, yaitu Kota Padang dan Kota Solok.")
    assert facts(nlp, text, PUBLISHED) == {(R("kabupaten", "Agam"), "launched", 2022),
                                           (R("kota", "Padang"), "launched", None),
                                           (R("kota", "Solok"), "launched", None)}


@pytest.mark.parametrize("text", [
    "Meski MPP belum terbentuk, Pemkab Agam sudah membuka gerai layanan keliling.",
    "Tim percepatan MPP Kota Padang telah terbentuk sejak Maret.",
    "Forum komunikasi pelayanan publik telah terbentuk di Kota Solok, kata Kepala DPMPTSP.",
])
def test_formed_of_no_mpp_or_denied_gives_no_launch(nlp, text):
    assert not any(status == "launched" for _, status, _ in facts(nlp, text, PUBLISHED))


def test_formed_after_a_future_marker_is_a_plan(nlp):
    text = "Rencananya MPP akan segera terbentuk di Kota Solok dan Kabupaten Agam."
    assert {(code, status) for code, status, _ in facts(nlp, text, PUBLISHED)} == {
        (R("kota", "Solok"), "planned"), (R("kabupaten", "Agam"), "planned")}
