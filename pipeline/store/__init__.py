"""Warta's database layer: the only module that imports duckdb.

    from pipeline.store import Store, LoadItem
    with Store.open(path) as store:                      # writer: migrates on open, publishes on close
        stats = store.load([LoadItem(article, facts, duplicate_of_url=None)], extractor_version)
    with Store.open(path, read_only=True) as store:      # readers (CLI queries, notebooks)
        columns, rows = store.query("SELECT * FROM compliance_history WHERE conflict")

Modules: `database` (Store, open/publish protocol, readers vs writer), `readonly` (what a reader may
run: the hardened connection, the statement whitelist, time limit and row cap), `errors`, `load` (bulk idempotent merge),
`persons` (person resolution), `migrate` (numbered SQL migrations in `migrations/`), `schemadoc`
(docs/schema.md). The schema itself is documented in docs/schema.md.
"""
from pipeline.store.database import Store, discard_working_copy, refresh_gazetteer, writer_active
from pipeline.store.errors import QueryFailed, QueryRefused, QueryTimeout, StoreError, StoreLocked, StoreMissing
from pipeline.store.load import LoadItem, LoadStats, content_hash
from pipeline.store.migrate import latest_version
from pipeline.store.schemadoc import schema_doc, write_schema_doc

__all__ = ["Store", "StoreError", "StoreLocked", "StoreMissing", "QueryFailed", "QueryRefused", "QueryTimeout",
           "LoadItem", "LoadStats", "discard_working_copy", "content_hash", "latest_version", "refresh_gazetteer",
           "schema_doc", "write_schema_doc", "writer_active"]
