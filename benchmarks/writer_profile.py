"""Where the single writer's time goes as the database grows: a serial `warta reprocess` of a synthetic
archive (benchmarks/synth.py --archive) with the writer's work (`_Writer.apply`: loads, person
resolution, recycling the connection) under cProfile, and its CPU per article in tenths of the run.

    .venv/bin/python benchmarks/writer_profile.py /tmp/wb/a10k /tmp/wp/w10k /tmp/wp/a10k

copies DATA/warta.duckdb into WORK, reprocesses it (WARTA_SNAPSHOT=off), prints the summary, the
writer's CPU ms per article for each tenth of the shards, and the 35 costliest calls (cumulative,
wall time); OUT.prof and OUT.times.json keep the profile and each shard's writer CPU seconds. The
reprocessed database stays in WORK (benchmarks/compare_facts.py compares two of them).
"""
import cProfile
import json
import os
import pstats
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["WARTA_SNAPSHOT"] = "off"

from pipeline import reprocess as R  # noqa: E402


def main(src: Path, work: Path, out: str) -> None:
    work.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src / "warta.duckdb", work / "warta.duckdb")
    prof, times = cProfile.Profile(), []
    apply = R._Writer.apply

    def profiled(self, items):
        t = time.process_time()
        prof.enable()
        try:
            return apply(self, items)
        finally:
            prof.disable()
            times.append((time.process_time() - t, len(items)))

    R._Writer.apply = profiled
    print(R.reprocess(work / "warta.duckdb", src / "archive", progress=False).as_dict())
    Path(out + ".times.json").write_text(json.dumps(times))
    prof.dump_stats(out + ".prof")
    tenth = max(1, len(times) // 10)
    for i in range(0, len(times), tenth):
        part = times[i:i + tenth]
        print(f"shards {i}-{i + len(part) - 1}: {1000 * sum(t for t, _ in part) / sum(n for _, n in part):.2f} ms per article")
    pstats.Stats(out + ".prof").sort_stats("cumulative").print_stats(35)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
