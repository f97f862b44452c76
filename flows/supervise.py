"""A long-running command leaves no process behind, however it ends.

`warta run`, `crawl`, `serve`, `demo` and `reprocess` call `supervise(data_dir)` after their input
checks. The command then goes on in a *worker* (a fork) that leads its own process group; the
process the user started stays as its *supervisor*:

    warta run            supervisor: in the caller's process group (gets Ctrl-C, systemd's signals)
      └─ worker          process group G; told SIGTERM by the kernel if the supervisor dies
           ├─ Prefect's server (the ephemeral one, or the one `warta serve` starts)
           └─ crawl processes, served flow runs …   (all in G, all marked WARTA_RUN_GROUP)

* SIGINT, SIGTERM or SIGHUP to the supervisor: the worker gets SIGTERM, passes it on to the rest of its
  group but Prefect's servers (crawls, served flow runs), sets STOPPING (a load in progress in a
  task's thread then publishes nothing) and unwinds (Prefect records the run as crashed; then the
  servers are stopped). Whatever is left of G after
  `GRACE_SECONDS` is killed. A second signal kills G at once.
* The supervisor is SIGKILLed: the kernel sends the worker SIGHUP (PR_SET_PDEATHSIG): it stops the
  rest of its group and unwinds as above, and kills its group (itself too) if that takes longer than
  `GRACE_SECONDS`.
* The worker is SIGKILLed: the supervisor stops what is left of G and exits with 128+9.
* Both are SIGKILLed: G is recorded under `<data dir>/running/` (the worker's pid and start time), and
  every process the worker starts carries `WARTA_RUN_GROUP` in its environment; the next supervised
  command with that data directory stops such orphans (a group whose worker is gone) before it
  starts ("stopped N processes left by an earlier run"). A live worker's group is never touched.

Linux only (prctl, /proc); elsewhere the command runs unsupervised.
"""
from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ENV = "WARTA_RUN_GROUP"
RECORDS = "running"
#: Seconds the worker has to unwind after SIGTERM before its group is killed.
GRACE_SECONDS = 30.0
_PR_SET_PDEATHSIG = 1
#: Set in the worker once it is told to stop: work running in other threads (a Prefect task's) asks it
#: before it publishes anything, since the KeyboardInterrupt that unwinds the worker reaches only the
#: main thread.
STOPPING = threading.Event()


def stop_requested() -> bool:
    """Whether this worker was told to stop (STOPPING). Flows refer to this function, never to the Event:
    a flow referring to the Event as a global made every `warta serve` run crash ("cannot pickle
    '_thread.lock' object": Prefect pickles what a served flow refers to, and an Event holds a lock)."""
    return STOPPING.is_set()


def supported() -> bool:
    return sys.platform.startswith("linux") and Path("/proc/self/stat").exists()


# ------------------------------------------------------------------------------ process groups
def _stat_fields(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2:].split()  # fields after "pid (comm) "


