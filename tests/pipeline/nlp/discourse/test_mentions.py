"""Government mentions and their role in a unit: the government, a place, or no subject."""
from __future__ import annotations

from pipeline.nlp.discourse import discourse_of
from pipeline.nlp.discourse.mentions import mention_role, unit_subjects


def _roles(nlp, text, **kw):
    doc = nlp(text)
    d = discourse_of(doc)
    unit = d.units[0]
    return {m.text: mention_role(d.text, unit, m, **kw) for m in d.mentions_in(unit)}


def test_offices_scopes_and_events_are_no_subjects(nlp):
    roles = _roles(nlp, "Ombudsman Kalsel menyerahkan hasil kepada Pemkab Banjar di Banjarmasin, Senin (9/1/2023).")
    assert roles["Kalsel"] is None and roles["Banjar"] == "gov" and roles["Banjarmasin"] is None
    assert _roles(nlp, "Sejumlah daerah di Jambi masuk zona kuning.")["Jambi"] is None


def test_a_ranking_scope_written_with_the_province_word_is_no_subject(nlp):
    roles = _roles(nlp, "Pemkot Dumai meraih peringkat kedua di tingkat Provinsi Riau dan terbaik se-Provinsi Jambi.")
    assert roles["Dumai"] == "gov" and roles["Riau"] is None and roles["Jambi"] is None
    assert _roles(nlp, "Pemerintah Provinsi Riau meraih peringkat kedua.")["Riau"] == "gov"


def test_a_mention_before_a_count_in_parentheses_is_no_event(nlp):
    text = "Laporan tersebar di Kabupaten Bangka (16 laporan)."
    assert _roles(nlp, text)["Bangka"] is None
    assert _roles(nlp, text, events=False)["Bangka"] == "gov"


def test_provinces_as_governments_or_places(nlp):
    roles = _roles(nlp, "Pemprov Sumbar dan Kota Padang menerima hasil penilaian di Provinsi Jambi.")
    assert roles["Sumbar"] == "gov" and roles["Jambi"] == "place"


def test_datelines_with_an_agency_in_parentheses(nlp):
    assert _roles(nlp, "Bandar Lampung (Antara) - Pemkot Metro meraih penghargaan.")["Bandar Lampung"] is None


def test_datelines_after_the_portal_name(nlp):
    assert _roles(nlp, "Kabarjambi.com, SUNGAI PENUH - Pemkab Kerinci meraih penghargaan.")["SUNGAI PENUH"] is None
    assert _roles(nlp, "Beritabaru.co.id, PALU – Pemkab Sigi meraih penghargaan.")["PALU"] is None
    assert _roles(nlp, "Pada Senin Pemkot Palu – bersama Pemkab Sigi – meraih penghargaan.")["Palu"] == "gov"


def test_datelines_with_the_dash_glued_to_the_first_word(nlp):
    assert _roles(nlp, "KUPANG, warta-ntt.com-Sebanyak 12 daerah meraih penghargaan.")["KUPANG"] is None
    assert _roles(nlp, "Pemkot Kupang, bersama Pemkab Alor-Pantar meraih penghargaan.")["Kupang"] == "gov"


def test_subjects_merge_aliases_and_skip_describing_clauses(nlp):
    doc = nlp("Pemprov Kalimantan Tengah (Kalteng) dan Kota Palu, yang wilayahnya berbatasan dengan Kabupaten Sigi, "
              "meraih zona hijau.")
    d = discourse_of(doc)
    unit = d.units[0]
    subjects = unit_subjects(d.text, unit, d.mentions_in(unit), ("zona", "nilai"))
    assert [s.key for s in subjects] == [(None, "62"), ("72.71", "72")]


def test_an_exception_is_no_subject(nlp):
    roles = _roles(nlp, "Semua kabupaten di Bali masuk zona hijau, kecuali Kabupaten Bangli dan selain Kota Denpasar.")
    assert roles["Bangli"] is None and roles["Denpasar"] is None


def test_a_province_ranked_out_of_a_count_is_the_subject(nlp):
    doc = nlp("Untuk tingkat provinsi, Maluku Utara berada di urutan 30 dari 34 provinsi.")
    d = discourse_of(doc)
    unit = d.units[0]
    assert [s.key for s in unit_subjects(d.text, unit, d.mentions_in(unit))] == [(None, "82")]
    doc = nlp("Di Maluku Utara, hanya dua daerah yang masuk zona hijau.")
    d = discourse_of(doc)
    assert unit_subjects(d.text, d.units[0], d.mentions_in(d.units[0])) == []


def test_bare_provinces_in_a_list_are_governments_on_request(nlp):
    doc = nlp("Provinsi Bengkulu berada di bawah Sumatera Barat, Kalimantan Barat dan Riau. Kota Bengkulu ada di "
              "Kalimantan Barat dan Riau.")
    d = discourse_of(doc)
    first, second = d.units[0], d.units[1]
    keys = [s.key for s in unit_subjects(d.text, first, d.mentions_in(first), province_lists=True)]
    assert keys == [(None, "17"), (None, "13"), (None, "61"), (None, "14")]
    assert [s.key for s in unit_subjects(d.text, first, d.mentions_in(first))] == [(None, "17")]
    # after a place preposition the list stays places
    assert [s.key for s in unit_subjects(d.text, second, d.mentions_in(second), province_lists=True)] == [("17.71", "17")]


