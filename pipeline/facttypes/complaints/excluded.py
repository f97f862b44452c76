"""Counts of reports that are no complaint fact, read at the count in its clause (lexicon.toml).

- **an outcome** of the reports ("301 laporan telah selesai ditindaklanjuti", "berhasil menangani 56
  laporan melalui proses verifikasi"), unless another amount stands between the count and the outcome
  word and the outcome is its own ("menerima 123 laporan … dan 71 persen sudah diselesaikan");
- **a breakdown** told after the count ("18 laporan masyarakat terkait pungutan", "27 laporan
  disampaikan via WhatsApp", "43 laporan yang masuk terkait administrasi di kepolisian"); what every
  report is about is no breakdown ("533 pengaduan masyarakat terkait dengan pelayanan publik");
- **other contacts** than reports: consultations, copies, fast responses, own-initiative
  investigations ("tembusan sebanyak 20 pengaduan", "10 laporan sederhana … respons cepat"), and a
  total joined with them ("101 laporan dan konsultasi", "22 pengaduan/laporan serta konsultasi");
- **a change** between two periods ("mengalami peningkatan sebanyak 18 laporan", "naik 25 laporan");
- **another agency's complaint channel** in the count's clause ("120 aduan melalui SP4N-LAPOR!",
  "kanal pengaduan Lapor Bupati");
- **the raw intake** the reports were sifted from ("hasil verifikasi dari 1.783 keluhan"; "menerima
  1.480 pengaduan tetapi … yang dapat diproses sebagai laporan sebanyak 405 laporan");
- **a target** or forecast ("menargetkan menerima total 530 laporan");
- **a percentage** ("mencapai 65 persen"), **a vague amount** ("sekitar 60 laporan", "20-50 laporan")
  or **a rate** ("60 laporan per bulan");
- **a month's figure** where a unit counts two months or more ("selama Juli sebanyak 132 aduan dan
  September 102 aduan"): a breakdown of the year told. One month alone is a period ("selama
  Februari 2025 sebanyak 37 warga mengadu"), and so is a month that bounds one ("Januari hingga
  Juni 2025", "hingga November").
"""
from __future__ import annotations

import re

from pipeline.facttypes.complaints.counts import LEX, NUMBER, Count, clause_bounds
from pipeline.lang import MONTH_NAMES, words_pattern

I = re.IGNORECASE
OUTCOME = re.compile(words_pattern(LEX["outcome"]), I)
#: before a count, in its clause: it gives the number of what the clause before told ("…, jumlahnya ada 43 laporan")
AMOUNT_OF_BEFORE = re.compile(words_pattern(LEX["amount_of_before"]) + r"\s+(?:\w+\s+)?$", I)
BREAKDOWN_AFTER = re.compile(words_pattern(LEX["breakdown_after"]), I)
GENERIC_ABOUT = re.compile(r"\s*(?:dengan\s+|masalah\s+|kasus\s+|dugaan\s+)?" + words_pattern(LEX["generic_about"]), I)
MIX = re.compile(r"\s*" + words_pattern(LEX["mix"]), I)
OTHER_CONTACT = re.compile(words_pattern(LEX["other_contact"]), I)
WITH_OTHER_AFTER = re.compile(r"[^,;.]{0,25}?(?:\bdan|\bserta|\bmaupun|/)\s*" + words_pattern(LEX["other_contact"]), I)
APPROXIMATE = re.compile(words_pattern(LEX["approximate"]) + r"\s*(?:" + words_pattern(LEX["approximate_glue"])
                         + r"\s+)?$", I)
