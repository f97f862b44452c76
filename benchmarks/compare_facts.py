"""Two Warta databases hold the same rows, table by table (every column but load and record times):
the check that a change to the writer (person resolution, loading) leaves the facts as they were.

    .venv/bin/python benchmarks/compare_facts.py BEFORE.duckdb AFTER.duckdb     # exit 1 when they differ

`schema_version` is compared without its `applied_at` (when each migration ran differs by design).
"""
import sys

import duckdb

SKIP = {"loaded_at", "recorded_at", "applied_at", "first_seen", "last_seen", "updated_at"}


def main(a: str, b: str) -> bool:
    con = duckdb.connect()
    con.execute(f"ATTACH '{a}' AS a (READ_ONLY)")
    con.execute(f"ATTACH '{b}' AS b (READ_ONLY)")
    tables = [t for (t,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'a' AND schema_name = 'main' AND NOT internal "
        "ORDER BY 1").fetchall()]
    same = True
    for t in tables:
        cols = [c for (c,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE database_name = 'a' AND schema_name = 'main' "
            "AND table_name = ? ORDER BY column_index", [t]).fetchall() if c not in SKIP]
        cl = ", ".join(f'"{c}"' for c in cols)
        rows = con.execute(f"SELECT count(*) FROM a.main.{t}").fetchone()[0]
        only_a, only_b = (con.execute(f"SELECT count(*) FROM (SELECT {cl} FROM {x}.main.{t} EXCEPT ALL "
                                      f"SELECT {cl} FROM {y}.main.{t})").fetchone()[0] for x, y in (("a", "b"), ("b", "a")))
        print(f"{t:24s} rows {rows:8d}  only before {only_a}  only after {only_b}")
        same &= only_a == 0 and only_b == 0
    print("identical" if same else "DIFFERENT")
    return same


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1], sys.argv[2]) else 1)
