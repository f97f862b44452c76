"""Leave-one-set-out: for each set of the cache, train the MPP decision on the other sets, decide on the held-out
one and score it with the scorer's keys beside the rules; then train on every set and save the model as JSON.

    .venv/bin/python -m benchmarks.learned.mpp_loso /tmp/learn-mpp/cache.jsonl -o benchmarks/learned/mpp_model.json

Learner: logistic regression (scikit-learn, L2). Its C and decision threshold are chosen inside each training
fold by an inner leave-one-set-out over the training sets (the pooled F1 of mpp.region+status), never on the
held-out set.
"""
from __future__ import annotations

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
from .common import Learner, loso_parser, read_rows, run_loso
from .mpp_model import YEAR_POLICIES, decide, gold_sets, pair_only, rules_keys, vector


def load_rows(path: str, rules: str = "current") -> list[dict]:
    """The cache's articles; with `rules="first_contact"`, the rules of each set are those of the last extractor
    that had not seen it (its candidates and its rules column), as the rules are on a new set."""
    rows = read_rows(path)
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


def learner(variant: str = "all") -> Learner:
    """The MPP decision for the common leave-one-set-out (tuned on pooled region+status F1)."""
    return Learner(lambda rows, C, t: fit(rows, C, t, variant), lambda m, r: decide(m, r["cands"]), gold_sets,
                   rules_keys, YEAR_POLICIES)


def main(argv=None) -> int:
    ap = loso_parser(__doc__.splitlines()[0], VARIANTS)
    ap.add_argument("--rules", choices=("current", "first_contact"), default="current",
                    help="the rules' facts of each set: today's extractor's, or the last one that had not seen it")
    a = ap.parse_args(argv)
    rows = load_rows(a.cache, a.rules)
    print(f"variant {a.variant}, rules {a.rules}")
    return run_loso(rows, learner(a.variant), "region+status", a.model, 15)


if __name__ == "__main__":
    raise SystemExit(main())
