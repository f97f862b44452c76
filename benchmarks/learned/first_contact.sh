#!/bin/bash
# Warta at first contact: each labelled set read by the last extractor that had not seen it (its pipeline/ and data/
# taken from git, run with this tree's venv and this tree's benchmarks/learned):
#   OUT/<set>.pred.jsonl        its `warta extract` output (the rules at first contact; written once, shared)
#   OUT/<set>.<NAME>.jsonl      CACHE_MODULE's rows with that extractor's layers (NAME "cache" for MPP)
#   benchmarks/learned/first_contact.sh REALNEWS_DIR OUT_DIR CACHE_MODULE NAME [extra args of the cache module]
# (the commits: benchmarks/realnews/README.md, each set's "scored once" section: the version merged when it was scored)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
SETS=${1:?realnews folder (holding <set>/all.jsonl)}
OUT=${2:?output folder}
MODULE=${3:?cache module (benchmarks.learned.mpp_cache, benchmarks.learned.complaints_cache)}
NAME=${4:?cache file name part}
shift 4
mkdir -p "$OUT"
while read -r set commit; do
  c=$(git -C "$REPO" rev-parse --short "$commit")
  tree="$OUT/tree-$c"
  if [ ! -d "$tree" ]; then mkdir -p "$tree"; git -C "$REPO" archive "$c" pipeline data | tar -x -C "$tree"; fi
  if [ ! -s "$OUT/$set.pred.jsonl" ]; then
  (cd "$tree" && WARTA_CACHE="$OUT/cache" PYTHONPATH="$tree" "$REPO/.venv/bin/python" - "$SETS/$set/all.jsonl" \
     "$OUT/$set.pred.jsonl" <<'PY'
import json, sys
from pipeline.facts import EXTRACTOR_VERSION, extract_record
with open(sys.argv[1], encoding="utf-8") as fh, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in fh:
        if line.strip():
            out.write(json.dumps(extract_record(json.loads(line))) + "\n")
print(sys.argv[1], "extractor", EXTRACTOR_VERSION, file=sys.stderr)
PY
  )
  fi
  (cd "$tree" && WARTA_CACHE="$OUT/cache" PYTHONPATH="$tree:$REPO" "$REPO/.venv/bin/python" -m "$MODULE" \
     "$SETS/$set/all.jsonl" -o "$OUT/$set.$NAME.jsonl" "$@")
done <<LIST
final4 0550a47
final5 b931b53
final6 017ad5e
final7 95ae258
final8 482fb69
final9 25b7206
final10 99b3104
final11 679afc7
final12 7c410cb
LIST
