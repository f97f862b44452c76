"""Leave-one-set-out for the compliance decision: for each set of the cache, train on the other sets, decide on the
held-out one and score it with the scorer's keys beside the rules; then train on every set and save the model.

    .venv/bin/python -m benchmarks.learned.compliance_loso /tmp/lc2/cache_fc.jsonl -o benchmarks/learned/compliance_model.json

Learner: logistic regression (scikit-learn, L2). Its C and decision threshold are chosen inside each training fold
by an inner leave-one-set-out over the training sets (pooled F1 of compliance.subject+zone), never on the held-out
set; so is the year policy (on the training sets).
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict

from .common import counts, fmt, loso_splits, prf, save, spread, vector
from .compliance_features import KEY_FEATURES, RULES_FEATURES
from .compliance_model import YEAR_POLICIES, decide, gold_sets, rules_keys

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7)
#: the variants compared (fixed before any run): which features the model reads
VARIANTS = {"all": KEY_FEATURES, "no_rules": tuple(n for n in KEY_FEATURES if n not in RULES_FEATURES)}


def load_rows(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def by_set(rows: list[dict]) -> dict[str, list[dict]]:
    out = defaultdict(list)
    for r in rows:
        out[r["set"]].append(r)
    return out


def fit(rows: list[dict], C: float, threshold: float, variant: str = "all") -> dict:
    from sklearn.linear_model import LogisticRegression

    features = VARIANTS[variant]
    X, y = [], []
    for r in rows:
        gold = {tuple(k) for k in r["gold"]}
        for c in r["cands"]:
            X.append(vector(c["f"], features))
            y.append(int(tuple(c["key"]) in gold))
    lr = LogisticRegression(C=C, max_iter=5000).fit(X, y)
    return {"kind": "logistic_regression", "fact_type": "compliance", "variant": variant,
            "weights": {n: round(float(w), 6) for n, w in zip(features, lr.coef_[0])},
            "intercept": float(lr.intercept_[0]), "threshold": threshold, "C": C,
            "trained_on": sorted({r["set"] for r in rows}), "n_candidates": len(y), "n_positive": int(sum(y)),
            "collective": all(r.get("collective") for r in rows)}


def tuned(rows: list[dict], variant: str = "all") -> tuple[float, float]:
    """C and threshold by an inner leave-one-set-out over `rows`' sets (pooled subject+zone F1)."""
    sets = by_set(rows)
    best = None
    for C in C_GRID:
        inner = [(fit([r for s in train for r in sets[s]], C, 0.5, variant), sets[held])
                 for held, train in loso_splits(sets)]
        for t in THRESHOLD_GRID:
            f1 = prf(*counts((gold_sets(r)[0], decide({**m, "threshold": t}, r)[0])
                             for m, held_rows in inner for r in held_rows))[2]
            if best is None or f1 > best[0]:
                best = (f1, C, t)
    return best[1], best[2]


def year_policy(model: dict, rows: list[dict]) -> str:
    """The year policy giving the best subject+zone+year F1 on `rows` (the training sets) with `model`."""
    def f1(policy):
        return prf(*counts((gold_sets(r)[1], decide({**model, "year_policy": policy}, r)[1]) for r in rows))[2]
    return max(YEAR_POLICIES, key=f1)


def trained(rows: list[dict], variant: str = "all") -> dict:
    C, t = tuned(rows, variant)
    model = fit(rows, C, t, variant)
    model["year_policy"] = year_policy(model, rows)
    return model


def loso_table(rows: list[dict], variant: str = "all") -> list[dict]:
    sets = by_set(rows)
    out = []
    for held, train in loso_splits(sets):
        model = trained([r for s in train for r in sets[s]], variant)
        res = {"set": held, "C": model["C"], "threshold": model["threshold"], "year_policy": model["year_policy"],
               "articles": []}
        for r in sets[held]:
            g, gy = gold_sets(r)
            rk, rky = rules_keys(r)
            lk, lky = decide(model, r)
            res["articles"].append({"id": r["id"], "g": g, "gy": gy, "r": rk, "ry": rky, "l": lk, "ly": lky})
        out.append(res)
    return out


def report(table: list[dict]) -> str:
    lines = ["| held out | C | thr | year policy | rules subject+zone F1 (P/R) | learned subject+zone F1 (P/R) | "
             "rules +year | learned +year |", "|---|---|---|---|---|---|---|---|"]
    pooled = defaultdict(list)
    for res in table:
        cols = []
        for side in ("r", "l", "ry", "ly"):
            pairs = [(a["gy" if side.endswith("y") else "g"], a[side]) for a in res["articles"]]
            pooled[side] += pairs
            cols.append(fmt(counts(pairs)))
        lines.append(f"| {res['set']} | {res['C']} | {res['threshold']} | {res['year_policy']} | " + " | ".join(cols) + " |")
    lines.append("| **pooled** | | | | " + " | ".join(fmt(counts(pooled[s])) for s in ("r", "l", "ry", "ly")) + " |")
    (tr, fr, nr), (tl, fl, nl) = counts(pooled["r"]), counts(pooled["l"])
    lines.append(f"\npooled subject+zone counts: rules tp {tr} fp {fr} fn {nr}; learned tp {tl} fp {fl} fn {nl}")
    lines.append(spread(a for res in table for a in res["articles"]))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cache")
    ap.add_argument("--variant", choices=sorted(VARIANTS), default="all")
    ap.add_argument("-o", "--model", help="write the model trained on every set here (JSON)")
    a = ap.parse_args(argv)
    rows = load_rows(a.cache)
    print(f"variant {a.variant}")
    print(report(loso_table(rows, a.variant)))
    if a.model:
        model = trained(rows, a.variant)
        save(model, a.model)
        top = sorted(model["weights"].items(), key=lambda x: -abs(x[1]))[:20]
        print(f"\nmodel on all sets: C {model['C']}, threshold {model['threshold']}, year policy {model['year_policy']}, "
              f"intercept {model['intercept']:+.3f}; top weights:")
        print("\n".join(f"  {n:28s} {w:+.3f}" for n, w in top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
