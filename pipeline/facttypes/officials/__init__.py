"""Officials: named holders of public office, with the category and place of the office.

Component: component.py (`warta_officials`, a title matcher and the readers of reader.py,
names.py and places.py); vocabulary: lexicon.toml here, titles, honorifics and degrees in
pipeline/lang (offices.toml, people.toml).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.facttypes.spec import FactType, norm

FOLDER = Path(__file__).resolve().parent


@dataclass
class Official:
    name: str
    role: str
    category: str  # kepala_daerah | wakil_kepala_daerah | sekda | perangkat_daerah | camat_desa | ombudsman | legislatif | pusat | lainnya
    region_code: str | None
    province_code: str | None
    evidence: str = ""


def _place(o: dict):
    return o.get("region_code") or o.get("province_code")


OFFICIALS = FactType(
    name="officials", record=Official, component="warta_officials",
    module="pipeline.facttypes.officials.component", folder=FOLDER, order=20, table="officials",
    view="officeholders", region="pipeline.facttypes.officials.region",
    metrics={
        "officials.name": lambda o: norm(o.get("name")),
        "officials.name+category": lambda o: (norm(o.get("name")), o.get("category")),
        "officials.name+place": lambda o: (norm(o.get("name")), _place(o)),
    },
    from_gold=lambda o, codes: {"name": o["name"], "category": o.get("category"),
                                "region_code": codes.region_code(o.get("region")),
                                "province_code": codes.province_code(o.get("province"))},
    extra_columns=(("name_key", str),),
    description="named holders of public office")

FACT_TYPES = (OFFICIALS,)
