"""The MPPs a story names as running without a status word (`LaunchReader`, component.py): one named only as
the place one goes to or visits ("… di MPP Kota X", "studi tiru ke MPP Kota B"), and one the story launches that
it tells as where service is given ("melihat langsung pelayanan di MPP Kabupaten A"), dated by that launch when
it is the story's day's news. A mixin of `LaunchReader`: it reads and keeps the reader's tables (`places`,
`passing`, `serving`, `served`, `drafts`).
"""
from __future__ import annotations

from pipeline.facttypes.mpp.cues import (
    OWN_NAME_AFTER, PLACE_BEFORE, PLACE_BEFORE_CHARS, SERVICE_AT, SERVICE_AT_CHARS, SERVICE_MODAL, VISIT_BEFORE, VISIT_BEFORE_CHARS,
)
from pipeline.facttypes.mpp.drafts import Draft
from pipeline.facttypes.mpp.governments import LOCAL_NAME_NOT
from pipeline.facttypes.mpp.place import location


def _own_name(text: str, end: int) -> bool:
    """Whether the MPP mention ending at `end` is followed by a name of its own (not a word of `local_name_not`)."""
    m = OWN_NAME_AFTER.match(text, end)
    return m is not None and all(w.lower() not in LOCAL_NAME_NOT for w in m.group("name").split())


class ServingReading:
    """The running-MPP part of `LaunchReader`."""

    def _no_status(self, k: int, ut: str, mentions, regions: list[str], grouped: bool) -> None:
        """An MPP sentence without a status: where it puts the MPP; an MPP named as a place or visited."""
        loc = location(ut)
        for code in (regions or ([self.main] if self.main and not grouped else [])):
            if loc:
                self.places.setdefault(code, loc)
        if regions and any(PLACE_BEFORE.search(ut, max(0, a - PLACE_BEFORE_CHARS), a)
                           or VISIT_BEFORE.search(ut, max(0, a - VISIT_BEFORE_CHARS), a) for a, _ in mentions):
            for code in regions:
                self.passing.setdefault(code, (ut.strip(), k))
            if any(SERVICE_AT.search(ut, max(0, a - SERVICE_AT_CHARS), a) and not SERVICE_MODAL.search(ut, 0, a)
                   for a, _ in mentions):
                self.serving.update(regions)
        elif not regions and not grouped and self.main and any(
                (PLACE_BEFORE.search(ut, max(0, a - PLACE_BEFORE_CHARS), a)
                 or VISIT_BEFORE.search(ut, max(0, a - VISIT_BEFORE_CHARS), a)) and _own_name(ut, b)
                for a, b in mentions):
            # "saat inspeksi mendadak di Mal Pelayanan Publik Jakabaring": the story's government's MPP, by its own
            # name (final6; final4 names the same MPP "MPP Palembang di Jakabaring")
            self.passing.setdefault(self.main, (ut.strip(), k))

    def _passing(self) -> None:
        """The MPPs named only as a place or visited run; so does an MPP the story launched where service is
        told given ("melihat langsung pelayanan di MPP Kabupaten A"; not what people may do there: "warga bisa
        memanfaatkan layanan di MPP A"), besides its launch."""
        for code, (evidence, k) in self.passing.items():
            told = {d.status for d in self.drafts if d.region == code and d.strong}
            serving = code in self.serving and "launched" in told and "operating" not in told
            if serving or self._recalled_launch(code) or not any(d.region == code for d in self.drafts):
                self.drafts.append(Draft(code, "operating", True, None, None, evidence, k))
                if serving:
                    self.served.append(self.drafts[-1])

    def _recalled_launch(self, code: str) -> bool:
        """Whether the story tells this MPP's launch only as history, in a year before the story's ("MPP Kota A
        diresmikan Menteri pada 2020" in a story of a visit in 2023): visited or named as a place now, it runs
        (final4: a delegation "bertolak ke MPP Kota A" years after its launch)."""
        if self.today is None:
            return False
        told = [d for d in self.drafts if d.region == code]
        years = {d.year for d in told if d.status == "launched" and d.strong}
        return bool(years) and None not in years and max(years) < self.today.year \
            and not any(d.status == "operating" for d in told)

    def _served_year(self) -> None:
        """An MPP served at after the launch the story tells as its news runs from that launch's year (the
        story's day's); not after a launch of another year told as its history. So does an MPP the story
        tells operating ("menilai operasional MPP di Kabupaten A …, meski telah resmi diluncurkan pada 12
        November") where that launch is its news (final5, final6)."""
        running = [d for d in self.drafts if d.status == "operating" and d.strong and d.own and d not in self.served]
        for d in [*self.served, *running]:
            launched = {o.year for o in self.drafts if o.region == d.region and o.status == "launched" and o.own}
            if d.year is None and self.today is not None and launched == {self.today.year}:
                d.year = self.today.year
