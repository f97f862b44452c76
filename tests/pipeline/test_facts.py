"""The fact contract: extract_record never raises, and keeps its promises on odd input."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.facts import compose, extract_record

CONTRACT_KEYS = {"id", "regions", "provinces", "officials", "compliance", "mpp"}

junk_text = st.one_of(
    st.text(max_size=3000),
    st.binary(max_size=2000).map(lambda b: b.decode("latin-1")),
    st.lists(st.sampled_from(["Bupati", "Kota", "Kabupaten", "zona hijau", "MPP", "(5/5/3023)", "87,31",
                              "Pemkab", "\n", ",", ".", "<p>", "</div>", "BACA JUGA:", "Solok", "HSS"]),
             max_size=200).map(" ".join),
)
junk_html = st.one_of(
    junk_text.map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>"),
    junk_text.map(lambda t: f"<html><head><title>{t[:50]}</title>"),  # no body
    st.binary(max_size=2000),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=junk_text)
def test_text_records_never_raise(nlp, text):
    out = extract_record({"id": "x", "text": text})
    assert CONTRACT_KEYS <= set(out) and out["id"] == "x"
    json.dumps(out)  # serialisable


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(html=junk_html)
def test_html_records_never_raise(nlp, html):
    if isinstance(html, bytes):
        html = html.decode("latin-1")
    out = extract_record({"id": 7, "html": html, "url": "http://127.0.0.1/x"})
    assert CONTRACT_KEYS <= set(out) and out["id"] == 7
    json.dumps(out)


def test_bad_records_give_an_error_not_an_exception(nlp):
    for record in ({"id": "a"}, {"id": "b", "text": None}, {"id": "c", "text": 42}, ["not", "a", "dict"]):
        out = extract_record(record)
        assert "error" in out and out["regions"] == []


def test_huge_article_gives_a_result(nlp):
    paragraph = "Pemerintah Kabupaten Solok meraih zona hijau dalam penilaian Ombudsman tahun 2022. " * 20
    text = "\n".join([paragraph] * 3000)  # ~5 MB
    out = extract_record({"id": "big", "text": text})
    assert "error" not in out
    assert {r["code"] for r in out["regions"]} == {"13.02"}


def test_headline_is_read_first():
    assert compose("Judul", "Isi berita.") == "Judul\nIsi berita."
    assert compose("Isi", "Isi berita.") == "Isi berita."
    assert compose(None, "Isi berita.") == "Isi berita."
