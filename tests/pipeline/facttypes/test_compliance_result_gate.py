"""warta_compliance's unit gate (component.RESULT_GATE): the reader stops after the last unit that can give a
result of its own, unless the frame still carries a zone to the units after it; on sentences written for these
tests. The gate's words are `unit_elements`' own gates: a gate added there without joining RESULT_GATE fails."""
from __future__ import annotations

import ast
import inspect
import json
from pathlib import Path

import pytest

from pipeline.facttypes.compliance import component as C
from pipeline.facttypes.compliance import elements
from pipeline.facttypes.compliance import grammar as G
from pipeline.nlp.discourse.gate import UnitGate
from tests.pipeline.facttypes.test_compliance import R, results


def _gate_constants() -> tuple[set[str], set[str]]:
    """The grammar constants `unit_elements` tests with `any(map(low.__contains__, G.X))` and the patterns
    it searches with `G.X.search(text)` before deciding the unit holds nothing."""
    tree = ast.parse(inspect.getsource(elements.unit_elements))
    words, patterns = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "map" and len(node.args) == 2 \
                and getattr(node.args[0], "attr", None) == "__contains__" and isinstance(node.args[1], ast.Attribute):
            words.add(node.args[1].attr)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "search" \
                and isinstance(node.func.value, ast.Attribute) and getattr(node.func.value.value, "id", None) == "G" \
                and isinstance(node.args[0], ast.Name) and node.args[0].id == "text":
            patterns.add(node.func.value.attr)
    return words, patterns


def test_every_gate_of_unit_elements_is_in_the_result_gate():
    words, patterns = _gate_constants()
    assert words >= {"ZONE_GATE", "GRADE_GATE", "RANK_GATE"}
    for name in words:
        assert set(getattr(G, name)) <= set(C.RESULT_GATE.words), name
    assert patterns == {"DIGIT"} and C.RESULT_GATE.pattern is G.DIGIT


def test_a_unit_without_triggers_has_no_elements():
    """The gate's premise: `unit_elements` finds nothing where RESULT_GATE finds no trigger."""
    for text in ("Bupati Kabupaten Demak berterima kasih kepada Ombudsman atas pendampingannya.",
                 "Mereka adalah Kabupaten Kudus dan Kabupaten Batang."):
        assert not C.RESULT_GATE.holds(text)
        el = elements.unit_elements(text, 2030)
        assert not (el.zones or el.scores or el.ranks or el.earlier or el.has_result)


def _read_units(nlp, monkeypatch, text: str) -> tuple[set, list[str]]:
    read: list[str] = []
    original = C.unit_elements

    def spy(ut, *args, **kwargs):
        read.append(ut)
        return original(ut, *args, **kwargs)

    monkeypatch.setattr(C, "unit_elements", spy)
    return results(nlp, text), read


def test_a_unit_after_the_last_result_without_triggers_is_not_read(nlp, monkeypatch):
    """The unit right after a result is read (the frame's zone holds there: "Kategori yang sama …"); the
    next one, with no trigger and nothing carried to it, is not."""
    after = "Bupati Kabupaten Demak berterima kasih kepada Ombudsman atas pendampingannya."
    tail = "Warga Kabupaten Demak menyambut baik kabar dari Ombudsman itu."
    text = ("Ombudsman Jawa Tengah mengumumkan hasil penilaian kepatuhan 2019. Kabupaten Demak meraih zona hijau "
            "dengan nilai 93,20.\n" + after + " " + tail)
    found, read = _read_units(nlp, monkeypatch, text)
    assert found == {(R("kabupaten", "Demak"), "hijau", 2019, 93.2)}
    assert after in read and tail not in read


@pytest.mark.parametrize("group", ["Dua daerah", "Beberapa daerah"])  # a counted group's zone; a group's zone (frame)
def test_a_unit_that_continues_a_group_told_before_is_read(nlp, monkeypatch, group):
    listed = "Mereka adalah Kabupaten Kudus dan Kabupaten Batang."
    text = (f"Ombudsman Jawa Tengah mengumumkan hasil penilaian kepatuhan 2019. {group} masuk zona hijau.\n"
            + listed)
    found, read = _read_units(nlp, monkeypatch, text)
    assert listed in read
    assert found == {(R("kabupaten", "Kudus"), "hijau", 2019, None), (R("kabupaten", "Batang"), "hijau", 2019, None)}


def _gold_texts() -> list[str]:
    texts = []
    for path in sorted((Path(__file__).parents[2] / "fixtures" / "gold").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_the_gated_reader_gives_what_the_full_reader_gives(nlp, monkeypatch):
    """On every gold text: the results with the reader stopping at the gate equal those with every unit read
    (a zone a later unit takes from something the gate does not know fails here)."""
    texts = _gold_texts()
    assert len(texts) > 100
    tagger = nlp.get_pipe("warta_compliance")
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.published = None
        for name, proc in nlp.pipeline:
            if name == "warta_compliance":
                break
            doc = proc(doc)
        docs.append(doc)
    gated = [tagger.extract(d) for d in docs]
    monkeypatch.setattr(UnitGate, "done", staticmethod(lambda k, last, frame, *carrying: False))
    assert [tagger.extract(d) for d in docs] == gated
    assert sum(map(len, gated)) > 50


def _rank_context_reads(monkeypatch) -> list[int]:
    calls: list[int] = []
    original = C.units_with_words

    def counting(low, words, units, **kwargs):
        if words is G.LEX["rank_context"]:
            calls.append(1)
        return original(low, words, units, **kwargs)

    monkeypatch.setattr(C, "units_with_words", counting)
    return calls


def test_the_rank_context_is_read_only_for_a_rank(nlp, monkeypatch):
    """The units holding a rank's context words are found on first use: an article whose units rank nobody
    never asks; a ranking of complaints asks, and gives no result."""
    calls = _rank_context_reads(monkeypatch)
    text = ("Ombudsman Jawa Tengah mengumumkan hasil penilaian kepatuhan 2019. Kabupaten Demak meraih zona hijau "
            "dengan nilai 93,20.")
    assert results(nlp, text) == {(R("kabupaten", "Demak"), "hijau", 2019, 93.2)}
    assert calls == []
    text = ("Ombudsman RI Perwakilan Riau menerima 310 laporan sepanjang 2024. Pemerintah Kota Pekanbaru "
            "paling banyak dilaporkan dengan 52 laporan. Posisi berikutnya ditempati Pemerintah Kabupaten "
            "Kampar (31 laporan).")
    assert results(nlp, text) == set()
    assert calls == [1]
