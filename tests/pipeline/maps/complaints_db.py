"""A database with a `complaints` table as docs/contract.md describes the fact type (province_code of the
receiving office, region_code, count, year), for the maps until the fact type is merged."""
from __future__ import annotations

from pipeline.models import Facts
from pipeline.store import LoadItem, Store
from tests.pipeline.store_helpers import article


def complaints_db(path, *, article_ids: bool = True):
    with Store.open(path) as store:
        store.load([LoadItem(article(n), Facts()) for n in (1, 2, 3)], "0.2.0")
        ids = [i for (i,) in store.con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        store.con.execute("CREATE TABLE complaints (article_id BIGINT, province_code VARCHAR, region_code VARCHAR, "
                          "count INTEGER, year INTEGER, evidence VARCHAR)")
        rows = [(ids[0], "74", None, 350, 2023), (ids[0], "74", "74.71", 41, 2023),
                (ids[1], "74", None, 180, 2024), (ids[2], "74", None, 412, 2024),  # semester, then up to November
                (ids[1], "13", None, 1020, 2024), (ids[1], "13", "13.71", 120, 2024),
                (ids[2], "31", None, 2500, None),   # a span of several years: not mapped
                (ids[2], None, None, 26000, 2024)]  # Ombudsman RI nationally: no province
        store.con.executemany("INSERT INTO complaints VALUES (?, ?, ?, ?, ?, 'kalimat')", rows)
        if not article_ids:
            store.con.execute("ALTER TABLE complaints DROP COLUMN article_id")
