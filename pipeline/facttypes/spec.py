"""`FactType`: the declarative spec of one fact type (one folder of pipeline/facttypes).

A spec names everything the rest of Warta needs to handle a fact type, so that the nlp build,
`facts_from_doc`, evaluation, the store loader, reprocess, the nightly summary and the CLI iterate
the table of specs (pipeline.facttypes.FACT_TYPES) instead of naming fact types:

| field       | used by                                                                        |
|-------------|--------------------------------------------------------------------------------|
| `name`      | the contract's key in `warta extract`, `Facts.<name>`, `doc._.<name>`           |
| `order`     | where its component runs in the pipeline (regions 10 … complaints 50)          |
| `record`    | the dataclass of one fact: its fields are the contract's fields and the table's columns |
| `component` | the spaCy factory that tags it, registered by importing `module`               |
| `metrics`   | evaluation: metric name → key of one predicted fact (None: not scored)          |
| `from_gold` | evaluation: one gold item (places named) → the predicted form (codes)         |
| `table`     | the store's table (its columns: the record's fields plus `extra_columns`; `rows`) |
| `region`    | `warta facts`: the module describing a kabupaten/kota's facts of this type     |
| `folder`    | lexicons and patterns (data files) beside the component                        |
"""
from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: Store columns every fact table has besides the record's fields.
ROW_COLUMNS = (("article_id", int), ("extractor_version", str))


def norm(s: str | None) -> str:
    """A name as the scorer compares it: lower case, punctuation dropped."""
    return re.sub(r"[^a-z0-9]+", " ", (s or "").lower()).strip()


def subject(fact: dict) -> str:
    """The subject a fact is scored by: its region, else "P" + its province ("P13")."""
    return fact.get("region_code") or "P" + str(fact.get("province_code"))


def _plain(value):
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value


@dataclass(frozen=True)
class FactType:
    name: str
    record: type
    component: str
    module: str
    metrics: dict[str, Callable[[dict], object]]
    from_gold: Callable[[object, object], dict]
    table: str
    folder: Path
    #: where the component runs in the pipeline (lower first)
    order: int = 100
    view: str | None = None
    region: str | None = None
    extra_columns: tuple[tuple[str, type], ...] = ()
    #: the contract's form of one fact (default: the record's fields)
    contract: Callable[[object], dict] = _plain
    #: a tagged doc → this type's facts (default: `doc._.<name>`)
    collect: Callable | None = None
    #: an article's `Facts` → the rows of this type's table (default: each fact's fields)
    rows: Callable | None = None
    description: str = ""

    def fields(self) -> list[tuple[str, type]]:
        """The record's fields with their Python types (str, int, float), optional or not."""
        hints = typing.get_type_hints(self.record)
        return [(f.name, _base(hints[f.name])) for f in dataclasses.fields(self.record)]

    def columns(self) -> list[tuple[str, type]]:
        """The store table's columns: article id, the record's fields, extra columns, version."""
        return [ROW_COLUMNS[0], *self.fields(), *self.extra_columns, ROW_COLUMNS[1]]

    def table_rows(self, facts) -> list[dict]:
        """The rows of this type's table for one article's `Facts` (without article id and version)."""
        if self.rows is not None:
            return self.rows(facts)
        return [_plain(f) for f in getattr(facts, self.name)]

    def facts_of(self, doc) -> list:
        """This fact type's facts in a tagged doc."""
        if self.collect is not None:
            return list(self.collect(doc))
        return list(getattr(doc._, self.name) or [])


def _base(tp) -> type:
    """`str | None` → str."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    return args[0] if args else tp
