"""One job, one code path: the nightly load (`load_new_pages`) and `warta reprocess` read an archived page
with the same decoder and extractor and tag it with the same function (`tag_article`) and the same
inputs, the portal's home province included, so re-processing changes no fact unless the extractor
does. Pages that yielded no article are remembered and not extracted again until the extractor
version changes."""
from __future__ import annotations

from pathlib import Path

from pipeline.facts import tag_text
from pipeline.process import load_new_pages
from pipeline.reprocess import reprocess
from pipeline.store import Store
from pipeline.store.load import FACT_TABLES  # one per fact type of the registry
from tests.pipeline.test_archive import write_warc

PORTAL, HOME = "kalsel_pos", "63"
# "Banjar" alone names Kabupaten Banjar (Kalimantan Selatan, 63.03) or Kota Banjar (Jawa Barat, 32.79):
# the article states no province, so the portal's home province decides.
STORY = ("Pelayanan publik di Banjar terus dibenahi. Warga Banjar kini bisa mengurus izin usaha lebih cepat "
         "karena seluruh layanan perizinan dipusatkan di satu gedung. Pemerintah daerah menyebut antrean "
         "berkurang separuh sejak gedung itu dibuka, dan petugas menambah loket pada hari Senin.")


def page(title: str, text: str) -> bytes:
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f"<article><h1>{title}</h1><p>{text}</p></article></body></html>").encode()


def facts(db: Path) -> dict[str, list]:
    with Store.open(db, read_only=True) as store:
        return {t: sorted(store.query(f"SELECT * EXCLUDE (article_id, extractor_version{', person_id' if t == 'officials' else ''}) "
                                      f"FROM {t}")[1], key=repr)
                for t in FACT_TABLES}


def make_archive(root: Path) -> Path:
    archive = root / "archive"
    write_warc(archive / PORTAL / "20251201T000000Z-1.warc.gz", [
        ("https://kalselpos.example/2025/12/01/layanan-banjar/", page("Layanan di Banjar makin cepat", STORY),
         "text/html; charset=utf-8"),
        ("https://kalselpos.example/tag/banjar/", page("Tag", "Banjar"), "text/html; charset=utf-8"),
    ], portal=PORTAL)
    return archive


def test_nightly_and_reprocess_give_the_same_facts(tmp_path, monkeypatch):
    archive, db = make_archive(tmp_path), tmp_path / "warta.duckdb"
    load_new_pages(archive, db, "v1", home_provinces={PORTAL: HOME, "national": None})
    nightly = facts(db)
    assert {r[0] for r in nightly["regions"]} == {"63.03"}, "the home province decided"
    assert {r.code for r in tag_text(STORY).regions} == {"32.79"}, "without it, another Banjar"
    with Store.open(db, read_only=True) as store:
        assert store.home_provinces() == {PORTAL: HOME}
    monkeypatch.setattr("pipeline.facts.EXTRACTOR_VERSION", "v2")
    summary = reprocess(db, archive, all_=True, progress=False)
    assert summary.articles == summary.from_archive == 1
    assert facts(db) == nightly
    # the stored text alone (its page gone from the archive) is re-tagged with the same prior too
    summary = reprocess(db, tmp_path / "no-archive", all_=True, progress=False)
    assert summary.from_stored_text == 1 and facts(db) == nightly


def test_pages_without_an_article_are_not_extracted_again(tmp_path, monkeypatch):
    import pipeline.extract

    extracted: list[str] = []
    real = pipeline.extract.extract_article
    monkeypatch.setattr(pipeline.extract, "extract_article", lambda html, url=None, **kw: (
        extracted.append(url), real(html, url, **kw))[1])
    archive, db = make_archive(tmp_path), tmp_path / "warta.duckdb"
    first = load_new_pages(archive, db, "v1", home_provinces={PORTAL: HOME})
    assert (first["pages_read"], first["pages_skipped"], first["new"]["articles"]) == (2, 1, 1)
    assert len(extracted) == 2
    with Store.open(db, read_only=True) as store:
        (url, reason, version), = store.query("SELECT url, reason, extractor_version FROM skipped_pages")[1]
    assert url.endswith("/tag/banjar/") and reason.startswith("no article text") and version == "v1"
    again = load_new_pages(archive, db, "v1", home_provinces={PORTAL: HOME})
    assert again["pages_skipped"] == 0 and again["new"] == {} and len(extracted) == 2  # nothing extracted
    newer = load_new_pages(archive, db, "v2", home_provinces={PORTAL: HOME})
    assert newer["pages_skipped"] == 1 and newer["new"] == {}  # a new extractor looks at it once more
    assert extracted[2:] == ["https://kalselpos.example/tag/banjar/"]
    with Store.open(db, read_only=True) as store:
        assert store.query("SELECT extractor_version FROM skipped_pages")[1] == [("v2",)]


def test_a_load_told_to_stop_publishes_nothing(tmp_path):
    """What `warta run`'s worker asks when it is told to stop (flows.supervise.STOPPING): the load runs in a
    Prefect task's thread, which the worker's unwinding does not reach. Asked after each shard and right
    before publishing: once true, nothing is published and no working copy is left."""
    import pytest

    from pipeline.process import Stopped

    archive, db = make_archive(tmp_path), tmp_path / "warta.duckdb"
    building = db.with_name(db.name + ".building")
    questions = []
    load_new_pages(archive, tmp_path / "counting.duckdb", "v1", home_provinces={PORTAL: HOME},
                   stop=lambda: questions.append(True) and False)
    assert len(questions) >= 2  # a shard and the moment before publishing
    for true_from in range(1, len(questions) + 1):
        asked = []
        with pytest.raises(Stopped):
            load_new_pages(archive, db, "v1", home_provinces={PORTAL: HOME},
                           stop=lambda: asked.append(True) or len(asked) >= true_from)
        assert not db.exists() and not building.exists(), f"stopped at question {true_from}"
    summary = load_new_pages(archive, db, "v1", home_provinces={PORTAL: HOME}, stop=lambda: False)
    assert summary["new"]["articles"] == 1 and db.exists() and not building.exists()
