"""benchmarks/learned/complaints_cache.py over Warta's own nlp on an invented story: the candidates of a count told
for a kabupaten and of the office's total, with their features, the rules' facts among them and the years."""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from benchmarks.learned.common import tagged_doc  # noqa: E402
from benchmarks.learned.complaints_cache import candidates  # noqa: E402
from pipeline.gazetteer import get_gazetteer  # noqa: E402

STORY = ("Ombudsman Perwakilan Jawa Tengah menerima 120 laporan masyarakat sepanjang 2023.\n"
         "Dari jumlah itu, Kabupaten Klaten dilaporkan sebanyak 14 laporan.")


def _code(kind, name):
    return next(r.code for r in get_gazetteer().regions.values() if r.kind == kind and r.name == name)


def test_candidates_of_a_region_count_and_the_office_total():
    doc = tagged_doc({"id": "t", "text": STORY, "source_date": "2024-01-10"})
    klaten = _code("kabupaten", "Klaten")
    cands = {tuple(c["key"]): c for c in candidates(doc, [[klaten, 14, 2023]])}
    assert (klaten, 14) in cands and cands[(klaten, 14)]["f"]["rules_emit"] == 1
    assert cands[(klaten, 14)]["f"]["same_unit"] == 1 and cands[(klaten, 14)]["rules_year"] == 2023
    office = [k for k in cands if k[1] == 120 and k[0].startswith("P")]
    assert office and cands[office[0]]["unit_year"] == 2023 and "rules_emit" not in cands[office[0]]["f"]
