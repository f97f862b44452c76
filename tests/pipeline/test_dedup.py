"""pipeline.dedup: a syndicated copy is found, a different report on the same topic is not."""
from __future__ import annotations

import pytest

from pipeline.dedup import NearDuplicateIndex, shingles

STORY = (
    "PADANG - Ombudsman RI Perwakilan Sumatera Barat menyerahkan hasil penilaian kepatuhan standar pelayanan "
    "publik tahun 2023 kepada pemerintah kabupaten dan kota se-Sumatera Barat, Selasa (16/1/2024). "
    "Kabupaten Solok meraih nilai tertinggi dengan 95,08 dan masuk zona hijau dengan opini kualitas tertinggi. "
    "Kepala Ombudsman RI Perwakilan Sumatera Barat, Adel Wahyudi, mengatakan penilaian tahun ini menilai "
    "empat dimensi, yakni kompetensi penyelenggara, sarana dan prasarana, standar pelayanan, serta pengelolaan "
    "pengaduan. Menurut dia, masih ada tiga daerah yang berada di zona kuning dan perlu pendampingan intensif "
    "agar bisa naik ke zona hijau pada penilaian berikutnya. Bupati Solok menyampaikan terima kasih atas "
    "pendampingan Ombudsman dan berjanji mempertahankan capaian itu dengan memperbaiki layanan di setiap "
    "kecamatan dan nagari. Mal Pelayanan Publik yang beroperasi sejak awal 2023 disebut ikut mendongkrak "
    "nilai, karena warga kini dapat mengurus dokumen kependudukan, perizinan dan layanan perbankan di satu "
    "tempat tanpa harus berpindah kantor."
)

#: The same story on another portal: its own dateline and portal name, one sentence reworded, a
#: closing line added.
SYNDICATED = (
    STORY.replace("PADANG - ", "PADANG, KabarNagari.com - ")
    .replace("Bupati Solok menyampaikan terima kasih", "Bupati Solok mengucapkan terima kasih")
    + " (rel)"
)

#: Another report on the same event and topic, written independently.
SAME_TOPIC = (
    "AROSUKA - Pemerintah Kabupaten Solok kembali mencatat capaian dalam pelayanan publik. Dalam penilaian "
    "kepatuhan yang diumumkan Ombudsman Sumatera Barat di Padang, Selasa (16/1/2024), Kabupaten Solok "
    "menempati peringkat pertama se-Sumatera Barat dengan nilai 95,08 dan predikat zona hijau. Sekretaris "
    "Daerah Kabupaten Solok menyebut hasil itu buah kerja keras seluruh organisasi perangkat daerah, terutama "
    "dinas yang langsung melayani warga. Ia berharap kecamatan dan nagari ikut berbenah agar nilai tahun depan "
    "tidak turun. Menurutnya, kehadiran Mal Pelayanan Publik sejak 2023 sangat membantu, sebab warga kini tak "
    "perlu lagi bolak-balik ke banyak kantor untuk mengurus izin maupun dokumen kependudukan."
)


@pytest.fixture
def index():
    idx = NearDuplicateIndex(threshold=0.8)
    idx.add("portal-a/1", STORY)
    idx.add("portal-c/9", "Harga cabai di Pasar Raya Padang naik menjelang Ramadan, pedagang mengeluhkan sepi.")
    return idx


def test_syndicated_copy_is_found(index):
    assert index.find(SYNDICATED) == "portal-a/1"
    assert index.find(STORY) == "portal-a/1"
    key, score = index.matches(SYNDICATED)[0]
    assert key == "portal-a/1" and score >= 0.8


def test_same_topic_different_story_is_not_found(index):
    assert index.find(SAME_TOPIC) is None
    assert index.matches(SAME_TOPIC) == []


def test_empty_and_wordless_text():
    idx = NearDuplicateIndex()
    assert idx.find(STORY) is None  # empty index
    assert idx.add("empty", "") is False and idx.add("punct", "... — !!!") is False
    assert len(idx) == 0 and idx.find("") is None


def test_re_adding_a_key_replaces_it(index):
    index.add("portal-a/1", SAME_TOPIC)
    assert len(index) == 2
    assert index.find(STORY) is None
    assert index.find(SAME_TOPIC) == "portal-a/1"
    assert "portal-a/1" in index


def test_shingles_ignore_case_and_punctuation():
    assert shingles("Bupati Solok, H. Epyardi!") == shingles("bupati solok h epyardi")
    assert shingles("dua kata") == {b"dua kata"}


def test_threshold_is_validated():
    with pytest.raises(ValueError):
        NearDuplicateIndex(threshold=0)
