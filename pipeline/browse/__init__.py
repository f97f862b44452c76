"""Browsing the facts in a web browser: datasette over the browse snapshot (`warta browse`).

Modules: `metadata` (titles, descriptions, facets, canned queries: pure, from the snapshot's own
description), `plugin` (links, the maps on the pages, and the swap to a newly published snapshot),
`maps` (the province maps: drawn into the snapshot when it is published, shown by the plugin with
templates/), `server` (the snapshot, datasette and uvicorn in one process). The snapshot itself is
built by pipeline.store.snapshot, the only part that reads DuckDB.
"""
