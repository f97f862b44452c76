"""The shipped province boundaries join all 38 Kemendagri codes; a user's kabupaten/kota file joins by
Kemendagri code or through the BPS crosswalk, and bad files give one clear error."""
from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path

import pytest
import shapely
import shapely.affinity
import topojson
from shapely.geometry import mapping

from pipeline.gazetteer import WILAYAH_DIR, get_gazetteer
from pipeline.maps.boundaries import (BOUNDARIES_DIR, PROVINCE_KEYS, PROVINCE_TOPOJSON, BoundaryError, code_of,
                                      province_boundaries, read_features, region_boundaries)


ADM2 = Path(__file__).resolve().parents[2] / "fixtures" / "maps" / "adm2_fixture.geojson"
#: The kabupaten/kota of the fixture: Jambi (11), Bengkulu (10), Kalimantan Barat (14).
FIXTURE_CODES = {c for c, r in get_gazetteer().regions.items() if r.province_code in ("15", "17", "61")}


def _plain(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower().replace("daerah istimewa", "di"))


# ---------------------------------------------------------------------- provinces
def test_every_kemendagri_province_code_joins_one_shape():
    with open(WILAYAH_DIR / "provinces.csv", encoding="utf-8") as fh:
        codes = {row["code"] for row in csv.DictReader(fh)}
    assert len(codes) == 38
    provinces = province_boundaries()
    assert set(provinces.shapes) == codes and provinces.missing == []
    assert provinces.features == 38  # one geometry each, none left over
    for code, geom in provinces.shapes.items():
        assert geom.is_valid and not geom.is_empty and geom.area > 0.01, code


def test_key_table_agrees_with_the_file_and_the_gazetteer():
    rows = list(csv.DictReader(open(PROVINCE_KEYS, encoding="utf-8")))
    features = read_features(PROVINCE_TOPOJSON)
    upstream = {str(f["id"]): f["properties"] for f in features}
    assert sorted(r["geometry_id"] for r in rows) == sorted(upstream)
    assert len({r["code"] for r in rows}) == 38
    provinces = get_gazetteer().provinces
    for row in rows:
        props = upstream[row["geometry_id"]]
        assert (props["KODE_PROV"], props["PROVINSI"]) == (row["upstream_code"], row["upstream_name"])
        assert row["name"] == provinces[row["code"]].name
        assert _plain(props["PROVINSI"]) == _plain(provinces[row["code"]].name), row  # the name agrees everywhere
        if row["joined_by"] == "code":
            assert props["KODE_PROV"] == row["code"]
    # the six Papua provinces carry 91/92 upstream and join by name
    assert {r["code"] for r in rows if r["joined_by"] == "name"} == {"91", "92", "93", "94", "95", "96"}


def test_shapes_lie_where_the_provinces_are():
    shapes = province_boundaries().shapes
    assert shapes["31"].contains(shapely.Point(106.85, -6.2))      # Jakarta, Monas
    assert shapes["13"].contains(shapely.Point(100.36, -0.95))     # Padang
    assert shapes["96"].contains(shapely.Point(131.3, -0.9))       # Sorong, Papua Barat Daya
    assert shapes["94"].contains(shapely.Point(135.5, -3.37))      # Nabire, Papua Tengah
    assert shapes["93"].contains(shapely.Point(140.4, -8.5))       # Merauke, Papua Selatan


def test_topojson_is_the_upstream_file_unchanged():
    digest = hashlib.sha256(PROVINCE_TOPOJSON.read_bytes()).hexdigest()
    readme = (BOUNDARIES_DIR / "README.md").read_text(encoding="utf-8")
    assert digest == "6c22e92f3f9382e443a385a299348eec5e50aae7f4e73b126c3e06e91d589230"
    assert digest in readme and "CC BY 4.0" in readme and "80aa4a90ac7eef5136eaa2b551b6aa5d198be27d" in readme


# ---------------------------------------------------------------------- a user's kabupaten/kota file
def test_fixture_joins_through_the_bps_crosswalk():
    regions = region_boundaries(ADM2)
    assert (regions.key, regions.codes, regions.level) == ("ADM2_PCODE", "bps", "region")
    assert set(regions.shapes) == FIXTURE_CODES and len(FIXTURE_CODES) == 35
    assert regions.unmatched == ["ID9999"]                 # the lake
    assert regions.features == 37                          # 35 + Lebong's second part + the lake
    assert len(regions.missing) == 514 - 35
    # BPS 1303 is Kabupaten Solok (13.02): the codes are translated, not read as Kemendagri's
    assert code_of("ID1303") == "13.02" and code_of("1303") == "13.02"
    # Lebong came in two features and is one shape
    names = {f["properties"]["ADM2_EN"] for f in read_features(ADM2)}
    assert "Kabupaten Lebong" in names
    lebong = [f for f in read_features(ADM2) if f["properties"]["ADM2_EN"] == "Kabupaten Lebong"]
    assert len(lebong) == 2
    whole = shapely.union_all([shapely.geometry.shape(f["geometry"]) for f in lebong])
    assert regions.shapes["17.07"].symmetric_difference(whole).area < 0.01 * whole.area
    assert "35 kabupaten/kota joined from 37 features by property 'ADM2_PCODE'" in regions.summary()


