"""A synthetic database as a reprocess finds it at its end: every article with its facts.

    .venv/bin/python benchmarks/with_facts.py SOURCE_DB FACTS_DB OUT_DIR

Copies SOURCE_DB (a `benchmarks/synth.py N --archive` database: articles, no facts) to
OUT_DIR/warta.duckdb and fills its fact tables and persons from FACTS_DB (a smaller database that a
reprocess has filled, e.g. `reprocess_scale.py measure … --keep DIR` at 10,000 articles), repeated with
article ids shifted by FACTS_DB's article count until every article of SOURCE_DB has facts; the
articles keep FACTS_DB's extractor version, so a replay (benchmarks/writer_replay.py OUT_DIR …)
replaces them all. The synthetic databases hold no facts: a writer replayed into them works on fact
tables that are nearly empty, while a reprocess ends with some 19 fact rows per article.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.store.load import FACT_TABLES  # noqa: E402


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    source, facts, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, out / "warta.duckdb")
    con = duckdb.connect(str(out / "warta.duckdb"))
    con.execute(f"ATTACH '{facts}' AS f (READ_ONLY)")
    have = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    step = con.execute("SELECT count(*) FROM f.articles").fetchone()[0]
    copies = -(-have // step)
    con.execute("BEGIN")
    for table in FACT_TABLES:
        cols = [c for (c,) in con.execute("SELECT column_name FROM duckdb_columns() WHERE database_name = 'f' "
                                          "AND table_name = ? ORDER BY column_index", [table]).fetchall()]
        picked = ", ".join(f"article_id + k * {step}" if c == "article_id" else c for c in cols)
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {picked} FROM f.{table}, range({copies}) r(k) "
                    f"WHERE article_id + k * {step} <= {have} ORDER BY k, article_id")
    con.execute("INSERT INTO persons SELECT * FROM f.persons")
    con.execute("UPDATE articles SET extractor_version = (SELECT any_value(extractor_version) FROM f.articles)")
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    print({t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", *FACT_TABLES)})
    con.close()


if __name__ == "__main__":
    main()
