"""What each count of one unit counts: an office's total, a kabupaten/kota's, or nothing.

- **a kabupaten/kota's** when a government mention stands before it in its stretch of the unit
  ("Pemerintah Kota Kendari dengan 64 laporan", "Kabupaten Agam (21 laporan)", "instansi yang
  berkedudukan di Kota Kupang dilaporkan 44 kali") or right after it as the addressee ("19 laporan
  ditujukan kepada Pemerintah Kabupaten Manokwari"); values given "masing-masing" go to the listed
  governments in order, one value to each of them ("Kabupaten A, Kabupaten B dan RSUD masing-masing
  1 laporan"); a list of names with bare numbers that ends in a report noun gives each its number
  ("Kabupaten Poso 10, Morowali Utara 11, dan Kota Palu 17 laporan"). A provincial government's
  count ("Pemprov Jambi dilaporkan 24 kali"), two governments counted together ("Kota dan Kabupaten
  Sorong 17 laporan") and where reporters live ("warga Kota Mataram … 71 orang", "asal Kabupaten A
  12 pelapor dan B 9 laporan", "Laporan itu berasal dari sejumlah daerah, di antaranya Kota A 118 laporan")
  count nothing;
- **the office's total** when nothing is its subject and the unit says the office received or
  recorded it ("menerima", "tercatat", "laporan yang masuk"), lists it as the reports part of all
  contacts ("terdiri atas 318 laporan masyarakat, 164 konsultasi"), takes it as the whole a part is
  told of ("dari 278 laporan pada tahun ini, beberapa sudah selesai"), compares it with the total just
  told ("lebih tinggi dari tahun sebelumnya yang berjumlah 297 laporan") or continues it with another
  year's figure ("Kemudian 2017 sebanyak 132 laporan");
- **the office's reports figure beside other contacts**: the reports part of a total of all contacts,
  however the parts are told ("di antaranya laporan masyarakat 300 laporan, konsultasi sebanyak 264
  laporan", "210 di antaranya merupakan laporan masyarakat", parts in the next sentences that sum to the
  total); a year-by-year series ("Pada tahun 2022 terdapat 108 laporan, meningkat menjadi 154 laporan
  pada 2023"); the whole a share is told of ("Kota A 3,2 persen dari jumlah total … 339 pelaporan");
- **nothing**: a government receiving complaints itself or another agency's channel ("Pemkab A
  menerima 120 pengaduan", "melalui SP4N-LAPOR!"), the parts of a whole that is no fact ("menyelesaikan
  70 laporan, terdiri dari …"), a breakdown continued ("Berikutnya …"), a category named as the whole of
  a part ("Dari 78 laporan COVID-19 tersebut"), a vague amount ("ratusan laporan"; "sekitar" with a
  round figure), a total that includes consultations, a breakdown
  by subject, maladministration, channel or month ("terkait pertanahan 98 laporan, disusul
  kepegawaian 73 laporan"), a part of a total ("Dari jumlah tersebut, 114 laporan masuk ke tahap
  pemeriksaan") and the other counts of excluded.py.
"""
from __future__ import annotations

import re

from pipeline.facttypes.complaints.counts import (BREAKDOWN, COMPARISON, COMPOSITION, LEX, NOT_COMPOSITION, NUMBER,
                                                  RECEIVE, REPORT_NOUN, REPORT_NOUNS, REPORTED, REPORTING, RESPECTIVE_VALUES,
                                                  RESPECTIVELY, SHARE_AFTER, Count, Read, clause_bounds, count_value)
from pipeline.facttypes.complaints.excluded import (OTHER_CHANNEL, OTHER_CONTACT as OTHER_CONTACT_WORD, breakdown_after,
                                                    excluded, monthly, other_contact)
from pipeline.facttypes.complaints.roles import subject_role
from pipeline.lang import words_pattern
from pipeline.nlp.discourse.lists import CONTINUED, COORDINATION, LIST_END
from pipeline.nlp.discourse.mentions import ROLE_WINDOW
from pipeline.nlp.discourse.years import YEAR

I = re.IGNORECASE
#: right after a count: the government it was addressed to ("19 laporan ditujukan kepada …"), or the one the
#: reports are said to come from ("9 laporan yang berasal dari Kabupaten A": that region's, docs/contract.md)
ADDRESSED_AFTER = re.compile(r"^\s*(?:masyarakat\s+)?(?:(?:di\s+antaranya|diantaranya)\s+)?"
                             r"(?:di(?:tujukan|alamatkan)\s+(?:kepada|ke|untuk)|terhadap|menyasar|menyoroti|"
                             r"(?:yang\s+)?" + words_pattern(LEX["origin"], boundary=False) + r")\s+"
                             r"(?:pemerintah\s+)?(?:kabupaten\s+|kota\s+|kab\.\s+|pemkab\s+|pemkot\s+|pemko\s+)?$", I)
