"""Frames and scopes: what is told once holds over the units after it until it expires or closes."""
from __future__ import annotations

from pipeline.nlp.discourse.frames import Frame, Scope


def test_scope_holds_within_its_reach():
    s = Scope(reach=2)
    s.tell("hijau", unit=3)
    assert [s.at(u) for u in (3, 4, 5, 6)] == ["hijau", "hijau", "hijau", None]


def test_scope_without_reach_holds_until_closed():
    s = Scope()
    s.tell(2024, unit=0)
    assert s.at(50) == 2024
    s.close()
    assert s.at(51) is None


def test_telling_none_closes():
    s = Scope(reach=5)
    s.tell("kuning", 0)
    s.tell(None, 1)
    assert s.at(2) is None


def test_frame_slots_are_independent():
    f = Frame("assessment", year=2, zone=1)
    f.tell("year", 2023, unit=1)
    f.tell("zone", "hijau", unit=1)
    assert f.get("zone", 3) is None and f.get("year", 3) == 2023
    assert f.told_at("year") == 1
    f.close("year")
    assert f.get("year", 2) is None and f.told_at("year") is None


def test_open_at_asks_the_given_slots():
    f = Frame("launch", status=None, named=3)
    f.tell("named", ["13.02"], 0)
    assert f.open_at(2, "named") and not f.open_at(2, "status")
    assert not f.open_at(4)
    f.close()
    assert "Frame('launch', {})" == repr(f)
