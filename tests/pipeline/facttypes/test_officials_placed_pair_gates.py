"""The placed pairs' cheap gates (the tenth speed pass, elect.py): a pair after its place needs a token
opening with a dash between the place and its sentence's end, a pair before it needs "di"/"dari" before the
place. Tested first, they leave every item as the readers without them read it: the pre-pass readers are
kept here and compared on every place span of invented lines (dashes before, after and beyond the
sentence, glued dashes, "di"/"dari" in the sentence before, a place at the text's start and end)."""
from __future__ import annotations

import pytest

from pipeline.facttypes.officials.elect import _AFTER_NAME_PLACE_WORDS
from pipeline.facttypes.officials.reader import Reader
from pipeline.facttypes.officials.words import DASHES, ITEM_PLACE_CUES, PAIR_LIST_JOINS
from pipeline.gazetteer import get_gazetteer
from pipeline.lang import LIST_GLUE
from pipeline.nlp import get_nlp
from pipeline.nlp.discourse import discourse_of
from pipeline.nlp.text import remember_text
from tests.pipeline.facttypes.test_officials_elected_pairs import CASES, NEGATIVES

LINES = [c[0] for c in CASES] + NEGATIVES + [
    "Kota Metro Budi Santoso-Ahmad Yani, Lampung Timur Rudi Hartono - Hasan Basri dilantik gubernur.",
    "Bupati Karo hadir. Di\nKabupaten Asahan - kata warga - Budi Santoso-Ahmad Yani menang.",
    "Yang dilantik Budi - Ahmad dari Kota Binjai; Rudi dan Hasan di Kabupaten Karo serta Joko -Anton di Kota Medan",
    "Dari Kabupaten Karo ke Kota Binjai. Budi Santoso-Ahmad Yani dan Rudi —Hasan dilantik di Provinsi Jambi",
    "Kabupaten Karo",
    "Pelantikan bupati diikuti Kota Metro Budi-Ahmad Yani, Kota Binjai Rudi -Hasan dan Kabupaten Karo Joko –Anton.",
    "Gubernur melantik pasangan di Kota Bitung (Budi Santoso–Ahmad Yani) dan di Kota Manado (Rudi-Hasan).",
]


def _old_pair_after_place(self, place):
    """elect.py's reader before the pass (no dash gate)."""
    send = self.doc[place.start].sent.end
    k = self._item_start(place)
    if k > 0 and self.texts[k - 1].isalpha() and not self.texts[k - 1].islower():
        return None
    j = place.end
    bracket = j < send and self.texts[j] == "("
    head = self._name_run(j + bracket, send)
    if head is None or head[1] + 1 >= send:
        return None
    d = head[1]
    glued = self.texts[d][:1] in DASHES and self.texts[d][1:2].isupper() and self.texts[d][1:].isalpha()
    if not glued and self.texts[d] not in DASHES:
        return None
    deputy = self._name_run(d + 1, send)
    if glued and deputy is None and d + 1 <= send:
        deputy = (d + 1, d + 1)
    if deputy is None:
        return None
    end = deputy[1]
    if bracket:
        if end >= send or self.texts[end] != ")":
            return None
        end += 1
    elif not (end >= send or self.doc[end].is_punct or self.lowers[end] in LIST_GLUE):
        return None
    deputy_name = self.name_text(*deputy)
    if glued:
        deputy_name = f"{self.texts[d][1:]} {deputy_name}".strip()
    return k, end, place, self.name_text(*head), deputy_name, False


def _old_pair_before_place(self, place):
    """elect.py's reader before the pass (no "di"/"dari" gate)."""
    sent = self.doc[place.start].sent
    k = place.start - 1
    while k > sent.start and self.lowers[k] in ITEM_PLACE_CUES:
        k -= 1
    end = place.end
    if k <= sent.start or self.lowers[k] not in _AFTER_NAME_PLACE_WORDS or not (
            end >= sent.end or self.doc[end].is_punct or self.lowers[end] in LIST_GLUE):
        return None
    deputy = self._run_before(k, sent.start)
    if deputy is None:
        return None
    join = deputy[0] - 1
    worded = self.lowers[join] in PAIR_LIST_JOINS
    if join <= sent.start or not (worded or self.texts[join] in DASHES):
        return None
    head = self._run_before(join, sent.start)
    if head is None:
        return None
    return head[0], end, place, self.name_text(*head), self.name_text(*deputy), worded


def _reader(text):
    nlp = get_nlp()
    doc = remember_text(nlp.make_doc(text), text)
    doc._.published = None
    doc._.province_prior = None
    for name, proc in nlp.pipeline:
        if name == "warta_officials":
            break
        doc = proc(doc)
    discourse = discourse_of(doc)
    region_at = {i: s for s in discourse.spans("regions") for i in range(s.start, s.end)}
    province_at = {i: s for s in discourse.spans("provinces") for i in range(s.start, s.end)}
    return Reader(doc, region_at, province_at, get_gazetteer())


def _places(reader):
    return sorted([*reader.discourse.spans("regions"), *reader.discourse.spans("provinces")], key=lambda s: s.start)


@pytest.mark.parametrize("text", LINES, ids=[t[:40] for t in LINES])
def test_gated_readers_read_every_place_as_before(text):
    reader = _reader(text)
    reader.placed_pairs()  # sets the dash index the gate reads
    places = _places(reader)
    assert places, "every line names a place"
    for place in places:
        assert reader._pair_after_place(place) == _old_pair_after_place(reader, place)
        assert reader._pair_before_place(place) == _old_pair_before_place(reader, place)


def test_lines_hold_pairs_both_ways():
    """The lines are no vacuous test: both readers find items on them."""
    after = before = 0
    for text in LINES:
        reader = _reader(text)
        reader.placed_pairs()
        after += sum(reader._pair_after_place(p) is not None for p in _places(reader))
        before += sum(reader._pair_before_place(p) is not None for p in _places(reader))
    assert after >= 5 and before >= 3