#: a government receiving complaints itself, between it and its count (lexicon `own_intake`)
OWN_INTAKE = re.compile(words_pattern(LEX["own_intake"]), I)
#: How far before a unit cut mid-sentence another agency's channel is looked for (characters).
CHANNEL_WINDOW = 40
#: where reporters live, said before the first place of a list: "Menurut domisili pelapor, Kabupaten A …"
RESIDENCE_SCOPE = re.compile(words_pattern(LEX["residence_scope"]), I)
#: the reporters, after a place and before its count: the place is where they live
REPORTERS = re.compile(words_pattern(LEX["reporters"]), I)
#: right after a count of persons, the act of reporting: "190 orang menyampaikan laporan" (lexicon `reporting_acts`)
REPORTING_ACT = re.compile(r"\s*(?:(?:yang|lainnya|telah|sudah)\s+){0,2}" + words_pattern(LEX["reporting_acts"]), I)
#: two governments of one name counted together: "Kota dan Kabupaten Sorong"
JOINT_BEFORE = re.compile(r"\b(?:kota|kabupaten|kab\.?)\s+(?:dan|serta|&|/)\s*(?:kota|kabupaten|kab\.?)\s+$", I)
#: between two items of a list of places with their numbers ("12 pelapor dan ", ", kabupaten ")
LIST_GAP = re.compile(r"\s*(?:(?:[a-z]+\s+){0,2}?\(?\s*(?:sebanyak\s+|dengan\s+)?\d[\d.,]*\s*(?:\w+\s*)?\)?)?\s*"
                      r"(?:,|;|dan|serta|disusul|diikuti|kemudian|lalu|berikutnya|\s)*(?:(?:kabupaten|kota|kab\.)\s*)?$", I)
#: a bare number right after a list item ("Poso 10, ", "Donggala 591,Sigi", "Sigi 3 dan ")
BARE_AFTER = re.compile(r"\s*:?(?:\s+" + words_pattern(LEX["bare_glue"]) + r")*\s*(\d{1,3}(?:\.\d{3})+|\d+)"
                        r"(?=\s*[,;]|\s+(?:dan|serta)\b)", I)
#: a bare number right after an item of a list of the governments reported on, the last item too ("Disusul
#: Kota A 27, Kabupaten B 14 dan C 1.")
BARE_LISTED = re.compile(BARE_AFTER.pattern[:BARE_AFTER.pattern.rindex("(?=")] + r"(?=\s*[,;](?!\d)|\s*\.?\s*$|\s+(?:dan|serta)\b)", I)
#: a bare number in brackets right after a list item ("Pemkab Bima (34)")
BRACKETED = re.compile(r"\(\s*(\d{1,3}(?:\.\d{3})+|\d+)\s*\)")
BRACKETED_AFTER = re.compile(r"\s*" + BRACKETED.pattern)
#: between a list item and its count in brackets ("Kota A (105 laporan)"), and after that count
BRACKET_OPEN = re.compile(r"\s*\(\s*(?:sebanyak\s+)?", I)
BRACKET_CLOSE = re.compile(r"\s*(?:\w+\s*)?\)")
#: a count's clause that only restates the clause before: ", yakni 53 laporan" (lexicon `bare_glue`)
APPOSITION = re.compile(r"\s*(?:" + words_pattern(LEX["bare_glue"]) + r"\s*)*", I)
#: a kind of reporter before a count in its stretch: a breakdown by who reported (lexicon `reporter_kinds`)
REPORTER_KIND = re.compile(words_pattern(LEX["reporter_kinds"]), I)
#: a kind of agency, not one government: counts by kind of agency are a breakdown
AGENCY_TYPE = re.compile(words_pattern(LEX["agency_type"]), I)
#: a part of a total at a count ("sebagian besar atau 120 laporan", "45 laporan di antaranya")
PART = re.compile(r"\s*(?:" + words_pattern(LEX["part"]) + r")", I)
#: before a count: the whole that parts are told of ("dari 278 laporan", "Dari total 93 pengaduan"; not the
#: first part of a composition: "Terdiri dari 61 laporan …")
PARTITIVE_HEAD = re.compile(r"(?<!terdiri\s)\bdari\s+(?:(?:total|jumlah|sebanyak|keseluruhan)\s+){0,2}$", I)
#: a share of a whole told right before the whole: "12 persen dari total 339 laporan", "3,2 persen dari
#: jumlah total sementara ini yang berada di 339 pelaporan"
SHARE_BEFORE = re.compile(r"\d\s*(?:" + "|".join(re.escape(w) for w in LEX["percent"]) + r")\s+dari\s+"
                          r"(?:(?:jumlah|total|keseluruhan|seluruh)\s+)*(?:[^,;.\d]*?\s)?$", I)
