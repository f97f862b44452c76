"""Store load throughput: `python benchmarks/store_load.py [N]` (default 20,000 articles, ~5 fact rows each).

Measures a first bulk load, an idempotent re-load of the same batch, a re-process with a newer
extractor version, the writer's open+publish cost (file copy) and a read-only view query.
"""
from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.models import Article, ComplianceResult, Facts, MppFact, Official, Province, Region  # noqa: E402
from pipeline.store import LoadItem, Store  # noqa: E402


def items(n: int) -> list[LoadItem]:
    out = []
    for i in range(n):
        code = f"13.{i % 19 + 1:02d}"
        reg = Region(code, f"Daerah {i % 19}", "kabupaten", "13")
        s = f"Bupati Daerah {i % 19} Nama{i % 300} Keluarga menerima penilaian kepatuhan {2018 + i % 6}."
        facts = Facts(regions=[reg], provinces=[Province("13", "Sumatera Barat")],
                      officials=[Official(f"Nama{i % 300} Keluarga", "Bupati", "kepala_daerah", code, "13", s)],
                      compliance=[ComplianceResult(code, "13", 2018 + i % 6, "hijau", None, None, s)],
                      mpp=[MppFact(code, "planned", 2024, None, s)], region_mentions=[(code, "Pemkab", s)])
        art = Article(url=f"https://portal{i % 7}.example/berita/{i}", text=f"{i} " + "Teks berita. " * 200,
                      title=f"Judul {i}", published=datetime(2023, 1, 1 + i % 28), portal=f"portal{i % 7}",
                      fetched_at=datetime(2024, 1, 1))
        out.append(LoadItem(art, facts))
    return out


def timed(label: str, fn):
    t = time.perf_counter()
    result = fn()
    print(f"{label:<40} {time.perf_counter() - t:7.2f} s")
    return result


def main(n: int) -> None:
    batch = items(n)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "warta.duckdb"
        with Store.open(db) as store:
            stats = timed(f"first load of {n} articles", lambda: store.load(batch, "1"))
            rows = sum(stats.new.values())
            print(f"  {rows} rows inserted")
            timed("idempotent re-load (no change)", lambda: store.load(batch, "1"))
            timed("re-process (new extractor version)", lambda: store.load(batch, "2"))
        print(f"  file size {db.stat().st_size / 1e6:.1f} MB")
        timed("writer open + publish, no load", lambda: Store.open(db).close())
        with Store.open(db, read_only=True) as store:
            timed("compliance_history (read-only)", lambda: store.query("SELECT * FROM compliance_history"))
            timed("officeholders (read-only)", lambda: store.query("SELECT * FROM officeholders"))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
