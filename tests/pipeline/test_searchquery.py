"""The search query language (words, phrases, synonyms) and the synonym data."""
from __future__ import annotations

import pytest

from pipeline import searchquery as Q

MPP = (("mal", "pelayanan", "publik"), ("mall", "pelayanan", "publik"), ("mpp",))


def forms(query):
    return [c.forms for c in Q.parse(query)]


def test_words_are_clauses_and_quotes_make_phrases():
    assert forms('zona "kepatuhan tinggi" Solok') == [(("zona",),), (("kepatuhan", "tinggi"),), (("solok",),)]
    assert [c.text for c in Q.parse('zona "Kepatuhan  tinggi"')] == ["zona", '"Kepatuhan tinggi"']


def test_synonym_names_quoted_or_not_match_their_group():
    assert forms('"mal pelayanan publik"') == forms("Mal Pelayanan Publik") == forms("MPP") == forms("mall pelayanan publik") == [MPP]
    assert forms("peresmian MPP Tabanan") == [(("peresmian",),), MPP, (("tabanan",),)]
    # the longest name wins: DPMPTSP's long name is not PTSP's
    long = Q.parse("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu")
    assert len(long) == 1 and ("dpmptsp",) in long[0].forms


def test_an_unbalanced_quote_runs_to_the_end_and_duplicates_collapse():
    assert forms('zona "merah kuning') == [(("zona",),), (("merah", "kuning"),)]
    assert forms("mpp MPP") == [MPP]


@pytest.mark.parametrize("query", ["", "  ", '""', "?!", '"  "'])
def test_a_query_without_words_is_refused(query):
    with pytest.raises(ValueError, match="empty search"):
        Q.parse(query)


def test_fold_ignores_case_and_accents():
    assert Q.fold("Café") == "cafe" and Q.form("  Mal-Pelayanan  Publik ") == ("mal", "pelayanan", "publik")


def test_other_names_are_what_the_text_does_not_say():
    assert Q.other_names("Bupati meresmikan MPP.") == ["mal pelayanan publik", "mall pelayanan publik"]
    assert Q.other_names("Mal Pelayanan Publik (MPP) dibuka") == ["mall pelayanan publik"]
    assert Q.other_names("Pemkab dan DPRD sepakat") == ["dewan perwakilan rakyat daerah", "pemerintah kabupaten"]
    assert Q.other_names("pelayanan mall publik; mppx; xmpp") == []  # whole names, whole words only
    assert Q.other_names(None) == []


def test_the_synonyms_file_is_valid_and_every_name_parses_to_its_group():
    syn = Q.load_synonyms()
    assert len(syn.groups) >= 10
    for group in syn.groups:
        for name in group:
            assert forms(" ".join(name)) == [group]


@pytest.mark.parametrize("text, message", [
    ("[[group]]\nnames = ['MPP']\n", "two or more strings"),
    ("[[group]]\nnames = 'MPP'\n", "two or more strings"),
    ("[[group]]\nnames = ['A', 'B']\n[[group]]\nnames = ['b', 'C']\n", "'b' is in groups 1 and 2"),
    ("[[group]\n", "synonyms.toml"),
])
def test_bad_synonym_files_are_one_clear_error(tmp_path, text, message):
    path = tmp_path / "synonyms.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Q.SynonymError, match=message):
        Q.load_synonyms(path)
