"""A government's offices rated in the same sentence as the government: their scores and zones are theirs.

The Ombudsman scores a regional government from the offices it samples (dinas, OPD, puskesmas), and
reports often give an office's own figure beside the government's: "Pemkab A meraih zona kuning, namun
ada OPD yang meraih zona hijau dengan nilai 95,10"; "Ada dinas yang nilainya 90,12, tapi ada pula Dinas
Sosial yang hanya 40,25"; "… dari tiga unit kerja, yakni Dinas Pendidikan dengan nilai 68,79, Dinas
Sosial 77,55". An office named as the subject of a relative clause ("<office> … yang …") or with its
own figure ("<office> dengan skor …", "<office> 77,55") owns the zones and scores after it, up to the
end of its contrast segment or the next government named (final6: two articles; final4: two articles;
subjects.py already drops a government named as an office's owner, "Dinas Pendidikan Kota A").

Not an office's own result: offices counted as the sample ("dari 12 OPD yang dinilai, …", "seluruh
dinas yang disurvei"), named after the figure ("nilai 85,20 dari 12 OPD yang dinilai"), or in a
person's title ("Kepala Dinas Kominfo yang hadir …").
"""
from __future__ import annotations

import re

from pipeline.facttypes.compliance import grammar as G
from pipeline.lang import unit_lower
from pipeline.facttypes.compliance.elements import Elements, contrast_bounds
from pipeline.nlp.discourse.lists import COUNT_BEFORE

#: An office's name runs at most this many words before its "yang" ("Dinas Pendidikan dan Kebudayaan yang").
OFFICE_NAME_WORDS = 8
#: how far before an office's noun a count makes it the sample ("dari 12 OPD", "seluruh dinas")
COUNT_CHARS = 25
#: an office's name, then what it is told of: a relative clause ("Dinas Sosial yang nilainya …") or its own
#: figure ("Dinas Sosial dengan skor 92,36", "Dinas Kesehatan memperoleh 83,63", "Dinas Sosial 77,55")
OFFICE_CLAUSE = re.compile(G.words_pattern(G.LEX["office_nouns"]) + r"(?:[\s/][\w/().&-]+){0,%d}?\s+(?:yang\b|"
                           r"(?:dengan|memperoleh|meraih|mendapat|mendapatkan|mencatat|mencatatkan)\s+(?:nilai|skor|\d)"
                           r"|\d)" % OFFICE_NAME_WORDS, re.IGNORECASE)
SAMPLE_BEFORE = re.compile(r"(?:\bdari|\bterhadap|\bseluruh|\bsemua|\bsetiap|\btiap)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: a person's title before an office: the person speaks, the office is no subject ("Kepala Dinas Kominfo yang hadir …")
TITLE_BEFORE = re.compile(r"\b(?:kepala|kadis|sekretaris|sekdis|kabag|plt\.?|pj\.?|staf|pejabat)\s+$", re.IGNORECASE)


def office_ranges(text: str, subject_starts: list[int],
                  name_spans: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The character ranges of `text` (a unit) that an office owns (see the module doc);
    `subject_starts`: where the unit's governments start, `name_spans`: the unit's place names, relative to
    `text` (an office word inside a place's name is no office: the "Bagian" of "Kabupaten Seram Bagian
    Barat … di zona merah dengan nilai 47,33")."""
    low = unit_lower(text)
    if not any(map(low.__contains__, G.OFFICE_WORDS)):
        return []
    bounds = contrast_bounds(text)
    out = []
    for m in OFFICE_CLAUSE.finditer(text):
        a = m.start()
        if any(s <= a < e for s, e in name_spans):
            continue
        lo = max(0, a - COUNT_CHARS)
        if COUNT_BEFORE.search(text, lo, a) or SAMPLE_BEFORE.search(text, lo, a) or TITLE_BEFORE.search(text, lo, a):
            continue
        end = min(b for b in bounds if b > a)
        end = min([s for s in subject_starts if a < s < end] + [end])
        out.append((a, end))
    return out


def drop_office_figures(text: str, el: Elements, subject_starts: list[int],
                        name_spans: list[tuple[int, int]] = ()) -> None:
    """Without the scores and zones of `el` that an office owns (see the module doc and `office_ranges`)."""
    ranges = office_ranges(text, subject_starts, name_spans)
    if not ranges:
        return
    owned = lambda pos: any(a <= pos < b for a, b in ranges)  # noqa: E731
    el.scores = [s for s in el.scores if not owned(s[1])]
    el.zones = [z for z in el.zones if z[2] < 0 or not owned(z[2])]
