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
    (`person_ids`: ids the removed rows held): the components of `keys`, closed over shared person ids.
    A one-word key links to the longer keys containing it, and a longer key to the one-word keys equal
    to one of its words; two longer keys sharing a word are linked only through that one-word key."""
    keys, pids = set(keys), set(person_ids)
    while True:
        singles = sorted(k for k in keys if " " not in k)
        words = sorted(set(singles) | {t for k in keys if " " in k for t in k.split()})
        contains = "OR (contains(name_key, ' ') AND list_has_any(string_split(name_key, ' '), ?::VARCHAR[]))" \
            if singles else ""
        found = con.execute(f"""
            SELECT DISTINCT name_key, person_id FROM officials
            WHERE name_key IN (SELECT unnest(?::VARCHAR[])) {contains}
               OR person_id IN (SELECT unnest(?::BIGINT[]))""",
                            [words, *([singles] if singles else []), sorted(pids)]).fetchall()
        more_keys = {k for k, _ in found} - keys
        more_pids = {p for _, p in found if p is not None} - pids
        if not more_keys and not more_pids:
            return keys
        keys |= more_keys
        pids |= more_pids


#: Each (name key, office place) group of the officials in scope, with its cluster label (set-based
#: pipeline.store.persons.cluster: a longer name is its own cluster; a one-word name joins the one
#: longer name containing it with an office in the same place, else stays apart per place) and its
#: rank in (name key, place) order, which orders the clusters as the pure functions do.
_GROUPS = """
CREATE OR REPLACE TEMP TABLE _warta_groups AS
WITH g AS (SELECT DISTINCT name_key, coalesce(region_code, province_code) AS place FROM officials {where}),
m AS (SELECT name_key AS k, place, unnest(list_distinct(string_split(name_key, ' '))) AS t
      FROM g WHERE contains(name_key, ' ') AND place IS NOT NULL),
one AS (SELECT g.name_key, g.place, count(DISTINCT m.k) AS c, min(m.k) AS k
        FROM g JOIN m ON m.t = g.name_key AND m.place = g.place
        WHERE NOT contains(g.name_key, ' ') GROUP BY ALL)
SELECT g.name_key, coalesce(g.place, '') AS place,
       CASE WHEN contains(g.name_key, ' ') THEN 'n:' || g.name_key
            WHEN one.c = 1 THEN 'n:' || one.k
            ELSE 's:' || g.name_key || '@' || coalesce(g.place, '') END AS label,
       row_number() OVER (ORDER BY g.name_key, g.place) AS rn
FROM g LEFT JOIN one ON one.name_key = g.name_key AND one.place = g.place"""

#: Rows per (cluster, reported name, person id held) of the officials in scope.
_CLUSTER_ROWS = """
SELECT g.label, o.name, o.person_id, count(*) FROM officials o JOIN _warta_groups g
  ON o.name_key = g.name_key AND coalesce(o.region_code, o.province_code, '') = g.place GROUP BY ALL"""


def resolve_persons(con: duckdb.DuckDBPyConnection, stats, keys: Iterable[str] | None = None,
                    person_ids: Iterable[int] = ()) -> None:
    """Re-cluster officials into persons (inside the caller's transaction), keeping known person ids.
    `keys`: the name keys a load added or removed (with the person ids removed rows held); None
    re-clusters everything. Counts go to `stats` (a pipeline.store.load.LoadStats).

    Set-based: DuckDB groups the officials and labels the clusters (`_GROUPS`); Python sees one
    summary row per cluster, reported name and held id (pipeline.store.persons.resolve_clusters), and
    DuckDB writes the ids back. So a load's work follows its clusters, not the officials' rows."""
    if keys is None:
        where, params = "", []
    else:
        scope = affected(con, keys, person_ids)
        if not scope:
            return
        where, params = "WHERE name_key IN (SELECT unnest(?::VARCHAR[]))", [sorted(scope)]
    con.execute(_GROUPS.format(where=where), params)
    try:
        order = [lab for lab, in con.execute(
            "SELECT label FROM _warta_groups GROUP BY label ORDER BY min(rn)").fetchall()]
        names: dict[str, Counter] = defaultdict(Counter)
        claims: dict[str, Counter] = defaultdict(Counter)
        for label, name, pid, n in con.execute(_CLUSTER_ROWS).fetchall():
            names[label][name] += n
            if pid is not None:
                claims[label][pid] += n
        old_ids = sorted({pid for held in claims.values() for pid in held} | set(person_ids))
        next_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM persons").fetchone()[0]
        people, assigned = P.resolve_clusters(order, names, claims, next_id)
        _write(con, stats, people, assigned, old_ids, everything=keys is None)
    finally:
        con.execute("DROP TABLE IF EXISTS _warta_groups")


def _write(con: duckdb.DuckDBPyConnection, stats, people: list, assigned: dict[str, int], old_ids: list[int],
           everything: bool) -> None:
    """Replace the persons of the clusters in scope and set their officials' person ids."""
    before = con.execute("SELECT count(*) FROM persons").fetchone()[0]
    if everything:
        con.execute("DELETE FROM persons")
    else:
        con.execute("DELETE FROM persons WHERE id IN (SELECT unnest(?::BIGINT[]))", [old_ids])
    persons_table = pa.table({
        "id": pa.array([p.id for p in people], _I), "name": pa.array([p.name for p in people], _S),
        "name_key": pa.array([p.name_key for p in people], _S),
        "aliases": pa.array([list(p.aliases) for p in people], pa.list_(_S))})
    ids_table = pa.table({"label": pa.array(list(assigned), _S), "person_id": pa.array(list(assigned.values()), _I)})
    with registered(con, _warta_persons=persons_table, _warta_ids=ids_table):
        con.execute("INSERT INTO persons BY NAME SELECT * FROM _warta_persons")
        n = con.execute("""
            UPDATE officials SET person_id = m.person_id
            FROM (SELECT g.name_key, g.place, i.person_id FROM _warta_groups g JOIN _warta_ids i USING (label)) m
            WHERE officials.name_key = m.name_key
              AND coalesce(officials.region_code, officials.province_code, '') = m.place
              AND officials.person_id IS DISTINCT FROM m.person_id""").fetchone()[0]
    after = con.execute("SELECT count(*) FROM persons").fetchone()[0]
    stats.updated["officials.person_id"] += n
    stats.new["persons"] += max(0, after - before)
