"""lists.item_years: the year written right after each item of a list (its own), only when the list dates
at least two items with different years. Sentences written for these tests."""
from __future__ import annotations

import re

from pipeline.nlp.discourse.lists import item_years


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [re.search(re.escape(n), text).span() for n in names]


def test_pada_tahun_after_each_item():
    text = "hanya Kabupaten Sikka pada tahun 2018, dan Kota Kupang pada tahun 2021 meraih zona hijau"
    assert item_years(text, _spans(text, "Kabupaten Sikka", "Kota Kupang")) == [2018, 2021]


def test_years_in_parentheses_and_a_note_before_the_year():
    text = "Kabupaten Ende (2019), Kabupaten Timor Tengah Selatan (TTS) di tahun 2020 dan Kota Kupang (2022)"
    assert item_years(text, _spans(text, "Kabupaten Ende", "Kabupaten Timor Tengah Selatan", "Kota Kupang")) \
        == [2019, 2020, 2022]


def test_one_year_for_the_whole_list_dates_no_item_alone():
    text = "Kabupaten Sikka dan Kota Kupang pada tahun 2024 masuk zona hijau"
    assert item_years(text, _spans(text, "Kabupaten Sikka", "Kota Kupang")) == [None, None]
    text = "Kabupaten Sikka pada 2024 dan Kota Kupang pada 2024 masuk zona hijau"
    assert item_years(text, _spans(text, "Kabupaten Sikka", "Kota Kupang")) == [None, None]


def test_a_year_not_right_after_the_item_is_not_its_own():
    text = "Kabupaten Sikka meraih zona hijau pada 2019 dan Kota Kupang pada 2021"
    assert item_years(text, _spans(text, "Kabupaten Sikka", "Kota Kupang")) == [None, None]
