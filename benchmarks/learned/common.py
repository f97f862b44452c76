"""What the learned decisions of every fact type share (MPP: mpp_*.py, compliance: compliance_*.py, complaints:
complaints_*.py): the tagged doc `warta extract` reads, list layout (item lines, a list's head), text between two
places, closed word classes of layout, the leave-one-set-out split, tuning and table, the scorer's micro counts, a
logistic regression's decision without scikit-learn (a dot product and a sigmoid over JSON weights), the model file,
and the cache and apply commands. Units are anything with a `.text`.
"""
from __future__ import annotations

import argparse
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from pipeline.lang import ENUMERATION_OPENERS, words_pattern

#: how many item lines back a list's head may stand
LIST_HEAD_REACH = 25
#: an item line: at most this many words
ITEM_MAX_WORDS = 14
#: a unit that opens a list: ends with a colon or an enumeration opener
LIST_HEAD_END = re.compile(r"(?::|" + words_pattern(ENUMERATION_OPENERS) + r")\s*$", re.IGNORECASE)
ITEM_START = re.compile(r"^\s*(?:[-•*–·]|\d{1,2}\s*[.)])\s*")
FURNITURE = re.compile(r"^\W*(?:baca\s+juga|simak\s+juga|lihat\s+juga|berita\s+terkait|foto\s*:|caption)\b",
                       re.IGNORECASE)
YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")
COORD_GAP = re.compile(r"^\s*(?:,\s*(?:dan\s+|serta\s+)?|(?:dan|serta)\s+|;\s*)$", re.IGNORECASE)



@dataclass
class Unit:
    """One discourse unit as a fact type's candidates see it: its index, text and layout flags (each fact type adds
    its mentions and cues, offsets in the unit)."""

    index: int
    text: str
    heading: bool = False
    noise: bool = False


@dataclass
class Pair:
    """A (government mention, cue) candidate: the government's unit and its index into that unit's govs, the cue's
    unit and its index into that unit's cues (MPP's: `triggers`); `list_head`: the cue stands in the head of the government's list."""

    gov_unit: int
    gov: int
    cue_unit: int
    cue: int
    list_head: bool = False

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


def unit_year(text: str, limit: int | None) -> int | None:
    """The last plausible year written in a unit (none after `limit`)."""
    years = [int(y) for y in YEAR.findall(text) if limit is None or int(y) <= limit]
    return years[-1] if years else None


def item_like(u) -> bool:
    """A short line of a list: a bullet or number first, or few words without a full stop."""
    words = u.text.split()
    return bool(ITEM_START.match(u.text)) or (len(words) <= ITEM_MAX_WORDS and not u.text.rstrip().endswith("."))


def list_head(units: list, k: int) -> int | None:
    """The unit heading the list whose item unit `k` is, or None."""
    if not item_like(units[k]):
        return None
    j = k - 1
    while j >= 0 and k - j <= LIST_HEAD_REACH:
        if LIST_HEAD_END.search(units[j].text):
            return j
        if not item_like(units[j]):
            return None
        j -= 1
    return None


def words_before(text: str, pos: int, n: int) -> list[str]:
    return re.findall(r"[^\W_]+", text[:pos].lower())[-n:]


def between(units: list, a: tuple[int, int], b: tuple[int, int]) -> list[str]:
    """The text pieces strictly between two (unit, offset) places, in text order."""
    (ka, pa), (kb, pb) = sorted([a, b])
    if ka == kb:
        return [units[ka].text[pa:pb]]
    return [units[ka].text[pa:]] + [units[j].text for j in range(ka + 1, kb)] + [units[kb].text[:pb]]


def count_between(units: list, a, b, what) -> int:
    """How many places `what(unit)` gives (offsets) lie strictly between two (unit, offset) places."""
    (ka, pa), (kb, pb) = sorted([a, b])
    n = 0
    for j in range(ka, kb + 1):
        for pos in what(units[j]):
            if (j, pos) > (ka, pa) and (j, pos) < (kb, pb):
                n += 1
    return n



