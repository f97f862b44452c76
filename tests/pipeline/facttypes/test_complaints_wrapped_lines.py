"""warta_complaints, round 13 (issue 12, pooled over final4–final11; seen for complaints in final4, the layout in
final5 and final7 too): a sentence hard-wrapped across short lines is one unit for the complaints reader
(pipeline/facttypes/complaints/wrapped.py), so a count and the office named after it on the next line go
together. A new sentence on the next line is not joined. Sentences written for these tests (invented figures)."""
from __future__ import annotations

from pipeline.facttypes.complaints.wrapped import joined_lines
from pipeline.nlp.discourse.units import Unit
from tests.pipeline.facttypes.test_complaints import facts


def test_a_count_and_its_office_on_the_next_line():
    text = ("PALU - Sepanjang tahun 2021, tercatat sebanyak 233 laporan masyarakat yang\n"
            "telah diterima Ombudsman RI Perwakilan Sulawesi Tengah. Sebagian besar\n"
            "menyangkut pertanahan.\n")
    assert facts(text) == {("72", None, 233, 2021)}


def test_a_new_sentence_on_the_next_line_is_not_joined():
    text = "Ombudsman RI Perwakilan Sulawesi Tengah membuka posko\nPengaduan warga dibuka di Palu.\n"
    units, start = [], 0
    for k, line in enumerate(text.splitlines(keepends=True)):
        units.append(Unit(k, start, start + len(line.rstrip("\n")), line.rstrip("\n"), 0, 0))
        start += len(line)
    assert len(joined_lines(text, units)) == 2


def test_lines_ending_a_sentence_stay_apart():
    text = "Ombudsman RI Perwakilan Sulawesi Tengah menerima 233 laporan pada 2021.\nitu naik dari tahun lalu.\n"
    lines = text.splitlines()
    units = [Unit(0, 0, len(lines[0]), lines[0], 0, 0),
             Unit(1, len(lines[0]) + 1, len(lines[0]) + 1 + len(lines[1]), lines[1], 0, 0)]
    assert len(joined_lines(text, units)) == 2
    assert ("72", None, 233, 2021) in facts(text)
