"""warta_mpp: a sentence whose subject is elided, right after one naming the MPP, tells of that MPP
("… MPP ini jadi yang pertama di Maluku Utara. Diresmikan pada hari ini, Senin (…)"); having one
"now" is operating; sentences written for these tests (invented events)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

TERNATE = R("kota", "Ternate")
PUBLISHED = datetime(2025, 4, 7)


@pytest.mark.parametrize("text, want", [
    ("Mal pelayanan ini jadi yang pertama di Maluku Utara, kata Wali Kota Ternate. Diresmikan pada hari ini, "
     "Senin (7/4/2025) oleh Menteri PANRB.", (TERNATE, "launched", 2025)),
    ("MPP Kota Ternate masih direnovasi. Sehingga 2026 sudah bisa beroperasi.", (TERNATE, "planned", 2026)),
    ("Pembangunan fisik Mal Pelayanan Publik Kota Ternate rampung bulan lalu. \"Insyaallah Juni mendatang "
     "diresmikan,\" ujarnya.", (TERNATE, "planned", 2025)),
    ("MPP Kota Ternate berada di lantai dua Pasar Gamalama.\n\nKemarin, Senin (6/4/2025), resmi diluncurkan "
     "oleh Wali Kota.", (TERNATE, "launched", 2025)),
    ("Gedung eks Bank di Jalan Pahlawan menjadi lokasi MPP Kota Ternate. Rencananya akan diresmikan pada "
     "Juni 2025.", (TERNATE, "planned", 2025)),
    ("Mal Pelayanan Publik Kota Ternate berada di lantai dua Pasar Gamalama. Diresmikan Menteri PANRB, Senin "
     "(7/4/2025).", (TERNATE, "launched", 2025)),
])
def test_an_elided_subject_tells_of_the_mpp_just_named(nlp, text, want):
    assert want in facts(nlp, text, PUBLISHED)


@pytest.mark.parametrize("text", [
    # a subject of its own: another government's plan
    "MPP Kota Ternate jadi yang pertama di Maluku Utara. Pemkab Halmahera Barat juga akan membangun MPP tahun depan.",
    # a sentence apart from the MPP's: the elided subject is something else, further away
    "MPP Kota Ternate jadi yang pertama di Maluku Utara. Warga antusias mengunjunginya. Jembatan di pelabuhan "
    "juga sedang diperbaiki. Diresmikan pada hari ini, Senin (7/4/2025) oleh Menteri PUPR.",
    # an event noun of another thing ("peresmian jembatan") is no elided MPP event
    "MPP Kota Ternate jadi yang pertama di Maluku Utara. Sudah diresmikan pula jembatan Kota Baru.",
    "MPP Kota Ternate jadi yang pertama di Maluku Utara. Diresmikan pula Gedung Serbaguna di Jalan Pahlawan.",
])
def test_a_sentence_with_a_subject_of_its_own_or_apart_is_no_elided_mpp(nlp, text):
    assert (TERNATE, "launched") not in {(code, s) for code, s, _ in facts(nlp, text, PUBLISHED)}


@pytest.mark.parametrize("text", [
    "Kota Ternate kini memiliki Mal Pelayanan Publik (MPP). Diresmikan pada hari ini, Senin (7/4/2025) oleh Menteri.",
    "Warga Ternate sekarang punya MPP. Wali Kota meresmikan MPP Kota Ternate, Senin (7/4/2025).",
])
def test_having_one_now_is_operating_besides_the_launch(nlp, text):
    got = {(code, s) for code, s, _ in facts(nlp, text, PUBLISHED)}
    assert {(TERNATE, "operating"), (TERNATE, "launched")} <= got


def test_having_one_at_last_is_the_launch(nlp):
    got = {(code, s) for code, s, _ in facts(nlp, "Wali Kota meresmikan MPP Kota Ternate, Senin (7/4/2025). Ternate "
                                            "akhirnya memiliki MPP.", PUBLISHED)}
    assert got == {(TERNATE, "launched")}


def test_an_elided_subject_in_a_quote_before_its_speaker(nlp):
    text = ("Wali Kota meninjau renovasi MPP Kota Ternate. \"Insyaallah 2026 sudah bisa beroperasional,\" "
            "pungkasnya.")
    assert (TERNATE, "planned", 2026) in facts(nlp, text, PUBLISHED)


@pytest.mark.parametrize("text, want", [
    ("MPP Kota Ternate merupakan MPP ke-56 yang telah berdiri di seluruh Indonesia.", {(TERNATE, "operating")}),
    ("Mal Pelayanan Publik Kota Ternate sudah berdiri di Jalan Pahlawan sejak tiga tahun lalu.",
     {(TERNATE, "operating")}),
    # the building standing, the MPP still to come
    ("Gedung MPP Kota Ternate sudah berdiri, tinggal menunggu peresmian.", {(TERNATE, "planned")}),
    ("Bangunan fisik MPP Kota Ternate telah berdiri dan akan diresmikan Juni 2025.", {(TERNATE, "planned")}),
])
def test_an_mpp_standing_already_operates_not_its_building(nlp, text, want):
    assert {(code, s) for code, s, _ in facts(nlp, text, PUBLISHED)} == want


@pytest.mark.parametrize("text", [
    "Warga Kota Ternate kini menanti peluncuran MPP Kota Ternate.",
    "Pemkot Ternate tinggal menunggu peresmian MPP oleh Menteri.",
])
def test_waiting_for_the_launch_is_a_plan(nlp, text):
    assert {(code, s) for code, s, _ in facts(nlp, text, PUBLISHED)} == {(TERNATE, "planned")}


def test_mpps_standing_in_general_are_no_fact_of_the_story(nlp):
    text = ("Menteri meresmikan MPP Kota Ternate, Senin (7/4/2025). Ia menyebut MPP yang sudah berdiri akan diarahkan "
            "menjadi MPP digital.")
    assert {(code, s) for code, s, _ in facts(nlp, text, PUBLISHED)} == {(TERNATE, "launched")}


@pytest.mark.parametrize("text, want", [
    ("Bupati akan konsisten membenahi pelayanan publik seiring berdirinya Mal Pelayanan Publik (MPP) di Kota Ternate.",
     {(TERNATE, "operating")}),
    ("Sejak hadirnya MPP Kota Ternate, antrean di kantor Disdukcapil berkurang.", {(TERNATE, "operating")}),
    ("Pasca keberadaan Mal Pelayanan Publik Kota Ternate, warga tak perlu lagi ke banyak kantor.",
     {(TERNATE, "operating")}),
    # its presence still ahead
    ("Seiring hadirnya MPP Kota Ternate nanti, layanan akan lebih cepat.", {(TERNATE, "planned")}),
    # "dengan" (with) its presence: a hope, no status
    ("Dengan berdirinya Mal Pelayanan Publik Kota Ternate, warga diharapkan lebih mudah mengurus izin.", set()),
])
def test_since_the_mpps_presence_it_operates(nlp, text, want):
    assert {(code, s) for code, s, _ in facts(nlp, text, PUBLISHED)} == want


def test_no_more_waiting_is_no_plan(nlp):
    got = facts(nlp, "Tak perlu menunggu, MPP sudah beroperasi di Kota Ternate sejak 2024.", PUBLISHED)
    assert {(code, s) for code, s, _ in got} == {(TERNATE, "operating")}
