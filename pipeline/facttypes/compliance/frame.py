"""The assessment frame: what one unit tells that later units of the same doc take (the reader,
component.py, tells and asks it unit by unit), with the windows in units that its slots hold for."""
from __future__ import annotations

from pipeline.facttypes.compliance import grammar as G
from pipeline.nlp.discourse.frames import Frame
from pipeline.gazetteer import get_gazetteer
from pipeline.nlp.discourse.lists import COLLECTIVE, COUNTED_GROUP, counted_groups

#: how many units back a compliance context word counts (and a result keeps its context)
CONTEXT_WINDOW = 3
#: how many sentences naming nobody may stand between a group's zone and the list it applies to
PENDING_REACH = 2
#: how many units after it the year of an assessment holds for a sentence going on from it
YEAR_REACH = 2
#: how many units after a unit with several results a collective ("keduanya") may refer back to them
COLLECTIVE_REACH = 2


class AssessmentFrame(Frame):
    """The assessment told across units, with its scopes:

    - `group_zone`: a zone stated for an unnamed group, for the list that follows;
    - `listed`: governments listed without a result, for the next unit that refers back;
    - `subject`: the one government of the last result, for a later unit that refers back;
    - `result`: the last result (results in a row are their own compliance context);
    - `zone`: its zone, for "kategori yang sama" in the next unit;
    - `year`: the assessment year told last, for a sentence that goes on from it;
    - `enumeration`: a list of results with its zone and year (carry.ListedZone), for the units
      that continue it;
    - `all_zone`: the zone stated for all governments (of a province), for later results without one;
    - `resulted`: the governments of the last unit with several results, for a collective that
      refers back to them ("keduanya", "ketiga daerah itu");
    - `counted_zone`: the zone told for a counted group ("tujuh kabupaten juga meraih predikat
      kualitas tertinggi"), for the list of its members in the next unit ("Mereka adalah A, B, …").
    """

    def __init__(self, pending_reach: int = PENDING_REACH, context_window: int = CONTEXT_WINDOW,
                 year_reach: int = YEAR_REACH):
        super().__init__("assessment", group_zone=pending_reach + 1, listed=1, subject=None,
                         result=context_window, zone=1, year=year_reach, enumeration=None, all_zone=None,
                         resulted=COLLECTIVE_REACH, counted_zone=1, framed=year_reach)

    def chained(self, k: int) -> bool:
        """Whether unit `k` may go on with what was told (so needs no context word of its own)."""
        return self.open_at(k, "group_zone", "listed", "subject")

    def referred(self, k: int, ut: str, continued: bool = False) -> list | None:
        """The governments a unit without subjects refers back to: the list told before, else the
        one subject ("Kelimanya …", "Nilainya …"); not the one subject when a counted group is the
        sentence's subject ("Tiga daerah di Bolmong Raya saja nilainya …"). `continued`: the unit goes on
        with the sentence of the line before it (a text broken into short lines), which needs no anaphor."""
        if not continued and not G.ANAPHOR.search(ut):
            return None
        listed, single = self.get("listed", k), self.get("subject", k)
        if not listed and COLLECTIVE.search(ut) and not COUNTED_GROUP.search(ut):
            # "Padahal pada 2022 keduanya masih di zona hijau": the governments of the last results
            listed = self.get("resulted", k)
        if single and not listed and (COUNTED_GROUP.search(ut) or COLLECTIVE.search(ut)
                                      or G.OTHER_GOVERNMENTS.search(ut)):
            return None  # "ketiga pemda yang telah masuk zona hijau, kuning dan merah", "kabupaten lain yang …"
        if listed and len(listed) > 1:
            listed = of_counted_kind(ut, listed)
        return listed or ([single] if single else None)


#: the last word of a counted group that names one kind of government ("ke-3 kabupaten itu", "kedua kota tersebut")
COUNTED_KINDS = {"kabupaten": "kabupaten", "kota": "kota", "pemkab": "kabupaten", "pemkot": "kota", "pemko": "kota",
                 "provinsi": None, "pemprov": None}


def of_counted_kind(ut: str, listed: list) -> list:
    """The governments of `listed` a counted group of one kind refers back to: "Selain Pemprov A dan Kota B,
    Ombudsman juga menilai tiga kabupaten, yaitu C, D dan E. Namun ke-3 kabupaten itu masih di zona merah"
    means C, D and E, not the province and the city named before them in that sentence (final10). Only where
    the governments of that kind are exactly as many as the group counts; else `listed` as it is."""
    low = ut.lower()
    if not any(w in low for w in COUNTED_KINDS):
        return listed
    groups = counted_groups(ut)
    if len(groups) != 1:
        return listed
    size, start, end = groups[0]
    noun = low[start:end].split()[-1]
    if noun not in COUNTED_KINDS or size >= len(listed):
        return listed
    kind, regions = COUNTED_KINDS[noun], get_gazetteer().regions
    same = [s for s in listed if (s.region_code is None if kind is None
                                  else getattr(regions.get(s.region_code), "kind", None) == kind)]
    return same if len(same) == size else listed