#: How far before a count a share of it is looked for (characters).
SHARE_WINDOW = 80
#: after this in a unit, the counts are parts of a total ("Dari jumlah tersebut, 114 laporan …")
PARTITIVE = re.compile(r"\bdari\s+(?:(?:jumlah|total|seluruh|keseluruhan|angka)\b|(?:\S+\s+){0,2}?(?:laporan|pengaduan|aduan)"
                       r"\s+(?:masyarakat\s+|warga\s+)?(?:itu|tersebut|ini|yang\s+masuk|yang\s+diterima)\b)", I)
#: after a channel word, the medium of the office's statement, not a channel of the reports ("melalui rilis",
#: "lewat siaran pers"; lexicon `statement_media`)
STATEMENT_MEDIUM = re.compile(r"\s+" + words_pattern(LEX["statement_media"]), I)
#: between a whole and the composition word that breaks it down ("70 laporan, terdiri dari …")
WHOLE_GAP = re.compile(r"[\s,]*(?:(?:yang|itu|tersebut|ini)[\s,]+)?", I)
#: after the whole a part is told of, a category of reports and "tersebut"/"itu": "Dari 78 laporan COVID-19
#: tersebut, …" (not "Dari 68 pengaduan masyarakat tersebut"; lexicon `whole_words`)
SUBCATEGORY_AFTER = re.compile(r"(?:\s+(?!\d|" + words_pattern(LEX["whole_words"]) + r")[\w-]+){1,2}\s+(?:tersebut|itu)\b", I)
#: right before a count, the year it is of: "Kemudian 2017 sebanyak 132 laporan"
#: a period of the reports told in a unit ("Sepanjang 2024", "Selama Januari--Maret 2015"; lexicon `period_cues`)
PERIOD_TOLD = re.compile(words_pattern(LEX["period_cues"]) + r"\s+(?:\S+\s+){0,3}?(?:tahun\s+)?(?:19|20)\d\d\b", I)
#: right before a count, the verb of a total (lexicon `total_glue`): "laporan masyarakat berjumlah 58 aduan"
TOTAL_GLUE = re.compile(words_pattern(LEX["total_glue"]) + r"\s+$", I)
#: How far before a count its total's verb is looked for (characters).
GLUE_WINDOW = 20
#: right after a count, the year it is of: "meningkat menjadi 154 laporan pada 2023"
OWN_YEAR_AFTER = re.compile(r"\s*(?:(?:pada|di|selama|sepanjang|untuk)\s+)?(?:tahun\s+)?((?:19|20)\d\d)\b", I)
#: a unit opening with an anaphor of the total just told (lexicon `total_anaphors`, after a connective)
TOTAL_ANAPHOR = re.compile(r"^\W*(?:\w+\s+){0,2}?" + words_pattern(LEX["total_anaphors"]), I)
OWN_YEAR_BEFORE = re.compile(r"\b(?:tahun\s+)?(?:19|20)\d\d\s*,?\s*(?:" + words_pattern(LEX["own_year_filler"]) + r"\s+){0,2}"
                             r"(?:" + words_pattern(LEX["own_year_glue"]) + r")?\s*$", I)




