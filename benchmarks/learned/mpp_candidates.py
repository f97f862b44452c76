"""MPP candidates: (government mention, status cue) pairs that Warta's own layers find in one tagged doc.

A government mention is a span of doc.spans["regions"/"provinces"] (the discourse layer's `Mention`); a status
cue is a `Trigger` of pipeline/facttypes/mpp/status.py (the words of lexicon.toml); an MPP mention is one of
pipeline/facttypes/mpp/names.py. Nothing here decides: `pairs_of` lists every pair inside the window, and
`mpp_features` turns them into numbers.

The window (chosen, not tuned): the cue in the government's own unit, in the unit just before or after it
(`NEIGHBOUR_BEFORE`, `NEIGHBOUR_AFTER`: a list sentence whose status is told in the sentence before or after),
or in the head of the list the government's unit is an item of (a run of short item lines after a unit ending
with a colon or an enumeration opener, up to `LIST_HEAD_REACH` lines back); and an MPP mention in the
government's unit, the cue's unit or a unit next to the government's (`MPP_REACH`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.facttypes.mpp.cues import OTHER_MPP_CONTEXT, SERVICE_CONTEXT
from pipeline.facttypes.mpp.names import local_names, mpp_mentions
from pipeline.facttypes.mpp.status import statuses

from .common import Pair, Unit, item_like, list_head  # noqa: F401 (Pair, item_like, list_head: this module's interface)

#: units before / after the government's unit whose cues pair with it
NEIGHBOUR_BEFORE = 1
NEIGHBOUR_AFTER = 1
#: units around the government's unit in which an MPP mention makes its pairs candidates
MPP_REACH = 1


@dataclass
class UnitInfo(Unit):
    """What one unit holds: its text, its cues, MPP mentions and government mentions (offsets in the unit)."""

    triggers: list = field(default_factory=list)
    mpps: list[tuple[int, int]] = field(default_factory=list)
    govs: list[tuple[int, int, str, bool]] = field(default_factory=list)  # (start, end, code, is_province)


def gov_key(code: str, is_province: bool) -> str | None:
    """The scorer's subject: the region code, None for a province's own MPP."""
    return None if is_province else code


def units_of(discourse) -> list[UnitInfo]:
    """Every unit of a doc's discourse with its cues, MPP mentions and government mentions."""
    low = discourse.lower
    acronym_ok = bool(SERVICE_CONTEXT.search(low)) or not OTHER_MPP_CONTEXT.search(low)
    local = local_names(discourse.text)
    out = []
    for u in discourse.units:
        info = UnitInfo(u.index, u.text, u.heading, u.noise)
        info.triggers = statuses(u.text, *discourse.words(u))
        info.mpps = mpp_mentions(u.text, acronym_ok, local)
        info.govs = [(m.start - u.start, m.end - u.start, m.code, m.is_province) for m in discourse.mentions_in(u)]
        out.append(info)
    return out


def pairs_of(units: list[UnitInfo]) -> list[Pair]:
    """Every (government mention, cue) pair inside the window (module doc)."""
    out = []
    for k, u in enumerate(units):
        if not u.govs:
            continue
        near_mpp = any(units[j].mpps for j in range(max(0, k - MPP_REACH), min(len(units), k + MPP_REACH + 1)))
        cue_units = [(j, False) for j in range(max(0, k - NEIGHBOUR_BEFORE), min(len(units), k + NEIGHBOUR_AFTER + 1))]
        head = list_head(units, k)
        if head is not None and head < k - NEIGHBOUR_BEFORE:
            cue_units.append((head, True))
        for j, is_head in cue_units:
            if not (near_mpp or units[j].mpps):
                continue
            for c in range(len(units[j].triggers)):
                for g in range(len(u.govs)):
                    out.append(Pair(k, g, j, c, is_head or j == head))
    return out
