"""One test per fact type of the registry (pipeline.facttypes.FACT_TYPES), each naming what that fact
type lacks: its component in the pipeline, its store table and view, gold rows, floors, its section
of the contract, valid lexicons and span_ruler patterns. Adding a fact type (docs/add_a_fact_type.md)
is done when these pass for it."""
from __future__ import annotations

import dataclasses
import importlib
import json
import re
import tomllib
from pathlib import Path

import duckdb
import pytest

from pipeline.facttypes import FACT_TYPES, METRICS, NAMES, components
from pipeline.store.migrate import migrate

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "gold"
FLOORS = tomllib.loads((GOLD / "floors.toml").read_text(encoding="utf-8"))
CONTRACT = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
OUTPUT_SECTION = CONTRACT[CONTRACT.index("## Output"):CONTRACT.index("## Scoring")]
IDS = [spec.name for spec in FACT_TYPES]


def _gold_items(name: str) -> dict[str, int]:
    """Gold file → how many items of this fact type it labels."""
    out = {}
    for path in sorted(GOLD.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            n = sum(len(json.loads(line)["gold"].get(name) or []) for line in fh if line.strip())
        if n:
            out[path.stem] = n
    return out


@pytest.fixture(scope="module")
def schema():
    con = duckdb.connect(":memory:")
    migrate(con)
    tables = {t: {c: typ for c, typ in con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ?", [t]).fetchall()}
        for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    views = {v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    con.close()
    return tables, views


def test_names_and_metrics_are_unique():
    assert len(set(NAMES)) == len(NAMES)
    assert len(set(METRICS)) == len(METRICS)
    assert len({spec.table for spec in FACT_TYPES}) == len(FACT_TYPES)


@pytest.mark.parametrize("spec", FACT_TYPES, ids=IDS)
def test_component_is_in_the_pipeline(nlp, spec):
    importlib.import_module(spec.module)
    assert spec.component in nlp.pipe_names, f"{spec.name}: component {spec.component} is not in the pipeline"
    meta = nlp.get_pipe_meta(spec.component)
    assigned = f"doc._.{spec.name}" in meta.assigns or (spec.collect is not None and "doc.spans" in meta.assigns)
    assert assigned, f"{spec.name}: {spec.component} declares no assigns for it ({meta.assigns})"
    assert meta.requires, f"{spec.name}: {spec.component} declares no requires"
    for metric in spec.metrics:
        assert metric == spec.name or metric.startswith(spec.name + "."), metric


def test_requires_are_met_in_order(nlp):
    """Every attribute a component requires is assigned by one before it (or set by the caller)."""
    from pipeline.nlp import CALLER_SETS

    problems = {name: [a for a in missing if a not in CALLER_SETS]
                for name, missing in nlp.analyze_pipes()["problems"].items()}
    assert not any(problems.values()), problems


@pytest.mark.parametrize("spec", FACT_TYPES, ids=IDS)
def test_store_table_has_the_records_columns(schema, spec):
    tables, views = schema
    assert spec.table in tables, f"{spec.name}: no table {spec.table} (add a migration in pipeline/store/migrations)"
    missing = [c for c, _ in spec.columns() if c not in tables[spec.table]]
    assert not missing, f"{spec.name}: table {spec.table} lacks columns {missing}"
    if spec.view:
        assert spec.view in views, f"{spec.name}: no view {spec.view}"


@pytest.mark.parametrize("spec", FACT_TYPES, ids=IDS)
def test_gold_rows_and_floors(spec):
    labelled = _gold_items(spec.name)
    assert labelled, f"{spec.name}: no gold file in {GOLD} labels any {spec.name} fact"
    floored = [name for name, floors in FLOORS.items() if set(spec.metrics) <= set(floors)]
    assert floored, f"{spec.name}: no gold set in floors.toml has floors for {sorted(spec.metrics)}"
    assert set(floored) & set(labelled), f"{spec.name}: the sets with floors ({floored}) label none ({labelled})"


@pytest.mark.parametrize("spec", FACT_TYPES, ids=IDS)
def test_contract_section(spec):
    assert re.search(rf"^- `{spec.name}`", OUTPUT_SECTION, re.M), f"docs/contract.md has no `{spec.name}` bullet"
    fields = [f.name for f in dataclasses.fields(spec.record)]
    missing = [f for f in fields if not re.search(rf"[`\"]{f}[`\"]", OUTPUT_SECTION)]
    assert not missing, f"docs/contract.md does not name the {spec.name} fields {missing}"


@pytest.mark.parametrize("spec", FACT_TYPES, ids=IDS)
def test_lexicons_and_patterns_are_valid(nlp, spec):
    for path in spec.folder.glob("*.toml"):
        tomllib.loads(path.read_text(encoding="utf-8"))
    patterns = spec.folder / "patterns.jsonl"
    if patterns.exists():
        import spacy

        rows = [json.loads(line) for line in patterns.read_text(encoding="utf-8").splitlines() if line.strip()]
        ruler = spacy.blank("xx").add_pipe("span_ruler", config={"phrase_matcher_attr": "LOWER"})
        ruler.add_patterns(rows)  # spaCy's own span_ruler accepts the file as it is
        assert len(ruler.patterns) == len(rows)


@pytest.mark.parametrize("spec", FACT_TYPES, ids=IDS)
def test_region_section(spec):
    if spec.region is None:
        pytest.skip(f"{spec.name} has no `warta facts` section")
    section = importlib.import_module(spec.region)
    assert section.TITLE and callable(section.facts) and callable(section.lines)


def test_every_component_is_registered_once():
    assert len(components()) == len({c for c, _ in components()})