class UnitCounts:
    """The counts of one unit and their reading (see the module doc)."""

    def __init__(self, text: str, unit, mentions: list, counts: list[Count], gaz, residence_list: bool = False,
                 offices: tuple[int, ...] = (), listing: bool = False):
        self.text, self.unit, self.ut = text, unit, unit.text
        self.listing = listing  # the unit lists the governments reported on, or continues such a list
        self.offices = offices  # where the unit names an Ombudsman office (offsets in the unit)
        self.counts = counts
        self.breakdown = False  # set by read(): the unit breaks the reports down
        roles = [[m, m.start - unit.start, subject_role(text, unit, m)] for m in mentions
                 if m.is_province or m.code in gaz.regions]
        for k, (m, rel, role) in enumerate(roles):
            since = roles[k - 1][1] if k else 0
            nxt = min([c.start for c in counts if c.start >= rel] + [len(self.ut)])
            if role == "gov" and REPORTERS.search(self.ut, rel + len(m.text), nxt):
                roles[k][2] = "residence"  # "Kota Samarinda menjadi daerah dengan jumlah pelapor terbanyak, … 71"
            elif role == "gov" and RESIDENCE_SCOPE.search(self.ut, since, rel) \
                    and not any(since <= c.start < rel for c in counts):
                roles[k][2] = "residence"  # "Menurut domisili pelapor, Kabupaten Siak menyumbang 14 laporan"
            elif role == "gov" and k == 0 and residence_list and CONTINUED.match(self.ut):
                roles[k][2] = "residence"  # "Disusul Kabupaten Berau dengan 69 laporan" after reporters' places
            elif role == "gov" and k > 0 and roles[k - 1][2] == "residence" \
                    and LIST_GAP.match(self.ut, roles[k - 1][1] + len(roles[k - 1][0].text), rel):
                roles[k][2] = "residence"  # "asal Kabupaten A 12 pelapor dan B 9 laporan"
        #: the unit's last place is where reporters live: a list continued in the next unit is of them too
        self.residence_list = bool(roles) and roles[-1][2] == "residence"
        self.govs = [(m, rel) for m, rel, role in roles if role == "gov"]
        self.residences = [rel for m, rel, role in roles if role == "residence"]
        self.joint = {m.start for m, rel in self.govs if JOINT_BEFORE.search(self.ut, max(0, rel - ROLE_WINDOW), rel)}
        # the last of governments listed with one count: "Kabupaten A, Kota B, dan Kabupaten C hanya 13 laporan"
        self.joint |= {m.start for (p, _), (m, _) in zip(self.govs, self.govs[1:])
                       if (gap := text[p.end:m.start]) and COORDINATION.fullmatch(gap) and LIST_END.search(gap)}
        self._bare_numbers()

    def _bare_numbers(self) -> None:
        """Bare numbers after the items of a list become counts: in a list that ends in a report count
        ("Poso 10, Sigi 3, dan Kota Palu 17 laporan"), or in brackets after two governments or more
        of a unit about reports ("Laporan terbanyak menyasar Pemkab Bima (34) dan Pemkot Mataram (29)")."""
        last = max((c.start for c in self.counts if c.kind == "reports"), default=None)
        if self.listing:  # "Disusul Kota A 27, Kabupaten B 14 dan C 1.": no report noun needed at the end
            listed = [BARE_LISTED.match(self.ut, rel + len(m.text)) for m, rel in self.govs]
            listed = listed if sum(b is not None for b in listed) >= 2 or CONTINUED.match(self.ut) else []
        else:
            listed = [] if last is None else [BARE_AFTER.match(self.ut, rel + len(m.text), last) for m, rel in self.govs]
        bracketed = [BRACKETED_AFTER.match(self.ut, rel + len(m.text)) for m, rel in self.govs]
        if sum(b is not None for b in bracketed) < 2 or not REPORT_NOUN.search(self.ut, 0, self.govs[0][1]):
            # … or one bare number among a ranking told in brackets ("Kota A (105 laporan), … Kabupaten B (16)")
            if sum(b is not None for b in bracketed) != 1 or len(self._bracketed_counts()) < 2:
                bracketed = []
        added = []
        for b in [*listed, *bracketed]:
            if b and not any(c.start <= b.start(1) < c.end for c in self.counts + added) and not YEAR.fullmatch(b.group(1)):
                added.append(Count("reports", count_value(b.group(1)), b.start(1), b.end(1)))
        if added:
            self.counts = sorted(self.counts + added, key=lambda c: c.start)

    def _bracketed_counts(self) -> dict[int, Count]:
        """The report counts in brackets right after a government ("Kota A (105 laporan)"), by the
        government's index in `govs`."""
        out = {}
        for k, (m, rel) in enumerate(self.govs):
            end = rel + len(m.text)
            c = next((c for c in self.counts if c.start >= end), None)
            if c is not None and c.kind == "reports" and BRACKET_OPEN.fullmatch(self.ut, end, c.start) \
                    and BRACKET_CLOSE.match(self.ut, c.end):
                out[k] = c
        return out

    def tied(self) -> list[tuple[Count, object]]:
        """A ranking told with each government's count in brackets, where governments tied on one count
        are listed together before it ("Kota A (105 laporan), Kabupaten B (24 laporan), … Kabupaten C, D,
        dan Kabupaten E (3 laporan)"): the bracketed count goes to each of them. Only in a unit where two
        governments or more have counts of their own in brackets (a ranking); elsewhere a count after
        governments joined by "dan" is their sum (`joint`)."""
        counted = self._bracketed_counts()
        groups = []
        for k, c in counted.items():
            first = k
            while first > 0 and first - 1 not in counted and COORDINATION.fullmatch(
                    self.ut, self.govs[first - 1][1] + len(self.govs[first - 1][0].text), self.govs[first][1]):
                first -= 1
            groups.append((c, [g for g, _ in self.govs[first:k + 1]]))
        if sum(len(g) == 1 for _, g in groups) < 2:
            return []
        return [(c, g) for c, members in groups if len(members) > 1 for g in members if not g.is_province]

    def _subject(self, c: Count, lo: int):
        """The government mention a count is of, or None: before it after `lo`, else its addressee."""
        # (not across an Ombudsman office that received them: "Terbanyak dari Kota A, Ombudsman Banten Catat 122
        # Laporan"; a speaker's office between is no receiver: "Kota A, kata Ombudsman Sultra, dilaporkan 64 kali")
        before = [m for m, rel in self.govs if lo <= rel < c.start and not any(
            rel < o < c.start and RECEIVE.search(self.ut, o, c.start) for o in self.offices)]
        if before:
            return before[-1]
        return next((m for m, rel in self.govs if c.end <= rel and ADDRESSED_AFTER.match(self.ut[c.end:rel])), None)

    def respective(self) -> list[tuple[Count, object]]:
        """Counts given "masing-masing" after governments: "… masing-masing 42 dan 36 laporan" in
        order (the numbers before the last count become counts), "… masing-masing 1 laporan" one
        value to each."""
        m = RESPECTIVELY.search(self.ut)
        if not m:
            return []
        last = next((c for c in self.counts if c.start >= m.end() and c.kind in ("reports", "times")), None)
        if last is None:
            return []
        since = max((c.end for c in self.counts if c.end <= m.start()), default=0)
        govs = [g for g, rel in self.govs if since <= rel < m.start() and not g.is_province]
        values = RESPECTIVE_VALUES.fullmatch(self.ut, m.end(), last.start)
        if values is None or not govs:
            return []
        leading = [Count(last.kind, count_value(v.group(0)), v.start(), v.end())
                   for v in NUMBER.finditer(self.ut, m.end(), last.start) if not SHARE_AFTER.match(self.ut, v.end())]
        if not leading:
            return [(last, g) for g in govs]
        if len(leading) + 1 != len(govs):
            return []
        self.counts = sorted([c for c in self.counts if c not in leading] + leading, key=lambda c: c.start)
        return list(zip([*leading, last], govs))

    def read(self, total_before: bool, breakdown_before: bool = False, parts_of_total: bool = False,
             no_facts: frozenset[int] = frozenset()) -> list[Read]:
        """Each count's reading; `total_before`: an office total was told in the units just before;
        `breakdown_before`: the unit just before broke the reports down (by subject, agency,
        channel), so a unit continuing it ("Berikutnya pertanahan 8 pengaduan, …") does too;
        `parts_of_total`: the unit's counts are the parts of a total of all contacts told before (they
        sum to it), its report count is the office's reports figure; `no_facts`: the values told before
        that gave no fact (a subset: "92 laporan yang ditindaklanjuti"). Sets `breakdown`: this unit
        breaks the reports down."""
        shared = self.respective() or self.tied()
        out = [Read(c, g.code, False) for c, g in shared if not excluded(self.ut, c)]
        done = {c.start for c, _ in shared}
        months = monthly(self.ut, self.counts)
        composition = self._composition()
        if composition is None and parts_of_total:
            composition = -1  # "Adapun laporan masyarakat sebanyak 210, konsultasi 200 dan tembusan 40."
        done |= self._set_aside(composition, no_facts)
        partitive = PARTITIVE.search(self.ut)
        continued = breakdown_before and CONTINUED.match(self.ut) is not None
        self.series = self._series()
        lo = 0
        for c in self.counts:
            if c.kind in ("other", "persons") or c.value is None or c.start in done:
                lo = c.end
                continue
            subject = self._subject(c, lo)
            since = lo
            residence = any(lo <= rel < c.start for rel in self.residences) and (
                subject is None or all(rel > subject.start - self.unit.start for rel in self.residences if rel < c.start))
            lo = c.end
            if residence:
                continue  # the count of a place where reporters live
            share = SHARE_BEFORE.search(self.ut, max(since, c.start - SHARE_WINDOW), c.start)
            if share is not None and (subject is None or subject.start - self.unit.start < share.start()):
                subject = None  # "Kota A hanya 3,2 persen dari jumlah total … 339 pelaporan": the whole
            head = share is not None or bool(PARTITIVE_HEAD.search(self.ut, max(0, c.start - 30), c.start))
            if c.start in months or excluded(self.ut, c, outcomes=not head) \
                    or (c.kind == "times" and not REPORTED.search(self.ut, 0, c.start)):
                continue
            if subject is not None:
                if OWN_INTAKE.search(self.ut, subject.end - self.unit.start, c.start):
                    continue  # the government received them itself: "Pemkab Demak menerima 120 pengaduan"
                if not subject.is_province and subject.start not in self.joint:
                    out.append(Read(c, subject.code, False))  # a provincial government's count is not scored
                continue
            part = composition is not None and c.start > composition  # reports beside other contacts
            if part and REPORTER_KIND.search(self.ut, since, c.start):
                self.breakdown = True  # "yaitu perorangan sebanyak 140 laporan, inisiatif investigasi 126 …"
                continue
            if continued or (self._breakdown(c) and not part):
                self.breakdown = True
                continue
            if self._total(c, total_before, composition, head, partitive, since):
                out.append(Read(c, None, bool(COMPARISON.search(self.ut, 0, c.start))))
        return out

    def _set_aside(self, composition: int | None, no_facts: frozenset[int]) -> set[int]:
        """The starts of the counts that are no figure of their own: the parts of an excluded count,
        a subset of a value that gave no fact, a channel's counts."""
        done: set[int] = set()
        if (parts_of := self._parts_of_excluded()) is not None:
            done |= {c.start for c in self.counts if c.start > parts_of}  # the parts of "70 laporan selesai"
        if composition is None and (subset := self._subset_of_no_fact(no_facts)) is not None:
            done |= {c.start for c in self.counts if c.start >= subset}  # "dari 92 laporan itu, …" (92 followed up)
        # a sentence cut after another agency's channel ("Melalui SP4N-LAPOR!, pihaknya menerima 3.400 aduan"):
        # its counts before an Ombudsman office is named are that channel's
        channel = self.ut[:1].islower() and OTHER_CHANNEL.search(
            self.text, max(0, self.unit.start - CHANNEL_WINDOW), self.unit.start) is not None
        if channel:
            done |= {c.start for c in self.counts if not any(o < c.start for o in self.offices)}
        return done

    def _series(self) -> set[int]:
        """The starts of the counts of a year-by-year series: two report counts or more, each with a
        year of its own right before or after it, none of them excluded ("Pada tahun 2022 terdapat 108
        laporan, meningkat menjadi 154 laporan pada 2023, dan mencapai 165 laporan pada 2024"); a
        series of the office's totals where nothing else makes them a breakdown."""
        counts = [c for c in self.counts if c.kind == "reports" and c.value is not None]
        if len(counts) < 2 or len(set(YEAR.findall(self.ut))) < 2 or any(excluded(self.ut, c) for c in counts):
            return set()
        years = {}
        for c in counts:
            after = OWN_YEAR_AFTER.match(self.ut, c.end)
            before = OWN_YEAR_BEFORE.search(self.ut, max(0, c.start - 40), c.start)
            year = after.group(1) if after else (YEAR.search(before.group(0)).group(0) if before else None)
            if year is not None:
                years[c.start] = year
        return set(years) if len(years) >= 2 and len(set(years.values())) == len(years) else set()

    def _breakdown(self, c: Count) -> bool:
        """The count is an item of a breakdown by subject, agency or channel (before it or after it)."""
        return self._breakdown_before(c) or breakdown_after(self.ut, c, clause_bounds(self.ut, c.start)[1])

    def _parts_of_excluded(self) -> int | None:
        """Where the parts of a whole that is itself no fact start: "menyelesaikan 70 laporan, terdiri
        dari 44 laporan sepanjang 2021 dan 26 lainnya" (its parts are none either); None otherwise."""
        for m in COMPOSITION.finditer(self.ut):
            whole = [c for c in self.counts if c.end <= m.start() and c.value is not None]
            if whole and WHOLE_GAP.fullmatch(self.ut, whole[-1].end, m.start()) and excluded(self.ut, whole[-1]) \
                    and not self._other_contact(whole[-1]):  # (a whole of all contacts: the usual composition)
                return m.start()
        return None

    def _subset_of_no_fact(self, no_facts: frozenset[int]) -> int | None:
        """Where the unit takes up a count told before that gave no fact, as the whole of the parts it
        tells: "dari 92 laporan itu, paling banyak … Kota A", "dari 92 laporan sudah 65 …" after "92
        laporan yang ditindaklanjuti" (the whole and its parts are none); None otherwise."""
        for c in self.counts:
            if c.value in no_facts and c.kind in ("reports", "amount") \
                    and PARTITIVE_HEAD.search(self.ut, max(0, c.start - 30), c.start):
                return c.start
        return None

    def _total(self, c: Count, total_before: bool, composition: int | None, head: bool, partitive, since: int) -> bool:
        """Whether a count with no government of its own is the office's total (`since`: where the
        count's stretch starts, after the count before it)."""
        own_year = bool(OWN_YEAR_BEFORE.search(self.ut, max(0, c.start - 40), c.start))
        if c.kind == "times" or RESPECTIVELY.search(self.ut, 0, c.start):
            return False  # (a value "masing-masing" with no government: each of a breakdown's items)
        if c.kind == "amount" and not REPORT_NOUN.search(self.ut, 0, c.start) and not (
                total_before and TOTAL_ANAPHOR.match(self.ut) and COMPARISON.search(self.ut, 0, c.start)):
            return False  # (…unless it compares the total just told: "Jumlah ini meningkat dibanding 2017 sebanyak 356")
        if composition is not None:  # before it, a total of reports and consultations; after it, the reports
            return c.start > composition
        if head:  # "dari 278 laporan pada tahun ini, …"; not "Dari 78 laporan COVID-19 tersebut": a category
            return not SUBCATEGORY_AFTER.match(self.ut, c.end)
        lo, _ = clause_bounds(self.ut, c.start)
        if PART.search(self.ut, lo, c.start) or PART.match(self.ut, c.end):
            return False  # "sebagian besar atau 120 laporan", "45 laporan di antaranya": a part of a total
        if partitive is not None and partitive.start() < c.start \
                and not any(partitive.end() <= o < c.start for o in self.offices):
            return False  # a part of a total (not another office's total: "Dari jumlah itu, Ombudsman Jatim …")
        comparison = bool(COMPARISON.search(self.ut, 0, c.start))
        office = any(since <= o < c.start for o in self.offices)  # "… Perwakilan Jawa Timur dengan 1.036 laporan"
        # another year's figure continues the total told before, not a series of counts excluded
        # ("tahun 2022 terdapat 15 laporan maladministrasi yang ditemukan, sementara pada tahun 2023 …")
        own_year = own_year and not any(e.end <= c.start and e.kind == "reports" and excluded(self.ut, e)
                                        for e in self.counts)
        # the reports of a period told with their total's verb, no verb of receiving: "Sepanjang Januari--Maret
        # 2015, laporan masyarakat … berjumlah 58 aduan"
        period_total = PERIOD_TOLD.search(self.ut) is not None and REPORT_NOUN.search(self.ut, 0, c.start) is not None \
            and TOTAL_GLUE.search(self.ut, max(0, c.start - GLUE_WINDOW), c.start) is not None
        return bool(RECEIVE.search(self.ut) or office or ((comparison or own_year) and total_before)
                    or c.start in self.series or period_total)

    def _breakdown_before(self, c: Count) -> bool:
        """A breakdown word before the count in its unit, after the last year written before it
        ("…, tahun 2018 sebanyak 116 laporan" starts another year's figure), or a kind of agency in
        its clause ("paling banyak menyasar pemerintah daerah dengan 180 laporan"), or in the clause
        before when the count's own is only an apposition ("… adalah pemerintah kabupaten/kota, yakni 53
        laporan")."""
        since = max((y.end() for y in YEAR.finditer(self.ut, 0, c.start)), default=0)
        lo, _ = clause_bounds(self.ut, c.start)
        if lo and APPOSITION.fullmatch(self.ut, lo, c.start):
            lo, _ = clause_bounds(self.ut, max(0, lo - 2))
        # (not the medium the office spoke through: "Melalui rilis catatan akhir tahun, …", final7)
        return any(not STATEMENT_MEDIUM.match(self.ut, m.end()) for m in BREAKDOWN.finditer(self.ut, since, c.start)) \
            or AGENCY_TYPE.search(self.ut, lo, c.start) is not None

    def _composition(self) -> int | None:
        """Where a composition of all contacts starts ("terdiri atas …", or after the whole a part is
        told of: "Dari 31 aduan itu, 13 berupa laporan dan 18 konsultasi"), when other contacts are
        counted after it; None otherwise (also for "belum termasuk 141 konsultasi")."""
        found = [m for m in COMPOSITION.finditer(self.ut)  # (not in a count: "210 di antaranya berupa laporan")
                 if not any(c.start <= m.start() < c.end for c in self.counts)]
        words = [m.start() for m in found]
        others = [c.start for c in self.counts if words and words[0] < c.start and self._other_contact(c)]
        # the composition word nearest before the first other contact ("merinci, 850 laporan … terdiri dari"),
        # not one right before that contact's own figure, which only gives it ("… dan konsultasi non laporan
        # yakni 9 konsultasi": final7)
        at = max((m.start() for m in found if m.start() < others[0] and not self._gives_figure(m, others[0])),
                 default=None) if others else None
        head = None
        if at is None:
            head = next((c for c in self.counts if PARTITIVE_HEAD.search(self.ut, max(0, c.start - 30), c.start)), None)
            at = head.end if head is not None else None
        if at is None or NOT_COMPOSITION.search(self.ut):
            return None
        if head is not None and head.kind == "other":
            return at  # "dari total 827 akses pengaduan, … 376 laporan": the reports of all contacts
        if not any(c.start > at and self._other_contact(c) for c in self.counts):
            return None
        return at

    def _gives_figure(self, word: re.Match, contact: int) -> bool:
        """Whether a composition word only gives the figure of an item labelled before it: right before the
        contact's count, after that contact's own word since the count before ("… dan konsultasi non laporan
        yakni 9 konsultasi"; not "262; berupa 140 konsultasi, …", which opens the parts)."""
        if self.ut[word.end():contact].strip():
            return False
        since = max((c.end for c in self.counts if c.end <= word.start()), default=0)
        return OTHER_CONTACT_WORD.search(self.ut, since, word.start()) is not None

    def _other_contact(self, c: Count) -> bool:
        """A count of other contacts than reports: "164 konsultasi", and "konsultasi sebanyak 264
        laporan", "tembusan 11 laporan" (a report noun in the count, another contact in its clause)."""
        if c.kind == "other":
            return True
        lo, hi = clause_bounds(self.ut, c.start)
        return c.kind in ("reports", "amount") and other_contact(self.ut, c, lo, hi)

    def inclusive(self) -> set[int]:
        """The values of totals of all contacts this unit breaks down: the count before its
        composition and the sum of the counts after it ("Pengaduan itu terdiri dari 10 laporan dan 12
        konsultasi": 22)."""
        at = self._composition()
        if at is None:
            return set()
        parts = [c.value for c in self.counts if c.start > at and c.value is not None]
        whole = {c.value for c in self.counts if c.start < at and c.value is not None}
        return whole | ({sum(parts)} if len(parts) > 1 else set())

    def parts(self) -> list[int]:
        """The values this unit counts when it counts other contacts beside reports (two values or
        more): the parts of a total of all contacts told before, whose sum is that total ("Dimana
        yang teregistrasi menjadi laporan sebanyak 87, RCO sebanyak 22, …"); [] otherwise."""
        values = [c.value for c in self.counts if c.kind in ("reports", "amount", "other") and c.value is not None]
        if len(values) < 2 or not (OTHER_CONTACT_WORD.search(self.ut) or any(c.kind == "other" for c in self.counts)) \
                or not any(self._other_contact(c) for c in self.counts):
            return []
        return values

    def persons(self) -> list[Count]:
        """Counts of persons who reported ("Sebanyak 85 warga melapor"): reports only where an
        article gives no report count. The reporting verb is in the count's clause."""
        out = []
        for c in self.counts:
            if c.kind != "persons" or c.value is None or PARTITIVE_HEAD.search(self.ut, max(0, c.start - 30), c.start):
                continue
            lo, hi = clause_bounds(self.ut, c.start)
            # the verb in its clause, the act right after it, or the reporters named before it in its clause with
            # no place between (not "pelapor asal Kota A 20 orang": where they live)
            if REPORTING.search(self.ut, lo, hi) or REPORTING_ACT.match(self.ut, c.end) or (
                    REPORTERS.search(self.ut, lo, c.start) and not any(lo <= rel < c.start for rel in self.residences)
                    and not any(lo <= rel < c.start for _, rel in self.govs)):
                out.append(c)
        return out
