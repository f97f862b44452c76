"""Boundaries keyed by Kemendagri code: the 38 provinces shipped in data/boundaries/, and a user's
kabupaten/kota (ADM2) file joined by Kemendagri code or through the BPS crosswalk.

    provinces = province_boundaries()                  # 38 shapes, codes "11" … "96"
    regions = region_boundaries("idn_adm2.geojson")    # joins by the property that holds codes
    regions.shapes["13.02"]                            # a shapely geometry in longitude/latitude

A boundary file is GeoJSON (a FeatureCollection) or TopoJSON (every object in it), in longitude/latitude
(WGS84, as GeoJSON requires). A code property holds either Kemendagri codes, written with the dot
("13.02"), or 4-digit BPS codes ("1303", "ID1303" as in the humanitarian COD-AB pcodes), which
data/wilayah/bps_crosswalk.csv turns into Kemendagri codes. Undotted Kemendagri codes look like BPS
codes (484 of the 514 are also BPS codes of other regions), so they must be named: codes="kemendagri".
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from pipeline.config import REFERENCE_DIR
from pipeline.gazetteer import WILAYAH_DIR, get_gazetteer

BOUNDARIES_DIR = REFERENCE_DIR / "boundaries"
PROVINCE_TOPOJSON = BOUNDARIES_DIR / "indonesia-38-provinces.topo.json"
#: Which geometry of the province TopoJSON is which Kemendagri province (see data/boundaries/README.md).
PROVINCE_KEYS = BOUNDARIES_DIR / "province_keys.csv"
BPS_CROSSWALK = WILAYAH_DIR / "bps_crosswalk.csv"
#: The credit the province boundaries' licence (CC BY 4.0) asks for, printed on every map drawn with them.
PROVINCE_ATTRIBUTION = ("Province boundaries: “Indonesia GeoJSON & TopoJSON Maps (38 Provinces)”, "
                        "Deny Herianto, CC BY 4.0")
#: Longitude/latitude box that holds Indonesia with a margin: coordinates outside it are not WGS84 degrees.
INDONESIA_BOX = (90.0, -15.0, 145.0, 10.0)
#: Shapes of a user's file are simplified to this many degrees (~500 m): far below a pixel of a national
#: map (about 0.04° at 1,200 px), and it keeps an SVG of 514 regions small.
SIMPLIFY_DEGREES = 0.005
CODE_SYSTEMS = ("kemendagri", "bps")

_DOTTED = re.compile(r"^\d{2}\.\d{2}$")
_FOUR_DIGITS = re.compile(r"^(?:ID)?(\d{4})$", re.IGNORECASE)


class BoundaryError(ValueError):
    """A boundary file that cannot be read or joined; the message names the file and says why."""


@dataclass
class Boundaries:
    """Shapes by Kemendagri code (provinces "13" or kabupaten/kota "13.02"), in longitude/latitude."""
    level: str                                   # "province" or "region"
    shapes: dict[str, BaseGeometry]
    source: str                                  # the file, for captions and messages
    attribution: str = ""                        # credit to print on a map drawn with them
    key: str | None = None                       # the property that held the codes (user files)
    codes: str = "kemendagri"                    # the code system of that property
    features: int = 0                            # features read
    unmatched: list[str] = field(default_factory=list)  # key values that joined no gazetteer code
    missing: list[str] = field(default_factory=list)    # gazetteer codes of this level with no shape

    def summary(self) -> str:
        """One line: how the file joined."""
        line = (f"{self.source}: {len(self.shapes)} {'provinces' if self.level == 'province' else 'kabupaten/kota'} "
                f"joined from {self.features} features")
        if self.key:
            line += f" by property {self.key!r} ({'BPS codes through the crosswalk' if self.codes == 'bps' else 'Kemendagri codes'})"
        if self.unmatched:
            shown = ", ".join(self.unmatched[:5]) + (", …" if len(self.unmatched) > 5 else "")
            line += f"; {len(self.unmatched)} features joined no code ({shown})"
        if self.missing:
            line += f"; {len(self.missing)} gazetteer codes have no shape"
        return line


# ---------------------------------------------------------------------- reading files (GeoJSON, TopoJSON)
def read_features(path: str | Path) -> list[dict]:
    """The features of a GeoJSON or TopoJSON file as GeoJSON-like dicts ({"properties", "geometry"}).
    Raises BoundaryError for a file that is neither."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BoundaryError(f"cannot read boundary file {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BoundaryError(f"boundary file {path} is not GeoJSON or TopoJSON (not JSON: {exc})") from None
    kind = data.get("type") if isinstance(data, dict) else None
    if kind == "Topology":
        return _topojson_features(data, path)
    if kind == "FeatureCollection":
        return [f for f in data.get("features") or [] if isinstance(f, dict)]
    if kind == "Feature":
        return [data]
    raise BoundaryError(f"boundary file {path} is not GeoJSON or TopoJSON (its type is {kind!r}; "
                        "convert a shapefile with e.g. `ogr2ogr -f GeoJSON out.geojson in.shp`)")


def _topojson_features(data: dict, path: Path) -> list[dict]:
    import topojson

    objects = data.get("objects") or {}
    if not objects:
        raise BoundaryError(f"TopoJSON file {path} has no objects")
    features = []
    for name in objects:
        try:
            collection = json.loads(topojson.Topology(data, object_name=name).to_geojson())
        except Exception as exc:  # the decoder raises whatever a malformed topology trips on
            raise BoundaryError(f"cannot decode TopoJSON file {path} (object {name!r}): {exc}") from None
        features.extend(collection.get("features") or [])
    return features


def _geometry(feature: dict, path: Path) -> BaseGeometry | None:
    geometry = feature.get("geometry")
    if not geometry:
        return None
    try:
        geom = shape(geometry)
    except (ValueError, TypeError, AttributeError, KeyError, shapely.errors.GEOSException) as exc:
        raise BoundaryError(f"boundary file {path} has a broken geometry: {exc}") from None
    if geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon", "GeometryCollection"):
        return None
    return geom if geom.is_valid else shapely.make_valid(geom)


def _check_degrees(shapes: dict[str, BaseGeometry], path: Path) -> None:
    if not shapes:
        return
    x0, y0, x1, y1 = shapely.total_bounds(list(shapes.values()))
    bx0, by0, bx1, by1 = INDONESIA_BOX
    if x0 < bx0 or y0 < by0 or x1 > bx1 or y1 > by1:
        raise BoundaryError(f"boundary file {path}: coordinates span {x0:.1f}…{x1:.1f} × {y0:.1f}…{y1:.1f}, not "
                            "longitude/latitude over Indonesia (reproject it to WGS84, EPSG:4326)")


# ---------------------------------------------------------------------- provinces (shipped)
@lru_cache(maxsize=1)
def province_boundaries() -> Boundaries:
    """The 38 provinces from data/boundaries/, keyed by Kemendagri province code."""
    keys = _read_csv(PROVINCE_KEYS)
    code_of = {row["geometry_id"]: row["code"] for row in keys}
    shapes: dict[str, BaseGeometry] = {}
    features = read_features(PROVINCE_TOPOJSON)
    for feature in features:
        code = code_of.get(str(feature.get("id")))
        geom = _geometry(feature, PROVINCE_TOPOJSON)
        if code is None or geom is None:
            raise BoundaryError(f"{PROVINCE_TOPOJSON}: geometry {feature.get('id')!r} is not in {PROVINCE_KEYS.name}")
        shapes[code] = geom
    provinces = get_gazetteer().provinces
    return Boundaries(level="province", shapes=shapes, source=PROVINCE_TOPOJSON.name,
                      attribution=PROVINCE_ATTRIBUTION, features=len(features),
                      missing=sorted(set(provinces) - set(shapes)))


# ---------------------------------------------------------------------- kabupaten/kota (the user's file)
@lru_cache(maxsize=1)
def bps_to_kemendagri() -> dict[str, str]:
    """BPS 4-digit code → Kemendagri code (data/wilayah/bps_crosswalk.csv, 514 rows)."""
    return {row["bps_code"]: row["code"] for row in _read_csv(BPS_CROSSWALK)}


def code_of(value, codes: str | None = None) -> str | None:
    """The Kemendagri kabupaten/kota code that one property value stands for, or None.

    "13.02" is a Kemendagri code; "1303" and "ID1303" are BPS codes unless `codes` is "kemendagri"
    (then "1302" means 13.02). Only codes of the gazetteer count."""
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    regions = get_gazetteer().regions
    if _DOTTED.match(text):
        return text if codes != "bps" and text in regions else None
    m = _FOUR_DIGITS.match(text)
    if not m:
        return None
    digits = m.group(1)
    code = f"{digits[:2]}.{digits[2:]}" if codes == "kemendagri" else bps_to_kemendagri().get(digits)
    return code if code in regions else None


def region_boundaries(path: str | Path, key: str | None = None, codes: str | None = None) -> Boundaries:
    """Kabupaten/kota shapes from a user's ADM2 boundary file, keyed by Kemendagri code.

    `key` names the property holding the codes (default: the property that joins the most features).
    `codes` is "kemendagri" or "bps"; by default dotted codes are Kemendagri's and 4-digit codes BPS's,
    unless a name property of the file agrees better with the Kemendagri reading. Several features with
    one code (a region drawn in parts) are merged."""
    path = Path(path)
    if codes not in (None, *CODE_SYSTEMS):
        raise BoundaryError(f"unknown code system {codes!r}: use one of {', '.join(CODE_SYSTEMS)}")
    features = read_features(path)
    if not features:
        raise BoundaryError(f"boundary file {path} has no features")
    properties = [f.get("properties") or {} for f in features]
    names = [key] if key else list(dict.fromkeys(k for p in properties for k in p))
    if key and not any(key in p for p in properties):
        raise BoundaryError(f"boundary file {path} has no property {key!r} "
                            f"(it has: {', '.join(sorted({k for p in properties for k in p})) or 'none'})")
    joined = {name: [code_of(p.get(name), codes) for p in properties] for name in names}
    best = max(names, key=lambda n: sum(c is not None for c in joined[n]), default=None)
    if best is None or not any(joined[best]):
        raise BoundaryError(f"boundary file {path}: no property holds kabupaten/kota codes (Kemendagri 13.02 or "
                            "BPS 1303); name it with --boundary-key and its system with --boundary-codes")
    found, system = joined[best], codes
    if system is None:
        dotted = sum(bool(_DOTTED.match(str(p.get(best)).strip())) for p, c in zip(properties, found) if c)
        system = "kemendagri" if dotted * 2 >= sum(c is not None for c in found) else "bps"
        if system == "bps":  # undotted: Kemendagri's codes without the dot look just like BPS codes
            as_kemendagri = [code_of(p.get(best), "kemendagri") for p in properties]
            if _name_agreement(properties, as_kemendagri) > _name_agreement(properties, found):
                found, system = as_kemendagri, "kemendagri"
    parts: dict[str, list[BaseGeometry]] = {}
    unmatched = []
    for feature, props, code in zip(features, properties, found):
        if code is None:
            unmatched.append(str(props.get(best)))
            continue
        geom = _geometry(feature, path)
        if geom is not None:
            parts.setdefault(code, []).append(geom)
    shapes = {code: (geoms[0] if len(geoms) == 1 else shapely.union_all(geoms)) for code, geoms in parts.items()}
    _check_degrees(shapes, path)
    shapes = {code: shapely.simplify(g, SIMPLIFY_DEGREES, preserve_topology=True) for code, g in shapes.items()}
    return Boundaries(level="region", shapes=dict(sorted(shapes.items())), source=path.name, key=best, codes=system,
                      features=len(features), unmatched=unmatched,
                      missing=sorted(set(get_gazetteer().regions) - set(shapes)))


_PREFIX = re.compile(r"^(kabupaten|kab\.?|kota)\s+")


def _plain(name) -> str:
    """A place name reduced for comparison: lower case, no Kabupaten/Kab./Kota prefix, letters only."""
    return re.sub(r"[^a-z0-9]", "", _PREFIX.sub("", str(name).strip().lower()))


def _name_agreement(properties: list[dict], codes: list[str | None]) -> int:
    """How many features carry, in some property, the gazetteer name of the code they joined."""
    regions = get_gazetteer().regions
    best = 0
    for name in {k for p in properties for k, v in p.items() if isinstance(v, str)}:
        best = max(best, sum(c is not None and _plain(p.get(name, "")) == _plain(regions[c].name)
                             for p, c in zip(properties, codes)))
    return best


def _read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
