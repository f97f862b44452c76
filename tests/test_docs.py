"""The documentation is executable: every command shown in README.md and docs/*.md runs here, as written.

What is collected: fenced blocks whose info string is `console` (the commands are the lines after a
`$ ` prompt, a trailing `\\` continues one; the other lines are output shown to the reader and are not
compared) or `sh`/`bash`/`shell` (every line that is not a comment is a command), and any other fenced
block that shows a `$ ` prompt (a `text` block of examples, the generated command reference): it is read
as a `console` block. `toml`, `ini`, `json` … blocks without a prompt are not commands. Each command runs through bash in a *user environment*
(tests/userenv.py): a checkout view as the working directory and no Warta or Prefect setting but those
the environment names. `cd` and `export` lines carry over to the later commands of their block.

How a block runs is said by an HTML comment right before its fence (invisible once rendered):

    <!-- doctest: env=portals expect="articles new:" -->
    ```console
    $ .venv/bin/warta run --portal klikpositif
    ```

    env=NAME              where it runs (default: demo):
                            demo     WARTA_DATA holds the demo database, made by `.venv/bin/warta demo`
                                     (on free loopback ports: WARTA_DEMO_PORT);
                            portals  an empty WARTA_DATA; https reaches a stand-in of every portal of the
                                     real data/portals.toml and of https://a-portal.example/ on 127.0.0.1,
                                     through a proxy (tests/standin.py says why a proxy); /tmp/warta-try
                                     is a temporary folder;
                            operator docs/operations.md's machine: /srv/warta/main is the checkout view,
                                     /srv/warta/data a copy of the demo data directory,
                                     http://prefect.example:4200/api a local Prefect server, and
                                     port 4200 (`--port 4200`, 127.0.0.1:4200) a free port.
    expect="TEXT"         the block's output must contain TEXT (repeatable)
    exit=N                the exit status of every command of the block (default 0)
    until="TEXT"          the block's last command runs until stopped (a server, a worker): it is
                          started, stopped with SIGTERM once its output shows TEXT, and must then exit
                          cleanly and leave no process behind
    serves="TEXT"         every command of the block runs until stopped, as with until
    during="CMD"          the block runs from another shell while the server of the block whose
                          command starts with CMD (an until= block) is up, as the docs tell a user
    skip="WHY"            the whole block cannot run here (systemd, root); WHY is shown in the report
    skip-command="CMD"    commands starting with CMD are not run (with reason="WHY")

Nothing else is left out: a block without a marker runs in the demo environment and must exit 0.
The commands not run are counted with their reasons (`not_run`), and the run's report ends with the
number of documented commands executed (tests/conftest.py prints DOCS_TALLY).

A new page in docs/ is collected by itself; a block that needs a new environment gets it here.
"""
from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.userenv import REPO, UserEnv, normalise

pytestmark = [pytest.mark.docs, pytest.mark.timeout(1800)]

DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
COMMAND_BLOCKS = {"console", "sh", "bash", "shell", "shell-session"}
ENVIRONMENTS = ("demo", "portals", "operator")
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)[ \t]*(?P<info>[\w+-]*)[^\n]*$")
_MARKER = re.compile(r"<!--\s*doctest:(?P<body>.*?)-->", re.S)
_STATE = re.compile(r"^(cd\s|export\s|[A-Za-z_][A-Za-z0-9_]*=\S*$)")