ABOUT = re.compile(words_pattern(LEX["about"]), I)
#: A figure divisible by this is round: after "sekitar" a vague amount ("sekitar 60 laporan").
ROUND = 10
RANGE_BEFORE = re.compile(r"\d\s*(?:[-–]|\bhingga|\bsampai)\s*$", I)
RATE_AFTER = re.compile(r"[^,;.]{0,25}?" + words_pattern(LEX["rate_after"]), I)
TARGET = re.compile(words_pattern(LEX["target"]), I)
OTHER_CHANNEL = re.compile(words_pattern(LEX["other_channel"]), I)
CHANGE_BEFORE = re.compile(words_pattern(LEX["change"]) + r"\s+(?:(?:sebanyak|sejumlah|sekitar)\s+)?$", I)
PERCENT_AFTER = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in LEX["percent"]) + r")(?!\w)", I)
MONTH = re.compile(words_pattern(MONTH_NAMES), I)
#: before a month: it bounds a period ("hingga November", "sejak 1 Januari", "Januari–Juni")
PERIOD_BEFORE = re.compile(r"(?:" + words_pattern(LEX["period_bound"]) + r"|[-–])\s*(?:\d{1,2}\s+)?$", I)
PERIOD_AFTER = re.compile(r"(?:\s+\d{4})?\s*(?:" + words_pattern(LEX["period_bound"]) + r"|[-–])", I)
OFFICE_UNIT = re.compile(words_pattern(LEX["office_unit"]), I)
#: How far before an outcome word the name of an office unit that holds it may start (characters).
UNIT_NAME_WINDOW = 30
#: How far after a count its outcome, addressee or breakdown is read.
AFTER_WINDOW = 60
#: right after a count, the joiner of the next item of a list ("48 laporan dan …", "48 laporan, serta …")
NEXT_ITEM = re.compile(r"\s*,?\s*(?:dan|serta)\b", I)
#: a year, not an item's figure ("101 laporan dan konsultasi selama 2024")
YEAR_FIGURE = re.compile(r"(?:19|20)\d\d")
INTAKE_BEFORE = re.compile(words_pattern(LEX["intake_before"]) + r"\s+(?:\w+\s+)?$", I)
INTAKE_AFTER = re.compile(words_pattern(LEX["intake_after"]), I)
#: How far before a count its raw-intake phrase is looked for (characters; after it, four times as far).
INTAKE_WINDOW = 40


def outcome(ut: str, c: Count, lo: int, hi: int) -> bool:
    """An outcome word in the count's clause that is not another amount's nor in the name of one of the
    office's units ("Keasistenan Penerimaan dan Verifikasi Laporan"); for a clause that gives the number of
    the one before ("… tidak diproses, jumlahnya ada 43 laporan"), in that clause too."""
    if lo > 0 and AMOUNT_OF_BEFORE.search(ut, lo, c.start):
        before = clause_bounds(ut, lo - 2)[0]
        if OUTCOME.search(ut, before, lo) and NUMBER.search(ut, before, lo) is None:
            return True
    m = OUTCOME.search(ut, lo, min(hi, c.end + AFTER_WINDOW))
    while m is not None and OFFICE_UNIT.search(ut, max(lo, m.start() - UNIT_NAME_WINDOW), m.start()):
        m = OUTCOME.search(ut, m.end(), min(hi, c.end + AFTER_WINDOW))
    if m is None:
        return False
    if m.start() > c.end and NUMBER.search(ut, c.end, m.start()) is not None:
        return False  # "… dan 71 persen sudah diselesaikan": the outcome of the other amount
    return True


def breakdown_after(ut: str, c: Count, hi: int) -> bool:
    """A breakdown word after the count, before the next amount or the clause's end."""
    stop = min(hi, c.end + AFTER_WINDOW)
    nxt = NUMBER.search(ut, c.end, stop)
    m = BREAKDOWN_AFTER.search(ut, c.end, nxt.start() if nxt else stop)
    if m is None or GENERIC_ABOUT.match(ut, m.end()):
        return False
    # "120 laporan dengan substansi terbanyak …", "… dengan dominasi substansi …": the mix of the whole
    return not (MIX.search(ut, c.end, m.start()) or MIX.match(ut, m.end()))


