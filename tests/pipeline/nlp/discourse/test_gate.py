"""Unit gates (pipeline/nlp/discourse/gate.py): a unit's triggers tested once, the last unit holding
one, and the frame's carrying slots that keep a unit without triggers read."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.discourse.frames import Frame
from pipeline.nlp.discourse.gate import UnitGate

GATE = UnitGate(("zona ", "kategori "), re.compile(r"\d"))


@dataclass
class _Unit:
    index: int
    text: str


def _units(*texts: str) -> list[_Unit]:
    return [_Unit(i, t) for i, t in enumerate(texts)]


def test_a_unit_holds_a_trigger_by_word_in_any_case_or_by_pattern():
    assert GATE.holds("Kota itu masuk ZONA hijau.")
    assert GATE.holds("Nilainya 88,1.")
    assert not GATE.holds("Wali kota menyambut baik hasil itu.")
    assert GATE.flags(_units("Masuk kategori A.", "Warga senang.")) == [True, False]


def test_last_is_the_last_unit_with_a_trigger_or_a_forced_one():
    units = _units("Kabupaten A masuk zona hijau.", "Bupati berterima kasih.", "Warga senang.")
    assert GATE.last(units) == 0
    assert GATE.last(units, forced={2}) == 2
    assert GATE.last(_units("Warga senang.")) == -1


def test_a_unit_after_the_last_trigger_is_done_only_once_the_carrying_slots_close():
    frame = Frame("assessment", group_zone=2, listed=1)
    assert GATE.done(3, 2, frame, "group_zone")
    assert not GATE.done(2, 2, frame, "group_zone")  # the last unit with a trigger is read
    frame.tell("group_zone", "hijau", 2)
    assert not GATE.done(3, 2, frame, "group_zone")  # it continues the group told at 2
    assert not GATE.done(4, 2, frame, "group_zone")
    assert GATE.done(5, 2, frame, "group_zone")  # out of the slot's reach
    frame.tell("listed", ["A"], 4)
    assert GATE.done(5, 2, frame, "group_zone")  # (a slot that lends no fact does not keep units read)
    frame.close("group_zone")
    assert GATE.done(3, 2, frame, "group_zone")