class PairLayout(NamedTuple):
    """Where a pair's government and cue stand: (unit, offset) of each, the text strictly between them, the words
    before the cue (at most `reach`), and whether the government is coordinated with another in its unit."""

    g_at: tuple[int, int]
    c_at: tuple[int, int]
    gap: str
    before_cue: list[str]
    coordinated: bool


def pair_layout(units: list, p: Pair, cue_pos: int, reach: int) -> PairLayout:
    """The layout of pair `p` whose cue stands at offset `cue_pos` of its unit (units with `.text` and `.govs`)."""
    gu, cu = units[p.gov_unit], units[p.cue_unit]
    gs, ge = gu.govs[p.gov][:2]
    g_at, c_at = (p.gov_unit, gs), (p.cue_unit, cue_pos)
    gap = " ".join(between(units, (p.gov_unit, ge) if g_at < c_at else g_at,
                           c_at if g_at < c_at else (p.cue_unit, cue_pos + 1)))
    others = [g for i, g in enumerate(gu.govs) if i != p.gov]
    coordinated = any(COORD_GAP.match(gu.text[oe:gs]) for _, oe, _, _ in others if oe <= gs) or \
        any(COORD_GAP.match(gu.text[ge:os_]) for os_, _, _, _ in others if os_ >= ge)
    return PairLayout(g_at, c_at, gap, words_before(cu.text, cue_pos, reach), coordinated)

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


def spread(articles: Iterable[dict]) -> str:
    """The articles where learned ("l") and rules ("r") differ against gold ("g"), largest net gain first."""
    diff = []
    for a in articles:
        d_tp = len(a["g"] & a["l"]) - len(a["g"] & a["r"])
        d_fp = len(a["l"] - a["g"]) - len(a["r"] - a["g"])
        if d_tp or d_fp:
            diff.append((d_tp - d_fp, d_tp, d_fp, a["id"]))
    diff.sort(reverse=True)
    return ("articles where learned and rules differ (net = tp gained - fp gained): "
            + ", ".join(f"{i} {n:+d} (tp {t:+d}, fp {f:+d})" for n, t, f, i in diff))


def save(model: dict, path: str | Path) -> None:
    Path(path).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")


