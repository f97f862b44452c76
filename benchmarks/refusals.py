"""How fast bad input is refused: each case a real `warta` process, timed from start to exit.

    .venv/bin/python benchmarks/refusals.py [--repeat 5]

Target (issue 17): one line and a non-zero exit in under 2 s, before Prefect or a crawl starts. The
tests check the line, the status and that nothing started (tests/flows/test_lifecycle.py); the time
is measured here, never in a timed test.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WARTA = REPO / ".venv" / "bin" / "warta"
TARGET_SECONDS = 2.0
LOCK_HOLDER = ("import sys, time; from pathlib import Path; from flows.preflight import acquire_run_lock; "
               "acquire_run_lock(Path(sys.argv[1]), 'warta run'); print('held', flush=True); time.sleep(600)")


def cases(root: Path) -> dict[str, tuple[list[str], dict[str, str]]]:
    bad = root / "bad.toml"
    bad.write_text('[[portal]]\nkey = "x"\nbase_url = "https://x.example/"\n')
    garbage = root / "garbage.duckdb"
    garbage.write_bytes(b"not a database" * 100)
    a_file = root / "a-file"
    a_file.write_text("")
    return {
        "--url file:///etc/passwd": (["run", "--url", "file:///etc/passwd"], {}),
        "unknown --portal": (["run", "--portal", "nope"], {}),
        "malformed portal table": (["run", "--portals-file", str(bad)], {}),
        "data directory not writable": (["run"], {"WARTA_DATA": str(a_file / "data")}),
        "not a database": (["run"], {"WARTA_DB": str(garbage), "WARTA_DATA": str(root / "other")}),
        "another run holds the data directory": (["run"], {}),
    }


def measure(repeat: int = 5, echo=print) -> dict[str, dict]:
    results = {}
    with tempfile.TemporaryDirectory(prefix="warta-refusals-") as tmp:
        root = Path(tmp)
        data = root / "data"
        data.mkdir()
        holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(data)], cwd=REPO, stdout=subprocess.PIPE,
                                  text=True)
        try:
            assert holder.stdout.readline().strip() == "held"
            for name, (args, extra) in cases(root).items():
                env = {k: v for k, v in os.environ.items() if not k.startswith(("WARTA_", "PREFECT_"))}
                env.update({"WARTA_DATA": str(data), **extra})
                times, status, line = [], None, ""
                for _ in range(repeat):
                    started = time.monotonic()
                    done = subprocess.run([str(WARTA), *args], env=env, capture_output=True, text=True, timeout=120)
                    times.append(time.monotonic() - started)
                    status, line = done.returncode, done.stderr.strip().splitlines()[-1][:90]
                results[name] = {"median_s": statistics.median(times), "max_s": max(times), "status": status,
                                 "line": line}
                verdict = "ok" if max(times) < TARGET_SECONDS else "MISSED"
                echo(f"{name:38s} median {statistics.median(times):.2f} s  max {max(times):.2f} s  "
                     f"exit {status}  {verdict}  {line}")
        finally:
            holder.kill()
            holder.wait()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    print(f"bad input refused (target: under {TARGET_SECONDS:g} s, one line, non-zero exit):")
    results = measure(args.repeat)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