def _rewrite(tmp_path, name, transform, topo=False):
    features = read_features(ADM2)
    out = []
    for f in features:
        props = transform(f["properties"])
        if props is not None:
            out.append({"type": "Feature", "properties": props, "geometry": f["geometry"]})
    collection = {"type": "FeatureCollection", "features": out}
    path = tmp_path / name
    if topo:
        path.write_text(topojson.Topology(collection, prequantize=1e6).to_json(), encoding="utf-8")
    else:
        path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def _kemendagri(props, dotted=True, with_name=True):
    code = code_of(props["ADM2_PCODE"], "bps")
    if code is None:
        return None
    out = {"kode": code if dotted else code.replace(".", "")}
    if with_name:
        out["nama"] = props["ADM2_EN"]
    return out


def test_topojson_with_kemendagri_codes(tmp_path):
    path = _rewrite(tmp_path, "adm2.topo.json", _kemendagri, topo=True)
    regions = region_boundaries(path)
    assert (regions.key, regions.codes) == ("kode", "kemendagri")
    assert set(regions.shapes) == FIXTURE_CODES and regions.unmatched == []


def test_undotted_kemendagri_codes_are_recognised_by_their_names(tmp_path):
    path = _rewrite(tmp_path, "adm2.geojson", lambda p: _kemendagri(p, dotted=False))
    regions = region_boundaries(path)
    assert regions.codes == "kemendagri" and set(regions.shapes) == FIXTURE_CODES


def test_undotted_codes_without_names_need_the_code_system(tmp_path):
    path = _rewrite(tmp_path, "adm2.geojson", lambda p: _kemendagri(p, dotted=False, with_name=False))
    guessed = region_boundaries(path)  # read as BPS codes, the documented default: shapes land on other regions
    told = region_boundaries(path, codes="kemendagri")
    right = region_boundaries(ADM2)
    assert guessed.codes == "bps" and told.codes == "kemendagri"
    assert set(told.shapes) == FIXTURE_CODES
    assert all(told.shapes[c].equals(right.shapes[c]) for c in FIXTURE_CODES)
    moved = [c for c in guessed.shapes if c not in right.shapes or not guessed.shapes[c].equals(right.shapes[c])]
    assert len(moved) >= 10  # 11 of the 35: Jambi 15.06-15.09, Kalimantan Barat …


def test_named_key(tmp_path):
    regions = region_boundaries(ADM2, key="ADM2_PCODE", codes="bps")
    assert set(regions.shapes) == FIXTURE_CODES
    with pytest.raises(BoundaryError, match="has no property 'KODE'.*ADM2_PCODE"):
        region_boundaries(ADM2, key="KODE")


@pytest.mark.parametrize("content, message", [
    ("not json at all", "not GeoJSON or TopoJSON"),
    ('{"type": "GeometryCollection", "geometries": []}', "its type is 'GeometryCollection'"),
    ('{"type": "FeatureCollection", "features": []}', "has no features"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "x"}, '
     '"geometry": {"type": "Point", "coordinates": [100, 0]}}]}', "no property holds kabupaten/kota codes"),
    ('{"type": "Topology", "objects": {}, "arcs": []}', "has no objects"),
])
def test_bad_files_give_one_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.geojson"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BoundaryError, match=message) as err:
        region_boundaries(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_projected_coordinates_are_refused(tmp_path):
    features = read_features(ADM2)
    for f in features:
        geom = shapely.affinity.scale(shapely.geometry.shape(f["geometry"]), 111_000, 111_000, origin=(0, 0))
        f["geometry"] = mapping(geom)
    path = tmp_path / "metres.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    with pytest.raises(BoundaryError, match="not longitude/latitude over Indonesia.*EPSG:4326"):
        region_boundaries(path)


def test_missing_file(tmp_path):
    with pytest.raises(BoundaryError, match="cannot read boundary file"):
        region_boundaries(tmp_path / "nope.geojson")
