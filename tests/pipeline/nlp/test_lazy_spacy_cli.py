"""spaCy imported without its command line until something uses it (pipeline/nlp/lazy_spacy_cli.py)."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
import pipeline.nlp
import spacy
assert "spacy.cli.download" not in sys.modules and "typer" not in sys.modules, "the command line was imported"
assert sorted(spacy.info())[:2] == ["location", "pipelines"]
import spacy.cli
from spacy.cli import download
from spacy.cli.info import info_model
assert callable(download) and callable(info_model) and spacy.cli.download is download
print("ok")
"""


def test_spacy_cli_loads_only_when_used():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
