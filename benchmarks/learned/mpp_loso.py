"""Leave-one-set-out: for each set of the cache, train the MPP decision on the other sets, decide on the held-out
one and score it with the scorer's keys beside the rules; then train on every set and save the model as JSON.

    .venv/bin/python -m benchmarks.learned.mpp_loso /tmp/learn-mpp/cache.jsonl -o benchmarks/learned/mpp_model.json

Learner: logistic regression (scikit-learn, L2). Its C and decision threshold are chosen inside each training
fold by an inner leave-one-set-out over the training sets (the pooled F1 of mpp.region+status), never on the
held-out set.
"""
from __future__ import annotations

import argparse
import json

from .mpp_features import KEY_FEATURES, RULES_FEATURES

#: the variants compared (fixed before any run): which features, and whether the rules' facts are kept as they are
VARIANTS = {
    "all": {"features": KEY_FEATURES, "or_rules": False},
    "no_rules": {"features": tuple(n for n in KEY_FEATURES if n not in RULES_FEATURES), "or_rules": False},
    "rules_or_no_rules": {"features": tuple(n for n in KEY_FEATURES if n not in RULES_FEATURES), "or_rules": True},
    # one instance per pair (its features with its decision's counts and rules features), the label its decision's;
    # a decision's probability is its pairs' maximum
    "max_pair": {"features": KEY_FEATURES, "or_rules": False, "aggregate": "max_pair"},
}
from .common import loso_table as common_loso
from .common import report, tune
from .mpp_model import YEAR_POLICIES, counts, decide, gold_sets, pair_only, prf, rules_keys, save, vector

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7)


def load_rows(path: str, rules: str = "current") -> list[dict]:
    """The cache's articles; with `rules="first_contact"`, the rules of each set are those of the last extractor
    that had not seen it (its candidates and its rules column), as the rules are on a new set."""
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if rules == "first_contact":
        rows = [{**r, "cands": r["cands_fc"], "rules": r["rules_fc"]} for r in rows]
    return rows


def training_data(rows: list[dict], features=KEY_FEATURES, aggregate: str | None = None
                  ) -> tuple[list[list[float]], list[int]]:
    X, y = [], []
    for r in rows:
        gold = {tuple(k) for k in r["gold"]}
        for c in r["cands"]:
            label = int(tuple(c["key"]) in gold)
            instances = [{**c["f"], **pair_only(pf)} for pf in c.get("pairs") or []] \
                if aggregate == "max_pair" and c.get("pairs") else [c["f"]]
            for f in instances:
                X.append(vector(f, features))
                y.append(label)
    return X, y


def fit(rows: list[dict], C: float, threshold: float, variant: str = "all") -> dict:
    from sklearn.linear_model import LogisticRegression

    features = VARIANTS[variant]["features"]
    X, y = training_data(rows, features, VARIANTS[variant].get("aggregate"))
    lr = LogisticRegression(C=C, max_iter=5000)
    lr.fit(X, y)
    return {"kind": "logistic_regression", "variant": variant, "or_rules": VARIANTS[variant]["or_rules"],
            "aggregate": VARIANTS[variant].get("aggregate"),
            "weights": {n: round(float(w), 6) for n, w in zip(features, lr.coef_[0])},
            "intercept": float(lr.intercept_[0]), "threshold": threshold, "C": C,
            "trained_on": sorted({r["set"] for r in rows}), "n_candidates": len(y), "n_positive": int(sum(y))}


def tuned(rows: list[dict], variant: str = "all") -> tuple[float, float]:
    """C and threshold by an inner leave-one-set-out over `rows`' sets (pooled F1, region+status)."""
    return tune(rows, lambda train, C: fit(train, C, 0.5, variant), lambda m, r: decide(m, r["cands"])[0],
                lambda r: gold_sets(r)[0], C_GRID, THRESHOLD_GRID)


def year_policy(model: dict, rows: list[dict]) -> str:
    """The year policy giving the best region+status+year F1 on `rows` (the training sets) with `model`."""
    def f1(policy):
        return prf(*counts((gold_sets(r)[1], decide({**model, "year_policy": policy}, r["cands"])[1]) for r in rows))[2]
    return max(YEAR_POLICIES, key=f1)


def trained(rows: list[dict], variant: str = "all") -> dict:
    """The model of `rows`: C and threshold by the inner LOSO, the year policy on the same rows."""
    C, t = tuned(rows, variant)
    model = fit(rows, C, t, variant)
    model["year_policy"] = year_policy(model, rows)
    return model


def loso_table(rows: list[dict], variant: str = "all") -> list[dict]:
    return common_loso(rows, lambda train: trained(train, variant), decide, gold_sets, rules_keys)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cache")
    ap.add_argument("--variant", choices=sorted(VARIANTS), default="all")
    ap.add_argument("--rules", choices=("current", "first_contact"), default="current",
                    help="the rules' facts of each set: today's extractor's, or the last one that had not seen it")
    ap.add_argument("-o", "--model", help="write the model trained on every set here (JSON)")
    a = ap.parse_args(argv)
    rows = load_rows(a.cache, a.rules)
    print(f"variant {a.variant}, rules {a.rules}")
    print(report(loso_table(rows, a.variant), "region+status"))
    if a.model:
        model = trained(rows, a.variant)
        C, t = model["C"], model["threshold"]
        save(model, a.model)
        top = sorted(model["weights"].items(), key=lambda x: -abs(x[1]))[:15]
        print(f"\nmodel on all sets: C {C}, threshold {t}, year policy {model['year_policy']}, intercept {model['intercept']:+.3f}; top weights:")
        print("\n".join(f"  {n:28s} {w:+.3f}" for n, w in top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
