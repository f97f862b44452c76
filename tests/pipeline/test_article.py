"""pipeline.article.article_record: one HTML record → the article, never an exception."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.article import FIELDS, article_record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"


@pytest.mark.parametrize("record", [None, 3, "text", [], {}, {"id": 1}, {"html": None}, {"html": 12},
                                    {"id": "a", "url": 5, "html": "<html></html>"}, {"html": b"\xff\xfe\x00"},
                                    {"html": "<" * 5000}])
def test_bad_records_give_an_error_not_an_exception(record):
    out = article_record(record)
    assert set(FIELDS) <= set(out) and out["text"] == "" and out["error"]
    assert out["url"] is None or isinstance(out["url"], str)


def test_bytes_and_str_agree():
    raw = (FIXTURES / "disway_detail_jambi.html").read_bytes()
    a = article_record({"id": "b", "url": "https://jambiekspres.example/x", "html": raw})
    b = article_record({"id": "b", "url": "https://jambiekspres.example/x", "html": raw.decode("utf-8")})
    assert a == b and "error" not in a
    assert a["published"] == "2024-02-20T08:10:00+07:00" and a["author"] == "Rizky Ananda"
