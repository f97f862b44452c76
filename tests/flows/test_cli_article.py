"""`warta article`: the README's command as written, and bad input lines through click's CliRunner."""
from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path

from click.testing import CliRunner

from flows.cli import cli

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "html"


def readme_commands(name: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.findall(rf"^\$ (\.venv/bin/warta {name}\b[^\n]*)$", text, flags=re.M)
    return [c for c in found if not c.endswith(" --help")]  # the command reference's help blocks


def test_readme_command_prints_each_golden_article():
    commands = readme_commands("article")
    assert commands, "README shows no `warta article` command"
    for command in commands:
        argv = shlex.split(command.split("#")[0])
        argv[0] = str(ROOT / argv[0])
        done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        lines = [json.loads(line) for line in done.stdout.splitlines()]
        records = [json.loads(line) for line in (FIXTURES / "records.jsonl").read_text(encoding="utf-8").splitlines()]
        assert [o["id"] for o in lines] == [r["id"] for r in records]
        for out in lines:
            golden = json.loads((FIXTURES / f"{out['id']}.json").read_text(encoding="utf-8"))
            assert out["url"] == golden["url"] and out["text"] == golden["text"], out["id"]
            assert out["title"] == golden["title"] and out["author"] == golden["author"], out["id"]
            assert set(out) == {"id", "url", "title", "published", "author", "text"} | ({"error"} if not out["text"] else set())
        empty = [o for o in lines if not o["text"]]
        assert [o["id"] for o in empty] == ["no_body"] and empty[0]["error"] == "no article text found in the page"


def test_bad_lines_give_error_lines_and_the_rest_goes_on():
    page = (FIXTURES / "tribun_kapuas.html").read_text(encoding="utf-8")
    lines = ["not json", json.dumps([1, 2]), json.dumps({"id": "x"}), json.dumps({"id": 7, "html": 42}), "",
             json.dumps({"id": "ok", "url": "https://tribunborneo.example/a", "html": page})]
    result = CliRunner().invoke(cli, ["article"], input="\n".join(lines) + "\n", catch_exceptions=False)
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.output.splitlines()]
    assert out[0] == {"id": None, "line": 1, "error": out[0]["error"]} and out[0]["error"].startswith("invalid JSON")
    assert out[1]["error"] == "record is not a JSON object" and out[1]["text"] == ""
    assert out[2]["id"] == "x" and out[2]["error"] == "record has no 'html' string"
    assert out[3]["id"] == 7 and "error" in out[3]
    assert out[4]["id"] == "ok" and "error" not in out[4]
    assert out[4]["title"] == "Dua Kecamatan di Kabupaten Kapuas Hulu Kini Punya Layanan Perizinan Sendiri"
    assert out[4]["published"] == "2024-11-07T16:30:00+07:00" and out[4]["author"] == "Hendra Wijaya"
    assert "“Jarak Badau ke Putussibau" in out[4]["text"]  # quotes as written
    assert "Baca juga" not in out[4]["text"] and "Sanggau" not in out[4]["text"]


def test_output_file(tmp_path):
    target = tmp_path / "articles.jsonl"
    result = CliRunner().invoke(cli, ["article", str(FIXTURES / "records.jsonl"), "-o", str(target)])
    assert result.exit_code == 0 and result.output == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == len(list(FIXTURES.glob("*.html")))
