"""Leave-one-set-out for the compliance decision: for each set of the cache, train on the other sets, decide on the
held-out one and score it with the scorer's keys beside the rules; then train on every set and save the model.

    .venv/bin/python -m benchmarks.learned.compliance_loso /tmp/lc2/cache_fc.jsonl -o benchmarks/learned/compliance_model.json

Learner: logistic regression (scikit-learn, L2). Its C and decision threshold are chosen inside each training fold
by an inner leave-one-set-out over the training sets (pooled F1 of compliance.subject+zone), never on the held-out
set; so is the year policy (on the training sets).
"""
from __future__ import annotations

from .common import Learner, loso_parser, read_rows, run_loso, training_data
from .compliance_features import KEY_FEATURES, RULES_FEATURES
from .compliance_model import YEAR_POLICIES, decide, gold_sets, rules_keys

#: the variants compared (fixed before any run): which features the model reads
VARIANTS = {"all": KEY_FEATURES, "no_rules": tuple(n for n in KEY_FEATURES if n not in RULES_FEATURES)}


def fit(rows: list[dict], C: float, threshold: float, variant: str = "all") -> dict:
    from sklearn.linear_model import LogisticRegression

    features = VARIANTS[variant]
    X, y = training_data(rows, features)
    lr = LogisticRegression(C=C, max_iter=5000).fit(X, y)
    return {"kind": "logistic_regression", "fact_type": "compliance", "variant": variant,
            "weights": {n: round(float(w), 6) for n, w in zip(features, lr.coef_[0])},
            "intercept": float(lr.intercept_[0]), "threshold": threshold, "C": C,
            "trained_on": sorted({r["set"] for r in rows}), "n_candidates": len(y), "n_positive": int(sum(y)),
            "collective": all(r.get("collective") for r in rows)}


def learner(variant: str = "all") -> Learner:
    """The compliance decision for the common leave-one-set-out (tuned on pooled subject+zone F1)."""
    return Learner(lambda rows, C, t: fit(rows, C, t, variant), decide, gold_sets, rules_keys, YEAR_POLICIES)


def main(argv=None) -> int:
    ap = loso_parser(__doc__.splitlines()[0], VARIANTS)
    a = ap.parse_args(argv)
    rows = read_rows(a.cache)
    print(f"variant {a.variant}")
    return run_loso(rows, learner(a.variant), "subject+zone", a.model, 20)


if __name__ == "__main__":
    raise SystemExit(main())
