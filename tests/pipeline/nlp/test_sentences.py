"""warta_sentencizer (pipeline/nlp/sentences.py) gives exactly spaCy's Sentencizer boundaries."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.pipeline import Sentencizer

from pipeline.nlp import get_nlp
from pipeline.nlp.sentences import FastSentencizer

GOLD = Path(__file__).resolve().parents[2] / "fixtures" / "gold"

CASES = [
    "",
    "Satu",
    "Satu. Dua! Tiga? Empat",
    'Ia berkata: "Sudah masuk zona hijau." Lalu pergi.',
    "Kota A (88,12).) Kabupaten B... masuk zona kuning.\n\nBACA JUGA: Judul lain\n1. Kota C",
    "Nilainya 87,31. Kategori C. Padahal …  tahun lalu。 Lain ։ lagi",
    "...Diawali titik. . . dan spasi  \n",
    "Pj. Bupati Tanggamus hadir. H. Epyardi Asda, S.E., M.M. meresmikan MPP.",
]


def _starts(doc):
    return [t.is_sent_start for t in doc]


def _texts():
    out = list(CASES)
    for path in sorted(GOLD.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if isinstance(record.get("text"), str):
                out.append(record["text"])
    return out


@pytest.mark.parametrize("text", _texts())
def test_the_same_boundaries_as_spacys_sentencizer(text):
    nlp = get_nlp()
    ours = FastSentencizer()(nlp.make_doc(text))
    theirs = Sentencizer()(nlp.make_doc(text))
    assert _starts(ours) == _starts(theirs)
    assert [s.start for s in ours.sents] == [s.start for s in theirs.sents]


def test_a_boundary_already_set_is_kept():
    nlp = get_nlp()
    doc = nlp.make_doc("Satu dua tiga. Empat lima")
    doc[2].is_sent_start = True
    theirs = nlp.make_doc("Satu dua tiga. Empat lima")
    theirs[2].is_sent_start = True
    assert _starts(FastSentencizer()(doc)) == _starts(Sentencizer()(theirs))
