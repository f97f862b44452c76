"""Person resolution per load (only the names a batch can affect) equals re-clustering everything."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.models import Facts, Official
from pipeline.store import LoadItem, Store
from pipeline.store import persons as P
from pipeline.store.load import LoadStats
from pipeline.store.resolve import affected, resolve_persons
from tests.pipeline.store_helpers import article

WORDS = ["budi", "santoso", "epyardi", "asda", "dewi"]
PLACES = [("13.02", "13"), ("13.03", "13"), (None, "13")]

name = st.lists(st.sampled_from(WORDS), min_size=1, max_size=2, unique=True).map(lambda ws: " ".join(ws).title())
official = st.builds(lambda n, place: Official(n, "Bupati", "kepala_daerah", place[0], place[1], "s"),
                     name, st.sampled_from(PLACES))
# a batch: (article number, version, officials); numbers repeat, so later batches replace earlier facts
batch = st.lists(st.tuples(st.integers(1, 6), st.sampled_from(["v1", "v2"]), st.lists(official, max_size=3)),
                 min_size=1, max_size=4)


def partition(store: Store) -> set[frozenset]:
    """Officials' rows grouped by person, each group tagged with the person's display name and aliases."""
    _, rows = store.query("SELECT o.rowid, o.person_id, p.name, p.aliases FROM officials o "
                          "LEFT JOIN persons p ON p.id = o.person_id")
    by_person: dict = {}
    for rowid, pid, display, aliases in rows:
        assert pid is not None and display is not None, "every official has a stored person"
        by_person.setdefault(pid, {(display, tuple(aliases))}).add(rowid)
    return {frozenset(v) for v in by_person.values()}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(batch, min_size=1, max_size=5))
def test_per_load_resolution_equals_full_resolution(batches):
    with Store.open(":memory:") as store:
        for items in batches:
            loads = [LoadItem(article(n), Facts(officials=offs)) for n, version, offs in items]
            store.load(loads, items[-1][1])
        incremental = partition(store)
        orphans = store.query("SELECT count(*) FROM persons WHERE id NOT IN "
                              "(SELECT person_id FROM officials WHERE person_id IS NOT NULL)")[1]
        resolve_persons(store.con, LoadStats())  # everything, from scratch
        assert partition(store) == incremental
        assert orphans == [(0,)]
        assert incremental == pure_partition(store)


def pure_partition(store: Store) -> set[frozenset]:
    """`partition` as the pure rules (pipeline.store.persons.resolve, row by row in Python) give it
    for the stored officials: the set-based resolution in DuckDB must agree with them."""
    _, rows = store.query("SELECT rowid, name_key, coalesce(region_code, province_code), name FROM officials "
                          "ORDER BY name_key, 3 NULLS LAST, name")
    by_group: dict = {}
    for rowid, key, place, name in rows:
        by_group.setdefault((key, place), []).append((rowid, name))
    # one name per row (rows=1), so each reported name counts its rows as the store counts them
    groups = [P.NameGroup(key, place, tuple(n for _, n in members), (), 1) for (key, place), members in by_group.items()]
    persons, ids = P.resolve(groups, next_id=1)
    shown = {p.id: (p.name, p.aliases) for p in persons}
    out: dict = {}
    for members, pid in zip(by_group.values(), ids):
        out.setdefault(pid, {shown[pid]}).update(rowid for rowid, _ in members)
    return {frozenset(v) for v in out.values()}


def test_affected_names_are_the_component_only():
    facts = Facts(officials=[Official(n, "Bupati", "kepala_daerah", "13.02", "13", "s")
                             for n in ("Epyardi Asda", "Epyardi", "Dewi Lestari", "Budi Santoso", "Budi")])
    with Store.open(":memory:") as store:
        store.load([LoadItem(article(1), facts)], "v1")
        assert affected(store.con, {"epyardi"}) == {"epyardi", "epyardi asda"}
        assert affected(store.con, {"asda"}) == {"asda", "epyardi asda", "epyardi"}
        assert affected(store.con, {"dewi lestari"}) == {"dewi lestari"}
        assert affected(store.con, {"budi santoso"}) == {"budi santoso", "budi"}