def members(pgid: int) -> list[int]:
    """Live (not zombie) processes of process group `pgid`."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = _stat_fields(int(entry))
            if fields and fields[0] != "Z" and int(fields[2]) == pgid:
                found.append(int(entry))
    return found


def _start_time(pid: int) -> str | None:
    """When process `pid` started (clock ticks since boot): with the pid, it names one process."""
    fields = _stat_fields(pid)
    return fields[19] if fields else None


def _marked(pid: int, token: str) -> bool:
    try:
        environ = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return False
    return f"{ENV}={token}".encode() in environ.split(b"\0")


def stop_group(pgid: int, grace: float = 10.0) -> int:
    """SIGTERM process group `pgid`, then SIGKILL what is left after `grace` seconds. Returns how
    many processes were still in it when it was told to stop."""
    alive = members(pgid)
    if not alive:
        return 0
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while members(pgid) and time.monotonic() < deadline:
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
    return len(alive)


def cleanup_orphans(data_dir: Path, echo: Callable[[str], None] | None = None) -> int:
    """Stop the processes left by supervised commands of `data_dir` that were killed outright (their
    worker is gone but members of its group live on). Returns how many processes were stopped."""
    folder = Path(data_dir) / RECORDS
    if not folder.is_dir() or not supported():
        return 0
    stopped = 0
    for record in folder.glob("*.json"):
        try:
            info = json.loads(record.read_text())
            pgid, token, started = int(info["pgid"]), str(info["token"]), info.get("started")
        except (OSError, ValueError, KeyError):
            record.unlink(missing_ok=True)
            continue
        alive = members(pgid)
        if pgid in alive and _start_time(pgid) == started:
            continue  # its worker is running: a live command, not an orphan
        ours = [pid for pid in alive if _marked(pid, token)]
        if ours:
            stopped += stop_group(pgid, grace=5.0)
        record.unlink(missing_ok=True)
    if stopped and echo:
        echo(f"stopped {stopped} process(es) left by an earlier run that was killed")
    return stopped


# ------------------------------------------------------------------------------ supervisor and worker
def _set_parent_death_signal(sig: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")


#: Command lines of the processes a worker still needs while it unwinds (Prefect's API server records
#: the run's end); they are stopped by their owner, or by the supervisor afterwards.
NEEDED_WHILE_UNWINDING = (b"prefect.server.api.server", b"prefect server start")


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return b""


def _watchdog(seconds: float) -> None:
    """Kill the worker's whole group (itself included) if it has not ended `seconds` from now: a worker
    stuck while unwinding (say, a Prefect client retrying a server that is gone) must still end."""
    timer = threading.Timer(seconds, lambda: os.killpg(0, signal.SIGKILL))
    timer.daemon = True
    timer.start()


def _terminate(signum, frame) -> None:
    """The worker is told to stop: SIGTERM the rest of its group (crawls, served flow runs) but the
    Prefect servers, then unwind (KeyboardInterrupt: Prefect records the run as crashed). Whatever is
    left after GRACE_SECONDS is killed, the worker with it."""
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, signal.SIG_IGN)
    STOPPING.set()
    _watchdog(GRACE_SECONDS)
    me = os.getpid()
    for pid in members(os.getpgid(0)):
        if pid != me and not any(mark in _cmdline(pid) for mark in NEEDED_WHILE_UNWINDING):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGTERM)
    raise KeyboardInterrupt(f"stopped by signal {signum}")


def supervise(data_dir: Path, echo: Callable[[str], None] | None = None) -> None:
    """Split into supervisor and worker (see the module docstring). Returns in the worker only; the
    supervisor waits for it, cleans up after it and exits with its status."""
    if os.environ.get(ENV) or not supported():
        return  # already inside a supervised command (or not on Linux)
    data_dir = Path(data_dir)
    cleanup_orphans(data_dir, echo)
    token = uuid.uuid4().hex
    supervisor = os.getpid()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # ----------------------------------------------------------------- the worker
        os.setsid()
        # SIGHUP, not SIGTERM: Prefect installs its own SIGTERM handlers (the flow engine, the runner)
        _set_parent_death_signal(signal.SIGHUP)
        if os.getppid() != supervisor:  # the supervisor died before the line above
            os._exit(128 + signal.SIGHUP)
        os.environ[ENV] = token
        record = data_dir / RECORDS / f"{os.getpid()}.json"
        with contextlib.suppress(OSError):
            record.parent.mkdir(parents=True, exist_ok=True)
            record.write_text(json.dumps({"pgid": os.getpid(), "started": _start_time(os.getpid()), "token": token,
                                          "argv": sys.argv}))
        signal.signal(signal.SIGTERM, _terminate)
        signal.signal(signal.SIGHUP, _terminate)
        signal.signal(signal.SIGINT, _terminate)
        return
    # ------------------------------------------------------------------------------- the supervisor
    signals: list[tuple[int, float]] = []

    def forward(signum, frame) -> None:
        signals.append((signum, time.monotonic()))
        with contextlib.suppress(ProcessLookupError):
            if len(signals) == 1:
                os.kill(pid, signal.SIGTERM)
            else:
                os.killpg(pid, signal.SIGKILL)

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, forward)
    while True:
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(raw)
            break
        if signals and time.monotonic() - signals[0][1] > GRACE_SECONDS:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
        time.sleep(0.05)
    stop_group(pid, grace=10.0)  # whatever the worker left behind (it is gone: the group is orphaned)
    with contextlib.suppress(OSError):
        (data_dir / RECORDS / f"{pid}.json").unlink(missing_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    if signals:
        os._exit(128 + signals[0][0])
    os._exit(status if status >= 0 else 128 - status)
