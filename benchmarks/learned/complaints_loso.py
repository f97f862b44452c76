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

from .common import counts, prf, report, save, tune, vector
from .common import loso_table as common_loso
from .complaints_features import KEY_FEATURES, RULES_FEATURES
from .complaints_model import YEAR_POLICIES, decide, gold_sets, rules_keys

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7)
VARIANTS = {"all": KEY_FEATURES, "no_rules": tuple(n for n in KEY_FEATURES if n not in RULES_FEATURES)}


def load_rows(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def fit(rows: list[dict], C: float, threshold: float, features=KEY_FEATURES, learner: str = "lr") -> dict:
    X, y = [], []
    for r in rows:
        gold = {tuple(k) for k in r["gold"]}
        for c in r["cands"]:
            X.append(vector(c["f"], features))
            y.append(int(tuple(c["key"]) in gold))
    if learner == "gbt":  # tried: 100 trees of depth 2, C unused; compared in the LOSO only, never saved
        from sklearn.ensemble import GradientBoostingClassifier

        gb = GradientBoostingClassifier(n_estimators=100, max_depth=2, random_state=0).fit(X, y)
        return {"kind": "gbt", "_estimator": gb, "_features": features, "threshold": threshold, "C": C}
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=C, max_iter=5000).fit(X, y)
    return {"kind": "logistic_regression", "fact_type": "complaints",
            "weights": {n: round(float(w), 6) for n, w in zip(features, lr.coef_[0])},
            "intercept": float(lr.intercept_[0]), "threshold": threshold, "C": C,
            "trained_on": sorted({r["set"] for r in rows}), "n_candidates": len(y), "n_positive": int(sum(y))}


def tuned(rows: list[dict], features=KEY_FEATURES, learner: str = "lr") -> tuple[float, float]:
    """C and threshold by an inner leave-one-set-out over `rows`' sets (pooled subject+count F1)."""
    return tune(rows, lambda train, C: fit(train, C, 0.5, features, learner), lambda m, r: decide(m, r["cands"])[0],
                lambda r: gold_sets(r)[0], C_GRID if learner == "lr" else (None,), THRESHOLD_GRID)


def year_policy(model: dict, rows: list[dict]) -> str:
    def f1(policy):
        return prf(*counts((gold_sets(r)[1], decide({**model, "year_policy": policy}, r["cands"])[1]) for r in rows))[2]
    return max(YEAR_POLICIES, key=f1)


def trained(rows: list[dict], features=KEY_FEATURES, learner: str = "lr") -> dict:
    C, t = tuned(rows, features, learner)
    model = fit(rows, C, t, features, learner)
    model["year_policy"] = year_policy(model, rows)
    return model


def loso_table(rows: list[dict], features=KEY_FEATURES, learner: str = "lr") -> list[dict]:
    return common_loso(rows, lambda train: trained(train, features, learner), decide, gold_sets, rules_keys)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cache")
    ap.add_argument("--variant", choices=sorted(VARIANTS), default="all")
    ap.add_argument("--learner", choices=("lr", "gbt"), default="lr", help="gbt: tried, never saved")
    ap.add_argument("-o", "--model", help="write the model trained on every set here (JSON)")
    a = ap.parse_args(argv)
    rows = load_rows(a.cache)
    features = VARIANTS[a.variant]
    print(f"variant {a.variant}, learner {a.learner}")
    print(report(loso_table(rows, features, a.learner), "subject+count"))
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
