"""The gazetteer: the Kemendagri list, its spelling variants, the curated alias and ambiguity tables and
the generated names file."""
from __future__ import annotations

import csv

import pytest

from pipeline import gazetteer as g


def test_counts_match_the_decree():
    gaz = g.get_gazetteer()
    assert len(gaz.provinces) == 38
    assert len(gaz.regions) == 514
    kinds = [r.kind for r in gaz.regions.values()]
    assert kinds.count("kabupaten") == 416 and kinds.count("kota") == 98
    assert gaz.regions["13.02"].name == "Solok" and gaz.regions["13.72"].kind == "kota"


@pytest.mark.parametrize("name, expected", [
    ("Bau Bau", {"Bau-Bau", "Baubau"}),
    ("Tanah Datar", {"Tanahdatar", "Tanah-Datar"}),
    ("Lima Puluh Kota", {"Limapuluh Kota"}),
    ("Toli-Toli", {"Tolitoli", "Toli Toli"}),
    ("Fak Fak", {"Fakfak"}),
    ("Sumatera Barat", {"Sumatra Barat"}),
    ("Kepulauan Seribu", {"Kep. Seribu"}),
])
def test_name_variants(name, expected):
    variants = g.name_variants(name)
    assert name in variants
    assert expected <= variants


def test_function_words_are_never_joined():
    variants = g.name_variants("Pangkajene dan Kepulauan")
    assert "Pangkajenedan Kepulauan" not in variants
    assert all(" dan " in v for v in variants)


def test_alias_table_rows_are_valid_and_sourced():
    aliases = g.load_aliases()
    assert len(aliases) > 150
    assert all(a.note for a in aliases), "every alias row names its source"
    pairs = [(a.code, a.alias) for a in aliases]
    assert len(pairs) == len(set(pairs))


def test_alias_table_is_not_a_copy_of_the_regencies():
    aliases = {a.alias.lower() for a in g.load_aliases()}
    official = {r.name.lower() for r in g.get_gazetteer().regions.values()}
    assert len(aliases & official) <= 2  # only names that are both (Pontianak for old Kabupaten Pontianak)


def test_bad_alias_row_is_a_clear_error(tmp_path):
    bad = tmp_path / "aliases.csv"
    bad.write_text("code,alias,note\n99.99,Nowhere,made up\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad alias row"):
        g.load_aliases(bad)


def test_readme_variants_and_abbreviations_resolve():
    table = {row["surface"]: set(row["codes"]) for row in g.build_names()}
    expect = {
        "Baubau": "74.72", "Palangka Raya": "62.71", "Fakfak": "92.03", "Tolitoli": "72.04",
        "Touna": "72.09", "Pangkalpinang": "19.71", "Tanjungpinang": "21.72", "Lubuklinggau": "16.73",
        "Tanjung Balai": "12.74", "Siantar": "12.72", "Padang Sidempuan": "12.77", "Pare-Pare": "73.72",
        "Muko-Muko": "17.06", "Sawah Lunto": "13.73", "Batang Hari": "15.04", "Gunung Kidul": "34.03",
        "Kulonprogo": "34.01", "Karang Asem": "51.07", "Banyu Asin": "16.07", "Tulangbawang": "18.05",
        "Muara Jambi": "15.05", "Boven Digul": "93.02", "50 Kota": "13.07", "Pulau Seribu": "31.01",
        "Pangkep": "73.10", "Sidrap": "73.14", "Sitaro": "71.09", "OKI": "16.02", "OKU Timur": "16.08",
        "PALI": "16.12", "Madina": "12.13", "Tapteng": "12.01", "Humbahas": "12.16", "Sergai": "12.18",
        "Kukar": "64.02", "PPU": "64.09", "KKU": "61.11", "HSS": "63.06", "HST": "63.07", "HSU": "63.08",
        "Kotim": "62.02", "Kobar": "62.01", "Batola": "63.04", "Tanbu": "63.10", "Parimo": "72.08",
        "Polman": "76.04", "SBB": "81.06", "MBD": "81.08", "KKT": "81.03", "TTS": "53.02", "TTU": "53.03",
        "Mabar": "53.15", "SBD": "53.18", "KBB": "32.17", "Tangsel": "36.74", "Jaksel": "31.74",
        "Toba Samosir": "12.12", "Maluku Tenggara Barat": "81.03", "Mamuju Utara": "76.01",
        "Selayar": "73.01", "Sawahlunto/Sijunjung": "13.03",
        "Sumbar": "13", "Kalsel": "63", "Kaltara": "65", "Jabar": "32", "NTT": "53", "Babel": "19",
        "Kepri": "21", "DIY": "34", "DKJ": "31", "Daerah Khusus Jakarta": "31", "PBD": "96", "Malut": "82",
    }
    for surface, code in expect.items():
        assert code in table.get(surface, set()), surface


def test_shared_names_list_every_place():
    table = {row["surface"]: set(row["codes"]) for row in g.build_names()}
    assert table["Solok"] == {"13.02", "13.72"}
    assert table["Banjar"] == {"63.03", "32.79"}
    assert table["Bengkulu"] == {"17", "17.71"}
    assert table["Gorontalo"] == {"75", "75.01", "75.71"}
    assert table["Pontianak"] == {"61.71", "61.02"}  # Kabupaten Pontianak is now Mempawah


def test_names_file_is_up_to_date():
    """data/gazetteer/names.jsonl is generated: regenerate with `python -m pipeline.gazetteer --build`."""
    assert g.load_names() == g.build_names()


def test_ambiguous_names_are_gazetteer_names():
    table = {row["surface"].lower() for row in g.build_names()}
    with open(g.AMBIGUOUS_CSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["reason"] for r in rows)
    assert {r["name"].lower() for r in rows} <= table
