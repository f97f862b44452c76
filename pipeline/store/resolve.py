"""Applying person resolution (pipeline.store.persons) to the stored officials, after each load.

A load re-clusters only the part of the officials its batch can affect, so its cost follows the batch,
not the database. Clustering decisions connect names in one way only: a one-word name ("Epyardi") is
compared with the longer names that contain it ("Epyardi Asda"). So the officials fall into
independent *components* (one-word names and the longer names containing them, linked transitively);
re-clustering the components that hold a batch's names, plus every name that shares a person id with
them, gives exactly what re-clustering everything would (`tests/pipeline/test_store_resolve.py` checks
that on random load sequences). Person ids already given are kept.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import duckdb
import pyarrow as pa

from pipeline.store import persons as P
from pipeline.store.sql import registered

_S, _I = pa.string(), pa.int64()


def affected(con: duckdb.DuckDBPyConnection, keys: Iterable[str], person_ids: Iterable[int] = ()) -> set[str]:
    """The name keys whose clustering may change when officials with `keys` are added or removed
    (`person_ids`: ids the removed rows held): the components of `keys`, closed over shared person ids."""
    keys, pids = set(keys), set(person_ids)
    while True:
        singles = sorted({k for k in keys if " " not in k} | {t for k in keys if " " in k for t in k.split()})
        found = con.execute("""
            SELECT DISTINCT name_key, person_id FROM officials
            WHERE name_key IN (SELECT unnest(?::VARCHAR[]))
               OR (contains(name_key, ' ') AND list_has_any(string_split(name_key, ' '), ?::VARCHAR[]))
               OR person_id IN (SELECT unnest(?::BIGINT[]))""", [singles, singles, sorted(pids)]).fetchall()
        more_keys = {k for k, _ in found} - keys
        more_pids = {p for _, p in found if p is not None} - pids
        if not more_keys and not more_pids:
            return keys
        keys |= more_keys
        pids |= more_pids


def resolve_persons(con: duckdb.DuckDBPyConnection, stats, keys: Iterable[str] | None = None,
                    person_ids: Iterable[int] = ()) -> None:
    """Re-cluster officials into persons (inside the caller's transaction), keeping known person ids.
    `keys`: the name keys a load added or removed (with the person ids removed rows held); None
    re-clusters everything. Counts go to `stats` (a pipeline.store.load.LoadStats)."""
    if keys is None:
        where, params = "", []
    else:
        scope = affected(con, keys, person_ids)
        if not scope:
            return
        where, params = "WHERE name_key IN (SELECT unnest(?::VARCHAR[]))", [sorted(scope)]
    raw = con.execute(f"""
        SELECT name_key, coalesce(region_code, province_code) AS place, name, person_id, count(*)
        FROM officials {where} GROUP BY ALL ORDER BY ALL""", params).fetchall()
    acc: dict[tuple, dict] = defaultdict(lambda: {"names": set(), "ids": Counter(), "rows": 0})
    for key, place, name, pid, n in raw:
        a = acc[(key, place)]
        a["names"].add(name)
        a["rows"] += n
        if pid is not None:
            a["ids"][pid] += n
    groups = [P.NameGroup(k, place, tuple(sorted(a["names"])), tuple(sorted(a["ids"].items())), a["rows"])
              for (k, place), a in acc.items()]
    old_ids = sorted({pid for g in groups for pid, _ in g.person_ids} | set(person_ids))
    next_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM persons").fetchone()[0]
    people, ids = P.resolve(groups, next_id)
    before = con.execute("SELECT count(*) FROM persons").fetchone()[0]
    if keys is None:
        con.execute("DELETE FROM persons")
    else:
        con.execute("DELETE FROM persons WHERE id IN (SELECT unnest(?::BIGINT[]))", [old_ids])
    persons_table = pa.table({
        "id": pa.array([p.id for p in people], _I), "name": pa.array([p.name for p in people], _S),
        "name_key": pa.array([p.name_key for p in people], _S),
        "aliases": pa.array([list(p.aliases) for p in people], pa.list_(_S))})
    map_table = pa.table({
        "name_key": pa.array([g.name_key for g in groups], _S),
        "place": pa.array([g.place or "" for g in groups], _S), "person_id": pa.array(ids, _I)})
    with registered(con, _warta_persons=persons_table, _warta_map=map_table):
        con.execute("INSERT INTO persons BY NAME SELECT * FROM _warta_persons")
        n = con.execute("""
            UPDATE officials SET person_id = m.person_id FROM _warta_map m
            WHERE officials.name_key = m.name_key
              AND coalesce(officials.region_code, officials.province_code, '') = m.place
              AND officials.person_id IS DISTINCT FROM m.person_id""").fetchone()[0]
    after = con.execute("SELECT count(*) FROM persons").fetchone()[0]
    stats.updated["officials.person_id"] += n
    stats.new["persons"] += max(0, after - before)
