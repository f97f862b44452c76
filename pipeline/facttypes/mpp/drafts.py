"""The drafts of MPP facts a story tells over its units, the frame that carries a launch across
units (`LaunchFrame`), and how drafts merge into one fact per government and status."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.nlp.discourse.frames import Frame
from pipeline.nlp.discourse.lists import ENUMERATION_REACH

#: how many units after an MPP sentence a building anaphor still refers to its MPP
ANAPHOR_REACH = 3
#: the states that make a weak fact of an earlier one history (`history`)
LATER_STATES = {"planned": ("launched", "operating"), "operating": ("launched",), "launched": ("operating",)}


@dataclass
class Draft:
    """One MPP fact as a unit tells it; `region` a region's code or a province's key (`province_key`)."""

    region: str
    status: str
    strong: bool
    year: int | None
    location: str | None
    evidence: str
    unit: int
    own: bool = True  # told of as the story's event, not as another MPP's precedent


class LaunchFrame(Frame):
    """The MPP events told across units: `group_status`, a counted group's status and years for the
    list that follows; `named`, the governments of the last unit naming an MPP, for a building
    anaphor or "MPP ini" within `ANAPHOR_REACH` units; `listed`, the last list of governments given
    facts, for a collective ("Keduanya …") within as many; `enumeration`, the status and years of a list that ran
    to the end of its unit, for units that resume it with more items (`resumed_list`) within
    `ENUMERATION_REACH` units; `counted`, the status and years told of a counted group ("meresmikan
    16 MPP"), for a unit naming that group again ("Adapun 16 MPP tersebut ialah MPP Kota A, …")
    within `ANAPHOR_REACH` units, after other sentences too."""

    def __init__(self, anaphor_reach: int = ANAPHOR_REACH):
        super().__init__("launch", group_status=None, named=anaphor_reach, listed=anaphor_reach,
                         enumeration=ENUMERATION_REACH, counted=anaphor_reach)


def merge(drafts: list[Draft]) -> dict[tuple[str, str], Draft]:
    """One draft per government and status: the first year and location told (a strong draft's year
    over a weak one's), strong where any is."""
    merged: dict[tuple[str, str], Draft] = {}
    for d in drafts:
        m = merged.setdefault((d.region, d.status), d)
        if m is d:
            continue
        if d.year is not None and (m.year is None or (d.strong and not m.strong)):
            m.year = d.year  # a plan stated outright dates it, not a meeting about it ("rapat pembentukan MPP")
        m.strong = m.strong or d.strong
        if m.location is None and d.location:
            m.location = d.location
    return merged


def history(d: Draft, merged: dict[tuple[str, str], Draft]) -> bool:
    """Whether a weak fact only recalls the history of an MPP told in a later state: a weak plan
    ("MPP dibangun untuk …") of one launched or operating; having one the story launches
    ("Kabupaten Tegal akhirnya memiliki MPP": that launch); opening one told operating
    ("keberanian Pemkab membuka MPP")."""
    later = LATER_STATES[d.status]
    return any((d.region, s) in merged and merged[(d.region, s)].strong for s in later)
