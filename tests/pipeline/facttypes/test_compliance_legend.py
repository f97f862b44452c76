"""warta_compliance: the zones' score ranges an article states (its legend) give the zone of a result told
with a score and no zone (legend.py); no legend, or a legend of one range only, gives none. Sentences
written for these tests (invented places and figures)."""
from __future__ import annotations

import pytest

from tests.pipeline.facttypes.test_compliance import R, results

LIST = ("Ombudsman RI Perwakilan Jawa Tengah merilis hasil penilaian kepatuhan standar pelayanan publik.\n"
        "Nilai yang diperoleh yakni Kabupaten Kudus (88,10), Kabupaten Demak (74,25) dan Kabupaten Blora (45,50).\n")
WANT = {(R("kabupaten", "Kudus"), "hijau", None, 88.1), (R("kabupaten", "Demak"), "kuning", None, 74.25),
        (R("kabupaten", "Blora"), "merah", None, 45.5)}


@pytest.mark.parametrize("legend", [
    # colour after the zone noun, range before it, commas
    "Nilai 0-50 masuk zona merah, 51-80 zona kuning, dan 81-100 zona hijau.",
    # zone first, then its range ("dengan angka"), "sedangkan" before the last
    "Zona Hijau merupakan nilai tertinggi dengan angka 81-100, Zona Kuning nilai sedang dengan angka 51-80, "
    "sedangkan Zona Merah nilai terendah dengan angka 0-50.",
    # "berkategori", words for the range's bounds, semicolons
    "Rentang 0 hingga 50 berkategori merah; 51 hingga 80 berkategori kuning; 81 hingga 100 berkategori hijau.",
    # the legend before the list, "kategori" and the grade word between
    "Adapun kategori merah dengan tingkat kepatuhan rendah memiliki nilai 0–50, 51–80 kategori kuning, dan "
    "81–100 kategori hijau.",
])
def test_the_articles_legend_gives_a_scored_result_its_zone(nlp, legend):
    assert results(nlp, LIST + legend) == WANT
    assert results(nlp, legend + "\n" + LIST) == WANT


def test_no_legend_no_zone(nlp):
    assert results(nlp, LIST + "Penilaian dilakukan pada 10 kabupaten dari 35 kabupaten/kota di Jawa Tengah.") == {
        (R("kabupaten", "Kudus"), None, None, 88.1), (R("kabupaten", "Demak"), None, None, 74.25),
        (R("kabupaten", "Blora"), None, None, 45.5)}


def test_one_range_alone_is_no_legend(nlp):
    # one range with a zone (a target, not the scale): the results keep no zone
    text = LIST + "Pemprov menargetkan semua kabupaten meraih zona hijau dengan nilai 81-100 pada tahun depan."
    assert {r[1] for r in results(nlp, text) if r[0] != "P33"} == {None}


def test_a_legend_written_with_decimal_commas_is_read():
    from pipeline.facttypes.compliance.legend import zone_legend

    class Unit:
        def __init__(self, text):
            self.text = text

    for text in ["Nilai 0,00-50,00 zona merah, 50,01-80,00 zona kuning, 80,01-100 zona hijau.",
                 "Rentang 81,00 – 100 berkategori hijau; 51,00 – 80,99 berkategori kuning; 0 – 50,99 berkategori merah"]:
        legend = zone_legend([Unit(text)])
        assert [z for _, _, z in legend] == ["merah", "kuning", "hijau"], text
    assert zone_legend([Unit("Nilai 0,00-50,00 zona merah dan 40,00-100 zona hijau.")]) == []  # overlapping
