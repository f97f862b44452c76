"""warta_mpp: the article's main region (governments.main_region, read from every unit's mentions) is read on
first use only: a story whose MPP sentences each name their government never asks for it; one with a status
told of no named government does, and gives the fact to that region (sentences written for these tests)."""
from __future__ import annotations

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
