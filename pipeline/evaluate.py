"""Score extracted facts against a labelled gold set (the form of the project's gold.jsonl).

Gold lines name places (`{"kind", "name", "province"}`); predictions carry Kemendagri codes. The
metric is the project's: micro precision, recall and F1 per fact type, over sets of keys per
article (the same keys as the reference scorer the gold set ships with). Each fact type of the
registry (pipeline.facttypes) names its metrics and how a gold item becomes a predicted one.

Each missed or spurious key is a `Miss` with the sentence behind it: the fact's evidence (the
gold item's or the prediction's), else the first sentence of the article naming its place or
person; `Report.misses_text()` lists them grouped by fact type (`warta eval --misses`).
"""
from __future__ import annotations

import json
import re
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


def _keyed(facts_by_type: dict[str, list[dict]]) -> dict[str, dict]:
    """Each metric's keys over facts in the predicted form, each with the first fact giving it
    (a key of None is not scored)."""
    keys: dict[str, dict] = {k: {} for k in KINDS}
    for spec in FACT_TYPES:
        for fact in facts_by_type.get(spec.name) or []:
            for metric, key_of in spec.metrics.items():
                key = key_of(fact)
                if key is not None:
                    keys[metric].setdefault(key, fact)
    return keys


def _gold_facts(gold: dict, codes: Codes) -> dict[str, list[dict]]:
    """One gold line's `gold` object in the predicted form (codes), each fact keeping its evidence."""
    out = {}
    for spec in FACT_TYPES:
        out[spec.name] = [{**spec.from_gold(g, codes), **({"evidence": g["evidence"]} if isinstance(g, dict)
                                                         and g.get("evidence") else {})}
                          for g in gold.get(spec.name) or []]
    return out


def gold_keys(gold: dict, codes: Codes) -> dict[str, set]:
    """The keys of one gold line's `gold` object (places named; a fact type it lacks has none)."""
    return {k: set(v) for k, v in _keyed(_gold_facts(gold, codes)).items()}


def pred_keys(p: dict) -> dict[str, set]:
    """The keys of one contract output object (codes)."""
    return {k: set(v) for k, v in _keyed(p).items()}


#: where an article's text is cut into sentences to show the one behind a miss
SENTENCE_CUT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’]))\s+|\n+")
#: the longest sentence a miss shows (longer ones are cut with an ellipsis)
MISS_SENTENCE_MAX = 400


def _fact_terms(fact, gaz: Gazetteer) -> list[str]:
    """What names a fact in the text: its person's name, its kabupaten/kota's or province's name."""
    if not isinstance(fact, dict):  # regions and provinces are scored by their code alone
        fact = {"code": fact}
    terms = [fact["name"]] if isinstance(fact.get("name"), str) and fact.get("name") else []
    for field in ("region_code", "code", "province_code"):
        code = fact.get(field)
        if not isinstance(code, str):
            continue
        place = gaz.regions.get(code) or gaz.provinces.get(code)
        if place is not None:
            terms.append(place.name)
    return terms


def miss_sentence(text: str, fact, gaz: Gazetteer) -> str:
    """The sentence behind a missed or spurious fact: its evidence, else the first sentence of
    `text` naming its person, else its place (case-insensitive), else ""."""
    found = fact.get("evidence") if isinstance(fact, dict) else None
    if not found:  # the person first, then the narrowest place
        sentences = SENTENCE_CUT.split(text or "")
        found = next((s for t in _fact_terms(fact, gaz) for s in sentences if t.lower() in s.lower()), "")
    found = " ".join(found.split())
    return found if len(found) <= MISS_SENTENCE_MAX else found[:MISS_SENTENCE_MAX - 1] + "…"


@dataclass
class Miss:
    """One key of one article that the prediction lacks ("missed") or has in excess ("spurious")."""

    id: str
    metric: str
    kind: str  # "missed" | "spurious"
    key: str
    sentence: str = ""

    @property
    def fact_type(self) -> str:
        return self.metric.split(".", 1)[0]

    def __iter__(self):  # (id, metric, kind, key), the tab-separated row of earlier versions
        return iter((self.id, self.metric, self.kind, self.key))


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
    misses: list[Miss]

    def table(self) -> str:
        lines = [f"articles: {self.articles}",
                 f"{'fact':32} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for kind, s in self.scores.items():
            lines.append(f"{kind:32} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5} {s.fp:5} {s.fn:5}")
        return "\n".join(lines)

    def misses_text(self) -> str:
        """Every miss with its sentence, grouped by fact type (in the table's order), then article."""
        lines = []
        for spec_name in dict.fromkeys(m.split(".", 1)[0] for m in KINDS):
            group = [m for m in self.misses if m.fact_type == spec_name]
            if not group:
                continue
            missed = sum(m.kind == "missed" for m in group)
            lines.append(f"== {spec_name}: {missed} missed, {len(group) - missed} spurious")
            for m in sorted(group, key=lambda m: (m.id, m.key, m.metric)):
                lines.append(f"{m.id}\t{m.metric}\t{m.kind}\t{m.key}")
                if m.sentence:
                    lines.append(f"    {m.sentence}")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"articles": self.articles, **{
            k: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                "tp": s.tp, "fp": s.fp, "fn": s.fn} for k, s in self.scores.items()}}


def score(gold: Iterable[dict], predictions: dict[str, dict], gaz: Gazetteer | None = None) -> Report:
    gaz = gaz or get_gazetteer()
    codes = Codes(gaz)
    scores = {k: Score() for k in KINDS}
    misses: list[Miss] = []
    n = 0
    for g in gold:
        n += 1
        gk = _keyed(_gold_facts(g["gold"], codes))
        pk = _keyed(predictions.get(g["id"], {}))
        for kind in KINDS:
            s = scores[kind]
            tp = len(gk[kind].keys() & pk[kind].keys())
            s.tp += tp
            s.fp += len(pk[kind]) - tp
            s.fn += len(gk[kind]) - tp
            for what, mine, other in (("missed", gk[kind], pk[kind]), ("spurious", pk[kind], gk[kind])):
                for key in sorted(mine.keys() - other.keys(), key=str):
                    misses.append(Miss(g["id"], kind, what, str(key), miss_sentence(g.get("text", ""), mine[key], gaz)))
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
        print(rep.misses_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
