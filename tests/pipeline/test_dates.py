"""pipeline.dates: Indonesian date forms, time zones, the no-future rule."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import WIB, WIT, WITA, find_event_dates, parse_date, years_in

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=WIB)
UTC = timezone.utc


@pytest.mark.parametrize("text, expected", [
    ("Sabtu 16 Mar 2024 - 23:15 WIB", datetime(2024, 3, 16, 23, 15, tzinfo=WIB)),
    ("Kamis, 04/03/2021", datetime(2021, 3, 4, tzinfo=WIB)),
    ("Selasa (12/3/2019)", datetime(2019, 3, 12, tzinfo=WIB)),
    ("15 Desember 2020", datetime(2020, 12, 15, tzinfo=WIB)),
    ("Senin, 5 Desember 2022 10:00 WITA", datetime(2022, 12, 5, 10, 0, tzinfo=WITA)),
    ("Rabu, 7 Agustus 2024 pukul 09.30 WIT", datetime(2024, 8, 7, 9, 30, tzinfo=WIT)),
    ("1 Nopember 2019", datetime(2019, 11, 1, tzinfo=WIB)),
    ("Jumat, 7 Feb. 2020", datetime(2020, 2, 7, tzinfo=WIB)),
    ("16-03-2024 23:15", datetime(2024, 3, 16, 23, 15, tzinfo=WIB)),
    ("12/3/19", datetime(2019, 3, 12, tzinfo=WIB)),
    ("2024-03-16T23:15:00+07:00", datetime(2024, 3, 16, 23, 15, tzinfo=WIB)),
    ("2024-03-16T16:15:00Z", datetime(2024, 3, 16, 16, 15, tzinfo=UTC)),
    ("2024-03-16T23:15:00+0800", datetime(2024, 3, 16, 23, 15, tzinfo=WITA)),
    ("2024-03-16", datetime(2024, 3, 16, tzinfo=WIB)),
    ("2024-03-16 23:15:00", datetime(2024, 3, 16, 23, 15, tzinfo=WIB)),
    # typo'd future year, corrected because the weekday fits exactly one nearby year (5 May 2023 is a Friday)
    ("Jum'at (5/5/3023)", datetime(2023, 5, 5, tzinfo=WIB)),
    ("Jum’at (5/5/3023)", datetime(2023, 5, 5, tzinfo=WIB)),
    # future without a weekday to check: refused
    ("(5/5/3023)", None),
    ("12 Februari 2031", None),
    # a weekday that fits no nearby year: refused
    ("Senin (5/5/3023)", None),
    # no year: refused without a reference year
    ("(30/5)", None),
    ("30 Mei", None),
    # before 1990, impossible, no date at all
    ("12 Juni 1985", None),
    ("31/02/2020", None),
    ("Kategori A", None),
    ("", None),
    ("berita hari ini", None),
])
def test_parse_date(text, expected):
    assert parse_date(text, now=NOW) == expected


def test_no_year_with_reference_year():
    assert parse_date("(30/5)", now=NOW, year=2019) == datetime(2019, 5, 30, tzinfo=WIB)


def test_relative_dates_use_now():
    assert parse_date("2 hari yang lalu", now=NOW).date() == date(2026, 1, 13)


def test_default_now_refuses_far_future():
    assert parse_date("1 Januari 2999") is None
    assert parse_date("1 Januari 2020") == datetime(2020, 1, 1, tzinfo=WIB)


def test_naive_now_is_jakarta():
    assert parse_date("16 Januari 2026", now=datetime(2026, 1, 15, 12)) is not None  # within a day's slack
    assert parse_date("20 Januari 2026", now=datetime(2026, 1, 15, 12)) is None


def test_find_event_dates():
    text = ("Rapat di Kantor Bupati Kapuas, Selasa (12/3/2019), dipimpin wakil bupati. Sebelumnya, "
            "Kamis, (30/5) lalu, tim berkunjung; lalu Jum'at (5/5/3023) di Padang. Senin (99/99/2020) salah ketik. "
            "Di luar kurung: Rabu, 3 Maret 2021.")
    found = find_event_dates(text, datetime(2019, 6, 1, tzinfo=WIB), now=NOW)
    assert [d for d, _ in found] == [date(2019, 3, 12), date(2019, 5, 30), date(2023, 5, 5)]
    (start, end) = found[0][1]
    assert text[start:end] == "Selasa (12/3/2019)"
    # a day/month after the publication date belongs to the year before
    found = find_event_dates("Kamis (28/12) lalu", date(2020, 1, 3), now=NOW)
    assert [d for d, _ in found] == [date(2019, 12, 28)]
    # without a publication date, year-less dates are skipped
    assert [d for d, _ in find_event_dates("Kamis (30/5) dan Rabu (3/3/2021)", None, now=NOW)] == [date(2021, 3, 3)]
    assert find_event_dates("", None) == []


def test_years_in():
    text = ("Sejak 2017 zona hijau; penilaian tahun 2022 diumumkan 2023. Total 1.308 akses dan 2.541 meter, "
            "nilai 2019,5 bukan tahun; 2031 dan 1985 juga bukan; nomor 120225 pun bukan. Lagi 2017.")
    assert years_in(text, now=NOW) == [2017, 2022, 2023]
    assert years_in("", now=NOW) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parse_date_never_raises_never_future(s):
    dt = parse_date(s, now=NOW)
    assert dt is None or (dt.tzinfo is not None and dt <= NOW + timedelta(days=1) and dt.year >= 1990)
    for d, (a, b) in find_event_dates(s, NOW, now=NOW):
        assert 0 <= a < b <= len(s)
    assert all(1990 <= y <= NOW.year for y in years_in(s, now=NOW))
