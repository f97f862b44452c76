"""Process liveness, as the run lock and the crawl salvage see it."""

from __future__ import annotations

import subprocess
import sys

from spiders.procs import pid_alive


def test_a_running_process_is_alive_and_a_reaped_one_is_not():
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert pid_alive(proc.pid)
    finally:
        proc.kill()
        proc.wait()
    assert not pid_alive(proc.pid)


def test_the_init_process_is_alive_and_an_unused_pid_is_not():
    # pid 1 always exists (for a non-root user, signalling it is refused: that still means alive)
    assert pid_alive(1)
    with open("/proc/sys/kernel/pid_max") as fh:
        assert not pid_alive(int(fh.read()) + 1)
