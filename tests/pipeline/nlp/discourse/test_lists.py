"""Lists and enumerations: item lines, counted groups, collectives, coordination, respective values."""
from __future__ import annotations

from pipeline.nlp.discourse.lists import (
    COLLECTIVE, COUNT_BEFORE, COUNTED_GROUP, ENUMERATOR_ONLY, GROUP_NOUN, LIST_ITEM, LIST_OPENER, Enumeration,
    coordinated_after, coordinated_before, ends_unit, enumerated_after, enumerated_years, respective, resumed_list,
)
from pipeline.nlp.discourse.lists import resumed_province
from pipeline.nlp.discourse.mentions import Mention


def _mentions(text: str, names: list[tuple[str, str]]) -> list[Mention]:
    out, pos = [], 0
    for name, code in names:
        a = text.index(name, pos)
        out.append(Mention(a, a + len(name), code, False, name))
        pos = a + len(name)
    return out


def test_item_lines():
    assert LIST_ITEM.match("1. Kota Palembang 89,12 (zona hijau)")
    assert LIST_ITEM.match("- Kabupaten OKU: 85,33")
    assert not LIST_ITEM.match("Kota Palembang meraih nilai 89,12.")
    assert ENUMERATOR_ONLY.fullmatch("12.") and not ENUMERATOR_ONLY.fullmatch("12 laporan")


def test_list_openers():
    assert LIST_OPENER.search("Kelima daerah tersebut adalah Kota A, B dan C")
    assert LIST_OPENER.search("masing-masing 52,14 dan 48,90")
    assert not LIST_OPENER.search("Kota A meraih zona hijau")


def test_counted_groups_with_words_and_digits():
    assert GROUP_NOUN.search("Di Kalbar, hanya dua daerah yang masuk zona hijau")
    assert GROUP_NOUN.search("sejumlah pemda belum memenuhi standar")
    assert GROUP_NOUN.search("tiga puluh dua kabupaten")
    assert COUNTED_GROUP.search("Tiga daerah di Bolmong Raya saja nilainya turun")
    assert not COUNTED_GROUP.search("Kabupaten Solok naik ke zona hijau")
    assert COUNT_BEFORE.search("bersamaan dengan 26 ") and COUNT_BEFORE.search("ratusan ")


def test_collectives_refer_to_the_list_told_before():
    for text in ("Kelimanya masuk zona hijau", "ketiga kabupaten itu", "Mereka meraih nilai tinggi"):
        assert COLLECTIVE.search(text), text
    assert not COLLECTIVE.search("Kabupaten Solok meraih zona hijau")


def test_coordination_forward_and_backward():
    text = "MPP di Kota Cilegon dan Tangsel, serta Kabupaten Serang"
    ms = _mentions(text, [("Cilegon", "36.72"), ("Tangsel", "36.74"), ("Serang", "36.04")])
    assert [m.code for m in coordinated_after(text, ms, 0)] == ["36.74", "36.04"]
    text = "Kota Palu dan Kabupaten Parigi Moutong (Parimo) yang lebih dulu mengoperasikan MPP"
    ms = _mentions(text, [("Palu", "72.71"), ("Parigi Moutong", "72.08"), ("Parimo", "72.08")])
    assert [m.code for m in coordinated_before(text, ms)] == ["72.71", "72.08"]
    text = "Selain Polman, Kabupaten Pasangkayu juga membuka MPP"
    ms = _mentions(text, [("Polman", "76.04"), ("Pasangkayu", "76.01")])
    assert [m.code for m in coordinated_before(text, ms)] == ["76.01"]  # no "dan": no list


def _codes(text: str, names: list[tuple[str, str]], after: str) -> list[str]:
    ms = _mentions(text, names)
    return [m.code for m in enumerated_after(text, ms, text.index(after) + len(after), len(text))]


def test_enumeration_after_an_opener_with_notes_in_parentheses():
    text = ("Keenam MPP itu tersebar di tiga pulau, yaitu: Kabupaten Sinjai (Sulawesi Selatan), Kota Bima "
            "(Nusa Tenggara Barat), Kabupaten Lahat dan Kabupaten Muara Enim (Sumatera Selatan), serta "
            "Kota Ternate (Maluku Utara).")
    names = [("Sinjai", "73.07"), ("Sulawesi Selatan", "73"), ("Bima", "52.72"), ("Nusa Tenggara Barat", "52"),
             ("Lahat", "16.04"), ("Muara Enim", "16.03"), ("Sumatera Selatan", "16"), ("Ternate", "82.71"),
             ("Maluku Utara", "82")]
    assert _codes(text, names, "MPP") == ["73.07", "52.72", "16.04", "16.03", "82.71"]


