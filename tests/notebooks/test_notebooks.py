"""The analysis notebooks run top to bottom against the demo database (the real corpus loaded by the
real flow), produce their tables and charts, never build the spaCy pipeline, and are committed
without outputs."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
NAMES = ["01_explore.ipynb", "02_compliance.ipynb", "03_officials.ipynb", "04_mpp.ipynb", "05_complaints.ipynb"]
#: name -> (charts at least, tables at least, text every notebook's outputs must contain)
EXPECT = {
    "01_explore.ipynb": (0, 6, ["Kabupaten Solok", "Bupati Solok", "http://127.0.0.1"]),
    # province map, kabupaten/kota tiles, the region-by-year grid, shares by year; each map with its facts
    "02_compliance.ipynb": (4, 4, ["Aceh", "hijau", "Merangin (15.02): kuning", "http://127.0.0.1"]),
    "03_officials.ipynb": (1, 2, ["Kabupaten Solok (13.02)", "Epyardi Asda", "http://127.0.0.1"]),
    "04_mpp.ipynb": (3, 4, ["Tabanan", "launched", "Lebong (17.07): operating 2023", "http://127.0.0.1"]),
    # the demo corpus has no complaints story yet: the notebook says so and draws nothing
    "05_complaints.ipynb": (0, 0, ["no complaints facts in", "nothing to map"]),
}
ADM2 = Path(__file__).resolve().parents[1] / "fixtures" / "maps" / "adm2_fixture.geojson"
SPACY_CHECK = "import sys; print('spacy loaded:', 'spacy' in sys.modules)"


@pytest.mark.parametrize("name", NAMES)
def test_committed_notebook_has_no_outputs(name):
    raw = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))
    code = [c for c in raw["cells"] if c["cell_type"] == "code"]
    assert code
    assert all(c.get("outputs") == [] and c.get("execution_count") is None for c in code)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_matches_its_generator(name):
    spec = importlib.util.spec_from_file_location("make_notebooks", NOTEBOOKS / "make_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = nbformat.read(NOTEBOOKS / name, as_version=4)
    assert [c.source for c in committed.cells] == [c.source for c in module.build(name).cells], \
        "notebook differs from notebooks/make_notebooks.py: rerun it"


def run_notebook(name: str, parameters: str | None = None) -> tuple[nbformat.NotebookNode, list, str]:
    """Execute a notebook (its `parameters` cell replaced by `parameters`); returns it, its outputs and
    their text."""
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    if parameters is not None:
        (cell,) = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        cell.source = parameters
    nb.cells.append(nbformat.v4.new_code_cell(SPACY_CHECK))
    NotebookClient(nb, kernel_name="python3", timeout=180,
                   resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()  # raises on any cell error
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") + o.get("data", {}).get("text/html", "")
                     for o in outputs)
    return nb, outputs, text


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_on_demo_database(name, demo_run, monkeypatch):
    monkeypatch.setenv("WARTA_DB", str(demo_run["db"]))
    nb, outputs, text = run_notebook(name)
    charts = sum("image/png" in o.get("data", {}) for o in outputs)
    tables = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    min_charts, min_tables, needles = EXPECT[name]
    assert charts >= min_charts and len(tables) >= min_tables
    assert all("<tbody>" in t and "<td>" in t for t in tables)  # every table shown has rows
    for needle in needles:
        assert needle in text, needle
    assert "spacy loaded: False" in nb.cells[-1].outputs[0]["text"]


@pytest.mark.slow
def test_compliance_notebook_on_a_boundary_file(demo_run, monkeypatch):
    """The BOUNDARIES parameter draws the kabupaten/kota on a user's ADM2 file (here the invented fixture)."""
    monkeypatch.setenv("WARTA_DB", str(demo_run["db"]))
    nb, outputs, text = run_notebook("02_compliance.ipynb", f"BOUNDARIES = {str(ADM2)!r}")
    assert "adm2_fixture.geojson: 35 kabupaten/kota joined from 37 features by property 'ADM2_PCODE'" in text
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 4


@pytest.mark.slow
def test_complaints_notebook_draws_the_complaints(tmp_path, monkeypatch):
    from tests.pipeline.maps.complaints_db import complaints_db

    complaints_db(tmp_path / "w.duckdb")
    monkeypatch.setenv("WARTA_DB", str(tmp_path / "w.duckdb"))
    nb, outputs, text = run_notebook("05_complaints.ipynb")
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 2  # province map, kabupaten/kota tiles
    assert "2024: 412 reports (figures stated: 180, 412)" in text and "https://padek.example/berita/3" in text
    assert "nothing to map" not in text
