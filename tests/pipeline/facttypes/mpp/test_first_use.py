"""warta_mpp: what the reader reads of the whole article is read on first use only (sentences written for these
tests): the main region (governments.main_region, every unit's mentions) — a story whose MPP sentences each name
their government never asks for it, one with a status told of no named government does and gives the fact to that
region; the headlines' years (dating.heading_years) — asked only by a fact without a year of its own."""
from __future__ import annotations

from datetime import datetime

from pipeline.facttypes.mpp import component as M
from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts


def _counted(monkeypatch) -> list[int]:
    calls: list[int] = []
    original = M.main_region

    def counting(discourse):
        calls.append(1)
        return original(discourse)

    monkeypatch.setattr(M, "main_region", counting)
    return calls


def test_a_story_naming_the_government_of_each_mpp_does_not_read_the_main_region(nlp, monkeypatch):
    calls = _counted(monkeypatch)
    text = "Bupati Sleman meresmikan Mal Pelayanan Publik (MPP) Kabupaten Sleman di Jalan Magelang, Kamis (12/3/2020)."
    assert facts(nlp, text) == {(R("kabupaten", "Sleman"), "launched", 2020)}
    assert calls == []


def test_a_status_told_of_no_named_government_reads_the_main_region(nlp, monkeypatch):
    calls = _counted(monkeypatch)
    text = ("Pemerintah Kabupaten Kulon Progo terus membenahi layanan perizinan bagi warga Kabupaten Kulon Progo. "
            "Mal Pelayanan Publik direncanakan rampung pada 2025.")
    found = facts(nlp, text)
    assert calls == [1]
    assert found == {(R("kabupaten", "Kulon Progo"), "planned", 2025)}


def _counted_headings(monkeypatch) -> list[int]:
    calls: list[int] = []
    original = M.heading_years

    def counting(*args):
        calls.append(1)
        return original(*args)

    monkeypatch.setattr(M, "heading_years", counting)
    return calls


def test_a_fact_with_its_own_year_does_not_read_the_headlines(nlp, monkeypatch):
    calls = _counted_headings(monkeypatch)
    text = ("Bupati Lahat Targetkan Mal Pelayanan Publik Beroperasi Tahun 2026\n\n"
            "Pemkab Lahat menargetkan Mal Pelayanan Publik Kabupaten Lahat beroperasi pada 2026.")
    assert facts(nlp, text, datetime(2025, 3, 4)) == {(R("kabupaten", "Lahat"), "planned", 2026)}
    assert calls == []


def test_a_fact_without_a_year_takes_the_headline_year(nlp, monkeypatch):
    calls = _counted_headings(monkeypatch)
    text = ("Bupati Lahat Targetkan Mal Pelayanan Publik Beroperasi Tahun 2026\n\n"
            "Pemkab Lahat tengah menyiapkan gedung eks Dinas Pendidikan untuk dijadikan Mal Pelayanan Publik.")
    assert facts(nlp, text, datetime(2025, 3, 4)) == {(R("kabupaten", "Lahat"), "planned", 2026)}
    assert calls == [1]
