#!/bin/bash
# mem6's 100k run (0c8b009 and later: WRITER_CHECKPOINT_LIMIT 48MB), probed; outputs beside this script.
cd /work/wt/mem6
O=benchmarks/scaling/checkpoint-limit
echo "$(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg) start 100k $(git rev-parse --short HEAD) probed" >> $O/runs.log
WRITER_PROBE=$O/mem6-a100k-probe.jsonl .venv/bin/python benchmarks/reprocess_scale.py measure /tmp/mem5/a100k --dask 2 \
  --json $O/mem6-a100k.json --samples $O/mem6-a100k.samples > $O/mem6-a100k.out 2> $O/mem6-a100k.err
rc=$?
echo "$(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg) end 100k rc=$rc" >> $O/runs.log
.venv/bin/python $O/checkpoints.py $O/mem6-a100k-probe.jsonl 10 > $O/mem6-a100k-checkpoints.txt 2>&1
