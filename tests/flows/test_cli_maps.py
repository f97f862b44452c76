"""`warta map` on the demo database: the files it writes, the facts it prints, its one-line errors."""
from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.cli import cli

ADM2 = Path(__file__).resolve().parents[1] / "fixtures" / "maps" / "adm2_fixture.geojson"


def run(db, *args):
    return CliRunner().invoke(cli, list(args), env={"WARTA_DB": str(db)}, catch_exceptions=False)


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.slow
def test_map_compliance_png(demo_run, tmp_path):
    out = tmp_path / "maps" / "compliance.png"
    result = run(demo_run["db"], "map", "compliance", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert png_size(out) == (1200, 1585)
    assert f"wrote {out} (1200×1585 px, 15 provinces with facts)" in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:8] == ["code", "name", "year", "n", "hijau", "kuning", "merah", "no_zone"]
    jambi = next(line for line in lines if line.strip().startswith("15 "))
    assert jambi.split()[1:8] == ["Jambi", "2022", "11", "10", "1", "0", "0"]
    assert "Merangin (15.02): kuning" in jambi


@pytest.mark.slow
def test_map_mpp_html_and_svg(demo_run, tmp_path):
    result = run(demo_run["db"], "map", "mpp", "--level", "region", "--out", str(tmp_path / "mpp.html"))
    assert result.exit_code == 0, result.output
    page = (tmp_path / "mpp.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'class="warta-map-facts"' in page
    assert "Kabupaten Lebong (17.07), Bengkulu\nMPP operating 2023" in page
    result = run(demo_run["db"], "map", "mpp", "--out", str(tmp_path / "mpp.svg"))
    svg = (tmp_path / "mpp.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and svg.count('class="warta-area"') == 38
    assert "Bengkulu (17): 3 MPP launched or operating, 0 planned" in svg


@pytest.mark.slow
def test_map_on_boundaries(demo_run, tmp_path):
    out = tmp_path / "adm2.png"
    result = run(demo_run["db"], "map", "compliance", "--boundaries", str(ADM2), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert ("adm2_fixture.geojson: 35 kabupaten/kota joined from 37 features by property 'ADM2_PCODE' "
            "(BPS codes through the crosswalk); 1 features joined no code (ID9999)") in result.stderr
    assert png_size(out)[0] == 1200
    assert re.search(r"^15\.02 +Merangin +15 2022 +kuning", result.stdout, re.M)


@pytest.mark.slow
def test_map_complaints_absent(demo_run, tmp_path):
    result = run(demo_run["db"], "map", "complaints", "--out", str(tmp_path / "c.png"))
    assert result.exit_code == 1
    assert result.output.strip().endswith("has no complaints facts: nothing to map")
    assert not (tmp_path / "c.png").exists()


@pytest.mark.parametrize("args, message", [
    (["--out", "map.pdf"], "cannot write a map as map.pdf"),
    (["--out", "m.png", "--level", "province", "--boundaries", str(ADM2)], "--boundaries draws kabupaten/kota"),
    (["--out", "m.png", "--boundary-key", "KODE"], "describe a --boundaries file"),
    (["--out", "m.png", "--boundaries", str(ADM2), "--boundary-key", "KODE"], "has no property 'KODE'"),
])
def test_map_usage_errors(tmp_path, args, message):
    result = run(tmp_path / "none.duckdb", "map", "compliance", *args)
    assert result.exit_code != 0 and message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_map_without_database(tmp_path):
    result = run(tmp_path / "none.duckdb", "map", "mpp", "--out", str(tmp_path / "m.png"))
    assert result.exit_code == 1 and "no Warta database at" in result.output


def test_map_bad_boundary_file(tmp_path):
    bad = tmp_path / "adm2.geojson"
    bad.write_text("<html>not a boundary file</html>", encoding="utf-8")
    result = run(tmp_path / "none.duckdb", "map", "mpp", "--boundaries", str(bad), "--out", str(tmp_path / "m.png"))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: boundary file {bad} is not GeoJSON or TopoJSON")