def test_enumeration_with_di_bare_names_an_unknown_name_and_numbers():
    text = "Kini ada empat MPP di Jambi yakni di Kabupaten Kerinci, Bungo, Pulau Seberang, dan Kota Sungai Penuh."
    names = [("Jambi", "15"), ("Kerinci", "15.01"), ("Bungo", "15.08"), ("Sungai Penuh", "15.72")]
    assert _codes(text, names, "MPP") == ["15.01", "15.08", "15.72"]
    text = "Daerah penerima antara lain: 1) Kota Tidore Kepulauan, 2) Kabupaten Halmahera Selatan; dan 3) Kota Ternate."
    names = [("Tidore Kepulauan", "82.72"), ("Halmahera Selatan", "82.04"), ("Ternate", "82.71")]
    assert _codes(text, names, "Daerah") == ["82.72", "82.04", "82.71"]
    text = "MPP serentak diresmikan di 11 daerah, termasuk Kabupaten Paser."
    assert _codes(text, [("Paser", "64.01")], "MPP") == ["64.01"]


def test_no_enumeration_without_an_opener_close_by_or_an_item_right_after_it():
    names = [("Kerinci", "15.01")]
    assert _codes("MPP itu melayani warga dari Kabupaten Kerinci.", names, "MPP") == []
    text = "MPP itu berisi 20 gerai, yakni gerai Samsat Kabupaten Kerinci dan gerai BPJS."
    assert _codes(text, names, "MPP") == []
    text = ("MPP itu diresmikan setelah pembangunan yang memakan waktu panjang sekali dan banyak kendala, "
            "yakni Kabupaten Kerinci.")
    assert _codes(text, names, "MPP") == []  # the opener is too far from the start


def test_respective_values_in_the_items_order():
    text = "Kabupaten A dan Kabupaten B dengan nilai masing-masing 52,14 dan 48,90"
    values = [(52.14, text.index("52,14")), (48.90, text.index("48,90"))]
    assert respective(text, text.index(" dengan"), values, 2) == [52.14, 48.90]
    assert respective(text, text.index(" dengan"), values, 3) is None


def test_enumerated_years():
    assert enumerated_years(2018, "zona hijau pada tahun 2017, 2018 dan 2019") == [2017, 2019]
    assert enumerated_years(2020, "zona hijau pada 2017 dan 2018") == []


def test_an_enumeration_continues_over_units():
    e = Enumeration()
    e.add("74.71", 3)
    assert e.continues("Selanjutnya Kabupaten Konawe dengan 41 laporan.", 4)
    assert e.continues("2. Kabupaten Konawe: 41 laporan", 5)
    assert not e.continues("Kabupaten Konawe meraih 41 laporan.", 4)
    assert not e.continues("Selanjutnya Kabupaten Konawe dengan 41 laporan.", 6)
    e.add("74.02", 5)
    assert e.values() == ["74.71", "74.02"] and e.last_unit == 5


def test_counted_groups_give_their_size():
    from pipeline.nlp.discourse.lists import ALL_GROUP, counted_groups

    assert [g[0] for g in counted_groups("terdapat sembilan pemerintah daerah (pemda) di Jambi")] == [9]
    assert [g[0] for g in counted_groups("Ke 4 kabupaten/kota ini masuk zona kuning")] == [4]
    assert [g[0] for g in counted_groups("Ketujuh kabupaten itu adalah …")] == [7]
    assert [g[0] for g in counted_groups("dua belas daerah dan 3 pemkot")] == [12, 3]
    assert counted_groups("Kota Palu meraih nilai 88,10") == []
    assert ALL_GROUP.search("Hasilnya, seluruh kabupaten/kota masuk zona hijau")
    assert not ALL_GROUP.search("seluruh OPD wajib memajang standar pelayanan")


def _province_aware(text: str, names: list[tuple[str, str]]) -> list[Mention]:
    """Mentions whose code without a dot is a province's."""
    return [Mention(m.start, m.end, m.code, "." not in m.code, m.text) for m in _mentions(text, names)]


def test_enumeration_after_two_openers_with_province_notes_and_a_stray_colon():
    text = ("Ke-9 MPP itu di antaranya, yakni Kabupaten Sumba Timur di Provinsi NTT, Kota Sibolga; "
            "Kabupaten Nias: Kabupaten Pesisir Selatan, Provinsi Sumatera Barat dan Kota Parepare.")
    names = [("Sumba Timur", "53.11"), ("NTT", "53"), ("Sibolga", "12.73"), ("Nias", "12.04"),
             ("Pesisir Selatan", "13.01"), ("Sumatera Barat", "13"), ("Parepare", "73.72")]
    ms = _province_aware(text, names)
    got = [m.code for m in enumerated_after(text, ms, text.index("MPP") + 3, len(text))]
    assert got == ["53.11", "12.73", "12.04", "13.01", "73.72"]


