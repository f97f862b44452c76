"""Years written, relative to publication, as event dates and as periods."""
from __future__ import annotations

from datetime import datetime

from pipeline.nlp.discourse.years import relative_years, valid_years, year_limit


def _years(found):
    return [y for y, *_ in found]


def test_law_citations_and_future_years_are_no_years():
    text = "Sesuai UU Nomor 25 Tahun 2009, penilaian 2022 diumumkan; target 2030 dan typo 3023."
    assert _years(valid_years(text, 2024)) == [2022]


def test_dates_count_only_as_event_dates():
    text = "diresmikan Sabtu (7/1/2023) setelah dibangun sejak 15 Desember 2020"
    assert _years(valid_years(text, 2024)) == []
    assert _years(valid_years(text, 2024, event_dates=True)) == [2023, 2020]


def test_a_month_and_year_without_a_day_is_a_period():
    text = "hingga November 2025, bukan 16 Januari 2024"
    assert _years(valid_years(text, 2026, periods=True)) == [2025]


def test_relative_years_from_publication_or_a_base():
    published = datetime(2025, 1, 9)
    assert _years(relative_years("sepanjang tahun lalu", published)) == [2024]
    assert _years(relative_years("tahun sebelumnya", published, base=2024)) == [2023]
    assert _years(relative_years("tahun depan", published)) == []
    assert _years(relative_years("tahun depan", published, future=True)) == [2026]
    assert relative_years("tahun lalu", None) == []


def test_year_limit():
    assert year_limit(datetime(2024, 5, 1)) == 2024 and year_limit(datetime(2024, 5, 1), ahead=5) == 2029
