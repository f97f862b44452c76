"""A database holding complaints facts (docs/contract.md: province_code of the receiving office,
region_code, count, year), loaded through the store as the nightly loads them."""
from __future__ import annotations

from pipeline.facttypes.complaints import Complaint
from pipeline.models import Facts
from pipeline.store import LoadItem, Store
from tests.pipeline.store_helpers import article

#: article number -> (province_code, region_code, count, year) rows
ROWS = {
    1: [("74", None, 350, 2023), ("74", "74.71", 41, 2023)],
    2: [("74", None, 180, 2024), ("13", None, 1020, 2024), ("13", "13.71", 120, 2024)],  # a semester
    3: [("74", None, 412, 2024),  # up to November: the larger figure of the year counts
        ("31", None, 2500, None),  # a span of several years: not mapped
        (None, None, 26000, 2024)],  # Ombudsman RI nationally: no province
}


def complaints_db(path, *, without_table: bool = False):
    """`without_table`: a database from before the complaints fact type (table and view dropped)."""
    with Store.open(path) as store:
        items = [LoadItem(article(n), Facts(complaints=[Complaint(*row, evidence="kalimat") for row in rows]))
                 for n, rows in ROWS.items()]
        store.load(items, "0.3.0")
        if without_table:
            store.con.execute("DROP VIEW complaint_counts")
            store.con.execute("DROP TABLE complaints")
