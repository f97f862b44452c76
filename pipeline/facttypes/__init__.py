"""The fact types: one folder each, one table of their specs.

`FACT_TYPES` is the table (one spec per fact type, gathered from the folders, in pipeline order)
that the nlp build (pipeline/nlp), `facts_from_doc` and `Facts`
(pipeline/facts.py, pipeline/models.py), evaluation (pipeline/evaluate.py), the store loader
(pipeline/store/load.py), reprocess (pipeline/reprocess.py), the nightly summary (flows/nightly.py)
and the CLI (`warta extract`, `warta eval`, `warta facts`) iterate. Adding a fact type is adding a
folder here whose __init__ exports `FACT_TYPES` (docs/add_a_fact_type.md);
tests/pipeline/test_fact_types.py names whatever a fact type lacks.

| folder        | fact types            | component          | order |
|---------------|-----------------------|--------------------|-------|
| `regions/`    | regions, provinces    | `warta_regions`    | 10    |
| `officials/`  | officials             | `warta_officials`  | 20    |
| `compliance/` | compliance            | `warta_compliance` | 30    |
| `mpp/`        | mpp                   | `warta_mpp`        | 40    |
| `complaints/` | complaints            | `warta_complaints` | 50    |

Importing this package is cheap (records and specs only); the components are imported by the nlp
build (`FactType.module`). `order` places a folder's component in the pipeline: after the ones it
reads (regions write the spans every other fact type reads).
"""
from __future__ import annotations

import importlib
import pkgutil

from pipeline.facttypes.spec import FactType


def _discover() -> tuple[FactType, ...]:
    """The specs every folder of this package exports (`FACT_TYPES` in its __init__), in the
    order they run in the pipeline (`FactType.order`)."""
    found: list[FactType] = []
    for info in pkgutil.iter_modules(__path__):
        if info.ispkg:
            found += importlib.import_module(f"{__name__}.{info.name}").FACT_TYPES
    return tuple(sorted(found, key=lambda spec: spec.order))  # stable: a folder keeps its own order


FACT_TYPES: tuple[FactType, ...] = _discover()
BY_NAME: dict[str, FactType] = {spec.name: spec for spec in FACT_TYPES}
NAMES: tuple[str, ...] = tuple(BY_NAME)
#: every evaluation metric, in table order ("regions", …, "complaints.subject+count+year")
METRICS: tuple[str, ...] = tuple(m for spec in FACT_TYPES for m in spec.metrics)


def components() -> list[tuple[str, str]]:
    """(spaCy factory, module that registers it) of every fact type, in table order, once each."""
    return list(dict.fromkeys((spec.component, spec.module) for spec in FACT_TYPES))


__all__ = ["BY_NAME", "FACT_TYPES", "METRICS", "NAMES", "FactType", "components"]
