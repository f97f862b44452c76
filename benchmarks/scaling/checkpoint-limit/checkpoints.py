"""The writer's CHECKPOINT steps in a WRITER_PROBE file: the largest by peak, and counts.

    python benchmarks/scaling/checkpoint-limit/checkpoints.py PROBE.jsonl [N]
"""
import json
import statistics
import sys


def main(path: str, n: int = 8) -> None:
    rows = [json.loads(line) for line in open(path)]
    ev = [r for r in rows if r.get("k") == "e"]
    cps = [r for r in ev if r["step"] == "checkpoint"]
    sets = [r for r in ev if r["step"] == "set"]
    recycles = [r for r in ev if r["step"] == "recycle"]
    added = [r["peak"] - r["rss0"] for r in cps]
    print(json.dumps({"checkpoints": len(cps), "sets": len(sets), "recycles": len(recycles),
                      "connects_in_recycles": sum(1 for r in ev if r["step"] == "connect" and r["in"].endswith("recycle")),
                      "median_added_mb": round(statistics.median(added), 1) if added else None,
                      "checkpoint_s_total": round(sum(r["s"] for r in cps), 1),
                      "run_peak_mb": max(r["peak"] for r in ev)}))
    for r in sorted(cps, key=lambda r: -r["peak"])[:n]:
        print(json.dumps({"clock": r["clock"], "t": r["t"], "rss0": r["rss0"], "peak": r["peak"],
                          "added": round(r["peak"] - r["rss0"], 1), "s": r["s"]}))
    print("top steps by peak:")
    seen = set()
    for r in sorted(ev, key=lambda r: -r["peak"]):
        if r["clock"] in seen or r["step"] in ("apply", "recycle", "close", "open"):
            continue
        seen.add(r["clock"])
        print(json.dumps({k: r[k] for k in ("clock", "step", "in", "s", "rss0", "rss1", "peak")}))
        if len(seen) >= n:
            break


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 8)
