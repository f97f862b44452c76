"""The years of the MPP facts a `LaunchReader` reads (component.py): the year of each status told in a
unit, the year a neighbouring unit gives the same event, the one year the story gives an MPP's launch
or plan. A mixin of `LaunchReader`: it reads and keeps the reader's unit tables (`unit_years`,
`unit_status`, `unit_regions`, `guessed`, `heading_years`; `today`, the story's day, and `limit`).
"""
from __future__ import annotations

from pipeline.facttypes.mpp.cues import EVENT_BACK_REFERENCE, EVENT_NOUN_GATE, NATIONWIDE, SAME_EVENT
from pipeline.facttypes.mpp.dating import operated_for
from pipeline.facttypes.mpp.drafts import Draft
from pipeline.facttypes.mpp.place import PLAN_YEARS_AHEAD, deadline_year, event_year, location, month_ahead
from pipeline.facttypes.mpp.status import SINCE_YEAR, Trigger
from pipeline.nlp.discourse.years import valid_years


def _since(ut: str, year: int) -> bool:
    """Whether the unit dates something "since" that year ("sejak 2020"): a plan told since then began then."""
    return any(int(m.group(0)[-4:]) == year for m in SINCE_YEAR.finditer(ut))


class YearReading:
    """The year-reading part of `LaunchReader`."""

    def _years(self, k: int, ut: str, triggers: list[Trigger]) -> dict[str, int]:
        """The year of each status told in the unit; the strong ones are kept for its neighbours. A
        launch or operation in a year after publication is planned ("Ditargetkan Desember 2025
        selesai, dan di awal tahun 2026 bisa diresmikan"); a plan's year is that of its planned
        launch or operation before that of a plan word."""
        years: dict[str, int] = {}
        strong: dict[str, int] = {}
        ahead = any(y > self.limit for y, _, _ in valid_years(ut, self.limit + PLAN_YEARS_AHEAD, event_dates=True))
        for tr in sorted(triggers, key=lambda t: not t.event):
            # the year of an event is written after its word, before the next event's word (of another status,
            # or another event: "pasca soft launching … menyambut peresmian … pada April 2026")
            stop = min((o.pos for o in triggers if o.pos > tr.pos and (o.status != tr.status or (o.event and tr.event))),
                       default=len(ut))
            if tr.state:  # "sudah punya": dated only where the text says since when
                since = SINCE_YEAR.search(ut)
                y = int(since.group(0)[-4:]) if since else None
            else:
                y = event_year(ut, tr.pos, stop, tr.status, self.limit, self.today)
            if y is None and tr.event and tr.status == "operating":  # "setelah empat hari beroperasi"
                y = operated_for(ut, tr.pos, self.today)
            later = month_ahead(ut, tr.pos, stop, self.today) if tr.event and tr.status != "planned" else None
            if later is not None:  # "mulai beroperasi di bulan September tahun ini", said in June
                tr.status, y = "planned", later
            due = deadline_year(ut, tr.pos, self.today) if tr.event and tr.status != "planned" else None
            if due is not None:  # "setidaknya sebelum 2024 berakhir, MPP sudah mulai beroperasi"
                tr.status, y = "planned", due
            if ahead and tr.status != "planned":
                later = event_year(ut, tr.pos, stop, "planned", self.limit, self.today)
                if later is not None and later > self.limit:
                    tr.status, y = "planned", later
            if y is not None and tr.status == "planned" and not tr.event and _since(ut, y):
                y = None  # "Rencana tersebut sudah digaungkan sejak 2020": when the plan began, not its year (final10)
            if y is not None:
                years.setdefault(tr.status, y)
                if tr.strong:
                    strong.setdefault(tr.status, y)
        if "planned" in strong and NATIONWIDE.search(ut) and not any(
                m.is_province or m.code in self.gaz.regions for m in self.discourse.mentions_in(self.units[k])):
            # "Pada 2024 kita targetkan 100% MPP sudah dibangun di Indonesia": the nation's target (a launch told
            # "bersamaan dengan 26 MPP lain … di Indonesia" stays the story's)
            strong = {st: y for st, y in strong.items() if st != "planned"}
        self.unit_years[k] = strong
        self.unit_status[k] = {tr.status for tr in triggers}
        return years

    def _event_told_before(self, k: int, ut: str) -> None:
        """"Peresmian tersebut berlangsung Senin (3/6/2024)": the launch told in the unit before or after
        takes the year this unit gives it (no fact of its own)."""
        m = EVENT_BACK_REFERENCE.search(ut) if any(map(ut.lower().__contains__, EVENT_NOUN_GATE)) else None
        if m is not None:
            y = event_year(ut, m.start(), len(ut), "launched", self.limit, self.today)
            if y is not None:
                self.unit_years.setdefault(k, {})["launched"] = y

    def _borrow(self, d: Draft) -> None:
        """A neighbouring unit's year for the same event; the next unit's location."""
        if d.year is None:
            for k in (d.unit - 1, d.unit + 1):
                y = self.unit_years.get(k, {}).get(d.status)
                if y is not None and (d.region in self.unit_regions.get(k, (d.region,))
                                      or SAME_EVENT.search(self.units[d.unit].text)):
                    d.year = y
                    break
        # the next sentence may say where, without naming the MPP again ("Rencananya … di …")
        nxt = d.unit + 1
        if d.location is None and nxt < len(self.units) and d.status in self.unit_status.get(nxt, ()) \
                and not self.found[nxt]:
            d.location = location(self.units[nxt].text)

    def _story_year(self, region: str, status: str) -> int | None:
        """The one year the story gives a launch or plan of this region's MPP or of an MPP it names
        no government of (in its units, headlines and captions); None when it gives several."""
        years = {y for k, told in self.unit_years.items() if (y := told.get(status)) is not None
                 and (k in self.guessed or region in self.unit_regions.get(k, (region,)))}
        years |= {y for st, y, regions in self.heading_years if st == status and (not regions or region in regions)}
        return years.pop() if len(years) == 1 else None
