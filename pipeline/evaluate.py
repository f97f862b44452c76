"""Score extracted facts against a labelled gold set (the form of the project's gold.jsonl).

Gold lines name places (`{"kind", "name", "province"}`); predictions carry Kemendagri codes. The
metric is the project's: micro precision, recall and F1 per fact type, over sets of keys per
article (the same keys as the reference scorer the gold set ships with). Each fact type of the
registry (pipeline.facttypes) names its metrics and how a gold item becomes a predicted one.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.facttypes import FACT_TYPES, METRICS
from pipeline.facttypes.spec import norm
from pipeline.gazetteer import Gazetteer, get_gazetteer

#: every metric scored, in the order of the fact-type table (pipeline.facttypes)
KINDS = METRICS


class GoldError(ValueError):
    """A gold line names a place that is not in the gazetteer."""


class Codes:
    """Gold names → Kemendagri codes (`{"kind", "name", "province"}` → "13.02", "Sumatera Barat" → "13")."""

    def __init__(self, gaz: Gazetteer):
        self.province = {norm(p.name): p.code for p in gaz.provinces.values()}
        self.region = {(r.kind, norm(r.name), r.province_code): r.code for r in gaz.regions.values()}

    def province_code(self, name):
        if name is None:
            return None
        try:
            return self.province[norm(name)]
        except KeyError:
            raise GoldError(f"unknown province in gold: {name!r}") from None

    def region_code(self, region):
        if not region:
            return None
        key = (region.get("kind"), norm(region.get("name")), self.province_code(region.get("province")))
        try:
            return self.region[key]
        except KeyError:
            raise GoldError(f"unknown region in gold: {region!r}") from None


def _keys(facts_by_type: dict[str, list[dict]]) -> dict[str, set]:
    """Each metric's set of keys over facts in the predicted form (a key of None is not scored)."""
    keys: dict[str, set] = {k: set() for k in KINDS}
    for spec in FACT_TYPES:
        for fact in facts_by_type.get(spec.name) or []:
            for metric, key_of in spec.metrics.items():
                key = key_of(fact)
                if key is not None:
                    keys[metric].add(key)
    return keys


def gold_keys(gold: dict, codes: Codes) -> dict[str, set]:
    """The keys of one gold line's `gold` object (places named; a fact type it lacks has none)."""
    return _keys({spec.name: [spec.from_gold(g, codes) for g in gold.get(spec.name) or []] for spec in FACT_TYPES})


def pred_keys(p: dict) -> dict[str, set]:
    """The keys of one contract output object (codes)."""
    return _keys(p)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    articles: int
    scores: dict[str, Score]
    misses: list[tuple[str, str, str, str]]  # (id, kind, "missed"|"spurious", key)

    def table(self) -> str:
        lines = [f"articles: {self.articles}",
                 f"{'fact':32} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for kind, s in self.scores.items():
            lines.append(f"{kind:32} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5} {s.fp:5} {s.fn:5}")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"articles": self.articles, **{
            k: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                "tp": s.tp, "fp": s.fp, "fn": s.fn} for k, s in self.scores.items()}}


def score(gold: Iterable[dict], predictions: dict[str, dict], gaz: Gazetteer | None = None) -> Report:
    codes = Codes(gaz or get_gazetteer())
    scores = {k: Score() for k in KINDS}
    misses = []
    n = 0
    for g in gold:
        n += 1
        gk = gold_keys(g["gold"], codes)
        pk = pred_keys(predictions.get(g["id"], {}))
        for kind in KINDS:
            s = scores[kind]
            tp = len(gk[kind] & pk[kind])
            s.tp += tp
            s.fp += len(pk[kind]) - tp
            s.fn += len(gk[kind]) - tp
            misses += [(g["id"], kind, "missed", str(k)) for k in sorted(map(str, gk[kind] - pk[kind]))]
            misses += [(g["id"], kind, "spurious", str(k)) for k in sorted(map(str, pk[kind] - gk[kind]))]
    return Report(n, scores, misses)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(gold_path: Path, *, html: bool = False) -> Report:
    """Run the extractor over a gold file and score it (see `evaluate_records`)."""
    return evaluate_records(read_jsonl(gold_path), html=html)


def evaluate_records(gold: list[dict], *, html: bool = False) -> Report:
    """Run the extractor over gold records and score it.

    Each gold line is fed as the contract's text record (`text`, `source_date`); with `html=True`
    the line's `html` field (portal HTML of the same article) is fed instead.
    """
    from pipeline.facts import extract_record

    preds = {}
    for g in gold:
        rec = {"id": g["id"], "published": g.get("source_date")}
        if html:
            rec.update(html=g["html"], url=g.get("source_url"))
        else:
            rec["text"] = g["text"]
        preds[g["id"]] = extract_record(rec)
    return score(gold, preds)


def main(argv=None) -> int:  # python -m pipeline.evaluate GOLD [--misses] [--html]
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--html", action="store_true")
    a = ap.parse_args(argv)
    rep = evaluate(a.gold, html=a.html)
    print(rep.table())
    if a.misses:
        for row in rep.misses:
            print("\t".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
