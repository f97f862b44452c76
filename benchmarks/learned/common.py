"""What the learned decisions share (MPP, complaints): the tagged doc of a contract record, a set's name, the
leave-one-set-out split, a logistic regression's decision from its saved weights (no scikit-learn), the scorer's
micro counts over keys, and the model file.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from pathlib import Path


def tagged_doc(record: dict):
    """The doc `warta extract` tags for one contract record (pipeline/facts.py's steps, the doc kept)."""
    from pipeline.clean import fold_quotes
    from pipeline.facts import article_from_record, compose
    from pipeline.nlp import get_nlp
    from pipeline.nlp.text import remember_text

    art = article_from_record(record)
    text = fold_quotes(compose(art.title, art.text))
    nlp = get_nlp()
    doc = remember_text(nlp.make_doc(text), text)
    doc._.published = art.published
    doc._.province_prior = None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def set_name(path: str) -> str:
    """A set's name: its file's parent folder (final4/all.jsonl -> "final4"), else the file's stem."""
    p = Path(path)
    return p.parent.name if p.name == "all.jsonl" else re.sub(r"\.jsonl$", "", p.name)


def loso_splits(sets: Iterable[str]) -> list[tuple[str, list[str]]]:
    """(held-out set, training sets) for each set, in the given order (duplicates dropped)."""
    names = list(dict.fromkeys(sets))
    return [(held, [s for s in names if s != held]) for held in names]


def vector(f: dict[str, float], names) -> list[float]:
    return [float(f.get(n, 0.0)) for n in names]


def probability(model: dict, f: dict[str, float]) -> float:
    """The model's probability that a candidate is a gold fact: sigmoid(w·x + b) over the model's `weights`
    (feature name -> coefficient; a feature the candidate lacks counts 0)."""
    z = model["intercept"] + sum(w * float(f.get(n, 0.0)) for n, w in model["weights"].items())
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def counts(pairs: Iterable[tuple[set, set]]) -> tuple[int, int, int]:
    """Micro (tp, fp, fn) over (gold keys, predicted keys) of articles."""
    tp = fp = fn = 0
    for gold, pred in pairs:
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 as pipeline/evaluate.py's Score gives them."""
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(c: tuple[int, int, int]) -> str:
    p, r, f = prf(*c)
    return f"{f:.3f} ({p:.3f}/{r:.3f})"


def save(model: dict, path: str | Path) -> None:
    Path(path).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")


def load(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))