def load(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def side_by_side(set_path: str, model_path: str, model: dict, predictions, metrics, out_dir: str | None) -> None:
    """Print the scorer's figures of `metrics` for the rules and the learned side on a labelled set file;
    `predictions(record, model)` gives one record's (rules output, learned output). With `out_dir`, both
    prediction files are written (DIR/rules.pred.jsonl, DIR/learned.pred.jsonl) for any other scorer."""
    from pipeline.evaluate import score

    with open(set_path, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    rules, learned = {}, {}
    for rec in gold:
        rules[rec["id"]], learned[rec["id"]] = predictions(rec, model)
    if out_dir:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        for name, preds in (("rules", rules), ("learned", learned)):
            with open(out / f"{name}.pred.jsonl", "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(preds[r["id"]], ensure_ascii=False) + "\n" for r in gold)
    reports = {name: score(gold, preds) for name, preds in (("rules", rules), ("learned", learned))}
    print(f"articles: {len(gold)}  model: {model_path} ({model.get('kind')}, trained on {', '.join(model.get('trained_on', []))})")
    width = max(len(m) for m in metrics) + 2
    print(f"{'fact':{width}s} {'side':8s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}")
    for metric in metrics:
        for name, rep in reports.items():
            s = rep.scores[metric]
            print(f"{metric:{width}s} {name:8s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")


def group_sets(rows: list[dict]) -> dict[str, list[dict]]:
    """A cache's articles by set, in the cache's order."""
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r["set"], []).append(r)
    return out


#: the regression's C and the decision threshold tried by the inner leave-one-set-out (fixed before any run)
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass(frozen=True)
class Learner:
    """How a fact type's decision is trained and read in the leave-one-set-out: `fit(rows, C, threshold)` a model,
    `decide(model, row)` an article's learned keys, `gold(row)` and `rules(row)` its gold and rules' keys (each as
    (keys, keys with year)); the year policies and the grids the training rows choose from."""
    fit: Callable
    decide: Callable
    gold: Callable
    rules: Callable
    year_policies: tuple[str, ...]
    c_grid: tuple = C_GRID
    threshold_grid: tuple = THRESHOLD_GRID


def read_rows(path: str) -> list[dict]:
    """A cache file's articles."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]



def training_data(rows: list[dict], features) -> tuple[list[list[float]], list[int]]:
    """One instance per candidate of `rows`: its `features` values, and 1 where its key is a gold key."""
    X, y = [], []
    for r in rows:
        gold = {tuple(k) for k in r["gold"]}
        for c in r["cands"]:
            X.append(vector(c["f"], features))
            y.append(int(tuple(c["key"]) in gold))
    return X, y



def loso_parser(description: str, variants) -> argparse.ArgumentParser:
    """A loso module's command line: CACHE [--variant V] [-o MODEL]; the module adds its own options."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("cache")
    ap.add_argument("--variant", choices=sorted(variants), default="all")
    ap.add_argument("-o", "--model", help="write the model trained on every set here (JSON)")
    return ap

def run_loso(rows: list[dict], learner: Learner, what: str, model_path: str | None, top: int,
             model_learner: Learner | None = None) -> int:
    """Print the leave-one-set-out table of `learner` (`report`, `what` naming the key); with `model_path`, train on
    every set (`trained`, with `model_learner` if given), write the model there and print its choices and `top`
    weights."""
    print(report(loso_table(rows, learner), what))
    if model_path:
        model = trained(rows, model_learner or learner)
        save(model, model_path)
        print(model_summary(model, top))
    return 0


def tune(rows: list[dict], learner: Learner) -> tuple[float, float]:
    """C and threshold by an inner leave-one-set-out over `rows`' sets (models fitted at threshold 0.5); the best
    pooled F1 of the keys without year wins (the first of equals)."""
    sets = group_sets(rows)
    best = None
    for C in learner.c_grid:
        inner = [(learner.fit([r for s in train for r in sets[s]], C, 0.5), sets[held])
                 for held, train in loso_splits(sets)]
        for t in learner.threshold_grid:
            f1 = prf(*counts((learner.gold(r)[0], learner.decide({**m, "threshold": t}, r)[0])
                             for m, held_rows in inner for r in held_rows))[2]
            if best is None or f1 > best[0]:
                best = (f1, C, t)
    return best[1], best[2]


def year_policy(model: dict, rows: list[dict], learner: Learner) -> str:
    """The year policy giving the best F1 of the keys with year on `rows` (the training sets) with `model`."""
    def f1(policy):
        return prf(*counts((learner.gold(r)[1], learner.decide({**model, "year_policy": policy}, r)[1])
                           for r in rows))[2]
    return max(learner.year_policies, key=f1)


def trained(rows: list[dict], learner: Learner) -> dict:
    """The model of `rows`: C and threshold by the inner leave-one-set-out, the year policy on the same rows."""
    C, t = tune(rows, learner)
    model = learner.fit(rows, C, t)
    model["year_policy"] = year_policy(model, rows, learner)
    return model


def model_summary(model: dict, top: int) -> str:
    """The saved model's choices and its `top` weights by size."""
    weights = sorted(model["weights"].items(), key=lambda x: -abs(x[1]))[:top]
    return (f"\nmodel on all sets: C {model['C']}, threshold {model['threshold']}, year policy {model['year_policy']}, "
            f"intercept {model['intercept']:+.3f}; top weights:\n" + "\n".join(f"  {n:28s} {w:+.3f}" for n, w in weights))


def report(table: list[dict], what: str) -> str:
    """The LOSO table (per held-out set and pooled: rules vs learned, and +year) and the spread; `what` names the
    key ("region+status")."""
    lines = [f"| held out | C | thr | year policy | rules {what} F1 (P/R) | learned {what} F1 (P/R) | "
             "rules +year | learned +year |", "|---|---|---|---|---|---|---|---|"]
    pooled: dict[str, list] = {}
    for res in table:
        cols = []
        for side in ("r", "l", "ry", "ly"):
            pairs = [(a["gy" if side.endswith("y") else "g"], a[side]) for a in res["articles"]]
            pooled.setdefault(side, []).extend(pairs)
            cols.append(fmt(counts(pairs)))
        lines.append(f"| {res['set']} | {res['C']} | {res['threshold']} | {res['year_policy']} | " + " | ".join(cols) + " |")
    lines.append("| **pooled** | | | | " + " | ".join(fmt(counts(pooled[s])) for s in ("r", "l", "ry", "ly")) + " |")
    (tr, fr, nr), (tl, fl, nl) = counts(pooled["r"]), counts(pooled["l"])
    lines.append(f"\npooled {what} counts: rules tp {tr} fp {fr} fn {nr}; learned tp {tl} fp {fl} fn {nl}")
    lines.append(spread(a for res in table for a in res["articles"]))
    return "\n".join(lines)


def loso_table(rows: list[dict], learner: Learner) -> list[dict]:
    """Leave-one-set-out: for each set, a model trained on the others (`trained`: its C, threshold and year policy
    chosen on those rows), then per held-out article the gold, rules' and learned keys (and with years)."""
    sets = group_sets(rows)
    out = []
    for held, training in loso_splits(sets):
        model = trained([r for s in training for r in sets[s]], learner)
        res = {"set": held, "C": model["C"], "threshold": model["threshold"], "year_policy": model["year_policy"],
               "articles": []}
        for r in sets[held]:
            (g, gy), (rk, rky), (lk, lky) = learner.gold(r), learner.rules(r), learner.decide(model, r)
            res["articles"].append({"id": r["id"], "g": g, "gy": gy, "r": rk, "ry": rky, "l": lk, "ly": lky})
        out.append(res)
    return out


def run_cache(argv, description: str, article_row, first_contact: bool = True, flags: dict[str, str] | None = None
              ) -> int:
    """A cache module's command: SET.jsonl … -o OUT [--first-contact DIR] [--FLAG …]; `article_row(record, set name,
    codes[, first-contact output or None], **flags)` one JSON line per article. `first_contact`: the module reads an
    older extractor's output (DIR/<set>.pred.jsonl); `flags`: its switches (name -> help), passed by name."""
    import sys

    from pipeline.evaluate import Codes
    from pipeline.gazetteer import get_gazetteer

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("-o", "--out", required=True)
    if first_contact:
        ap.add_argument("--first-contact", metavar="DIR", help="DIR/<set>.pred.jsonl: an older extractor's output")
    for flag, help_ in (flags or {}).items():
        ap.add_argument(f"--{flag}", action="store_true", help=help_)
    a = ap.parse_args(argv)
    opts = {flag: getattr(a, flag) for flag in flags or {}}
    fc_dir = a.first_contact if first_contact else None
    codes = Codes(get_gazetteer())
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as out:
        for path in a.sets:
            name = set_name(path)
            fc = {}
            if fc_dir:
                with open(Path(fc_dir) / f"{name}.pred.jsonl", encoding="utf-8") as fh:
                    fc = {p["id"]: p for p in map(json.loads, fh) if p}
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        rec = json.loads(line)
                        fc_arg = (fc.get(rec.get("id"), {}) if fc_dir else None,) if first_contact else ()
                        out.write(json.dumps(article_row(rec, name, codes, *fc_arg, **opts)) + "\n")
            print(f"{name}: cached", file=sys.stderr, flush=True)
    return 0


def run_apply(argv, description: str, default_model: Path, predictions, metrics: tuple[str, ...]) -> int:
    """An apply module's command: SET.jsonl [--model M] [-o DIR]; `predictions(record, model)` (rules output,
    learned output); prints the scorer's `metrics` for both sides (side_by_side) and writes both files with -o."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("set")
    ap.add_argument("--model", default=str(default_model))
    ap.add_argument("-o", "--out", help="write rules.pred.jsonl and learned.pred.jsonl here")
    a = ap.parse_args(argv)
    side_by_side(a.set, a.model, load(a.model), predictions, metrics, a.out)
    return 0