def test_a_unit_that_only_resumes_a_list():
    cases = [
        ("Kabupaten Bone; Kabupaten Wajo; Kota Parepare.", [("Bone", "73.08"), ("Wajo", "73.13"),
                                                           ("Parepare", "73.72")], ["73.08", "73.13", "73.72"]),
        ("Selanjutnya, Kabupaten Buton; Kota Ternate; dan Kabupaten Halmahera Utara.",
         [("Buton", "74.04"), ("Ternate", "82.71"), ("Halmahera Utara", "82.03")], ["74.04", "82.71", "82.03"]),
        ("2. Kota Bima", [("Bima", "52.72")], ["52.72"]),
        ("Kemudian Kota Bima di Provinsi NTB.", [("Bima", "52.72"), ("NTB", "52")], ["52.72"]),
    ]
    for text, names, want in cases:
        assert [m.code for m in resumed_list(text, _province_aware(text, names), 0, len(text))] == want, text
    for text, names in [("Kabupaten Bone juga menyiapkan gedung.", [("Bone", "73.08")]),
                        ("Warga Kabupaten Bone dan Kota Parepare antusias.", [("Bone", "73.08"), ("Parepare", "73.72")]),
                        ("Kota Parepare 85,2; Kabupaten Bone 80,1.", [("Parepare", "73.72"), ("Bone", "73.08")])]:
        assert resumed_list(text, _province_aware(text, names), 0, len(text)) == [], text


def test_a_list_that_ends_its_unit():
    text = "MPP diresmikan di Kabupaten Bone dan Kota Parepare (Sulsel)."
    ms = _province_aware(text, [("Parepare", "73.72")])
    assert ends_unit(text, ms, ms[0].end, len(text))
    text = "MPP diresmikan di Kabupaten Bone dan Kota Parepare pada Senin."
    ms = _province_aware(text, [("Parepare", "73.72")])
    assert not ends_unit(text, ms, ms[0].end, len(text))


def test_counted_groups_of_a_ranking_top():
    from pipeline.nlp.discourse.lists import counted_groups
    assert [g[0] for g in counted_groups("masuk dalam 5 besar kab/kota di Jatim")] == [5]
    assert [g[0] for g in counted_groups("sepuluh terbaik kabupaten/kota")] == [10]
    assert counted_groups("5 besar perusahaan") == []


def test_a_unit_that_is_one_province_item():
    for text, name in [("1. Provinsi Gorontalo", "Gorontalo"), ("- Pemprov Kalbar;", "Kalbar"),
                       ("Selanjutnya, Pemerintah Provinsi Maluku Utara.", "Maluku Utara"),
                       ("12) Provinsi Papua Barat (Manokwari)", "Papua Barat")]:
        got = resumed_province(text, _province_aware(text, [(name, "81")]), 0, len(text))
        assert got is not None and got.code == "81", text
    for text, names in [("3. Jawa Barat", [("Jawa Barat", "32")]),  # bare: a place, not the office
                        ("Provinsi Gorontalo juga menyiapkan gedung.", [("Gorontalo", "75")]),
                        ("4. Kabupaten Boalemo", [("Boalemo", "75.02")]),
                        ("Provinsi Gorontalo dan Provinsi Maluku", [("Gorontalo", "75"), ("Maluku", "81")])]:
        assert resumed_province(text, _province_aware(text, names), 0, len(text)) is None, text


def test_group_size_tried_where_a_match_starts_finds_what_its_search_finds():
    """In ASCII text GROUP_SIZE is tried only where "ke", a digit or a number word starts: the same
    matches as its search over every offset."""
    from pipeline.lang import matches_from
    from pipeline.nlp.discourse.lists import GROUP_SIZE, GROUP_SIZE_STARTS
    texts = ["Sebanyak 3 kabupaten meraih zona hijau, kedua kota lain kuning", "ke 4 pemda dan KE-5 daerah",
             "Sebelas Daerah, dua belas pemkab, tiga puluh kabupaten/kota, 12 terbaik pemda", "kelima pemprov",
             "x2 kota, 123 kabupaten, sepuluh  provinsi", ""]
    for text in texts:
        got = [m.span() for m in matches_from(GROUP_SIZE.ascii_rx, text, GROUP_SIZE_STARTS, text.lower())]
        assert got == [m.span() for m in GROUP_SIZE.rx.finditer(text)], text


def test_the_group_word_test_answers_as_its_pattern():
    """counted_groups' quick test (a substring test of the number words) answers as _GROUP_WORDS' search,
    on each word in three spellings, inside other words, and with the characters IGNORECASE reads as ASCII."""
    from pipeline.nlp.discourse.lists import _GROUP_WORD_LIST, _GROUP_WORDS, _group_word_in
    assert all(w.isascii() and " " not in w for w in _GROUP_WORD_LIST)
    texts = ["Kota A meraih nilai tinggi.", "", "Kota – A", "t\u0131ga daerah", "TİGA DAERAH", "\u017fembilan kota"]
    for w in _GROUP_WORD_LIST:
        texts += [f"{w} daerah", f"{w.upper()} DAERAH", f"Se{w.title()}nya – x", f"ke{w}"]
    for text in texts:
        assert _group_word_in(text) == bool(_GROUP_WORDS.search(text)), text
    assert _group_word_in("t\u0131ga daerah") and not _group_word_in("Kota A meraih nilai tinggi.")
