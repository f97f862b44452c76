"""Syndication end to end, without the network: archived pages → extract_pages → tag_articles → Store.load
into a DuckDB file. The same story on two portals (lightly edited) is one article with two sources and
its facts once; a copy arriving on a later night is recognised through Store.recent_texts."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline.archive import ArchivedPage
from pipeline.facts import EXTRACTOR_VERSION
from pipeline.process import extract_pages, tag_articles
from pipeline.store import Store

STORY = [
    "Pemerintah Kabupaten Solok meraih predikat kepatuhan tinggi dari Ombudsman Republik Indonesia dalam "
    "penilaian kepatuhan standar pelayanan publik tahun 2023.",
    "Kepala Perwakilan Ombudsman Sumatera Barat menyerahkan hasil penilaian itu di Padang pada Selasa, "
    "dan Kabupaten Solok masuk zona hijau dengan nilai 88,5.",
    "Bupati Solok Epyardi Asda mengatakan capaian tersebut buah kerja seluruh perangkat daerah yang terus "
    "memperbaiki standar pelayanan di setiap kantor layanan.",
    "Ia meminta kepala dinas menjaga kualitas layanan agar warga tidak lagi mengeluhkan antrean panjang "
    "dan biaya yang tidak jelas saat mengurus dokumen.",
]
OTHER = [
    "Mal Pelayanan Publik Kabupaten Lebong resmi beroperasi setelah diresmikan oleh Bupati Lebong pada "
    "Kamis pagi di kompleks perkantoran pemerintah daerah.",
    "Sebanyak dua puluh instansi membuka gerai di gedung tersebut, mulai dari kependudukan, perizinan, "
    "perpajakan hingga layanan kepolisian bagi warga Lebong.",
    "Warga menyambut baik kehadiran mal pelayanan itu karena seluruh urusan administrasi kini dapat "
    "diselesaikan di satu tempat tanpa harus berpindah kantor.",
]


def html(title: str, paragraphs: list[str], site: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{title} - {site}</title>'
            f'<meta property="article:published_time" content="2024-03-05T10:00:00+07:00"></head>'
            f"<body><nav><a href='/'>{site}</a></nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>{site} 2024</footer></body></html>")


def archived(url: str, portal: str, title: str, paragraphs: list[str]) -> ArchivedPage:
    return ArchivedPage(url=url, portal=portal, html=html(title, paragraphs, portal),
                        fetched_at=datetime(2024, 3, 5, 5, 0, tzinfo=timezone.utc),
                        content_type="text/html; charset=utf-8", warc_path=Path("test.warc.gz"), offset=0,
                        request_url=url, encoding="utf-8")


ORIGINAL = archived("https://klikpositif.com/2024/03/solok-zona-hijau/", "klikpositif",
                    "Solok Raih Zona Hijau Ombudsman", STORY)
# the syndicated copy: another portal, another URL, a different title, its own dateline and sign-off
COPY = archived("https://padek.jawapos.com/daerah/2024/03/05/kabupaten-solok-zona-hijau", "padek",
                "Kabupaten Solok Masuk Zona Hijau",
                ["SOLOK, Padek - " + STORY[0]] + STORY[1:] + ["(rel/padek)"])
DIFFERENT = archived("https://rakyatbengkulu.disway.id/read/46870/mpp-lebong", "rakyatbengkulu",
                     "MPP Lebong Beroperasi", OTHER)


def rows(store: Store, sql: str) -> list[tuple]:
    return store.query(sql)[1]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "warta.duckdb"
    items = list(tag_articles(extract_pages([ORIGINAL, COPY, DIFFERENT])))
    with Store.open(db) as store:
        store.load(items, EXTRACTOR_VERSION)
    return db, items


def test_syndicated_copy_is_one_article_with_two_sources(loaded):
    db, items = loaded
    assert [i.duplicate_of_url for i in items] == [None, ORIGINAL.url, None]
    with Store.open(db, read_only=True) as store:
        assert rows(store, "SELECT count(*) FROM articles") == [(2,)]
        assert rows(store, "SELECT count(*) FROM sources") == [(3,)]
        assert rows(store, "SELECT s.url, s.portal FROM sources s JOIN articles a ON a.id = s.article_id "
                           f"WHERE a.url = '{ORIGINAL.url}' ORDER BY s.portal") == [
            (ORIGINAL.url, "klikpositif"), (COPY.url, "padek")]


def test_the_story_facts_are_stored_once(loaded):
    db, items = loaded
    story_facts = items[0].facts
    assert story_facts.compliance, "the story's compliance result must be tagged for this test to mean anything"
    with Store.open(db, read_only=True) as store:
        (story_id,) = rows(store, f"SELECT id FROM articles WHERE url = '{ORIGINAL.url}'")[0]
        per_article = dict(rows(store, "SELECT article_id, count(*) FROM compliance GROUP BY article_id"))
        assert per_article.get(story_id) == len(story_facts.compliance)
        assert set(per_article) <= {story_id} | {i for (i,) in rows(store, "SELECT id FROM articles WHERE url <> "
                                                                           f"'{ORIGINAL.url}'")}
        # the copy brought no facts of its own: only the original's rows mention Solok's zone
        assert rows(store, "SELECT count(*) FROM compliance WHERE zone = 'hijau'") == [
            (sum(1 for c in story_facts.compliance if c.zone == "hijau"),)]


def test_copy_on_a_later_night_is_recognised_through_recent_texts(tmp_path):
    db = tmp_path / "warta.duckdb"
    with Store.open(db) as store:
        store.load(list(tag_articles(extract_pages([ORIGINAL]))), EXTRACTOR_VERSION)
    with Store.open(db, read_only=True) as store:
        known = store.recent_texts(days=100_000)
    assert [url for url, _ in known] == [ORIGINAL.url]
    # without the stored texts, the next night would take the copy for a new story
    assert [i.duplicate_of_url for i in tag_articles(extract_pages([COPY]))] == [None]
    items = list(tag_articles(extract_pages([COPY]), known_texts=known))
    assert [i.duplicate_of_url for i in items] == [ORIGINAL.url]
    with Store.open(db) as store:
        store.load(items, EXTRACTOR_VERSION)
    with Store.open(db, read_only=True) as store:
        assert rows(store, "SELECT count(*) FROM articles") == [(1,)]
        assert rows(store, "SELECT count(*) FROM sources") == [(2,)]
        # old articles fall out of the window
        assert store.recent_texts(days=0) == []
