"""docs/security.md runs as written, against the demo database: every `$ ` line of its console blocks
succeeds, and every refusal its text blocks show is exactly what the command prints (and exits 1)."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "security.md"


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)\n```", DOC.read_text(encoding="utf-8"), flags=re.S)


def shell(command: str, demo_run) -> subprocess.CompletedProcess:
    env = {**os.environ, "WARTA_DATA": str(demo_run["data"]), "WARTA_DB": str(demo_run["db"])}
    return subprocess.run(["bash", "-c", command], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def test_the_doc_shows_commands_and_refusals():
    assert len(blocks("console")) == 1 and len(blocks("text")) == 1


@pytest.mark.slow
def test_console_commands_run_as_written(demo_run):
    commands = [line[2:] for block in blocks("console") for line in block.splitlines() if line.startswith("$ ")]
    assert len(commands) == 2
    for command in commands:
        result = shell(command, demo_run)
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout.strip(), command


@pytest.mark.slow
def test_refusals_are_what_the_doc_says(demo_run):
    lines = blocks("text")[0].splitlines()
    pairs = [(lines[i][2:], lines[i + 1]) for i in range(0, len(lines), 2)]
    assert len(pairs) == 4 and all(expected.startswith("Error: ") for _, expected in pairs)
    for command, expected in pairs:
        result = shell(command, demo_run)
        assert result.returncode == 1, (command, result.stdout)
        assert result.stderr.strip() == expected, command
        assert result.stdout == ""
