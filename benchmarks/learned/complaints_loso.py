"""Leave-one-set-out for the complaints decision: for each set of the cache, train on the other sets, decide on the
held-out one and score it with the scorer's keys beside the rules; then train on every set and save the model.

    OMP_NUM_THREADS=1 .venv/bin/python -m benchmarks.learned.complaints_loso CACHE.jsonl [-o complaints_model.json]

Learner: logistic regression (scikit-learn, L2, features standardised by nothing: they are 0/1 or small logs).
Its C and decision threshold are chosen inside each training fold by an inner leave-one-set-out over the training
sets (pooled F1 of complaints.subject+count), never on the held-out set; so is the year policy.
"""
from __future__ import annotations

from .common import C_GRID, Learner, loso_parser, read_rows, run_loso, training_data
from .complaints_features import KEY_FEATURES, RULES_FEATURES
from .complaints_model import YEAR_POLICIES, decide, gold_sets, rules_keys

VARIANTS = {"all": KEY_FEATURES, "no_rules": tuple(n for n in KEY_FEATURES if n not in RULES_FEATURES)}


def fit(rows: list[dict], C: float, threshold: float, features=KEY_FEATURES, learner: str = "lr") -> dict:
    X, y = training_data(rows, features)
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


def learner(features=KEY_FEATURES, kind: str = "lr") -> Learner:
    """The complaints decision for the common leave-one-set-out (tuned on pooled subject+count F1; the tree
    ensemble has no C to tune)."""
    return Learner(lambda rows, C, t: fit(rows, C, t, features, kind), lambda m, r: decide(m, r["cands"]), gold_sets,
                   rules_keys, YEAR_POLICIES, c_grid=C_GRID if kind == "lr" else (None,))


def main(argv=None) -> int:
    ap = loso_parser(__doc__.splitlines()[0], VARIANTS)
    ap.add_argument("--learner", choices=("lr", "gbt"), default="lr", help="gbt: tried, never saved")
    a = ap.parse_args(argv)
    rows = read_rows(a.cache)
    features = VARIANTS[a.variant]
    print(f"variant {a.variant}, learner {a.learner}")
    # the saved model is always the regression (the tree ensemble was compared in the LOSO only)
    return run_loso(rows, learner(features, a.learner), "subject+count", a.model, 20, model_learner=learner(features))


if __name__ == "__main__":
    raise SystemExit(main())