@dataclass
class Block:
    path: Path
    line: int
    info: str
    commands: list[str]
    options: dict[str, list[str]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        first = self.commands[0] if self.commands else ""
        return f"{self.path.relative_to(REPO)}:{self.line}:{first[:60]}"

    def option(self, name: str, default: str | None = None) -> str | None:
        return self.options.get(name, [default])[-1]


def parse_marker(text: str) -> dict[str, list[str]]:
    options: dict[str, list[str]] = {}
    for token in shlex.split(text):
        name, sep, value = token.partition("=")
        if not sep:
            raise ValueError(f"doctest marker option {token!r} has no value (NAME=VALUE)")
        options.setdefault(name, []).append(value)
    unknown = set(options) - {"env", "expect", "exit", "until", "serves", "during", "skip", "skip-command", "reason"}
    if unknown:
        raise ValueError(f"unknown doctest marker option(s): {', '.join(sorted(unknown))}")
    env = options.get("env", ["demo"])[-1]
    if env not in ENVIRONMENTS:
        raise ValueError(f"unknown doctest environment {env!r} (known: {', '.join(ENVIRONMENTS)})")
    return options


def commands_of(info: str, body: list[str]) -> list[str]:
    commands: list[str] = []
    pending = ""
    for raw in body:
        line = raw.rstrip()
        if info == "console" and not pending:
            line = line.lstrip() if line.lstrip().startswith("$ ") else line
            if not line.startswith("$ "):
                continue  # output shown to the reader
            line = line[2:]
        elif not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        commands.append(pending + line)
        pending = ""
    if pending:
        commands.append(pending)
    return commands


def collect(paths: list[Path] = DOCS) -> list[Block]:
    """Every command block of the given Markdown files, with its marker's options."""
    blocks = []
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        i = 0
        while i < len(lines):
            m = _FENCE.match(lines[i])
            if not m:
                i += 1
                continue
            fence, info, start = m.group("fence"), m.group("info").lower(), i
            j = i + 1
            while j < len(lines) and not lines[j].strip().startswith(fence):
                j += 1
            if info not in COMMAND_BLOCKS and any(ln.strip().startswith("$ ") for ln in lines[start + 1:j]):
                info = "console"  # a `text` block that shows commands: they are commands all the same
            if info in COMMAND_BLOCKS:
                k = start - 1
                while k >= 0 and not lines[k].strip():
                    k -= 1
                options: dict[str, list[str]] = {}
                if k >= 0 and lines[k].strip().endswith("-->"):
                    begin = k
                    while begin > 0 and "<!--" not in lines[begin]:
                        begin -= 1
                    marker = _MARKER.search("\n".join(lines[begin:k + 1]))
                    if marker:
                        try:
                            options = parse_marker(marker.group("body"))
                        except ValueError as exc:
                            raise ValueError(f"{path}:{begin + 1}: {exc}") from None
                indent = len(m.group("indent"))
                body = [ln[indent:] if ln[:indent].strip() == "" else ln for ln in lines[start + 1:j]]
                blocks.append(Block(path, start + 1, info, commands_of(info, body), options))
            i = j + 1
    return blocks


BLOCKS = collect()


# ----------------------------------------------------------------------------- the collector itself
SAMPLE = '''# Title

```console
$ .venv/bin/warta query "SELECT 1" \\
    --format csv
1
$ .venv/bin/warta facts 13.02   # a comment
```

<!-- doctest: env=portals expect="articles new:"
     expect="portals:" -->

```sh
# a comment line
cd /tmp
make demo   # comment
```

```toml
key = "not a command"
```

   <!-- doctest: skip="needs systemd" -->
   ```bash
   sudo systemctl daemon-reload
   ```
'''


def test_collector_reads_commands_and_markers(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(SAMPLE, encoding="utf-8")
    first, second, third = collect([page])
    assert first.info == "console" and first.options == {}
    assert first.commands == ['.venv/bin/warta query "SELECT 1"      --format csv',
                              ".venv/bin/warta facts 13.02   # a comment"]
    assert normalise(first.commands[1]) == ".venv/bin/warta facts 13.02"
    assert second.commands == ["cd /tmp", "make demo   # comment"]
    assert second.option("env") == "portals" and second.options["expect"] == ["articles new:", "portals:"]
    assert third.commands == ["sudo systemctl daemon-reload"] and third.option("skip") == "needs systemd"


@pytest.mark.parametrize("marker, problem", [("env=nowhere", "unknown doctest environment"),
                                             ("colour=red", "unknown doctest marker option"),
                                             ("expect", "has no value")])
def test_bad_markers_are_errors(tmp_path, marker, problem):
    page = tmp_path / "page.md"
    page.write_text(f"<!-- doctest: {marker} -->\n```sh\nls\n```\n", encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        collect([page])


def not_run(block: Block) -> list[tuple[str, str]]:
    """The commands of `block` the suite does not run, each with the reason its marker gives."""
    if block.option("skip") is not None:
        return [(c, block.option("skip")) for c in block.commands]
    prefix = block.option("skip-command")
    return [(c, block.option("reason") or "") for c in block.commands if prefix and normalise(c).startswith(prefix)]


def server_of(block: Block) -> Block:
    """The until= block whose server `block` (during="CMD") runs alongside."""
    prefix = block.option("during")
    found = [b for b in BLOCKS if b.option("until") and b.path == block.path
             and normalise(b.commands[-1]).startswith(prefix)]
    if len(found) != 1:
        raise ValueError(f"{block.id}: during={prefix!r} names {len(found)} until= blocks of its page, not one")
    return found[0]


_ELSEWHERE = re.compile(r"run as written by (tests/[\w/]+\.py)")


def _run_elsewhere(block: Block, reason: str) -> bool:
    """A block whose marker names the test that runs it as written (one that needs what this collector
    has no environment for, such as a Dask cluster), and that test reads this page."""
    named = _ELSEWHERE.search(reason)
    if not named or not (REPO / named.group(1)).is_file():
        return False
    return str(block.path.relative_to(REPO)) in (REPO / named.group(1)).read_text(encoding="utf-8")


def test_every_documented_command_is_collected():
    """The documentation shows commands, and every one of them is run below, or cannot run here and
    says why in its marker (counted: at most a handful)."""
    assert {b.path.name for b in BLOCKS} >= {"README.md", "operations.md", "security.md", "add_a_fact_type.md",
                                             "add_a_portal.md"}
    skipped = []
    for block in BLOCKS:
        assert block.commands, f"{block.id}: a command block without a command"
        for command, reason in not_run(block):
            assert reason.strip(), f"{block.id}: say why {command!r} is not run"
            if _run_elsewhere(block, reason):
                continue
            skipped.append(command)
        if block.option("during") is not None:
            server_of(block)
    total = sum(len(b.commands) for b in BLOCKS)
    print(f"documented commands: {total}, run by the suite: {total - len(skipped)}, not run: {len(skipped)}")
    assert len(skipped) <= 5, skipped


def test_prompt_blocks_of_any_kind_are_commands(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("```text\n$ warta query \"COPY x TO 'y'\"\nError: refused\n```\n\n"
                    "```ini\n[Service]\nExecStart=x\n```\n", encoding="utf-8")
    (block,) = collect([page])
    assert block.info == "console" and block.commands == ["warta query \"COPY x TO 'y'\""]


# ----------------------------------------------------------------------------- running the blocks
#: what the documentation tests ran in this session (tests/conftest.py prints it at the end)
DOCS_TALLY = {"run": 0, "not run": 0, "blocks": 0}


def _environment(request, name: str) -> UserEnv:
    return request.getfixturevalue(f"{name}_env")


def _run_block(block: Block, env: UserEnv, meanwhile=None) -> list[str]:
    """Run the commands of `block` in `env` as its marker says; returns their outputs. `meanwhile` is
    called while the block's server (until=) is up."""
    expected = int(block.option("exit", "0"))
    skip_prefix = block.option("skip-command")
    state: list[str] = []
    outputs = []
    for n, command in enumerate(block.commands, 1):
        if skip_prefix and normalise(command).startswith(skip_prefix):
            DOCS_TALLY["not run"] += 1
            continue
        if _STATE.match(normalise(command)):
            state.append(command)
            DOCS_TALLY["run"] += 1
            continue
        script = "\n".join(state + [command])
        until = block.option("serves") or (block.option("until") if n == len(block.commands) else None)
        if until is not None:
            result, leftover = env.run_until(script, until, meanwhile=meanwhile)
            assert until in result.output, f"{block.id}: never showed {until!r}\n{result.line()}"
            assert result.returncode in (0, -15, 143), f"{block.id}: did not stop cleanly\n{result.line()}"
            assert not leftover, f"{block.id}: processes left behind after it stopped\n{result.line()}"
        else:
            result = env.run(script)
            assert result.returncode == expected, f"{block.id}\n{result.line()}"
        assert "Traceback (most recent call last)" not in result.output, f"{block.id}\n{result.line()}"
        DOCS_TALLY["run"] += 1
        outputs.append(result.output)
    if state and len(outputs) == 0:  # a block of cd/export lines alone still has to work
        result = env.run("\n".join(state))
        assert result.returncode == 0, f"{block.id}\n{result.line()}"
        outputs.append(result.output)
    return outputs


#: outputs of the during= blocks, run while their server was up (block id → outputs)
_DURING: dict[str, list[str]] = {}


def _serve_with_companions(server: Block, env: UserEnv) -> list[str]:
    companions = [b for b in BLOCKS if b.option("during") is not None and server_of(b) is server]

    def meanwhile(shown: str) -> None:
        for companion in companions:
            _DURING[companion.id] = _run_block(companion, env)

    return _run_block(server, env, meanwhile=meanwhile if companions else None)


_SERVED: dict[str, list[str]] = {}


@pytest.mark.slow
@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_documented_commands_run(block: Block, request):
    if block.option("skip") is not None:
        DOCS_TALLY["not run"] += len(block.commands)
        pytest.skip(f"{block.id}: {block.option('skip')}")
    env = _environment(request, block.option("env", "demo"))
    DOCS_TALLY["blocks"] += 1
    if block.option("during") is not None:
        server = server_of(block)
        if server.id not in _SERVED:  # its server's own test has not run (deselected): serve it now
            _SERVED[server.id] = _serve_with_companions(server, env)
        assert block.id in _DURING, f"{block.id}: its server {server.id} stopped before it could run"
        outputs = _DURING[block.id]
    else:
        if block.id not in _SERVED:
            _SERVED[block.id] = _serve_with_companions(block, env) if block.option("until") else _run_block(block, env)
        outputs = _SERVED[block.id]
    for text in block.options.get("expect", []):
        assert any(text in out for out in outputs), f"{block.id}: no {text!r} in\n" + "\n".join(outputs)[-6000:]
