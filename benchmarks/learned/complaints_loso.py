"""Leave-one-set-out for the complaints decision: for each set of the cache, train on the other sets, decide on the
held-out one and score it with the scorer's keys beside the rules; then train on every set and save the model.

    OMP_NUM_THREADS=1 .venv/bin/python -m benchmarks.learned.complaints_loso CACHE.jsonl [-o complaints_model.json]

Learner: logistic regression (scikit-learn, L2, features standardised by nothing: they are 0/1 or small logs).
Its C and decision threshold are chosen inside each training fold by an inner leave-one-set-out over the training
sets (pooled F1 of complaints.subject+count), never on the held-out set; so is the year policy.
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict

from .common import counts, fmt, loso_splits, prf, save, vector
from .complaints_features import KEY_FEATURES, RULES_FEATURES
from .complaints_model import YEAR_POLICIES, decide, gold_sets, rules_keys

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7)
VARIANTS = {"all": KEY_FEATURES, "no_rules": tuple(n for n in KEY_FEATURES if n not in RULES_FEATURES)}


def load_rows(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def by_set(rows: list[dict]) -> dict[str, list[dict]]:
    out = defaultdict(list)
    for r in rows:
        out[r["set"]].append(r)
    return out


def fit(rows: list[dict], C: float, threshold: float, features=KEY_FEATURES, learner: str = "lr") -> dict:
    X, y = [], []
    for r in rows:
        gold = {tuple(k) for k in r["gold"]}
        for c in r["cands"]:
            X.append(vector(c["f"], features))
            y.append(int(tuple(c["key"]) in gold))
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=C, max_iter=5000).fit(X, y)
    return {"kind": "logistic_regression", "fact_type": "complaints",
            "weights": {n: round(float(w), 6) for n, w in zip(features, lr.coef_[0])},
            "intercept": float(lr.intercept_[0]), "threshold": threshold, "C": C,
            "trained_on": sorted({r["set"] for r in rows}), "n_candidates": len(y), "n_positive": int(sum(y))}


def tuned(rows: list[dict], features=KEY_FEATURES) -> tuple[float, float]:
    """C and threshold by an inner leave-one-set-out over `rows`' sets (pooled subject+count F1)."""
    sets = by_set(rows)
    best = None
    for C in C_GRID:
        inner = [(fit([r for s in train for r in sets[s]], C, 0.5, features), sets[held])
                 for held, train in loso_splits(sets)]
        for t in THRESHOLD_GRID:
            f1 = prf(*counts((gold_sets(r)[0], decide({**m, "threshold": t}, r["cands"])[0])
                             for m, held_rows in inner for r in held_rows))[2]
            if best is None or f1 > best[0]:
                best = (f1, C, t)
    return best[1], best[2]


def year_policy(model: dict, rows: list[dict]) -> str:
    def f1(policy):
        return prf(*counts((gold_sets(r)[1], decide({**model, "year_policy": policy}, r["cands"])[1]) for r in rows))[2]
    return max(YEAR_POLICIES, key=f1)


def trained(rows: list[dict], features=KEY_FEATURES) -> dict:
    C, t = tuned(rows, features)
    model = fit(rows, C, t, features)
    model["year_policy"] = year_policy(model, rows)
    return model


def loso_table(rows: list[dict], features=KEY_FEATURES) -> list[dict]:
    sets = by_set(rows)
    out = []
    for held, train in loso_splits(sets):
        model = trained([r for s in train for r in sets[s]], features)
        res = {"set": held, "C": model["C"], "threshold": model["threshold"], "year_policy": model["year_policy"],
               "articles": []}
        for r in sets[held]:
            g, gy = gold_sets(r)
            rk, rky = rules_keys(r)
            lk, lky = decide(model, r["cands"])
            res["articles"].append({"id": r["id"], "g": g, "gy": gy, "r": rk, "ry": rky, "l": lk, "ly": lky})
        out.append(res)
    return out


def spread(table: list[dict]) -> list[tuple]:
    """Per article where the sides differ: (net = tp gained - fp gained, tp gained, fp gained, id), largest first."""
    diff = []
    for res in table:
        for a in res["articles"]:
            d_tp = len(a["g"] & a["l"]) - len(a["g"] & a["r"])
            d_fp = len(a["l"] - a["g"]) - len(a["r"] - a["g"])
            if d_tp or d_fp:
                diff.append((d_tp - d_fp, d_tp, d_fp, a["id"]))
    return sorted(diff, reverse=True)


def report(table: list[dict]) -> str:
    lines = ["| held out | C | thr | year policy | rules subject+count F1 (P/R) | learned subject+count F1 (P/R) | "
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
    lines.append(f"\npooled subject+count counts: rules tp {tr} fp {fr} fn {nr}; learned tp {tl} fp {fl} fn {nl}")
    lines.append("articles where learned and rules differ (net = tp gained - fp gained): "
                 + ", ".join(f"{i} {n:+d} (tp {t:+d}, fp {f:+d})" for n, t, f, i in spread(table)))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cache")
    ap.add_argument("--variant", choices=sorted(VARIANTS), default="all")
    ap.add_argument("-o", "--model", help="write the model trained on every set here (JSON)")
    a = ap.parse_args(argv)
    rows = load_rows(a.cache)
    features = VARIANTS[a.variant]
    print(f"variant {a.variant}")
    print(report(loso_table(rows, features)))
    if a.model:
        model = trained(rows, features)
        save(model, a.model)
        top = sorted(model["weights"].items(), key=lambda x: -abs(x[1]))[:20]
        print(f"\nmodel on all sets: C {model['C']}, threshold {model['threshold']}, year policy "
              f"{model['year_policy']}, intercept {model['intercept']:+.3f}; top weights:")
        print("\n".join(f"  {n:28s} {w:+.3f}" for n, w in top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
