"""Years written, relative to publication, as event dates and as periods."""
from __future__ import annotations

from datetime import datetime

from pipeline.nlp.discourse.years import relative_years, valid_years, year_limit


def _years(found):
    return [y for y, *_ in found]


def test_law_citations_and_future_years_are_no_years():
    text = "Sesuai UU Nomor 25 Tahun 2009, penilaian 2022 diumumkan; target 2030 dan typo 3023."
    assert _years(valid_years(text, 2024)) == [2022]


def test_a_law_cited_without_nomor_is_no_year():
    text = ("mengacu pada pasal 21 uu 25 tahun 2009, Perda 7 Tahun 2016 dan Permenpan RB 14 tahun 2017; "
            "hasil penilaian tahun 2020")
    assert _years(valid_years(text, 2024)) == [2020]


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


def test_years_counted_from_the_story_year():
    from pipeline.nlp.discourse.years import story_relative_years
    assert story_relative_years("nilainya lebih baik dari tahun sebelumnya", 2023) == [(2022, 25, 41)]
    assert story_relative_years("Tahun berikutnya naik lagi", 2019)[0][0] == 2020
    # "tahun lalu" counts from publication (relative_years), and nothing counts without a base
    assert story_relative_years("dibanding tahun lalu", 2023) == []
    assert story_relative_years("dari tahun sebelumnya", None) == []