def test_bare_provinces_ranked_with_their_values_are_one_list(nlp):
    doc = nlp("Peringkatnya adalah Sumatera Barat dengan nilai 91,20, Kalimantan Barat 88,05 dan Riau (84,5). "
              "Tahun kunjungan tim: Sumatera Barat 2019, Kalimantan Barat 2020 dan Riau 2021.")
    d = discourse_of(doc)
    first, second = d.units[0], d.units[1]
    keys = [s.key for s in unit_subjects(d.text, first, d.mentions_in(first), province_lists=True)]
    assert keys == [(None, "13"), (None, "61"), (None, "14")]
    # a year between them is no value: the provinces stay places
    assert {s.kind for s in unit_subjects(d.text, second, d.mentions_in(second), province_lists=True)} <= {"place"}


def test_the_ombudsman_abbreviated_ori_is_an_office(nlp):
    doc = nlp("Kepala ORI Bali menyebut Kabupaten Badung dan Pemprov Bali masuk zona hijau.")
    d = discourse_of(doc)
    assert [(m.text, mention_role(d.text, d.units[0], m)) for m in d.mentions_in(d.units[0])] == [
        ("Bali", None), ("Badung", "gov"), ("Bali", "gov")]
    assert _roles(nlp, "ORI Perwakilan Sulteng menyerahkan hasil penilaian.")["Sulteng"] is None
    assert _roles(nlp, "Kategori Kota Palu naik tahun ini.")["Palu"] == "gov"


def test_a_group_scoped_by_a_province_written_with_the_province_word(nlp):
    roles = _roles(nlp, "Tidak ada pemerintah daerah di Provinsi Maluku Utara yang meraih zona hijau.")
    assert roles == {"Maluku Utara": None} or roles == {"Provinsi Maluku Utara": None}
    roles = _roles(nlp, "Seluruh kabupaten/kota dari Provinsi Jambi hadir, juga Pemprov Riau.")
    assert list(roles.values()) == [None, "gov"]
    assert set(_roles(nlp, "Hasil itu diserahkan di Provinsi Jambi.").values()) == {"place"}


def test_span_groups_are_read_once_and_anew_when_assigned(nlp):
    """`Discourse.spans` lists a span group once per group; a group assigned anew is read anew."""
    from pipeline.nlp.discourse import discourse_of
    doc = nlp("Bupati Kabupaten Sigi dan Wali Kota Palu di Sulawesi Tengah.")
    d = discourse_of(doc)
    first = d.spans("regions")
    assert [s.kb_id_ for s in first] == [s.kb_id_ for s in doc.spans["regions"]] and first
    assert d.spans("regions") is first
    doc.spans["regions"] = list(first)[:1]
    assert [s.kb_id_ for s in d.spans("regions")] == [first[0].kb_id_]
    assert d.spans("no such group") == []


def test_not_subject_before_is_the_pattern_search():
    """Trying NOT_SUBJECT_BEFORE only where an office's first word starts answers as its search."""
    from pipeline.nlp.discourse.mentions import NOT_SUBJECT_BEFORE, not_subject_before
    windows = ["Kepala Ombudsman RI Perwakilan Provinsi ", "kata Kapolresta ", "oleh Wakil Gubernur ",
               "Sementara itu, BPKP (Badan) ", "di kantor  Pertanahan ", "Kementerian Dalam ", "Bupati ",
               "menurut ORI perwakilan ", "kolori ", "ke Polres\n", "pejabat Dprd ", "Bank ", "",
               "ORİ Perwakilan ", "Ombud\u017fman ", "Gubernur dan Bupati "]
    for w in windows:
        assert not_subject_before(w) == bool(NOT_SUBJECT_BEFORE.search(w)), w


def test_not_subject_gate_is_the_gate_search():
    """The gate read from one index of the text answers as searching each window's lower case."""
    from pipeline.nlp.discourse.mentions import NOT_SUBJECT_GATE_RX, not_subject_gate
    texts = ["Kepala Ombudsman RI Perwakilan Provinsi Jambi, kata Kapolresta Jambi di Kantor Gubernur.",
             "ORI Kalbar\nmenurut ori  perwakilan Bank Kalbar", "İstana Ombudsman Kalteng: pol",
             "\u03a3 POLDA Riau dan DPRD\u03a3 Kota Pekanbaru", ""]
    for text in texts:
        for start in range(len(text) + 1):
            for end in range(start, min(len(text), start + 70) + 1, 3):
                want = NOT_SUBJECT_GATE_RX.search(text[start:end].lower()) is not None
                assert not_subject_gate(text, start, end) == want, (text, start, end)


def test_span_groups_as_warta_regions_made_them(nlp):
    """The discourse layer hands on the Span objects warta_regions made, the same spans as its groups;
    a group assigned anew is read anew."""
    from spacy.tokens import Span
    doc = nlp("Pemerintah Kabupaten Sleman dan Provinsi Jambi meraih zona hijau.")
    d = discourse_of(doc)
    for name in ("regions", "provinces"):
        assert [(s.start, s.end, s.label_, s.kb_id_) for s in d.spans(name)] == \
            [(s.start, s.end, s.label_, s.kb_id_) for s in doc.spans[name]] != []
    doc.spans["regions"] = [Span(doc, 0, 1, label="kabupaten", kb_id="x")]
    assert [s.kb_id_ for s in d.spans("regions")] == ["x"]
