"""What loads remember besides articles and facts (tables `portals` and `skipped_pages`, migration 6).

* The home province of each portal, as the loads used it: `warta reprocess` tags with the same prior.
* Archived pages that yielded no article, by extractor version: not extracted again until it changes.
"""
from __future__ import annotations

from datetime import datetime, timezone

import duckdb
import pyarrow as pa

from pipeline.store.sql import registered, transaction


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def record_portals(con: duckdb.DuckDBPyConnection, home_provinces: dict[str, str | None]) -> None:
    """Upsert portal key → home province (None for a national portal)."""
    if not home_provinces:
        return
    rows = pa.table({"key": list(home_provinces), "province": list(home_provinces.values()),
                     "updated_at": pa.array([_now()] * len(home_provinces), pa.timestamp("us"))})
    with transaction(con), registered(con, _warta_portals=rows):
        con.execute("INSERT OR REPLACE INTO portals BY NAME SELECT * FROM _warta_portals")


def home_provinces(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return {k: p for k, p in con.execute("SELECT key, province FROM portals WHERE province IS NOT NULL").fetchall()}


def remember_skipped(con: duckdb.DuckDBPyConnection, pages: list[tuple[str, str | None, str]], version: str) -> int:
    """Remember (url, portal, reason) of pages that yielded no article under extractor `version`."""
    if not pages:
        return 0
    latest = {url: (portal, reason) for url, portal, reason in pages}
    rows = pa.table({"url": list(latest), "portal": [p for p, _ in latest.values()],
                     "reason": [r for _, r in latest.values()], "extractor_version": [version] * len(latest),
                     "seen_at": pa.array([_now()] * len(latest), pa.timestamp("us"))})
    with transaction(con), registered(con, _warta_skipped=rows):
        con.execute("INSERT OR REPLACE INTO skipped_pages BY NAME SELECT * FROM _warta_skipped")
    return len(latest)


def skipped_urls(con: duckdb.DuckDBPyConnection, version: str) -> set[str]:
    """URLs of the pages that yielded no article under extractor `version`."""
    return {u for (u,) in con.execute("SELECT url FROM skipped_pages WHERE extractor_version = ?", [version]).fetchall()}
