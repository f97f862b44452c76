"""Hand-built articles and facts for the store tests (no spaCy needed)."""
from __future__ import annotations

import sqlite3
from datetime import datetime

from pipeline.facttypes.compliance.grades import grade_category
from pipeline.models import Article, ComplianceResult, Facts, MppFact, Official, Province, Region

SOLOK = Region("13.02", "Solok", "kabupaten", "13")
SUMBAR = Province("13", "Sumatera Barat")


def article(n: int, text: str | None = None, portal: str = "padek", published=None, url: str | None = None) -> Article:
    return Article(url=url or f"https://{portal}.example/berita/{n}", text=text or f"Berita nomor {n} tentang Solok.",
                   title=f"Judul {n}", published=published or datetime(2023, 1, n % 28 + 1, 9, 30),
                   portal=portal, fetched_at=datetime(2024, 5, 1, 2, 0))


def solok_facts(name: str = "Epyardi Asda", zone: str | None = "hijau", year: int = 2022,
                grade: str | None = None) -> Facts:
    sentence = f"Bupati Solok {name} menerima hasil penilaian kepatuhan {year}."
    return Facts(
        regions=[SOLOK], provinces=[SUMBAR],
        officials=[Official(name, "Bupati Solok", "kepala_daerah", "13.02", "13", sentence)],
        compliance=[ComplianceResult("13.02", "13", year, zone, grade, None, sentence, grade_category(grade))],
        mpp=[MppFact("13.02", "planned", 2024, "Kompleks kantor Bupati Solok", sentence, "13")],
        region_mentions=[("13.02", "Bupati Solok", sentence)],
    )


def sqlite_rows(path, sql: str, params=()) -> list[tuple]:
    """Rows of a query on a SQLite file (a browse snapshot), opened immutable."""
    con = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()
