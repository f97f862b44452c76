"""A user's shell, for the acceptance and documentation tests: commands run as typed, with nothing
configured beyond what the documentation tells a user to set.

* The working directory is a *checkout view*: a temporary folder holding a symlink to every top-level
  entry of the repository, so `.venv/bin/warta`, `make demo` and `tests/fixtures/...` work as in a
  clone while files a command writes (`--out exports/`) land in the temporary folder.
* The environment is the test process's minus every `WARTA_*` and `PREFECT_*` variable (the suite's
  own Prefect settings must not leak into what a user runs), plus the variables the environment's
  fixture names (`WARTA_DATA`, and for the portal environment the stand-in proxy: tests/standin.py).
* Each distinct command line runs once per environment (`UserEnv.run` remembers results by the
  command as written, comments and spacing aside), so a documentation block and an acceptance test
  that run the same command share one run.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: Variables a user would not have set: the suite's own settings are removed from a user's shell.
PRIVATE_PREFIXES = ("WARTA_", "PREFECT_")


@dataclass
class Result:
    command: str
    returncode: int
    output: str          # stdout and stderr, interleaved as the user would see them
    seconds: float

    def line(self) -> str:
        return f"`{self.command}` exited {self.returncode} after {self.seconds:.1f} s; output:\n{self.output[-6000:]}"


def checkout_view(folder: Path) -> Path:
    """`folder` with a symlink to every top-level entry of the repository (but .git)."""
    folder.mkdir(parents=True, exist_ok=True)
    for entry in REPO.iterdir():
        if entry.name != ".git" and not (folder / entry.name).exists():
            (folder / entry.name).symlink_to(entry)
    return folder


def user_environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(PRIVATE_PREFIXES)}
    env.update(extra)
    return env


def normalise(command: str) -> str:
    """A command as written, without trailing comments, line continuations and repeated spaces."""
    lines = []
    for line in command.replace("\\\n", " ").splitlines():
        line = re.sub(r"\s+#.*$", "", line) if not line.lstrip().startswith("#") else ""
        if line.strip():
            lines.append(" ".join(line.split()))
    return "\n".join(lines)


@dataclass
class UserEnv:
    name: str
    cwd: Path
    env: dict[str, str]
    #: text replaced in a command before it runs (e.g. the docs' /srv/warta/data → a temporary folder)
    substitutions: dict[str, str] = field(default_factory=dict)
    results: dict[str, Result] = field(default_factory=dict)

    @property
    def data(self) -> Path:
        return Path(self.env["WARTA_DATA"])

    def script(self, command: str) -> str:
        for old, new in self.substitutions.items():
            command = command.replace(old, new)
        return command

    def run(self, command: str, timeout: float = 900) -> Result:
        """Run `command` (one or more lines: a bash script) once in this environment; later calls
        with the same command return the first result."""
        key = normalise(command)
        if key not in self.results and re.search(r"(^|\n|;|&&)\s*make\b", key):
            stale = subprocess.run(["make", "-q", "setup"], cwd=REPO, capture_output=True)
            if stale.returncode != 0:  # `make demo` would re-install .venv under the running suite
                self.results[key] = Result(key, 1, "the virtualenv is older than pyproject.toml or uv.lock: run "
                                                   "`make setup` before the tests (a test must not re-install it)", 0.0)
        if key not in self.results:
            started = time.monotonic()
            with tempfile.TemporaryFile() as out:
                proc = subprocess.Popen(["bash", "-c", self.script(command)], cwd=self.cwd, env=self.env,
                                        stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
                try:
                    code = proc.wait(timeout=timeout)
                finally:
                    kill_group(proc.pid)
                out.seek(0)
                output = out.read().decode("utf-8", "replace")
            self.results[key] = Result(key, code, output, time.monotonic() - started)
        return self.results[key]

    def run_until(self, command: str, ready: str, timeout: float = 300, stop: int = signal.SIGTERM,
                  grace: float = 60, meanwhile=None) -> tuple[Result, bool]:
        """Start a long-running `command`, wait until its output contains `ready`, call
        `meanwhile(output so far)` (what a user does from another shell while it serves), then send `stop` to it (its process
        group) and wait for it to exit. Returns the result and whether anything of its process group
        was still alive `grace` seconds after the stop."""
        started = time.monotonic()
        with tempfile.NamedTemporaryFile(suffix=".log") as out:
            lines = self.script(command).splitlines()
            script = "\n".join(lines[:-1] + ["exec " + lines[-1]])  # the last line replaces the shell
            proc = subprocess.Popen(["bash", "-c", script], cwd=self.cwd, env=self.env,
                                    stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
            deadline = time.monotonic() + timeout
            try:
                while time.monotonic() < deadline and proc.poll() is None:
                    if ready in Path(out.name).read_text(errors="replace"):
                        break
                    time.sleep(0.5)
                if meanwhile is not None and proc.poll() is None:
                    shown = Path(out.name).read_text(errors="replace")
                    if ready in shown:
                        meanwhile(shown)
                if proc.poll() is None:
                    os.kill(proc.pid, stop)
                    try:
                        proc.wait(timeout=grace)
                    except subprocess.TimeoutExpired:
                        pass
                leftover = group_alive(proc.pid)
            finally:
                kill_group(proc.pid)
                proc.wait()
            output = Path(out.name).read_text(errors="replace")
        return Result(normalise(command), proc.returncode, output, time.monotonic() - started), leftover


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def kill_group(pgid: int) -> None:
    """SIGKILL what is left of a process group this module started (its leader's pid is its id)."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def processes_with(marker: str) -> list[tuple[int, str]]:
    """Live processes whose environment holds `marker` (e.g. "WARTA_DATA=/tmp/…"): everything a command
    started with that environment, its grandchildren included."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes()
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        if marker.encode() in environ.split(b"\0") and stat[stat.rindex(")") + 2:].split()[0] != "Z":
            found.append((int(entry), cmdline.replace(b"\0", b" ").decode(errors="replace")[:120]))
    return found


def wait_gone(marker: str, timeout: float = 60) -> list[tuple[int, str]]:
    """Wait until no process holds `marker`; returns those still there after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    left = processes_with(marker)
    while left and time.monotonic() < deadline:
        time.sleep(0.5)
        left = processes_with(marker)
    return left
