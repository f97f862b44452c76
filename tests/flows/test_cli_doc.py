"""The README's command reference is generated from --help and must not drift from it."""
from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from flows import cli_doc
from flows.cli import cli


def test_reference_holds_every_commands_real_help():
    reference = cli_doc.render()
    blocks = dict(re.findall(r"```text\n\$ \.venv/bin/(.+?) --help\n(.*?)\n```", reference, flags=re.S))
    assert set(blocks) == {"warta"} | {f"warta {name}" for name in cli.commands}
    assert {"warta export", "warta facts", "warta search", "warta query"} <= set(blocks)
    for path, text in blocks.items():
        args = path.split()[1:] + ["--help"]
        result = CliRunner().invoke(cli, args, prog_name="warta", terminal_width=cli_doc.WIDTH,
                                    max_content_width=cli_doc.WIDTH)
        assert result.exit_code == 0
        assert result.output.rstrip() == text, path


def test_nested_groups_are_walked():
    @click.group()
    def top():
        """Top."""

    @top.group()
    def sub():
        """A sub-group."""

    @sub.command()
    @click.option("--flag", is_flag=True, help="A flag.")
    def leaf(flag):
        """A leaf command."""

    reference = cli_doc.render(top, prog="tool")
    assert [h for h in re.findall(r"^#+ `(.+)`$", reference, flags=re.M)] == ["tool", "tool sub", "tool sub leaf"]
    assert "$ .venv/bin/tool sub leaf --help\nUsage: tool sub leaf [OPTIONS]" in reference and "A flag." in reference


README = """# Project\n\nIntro.\n\n## Command reference\n\n<!-- cli-reference:start -->\nold text\n<!-- cli-reference:end -->\n\n## After\n"""


def test_write_then_check_on_a_copy(tmp_path, capsys):
    readme = tmp_path / "README.md"
    readme.write_text(README)
    assert cli_doc.main(["--check", "--readme", str(readme)]) == 1
    assert "out of date" in capsys.readouterr().err
    assert cli_doc.main(["--write", "--readme", str(readme)]) == 0
    text = readme.read_text()
    assert text.startswith("# Project\n\nIntro.") and text.endswith("<!-- cli-reference:end -->\n\n## After\n")
    assert "old text" not in text and "$ .venv/bin/warta search --help" in text
    assert cli_doc.main(["--check", "--readme", str(readme)]) == 0
    readme.write_text(text.replace("Full-text search over stored articles", "Search stuff"))
    assert cli_doc.main(["--check", "--readme", str(readme)]) == 1


@pytest.mark.parametrize("content", ["# no markers\n", "<!-- cli-reference:end -->\n<!-- cli-reference:start -->\n"])
def test_missing_markers_are_an_error(tmp_path, capsys, content):
    readme = tmp_path / "README.md"
    readme.write_text(content)
    assert cli_doc.main(["--check", "--readme", str(readme)]) == 2
    assert "markers" in capsys.readouterr().err
    assert readme.read_text() == content


def test_readme_reference_is_up_to_date():
    if cli_doc.START not in cli_doc.README.read_text(encoding="utf-8"):
        pytest.skip("README.md has no command-reference markers yet")
    assert cli_doc.main(["--check"]) == 0, "README.md is out of date: run `python -m flows.cli_doc --write`"
