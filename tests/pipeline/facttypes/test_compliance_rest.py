"""warta_compliance: "sisanya"/"selebihnya" opens the rest of a group as a contrast does: a government
named in the rest takes the rest's zone ("hanya 3 kabupaten di zona hijau dan sisanya termasuk Provinsi A
masuk zona kuning"; final5). Sentences written for these tests."""
from __future__ import annotations

from datetime import datetime

from tests.pipeline.facttypes.test_compliance import results

PUB = datetime(2022, 12, 1)


def test_a_government_in_the_rest_takes_the_rests_zone(nlp):
    for rest in ("sisanya termasuk Provinsi Sulawesi Barat", "selebihnya, termasuk Pemprov Sulawesi Barat,"):
        text = ("Pada penilaian kepatuhan Ombudsman tahun 2021, dari tujuh pemda yang dinilai hanya dua kabupaten yang "
                f"masuk zona hijau dan {rest} masuk kategori zona kuning.")
        assert results(nlp, text, PUB) == {("P76", "kuning", 2021, None)}, text
