"""flows.supervise with real processes: what a killed command left is stopped by the next start, and a
live command's processes are never touched."""
from __future__ import annotations

import json
import signal
import subprocess
import time

from flows import supervise


def group(tmp_path, token: str) -> tuple[subprocess.Popen, int]:
    """A process group: a bash leader and a `sleep` child that carries the token in its environment."""
    leader = subprocess.Popen(["bash", "-c", f"{supervise.ENV}={token} sleep 60 & echo $!; wait"],
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
    child = int(leader.stdout.readline())
    deadline = time.monotonic() + 10
    while not supervise._marked(child, token) and time.monotonic() < deadline:  # until it has exec'd
        time.sleep(0.01)
    record = tmp_path / supervise.RECORDS / f"{leader.pid}.json"
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps({"pgid": leader.pid, "started": supervise._start_time(leader.pid), "token": token}))
    return leader, child


def test_a_live_command_is_left_alone(tmp_path):
    leader, child = group(tmp_path, "live")
    try:
        assert supervise.cleanup_orphans(tmp_path) == 0
        assert set(supervise.members(leader.pid)) == {leader.pid, child}
        assert (tmp_path / supervise.RECORDS / f"{leader.pid}.json").exists()
    finally:
        supervise.stop_group(leader.pid, grace=2)
        leader.wait()


def test_what_a_killed_command_left_is_stopped(tmp_path):
    leader, child = group(tmp_path, "orphaned")
    leader.send_signal(signal.SIGKILL)
    leader.wait()
    assert supervise.members(leader.pid) == [child]  # the child lives on in the leaderless group
    lines = []
    assert supervise.cleanup_orphans(tmp_path, lines.append) == 1
    deadline = time.monotonic() + 10
    while supervise.members(leader.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert supervise.members(leader.pid) == []
    assert lines == ["stopped 1 process(es) left by an earlier run that was killed"]
    assert not (tmp_path / supervise.RECORDS / f"{leader.pid}.json").exists()


def test_an_unmarked_process_is_not_ours(tmp_path):
    """A recorded group whose members do not carry the token (the pid was reused) is not touched."""
    leader, child = group(tmp_path, "ours")
    record = tmp_path / supervise.RECORDS / f"{leader.pid}.json"
    record.write_text(json.dumps({"pgid": leader.pid, "started": "0", "token": "someone-else"}))
    try:
        assert supervise.cleanup_orphans(tmp_path) == 0
        assert set(supervise.members(leader.pid)) == {leader.pid, child}
    finally:
        supervise.stop_group(leader.pid, grace=2)
        leader.wait()
