"""The fact types: one folder each, one table of their specs.

`FACT_TYPES` is the table that the nlp build (pipeline/nlp), `facts_from_doc` and `Facts`
(pipeline/facts.py, pipeline/models.py), evaluation (pipeline/evaluate.py), the store loader
(pipeline/store/load.py), reprocess (pipeline/reprocess.py), the nightly summary (flows/nightly.py)
and the CLI (`warta extract`, `warta eval`, `warta facts`) iterate. Adding a fact type is adding a
folder here and a line below: docs/add_a_fact_type.md; tests/pipeline/test_fact_types.py names
whatever a fact type lacks.

| folder        | fact types            | component          |
|---------------|-----------------------|--------------------|
| `regions/`    | regions, provinces    | `warta_regions`    |
| `officials/`  | officials             | `warta_officials`  |
| `compliance/` | compliance            | `warta_compliance` |
| `mpp/`        | mpp                   | `warta_mpp`        |
| `complaints/` | complaints            | `warta_complaints` |

Importing this package is cheap (records and specs only); the components are imported by the nlp
build (`FactType.module`).
"""
from __future__ import annotations

from pipeline.facttypes.complaints import COMPLAINTS
from pipeline.facttypes.compliance import COMPLIANCE
from pipeline.facttypes.mpp import MPP
from pipeline.facttypes.officials import OFFICIALS
from pipeline.facttypes.regions import PROVINCES, REGIONS
from pipeline.facttypes.spec import FactType

FACT_TYPES: tuple[FactType, ...] = (REGIONS, PROVINCES, OFFICIALS, COMPLIANCE, MPP, COMPLAINTS)
BY_NAME: dict[str, FactType] = {spec.name: spec for spec in FACT_TYPES}
NAMES: tuple[str, ...] = tuple(BY_NAME)
#: every evaluation metric, in table order ("regions", …, "mpp.region+status+year")
METRICS: tuple[str, ...] = tuple(m for spec in FACT_TYPES for m in spec.metrics)


def components() -> list[tuple[str, str]]:
    """(spaCy factory, module that registers it) of every fact type, in table order, once each."""
    return list(dict.fromkeys((spec.component, spec.module) for spec in FACT_TYPES))


__all__ = ["BY_NAME", "FACT_TYPES", "METRICS", "NAMES", "FactType", "components"]
