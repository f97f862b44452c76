"""Person resolution rules (pure functions)."""
from __future__ import annotations

from pipeline.store.persons import NameGroup, cluster, name_key, resolve


def test_name_key_normalises():
    assert name_key("H. Epyardi Asda, S.H., M.M.") == "epyardi asda"
    assert name_key("  Epyardi   ASDA ") == "epyardi asda"
    assert name_key("Hj. Ir. Dewi") == "dewi"
    assert name_key("H") == "h"


def g(key, place, pid=None):
    return NameGroup(key, place, (key.title(),), ((pid, 1),) if pid else ())


def test_single_word_joins_the_one_longer_name_of_the_same_place():
    labels = cluster([g("epyardi asda", "13.02"), g("epyardi", "13.02"), g("asda", "13.02"), g("epyardi", "13.03")])
    assert labels[0] == labels[1] == labels[2]
    assert labels[3] != labels[0]


def test_full_names_are_one_person_across_places_and_ambiguity_is_kept_apart():
    labels = cluster([g("budi santoso", "13.02"), g("budi santoso", "13"), g("budi hartono", "13.02"),
                      g("budi", "13.02"), g("budi", None)])
    assert labels[0] == labels[1]
    assert len({labels[0], labels[2], labels[3], labels[4]}) == 4


def test_resolve_keeps_existing_ids_and_numbers_new_ones():
    groups = [g("epyardi", "13.02", pid=5), g("epyardi asda", "13.02"), g("dewi lestari", "13.01", pid=2),
              g("agus salim", "13.01")]
    persons, ids = resolve(groups, next_id=6)
    assert ids[:3] == [5, 5, 2] and ids[3] == 6
    assert {p.id: p.name for p in persons} == {2: "Dewi Lestari", 5: "Epyardi Asda", 6: "Agus Salim"}