def other_contact(ut: str, c: Count, lo: int, hi: int) -> bool:
    """The count is of other contacts than reports, or of reports together with them. A contact word
    after a joiner that has a figure of its own after it opens the next item, not this count's
    ("41 laporan dan konsultasi non-laporan sembilan konsultasi", "… dan konsultasi sebanyak 9";
    final7, and the Ombudsman's "konsultasi non laporan" in final5)."""
    stop = min(hi, c.end + AFTER_WINDOW)
    nxt = NUMBER.search(ut, c.end, stop)
    end = nxt.start() if nxt else stop
    joiner = NEXT_ITEM.match(ut, c.end) if nxt and not YEAR_FIGURE.fullmatch(nxt.group()) else None
    if joiner is not None and joiner.end() <= end:
        return bool(OTHER_CONTACT.search(ut, lo, c.end))  # the contact word is the next item's label
    return bool(OTHER_CONTACT.search(ut, lo, end) or WITH_OTHER_AFTER.match(ut, c.end))


def excluded(ut: str, c: Count, *, outcomes: bool = True) -> bool:
    """Whether a count of reports is no complaint fact (see the module doc); `outcomes=False` for
    the whole a part is told of ("dari 278 laporan …, beberapa di antaranya sudah selesai")."""
    lo, hi = clause_bounds(ut, c.start)
    # the figure the intake was sifted to is the reports count ("… yang dapat diproses sebagai laporan
    # sebanyak 405 laporan"): its "diproses" is no outcome
    outcomes = outcomes and INTAKE_AFTER.search(ut, max(0, c.start - INTAKE_WINDOW), c.start) is None
    return ((outcomes and outcome(ut, c, lo, hi)) or breakdown_after(ut, c, hi) or other_contact(ut, c, lo, hi)
            or bool(TARGET.search(ut, lo, c.start)) or bool(PERCENT_AFTER.match(ut, c.end)) or vague(ut, c)
            or bool(CHANGE_BEFORE.search(ut[max(0, c.start - 30):c.start])) or bool(OTHER_CHANNEL.search(ut, lo, hi))
            or raw_intake(ut, c))


def raw_intake(ut: str, c: Count) -> bool:
    """The raw intake the reports were sifted from, not the reports ("Jumlah tersebut merupakan hasil
    verifikasi dari 1.783 keluhan", "menerima 1.480 pengaduan tetapi setelah verifikasi yang dapat
    diproses sebagai laporan sebanyak 405 laporan"): the count after an `intake_before` phrase, or before
    an `intake_after` phrase in its unit that another count follows (the reports figure)."""
    if INTAKE_BEFORE.search(ut, max(0, c.start - INTAKE_WINDOW), c.start):
        return True
    m = INTAKE_AFTER.search(ut, c.end, c.end + INTAKE_WINDOW * 4)
    return m is not None and NUMBER.search(ut, m.end(), m.end() + INTAKE_WINDOW) is not None


def vague(ut: str, c: Count) -> bool:
    """An approximate amount, a range or a rate: "sekitar 60 laporan", "20-50 laporan", "60 laporan per
    bulan"; not a figure that is not round after "sekitar" ("sekitar 701 laporan": the figure told loosely)."""
    before = ut[max(0, c.start - 30):c.start]
    approximate = APPROXIMATE.search(before)
    if approximate and ABOUT.match(approximate.group(0)) and c.value is not None and c.value % ROUND != 0:
        approximate = None
    return bool(approximate or RANGE_BEFORE.search(before) or RATE_AFTER.match(ut, c.end))


def monthly(ut: str, counts: list[Count]) -> set[int]:
    """The starts of the counts told for a month each, where a unit tells two months or more ("selama
    Juli sebanyak 132 aduan dan September 102 aduan"): a breakdown of the year, no facts."""
    if MONTH.search(ut) is None:
        return set()
    months: dict[int, str] = {}
    prev = 0
    for c in counts:
        found = [m for m in MONTH.finditer(ut, prev, c.start)
                 if not PERIOD_BEFORE.search(ut, max(0, m.start() - 12), m.start()) and not PERIOD_AFTER.match(ut, m.end())]
        if found:
            months[c.start] = found[-1].group(0).lower()
        prev = c.end
    return set(months) if len(set(months.values())) >= 2 else set()
