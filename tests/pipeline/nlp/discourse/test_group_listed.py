"""A unit that lists the members of a group told before (`group_listed`): the group named again or a
bare opener, the list running to the unit's end, a bare opener only right after the group's sentence."""
from __future__ import annotations

import pytest

from pipeline.nlp.discourse.lists import group_listed
from pipeline.nlp.discourse.mentions import Mention

NAMES = [("Sleman", "34.04"), ("Bantul", "34.02"), ("Yogyakarta", "34.71")]


def _mentions(text: str) -> list[Mention]:
    out, pos = [], 0
    for name, code in NAMES:
        a = text.find(name, pos)
        if a >= 0:
            out.append(Mention(a, a + len(name), code, False, name))
            pos = a + len(name)
    return out


@pytest.mark.parametrize("text", [
    "Ke-3 daerah tersebut antara lain Sleman, Bantul dan Kota Yogyakarta.",
    "Yakni di Kabupaten Sleman, Kabupaten Bantul, dan Kota Yogyakarta.",
    "Ketiganya adalah Sleman; Bantul; serta Kota Yogyakarta.",
    "Adapun tiga kabupaten/kota yang sudah memiliki MPP itu yaitu: Sleman, Bantul dan Kota Yogyakarta.",
    "Mereka adalah Kabupaten Sleman, Kabupaten Bantul dan Kota Yogyakarta.",
    "Di antaranya 1. Kabupaten Sleman, 2. Kabupaten Bantul, 3. Kota Yogyakarta.",
    "Di antaranya, Kabupaten Sleman, Kabupaten Bantul, dan Kota Yogyakarta.",  # a comma after the opener
    "Yakni, Sleman, Bantul serta Kota Yogyakarta.",
    "Ketiga daerah itu antara lain, Sleman, Bantul dan Kota Yogyakarta.",
])
def test_a_unit_listing_a_group_told_before(text):
    assert [m.code for m in group_listed(text, _mentions(text), 0, len(text))] == ["34.04", "34.02", "34.71"]


@pytest.mark.parametrize("text", [
    "Adapun daerah dengan nilai tertinggi yakni Sleman, Bantul dan Kota Yogyakarta.",  # another group
    "Yakni Sleman, Bantul dan Kota Yogyakarta yang meraih penghargaan.",  # says more than the list
    "Sleman, Bantul dan Kota Yogyakarta.",  # no opener: `resumed_list`
    "Bupati Sleman yakni Kustini hadir.",
    "Di antaranya, Kabupaten Sleman menambah loket dan Kota Yogyakarta membuka gerai baru.",  # says more
])
def test_no_group_list(text):
    assert group_listed(text, _mentions(text), 0, len(text)) == []


def test_a_bare_opener_far_from_the_group_is_no_group_list():
    bare = "Yakni di Kabupaten Sleman, Kabupaten Bantul, dan Kota Yogyakarta."
    named = "Ketiga daerah itu yakni Kabupaten Sleman, Kabupaten Bantul, dan Kota Yogyakarta."
    assert group_listed(bare, _mentions(bare), 0, len(bare), adjacent=False) == []
    assert len(group_listed(named, _mentions(named), 0, len(named), adjacent=False)) == 3


@pytest.mark.parametrize("text", [
    "Beberapa di antaranya adalah di Kabupaten Sleman, Kabupaten Bantul dan Kota Yogyakarta.",
    "Sebagian diantaranya, Sleman, Bantul, Kota Yogyakarta, dan lainnya.",
    "Beberapa di antaranya yakni Sleman, Bantul, Kota Yogyakarta dll.",
    "Antara lain Sleman, Bantul, Kota Yogyakarta dan Lorem Raya.",  # a name the gazetteer does not know
])
def test_a_part_of_the_group_and_an_open_end(text):
    """final6: "Beberapa diantaranya adalah di A, B, C, dan lainnya." lists some members of the group."""
    assert [m.code for m in group_listed(text, _mentions(text), 0, len(text))] == ["34.04", "34.02", "34.71"]


@pytest.mark.parametrize("text", [
    "Beberapa di antaranya berada di Sleman, Bantul dan Kota Yogyakarta.",  # no opener
    "Sebagian di antaranya, Sleman, Bantul dan Kota Yogyakarta, sudah beroperasi penuh.",  # says more
    "Beberapa di antaranya adalah Sleman, Bantul, Kota Yogyakarta dan lainnya yang meraih penghargaan.",
])
def test_no_group_list_after_a_part_of_the_group(text):
    assert group_listed(text, _mentions(text), 0, len(text)) == []
