"""The cheap gates before compliance's costly patterns answer as the patterns do."""
from __future__ import annotations

from pipeline.facttypes.compliance import grammar as G

TEXTS = ["Kota A masuk zona hijau tahun ini.", "Kabupaten B berada di Zona Kuning.", "Nilai: MERAH",
         "Kota C hijau/tinggi.", "Tidak ada warna di sini.", "Kota D masuk zona h\u0131jau.",
         "Kota E masuk ZONA H\u0130JAU.", "Kota F sempat di zona merah.", "Kota G \u017fempat di zona merah.",
         "Kota H dulunya merah.", "Kota I pernah merah.", ""]


def test_names_zone_is_a_zone_search():
    for text in TEXTS:
        assert G.names_zone(text) == bool(G.ZONE.search(text)), text
    assert G.names_zone("Kota D masuk zona h\u0131jau.")  # a dotless i: IGNORECASE reads it as "i"


def test_the_strong_past_gate_never_skips_a_match():
    for text in TEXTS:
        low = text.lower()
        assert G.may_be_strong_past(low) or not G.STRONG_PAST.search(low), text
    assert not G.may_be_strong_past("kota a masuk zona hijau.")


def test_the_contrast_breaks_behind_their_gate_cut_as_before():
    text = "Kota A masuk zona hijau, sementara Kabupaten B di zona kuning; Kota C merah namun naik."
    assert [m.end() for m in G.CONTRAST_BREAK.finditer(text)] == [m.end() for m in G.CONTRAST_BREAK.rx.finditer(text)]
    assert len([m.end() for m in G.CONTRAST_BREAK_LOW.finditer(text.lower())]) == 3
    assert list(G.CONTRAST_BREAK.finditer("Kota A masuk zona hijau.")) == []


def test_the_negation_and_state_clause_behind_their_gates():
    for before in ["Kota A tidak lagi di ", "Tidak ada satu pun daerah yang masuk ", "Kota B yang masih berada di ",
                   "Kota C masuk ", "Kota D t\u0131dak lagi di ", ""]:
        assert bool(G.NEGATED.search(before)) == bool(G.NEGATED.rx.search(before)), before
        assert bool(G.STATE_CLAUSE.search(before)) == bool(G.STATE_CLAUSE.rx.search(before)), before


def test_year_spans_are_the_pattern_matches():
    for text in ["Survei 2016-2018 dan 2020 s.d. 2022.", "sejak 2015 hingga tahun 2019", "12019-2020", "20202021",
                 "Nilai 2019/2020/2021 naik", "tanpa tahun", "1999 sampai dengan 2001; 2019–2020"]:
        assert [m.span() for m in G.year_spans(text)] == [m.span() for m in G.YEAR_SPAN.finditer(text)], text
