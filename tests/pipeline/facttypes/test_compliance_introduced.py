"""warta_compliance: a ranking told in one sentence whose next government is introduced by a passive verb
("… dan terendah diraih Pemkab B hanya 71,66 atau berada di zona kuning", "disusul Kabupaten C dengan nilai
…"): what that government's stretch tells (a zone) is its own, not the others'; a zone shared by a
coordinated list still goes to all. Sentences written for these tests."""
from __future__ import annotations

from tests.pipeline.facttypes.test_compliance import R, results

LEAD = "Hasil penilaian kepatuhan Ombudsman tahun 2023 diumumkan. "


def _k(name):
    return R("kabupaten", name)


def test_terendah_diraih_keeps_its_zone_to_itself(nlp):
    text = (LEAD + "Secara umum dari 11 kabupaten, Pemkab Tapin berada di posisi teratas dengan nilai 95,07 dan "
            "terendah diraih Pemkab Kotabaru hanya 71,66 atau berada di zona kuning dengan kategori C.")
    assert results(nlp, text) == {(_k("Tapin"), None, 2023, 95.07), (_k("Kotabaru"), "kuning", 2023, 71.66)}


def test_disusul_takes_no_zone_from_the_first_items_parentheses(nlp):
    text = (LEAD + "Posisi pertama ditempati oleh Kabupaten Tapin dengan nilai 90,10 (zona hijau), disusul Kabupaten "
            "Balangan dengan nilai 79,30.")
    assert results(nlp, text) == {(_k("Tapin"), "hijau", 2023, 90.1), (_k("Balangan"), None, 2023, 79.3)}


def test_posisi_kedua_diduduki_oleh_with_its_own_zone(nlp):
    text = (LEAD + "Kabupaten Balangan meraih nilai 92,40, sedangkan posisi kedua diduduki oleh Kabupaten Tabalong "
            "dengan nilai 88,15 yang masuk zona hijau.")
    got = results(nlp, text)
    assert (_k("Tabalong"), "hijau", 2023, 88.15) in got
    assert (_k("Balangan"), "hijau", 2023, 92.4) not in got


def test_a_zone_shared_by_a_coordinated_list_still_goes_to_all(nlp):
    text = LEAD + "Zona hijau diraih Kabupaten Tapin, Kabupaten Balangan dan Kabupaten Tabalong."
    assert results(nlp, text) == {(_k(n), "hijau", 2023, None) for n in ("Tapin", "Balangan", "Tabalong")}
    text = LEAD + "Nilai tertinggi diraih Kabupaten Tapin dan Kabupaten Balangan yang sama-sama masuk zona hijau."
    assert results(nlp, text) == {(_k(n), "hijau", 2023, None) for n in ("Tapin", "Balangan")}
    text = LEAD + "Kabupaten Tapin dengan nilai 85,10 dan Kabupaten Balangan dengan nilai 83,20 masuk zona hijau."
    assert results(nlp, text) == {(_k("Tapin"), "hijau", 2023, 85.1), (_k("Balangan"), "hijau", 2023, 83.2)}
