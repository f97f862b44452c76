"""Real-news measurement sets: labels in the repository, article text outside it.

The real articles Warta is measured on are third-party text: they are never committed. What the
repository keeps, in benchmarks/realnews/, is everything else: each article's id, source URL, date,
topic, its labels by docs/contract.md, and a fingerprint of the exact text that was labelled (SHA-256
and length), so a copy fetched again can be checked before it is scored.

    .venv/bin/python benchmarks/realnews.py strip FULL.jsonl > LABELS.jsonl
    .venv/bin/python benchmarks/realnews.py join LABELS.jsonl TEXTS.jsonl > SET.jsonl
    .venv/bin/warta eval SET.jsonl

`strip` drops the text of a labelled set (records as `warta eval` reads them) and the labellers' quotes
(`evidence`), and adds the text's fingerprint.
`join` puts texts back: TEXTS.jsonl holds one `{"id" | "source_url", "text"}` object a line, obtained by
the user from the source URLs. A text whose fingerprint differs from the labelled one is reported on
stderr (the labels may not fit it) and kept out unless `--keep-changed`; a label without a text is
reported and left out. The exit status is 1 when any record was left out.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

LABEL_FIELDS = ("id", "source_url", "source_date", "topic", "gold")
QUOTED_FIELDS = ("evidence",)  # a labeller's quote of the article: its text, so not kept (no scorer reads it)


def fingerprint(text: str) -> dict[str, object]:
    """The SHA-256 (of the UTF-8 bytes) and the length in characters of a labelled text."""
    return {"text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "text_chars": len(text)}


def strip(records: Iterable[dict]) -> Iterator[dict]:
    """Labelled records without their text, with the text's fingerprint."""
    for record in records:
        label = {name: record.get(name) for name in LABEL_FIELDS}
        label["gold"] = {kind: [_unquoted(fact) for fact in facts]
                         for kind, facts in (record.get("gold") or {}).items()}
        label.update(fingerprint(record["text"]))
        yield label


def _unquoted(fact):
    if not isinstance(fact, dict):
        return fact
    return {name: value for name, value in fact.items() if name not in QUOTED_FIELDS}


def join(labels: Iterable[dict], texts: Iterable[dict], *, keep_changed: bool = False,
         report=print) -> tuple[list[dict], int]:
    """Labels joined with their texts (by id, else by source URL); and how many were left out."""
    by_key: dict[str, str] = {}
    for text in texts:
        for key in ("id", "source_url"):
            if text.get(key):
                by_key[text[key]] = text["text"]
    joined, left_out = [], 0
    for label in labels:
        text = by_key.get(label["id"], by_key.get(label.get("source_url") or ""))
        if text is None:
            report(f"{label['id']}: no text given; left out")
            left_out += 1
            continue
        if label.get("text_sha256") and fingerprint(text)["text_sha256"] != label["text_sha256"]:
            changed = f"{label['id']}: text differs from the labelled one ({len(text)} chars, labelled {label.get('text_chars')})"
            if not keep_changed:
                report(changed + "; left out")
                left_out += 1
                continue
            report(changed + "; kept")
        record = {name: label.get(name) for name in LABEL_FIELDS}
        record["text"] = text
        joined.append(record)
    return joined, left_out


def _read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise SystemExit(f"{path}:{number}: not JSON ({error.msg})") from None


def _write_jsonl(records: Iterable[dict]) -> None:
    for record in records:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    strip_cmd = commands.add_parser("strip", help="labels and fingerprints of a labelled set, without text")
    strip_cmd.add_argument("full", type=Path)
    join_cmd = commands.add_parser("join", help="labels joined with texts fetched again")
    join_cmd.add_argument("labels", type=Path)
    join_cmd.add_argument("texts", type=Path)
    join_cmd.add_argument("--keep-changed", action="store_true",
                          help="keep texts that differ from the labelled ones (reported)")
    args = parser.parse_args(argv)
    if args.command == "strip":
        _write_jsonl(strip(_read_jsonl(args.full)))
        return 0
    joined, left_out = join(_read_jsonl(args.labels), _read_jsonl(args.texts),
                            keep_changed=args.keep_changed,
                            report=lambda line: print(line, file=sys.stderr))
    _write_jsonl(joined)
    return 1 if left_out else 0


if __name__ == "__main__":
    sys.exit(main())
