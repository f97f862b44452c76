"""warta_mpp: plans told by a deadline ahead ("sebelum 2025 berakhir, MPP sudah beroperasi") and by a
wish noun ("Impian warga memiliki MPP …"); sentences written for these tests (invented events)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

TERNATE = R("kota", "Ternate")
PUBLISHED = datetime(2025, 4, 10)


@pytest.mark.parametrize("text, year", [
    ("Pembangunan MPP Kota Ternate dianggarkan Rp5 miliar. Dengan target itu, setidaknya sebelum 2025 berakhir, "
     "MPP sudah mulai beroperasi.", 2025),
    ("Wali Kota Ternate memastikan MPP Kota Ternate beroperasi paling lambat Desember 2026.", 2026),
    ("Mal Pelayanan Publik Kota Ternate sudah diresmikan sebelum akhir tahun ini, kata Sekda.", 2025),
    ("Kepala DPMPTSP menyebut MPP Kota Ternate selambat-lambatnya akhir 2025 sudah melayani warga.", 2025),
    ("MPP Kota Ternate diluncurkan sebelum tahun 2026 berakhir, begitu janji Wali Kota.", 2026),
])
def test_a_deadline_ahead_makes_the_launch_or_operation_a_plan(nlp, text, year):
    got = facts(nlp, text, PUBLISHED)
    assert (TERNATE, "planned", year) in got
    assert not {s for code, s, _ in got if code == TERNATE} & {"launched", "operating"}


@pytest.mark.parametrize("text, status", [
    # a deadline already past at publication: history as told
    ("MPP Kota Ternate sudah beroperasi sebelum akhir 2019, jauh sebelum daerah lain.", "operating"),
    # "sebelum" a year without an end word is the past
    ("MPP Kota Ternate sudah beroperasi sebelum 2025.", "operating"),
    # a deadline for something else, far from the launch word
    ("Wali Kota meresmikan MPP Kota Ternate pada Senin (7/4/2025) dan meminta seluruh instansi vertikal "
     "membuka gerai paling lambat akhir 2025.", "launched"),
    # a deadline in another sentence
    ("Mal Pelayanan Publik Kota Ternate diresmikan Senin (7/4/2025). Gerai Samsat dibuka paling lambat "
     "Juni 2025.", "launched"),
])
def test_a_deadline_past_or_apart_leaves_the_status(nlp, text, status):
    got = facts(nlp, text, PUBLISHED)
    assert status in {s for code, s, _ in got if code == TERNATE}
    assert (TERNATE, "planned") not in {(code, s) for code, s, _ in got}


@pytest.mark.parametrize("text", [
    "Impian warga Kota Ternate memiliki Mal Pelayanan Publik (MPP) sebentar lagi bakal terwujud.",
    "Keinginan Pemkot Ternate memiliki MPP sendiri segera terlaksana.",
    "Cita-cita Kota Ternate mempunyai MPP akan menjadi kenyataan tahun depan.",
    "Dambaan warga Kota Ternate untuk punya Mal Pelayanan Publik akhirnya segera terwujud.",
])
def test_a_wish_to_have_an_mpp_is_no_mpp_yet(nlp, text):
    got = facts(nlp, text, PUBLISHED)
    assert (TERNATE, "operating") not in {(code, s) for code, s, _ in got}


def test_having_one_without_a_wish_still_operates(nlp):
    got = facts(nlp, "Kota Ternate sudah memiliki Mal Pelayanan Publik (MPP) sejak 2021.", PUBLISHED)
    assert (TERNATE, "operating", 2021) in got


@pytest.mark.parametrize("text, want", [
    # the event after something still to be done: not yet, a plan
    ("Wali Kota Ternate meninjau gedung MPP. Ia mengatakan, sebelum MPP Kota Ternate beroperasi, pihaknya akan "
     "merenovasi lantai dua.", {(TERNATE, "planned")}),
    ("Mal Pelayanan Publik Kota Ternate direnovasi. Sebelum MPP itu dibuka untuk umum, tim Kementerian akan memeriksa "
     "kesiapannya.", {(TERNATE, "planned")}),
    # … history for an MPP the story tells operating or launched
    ("Sebelum diresmikan, MPP Kota Ternate sudah beroperasi sejak Januari 2024.", {(TERNATE, "operating")}),
    ("Menteri meresmikan MPP Kota Ternate, Senin (7/4/2025). Ia menjelaskan tahapan yang dilalui sebelum "
     "peresmian MPP itu.", {(TERNATE, "launched")}),
    # "sebelum" about something else, after the launch word
    ("Mal Pelayanan Publik Kota Ternate diresmikan Senin (7/4/2025), sehari sebelum Hari Jadi Kota Ternate.",
     {(TERNATE, "launched")}),
])
def test_an_event_after_something_else_is_not_yet(nlp, text, want):
    assert {(code, s) for code, s, _ in facts(nlp, text, PUBLISHED)} == want


@pytest.mark.parametrize("text, want", [
    # a launch asked for: a (weak) plan, the MPP runs already
    ("\"MPP Kota Ternate sudah jalan tapi saya tetap minta diresmikan oleh Menteri,\" kata Wali Kota.",
     {(TERNATE, "planned")}),
    ("Wali Kota memohon agar Menteri meluncurkan MPP Kota Ternate bulan depan.", {(TERNATE, "planned")}),
    # a launch put off: a plan
    ("Peresmian MPP Kota Ternate diundur menjadi 3 Agustus 2025.", {(TERNATE, "planned")}),
    ("Peluncuran Mal Pelayanan Publik Kota Ternate ditunda karena gedung belum siap.", {(TERNATE, "planned")}),
    # delayed before, held at last: launched
    ("Peresmian MPP Kota Ternate yang sempat tertunda akhirnya digelar Senin (7/4/2025).", {(TERNATE, "launched")}),
    # asked of an MPP told launched already
    ("Wali Kota meminta MPP Kota Ternate yang telah diresmikan pada 2024 dimanfaatkan warga.", {(TERNATE, "launched")}),
    ("Bupati meminta warga memanfaatkan MPP Kota Ternate yang diresmikan Senin (7/4/2025).", {(TERNATE, "launched")}),
    # postponed: something else, in another clause
    ("MPP Kota Ternate diresmikan Senin (7/4/2025), sedangkan rapat evaluasi ditunda.", {(TERNATE, "launched")}),
])
def test_a_launch_asked_for_or_put_off_is_a_plan(nlp, text, want):
    assert {(code, s) for code, s, _ in facts(nlp, text, PUBLISHED)} == want


@pytest.mark.parametrize("text", [
    "\"Kalau bisa peluncuran MPP Kota Ternate dilakukan oleh Menteri,\" kata Wali Kota.",
    "“Jika semua siap, MPP Kota Ternate diresmikan Menteri,” ujarnya.",
    "'Apabila gedung rampung, MPP Kota Ternate langsung beroperasi,' katanya.",
    "Kalau anggaran cair, MPP Kota Ternate diluncurkan tahun ini.",
])
def test_a_condition_opening_a_quote_makes_a_plan(nlp, text):
    got = {(code, s) for code, s, _ in facts(nlp, text, PUBLISHED)}
    assert (TERNATE, "planned") in got
    assert not got & {(TERNATE, "launched"), (TERNATE, "operating")}


def test_a_quoted_condition_ends_with_its_quote(nlp):
    text = ("\"Kalau bisa satu jam kenapa harus berjam-jam,\" kata Menteri saat meresmikan MPP Kota Ternate, "
            "Senin (7/4/2025).")
    assert {(code, s) for code, s, _ in facts(nlp, text, PUBLISHED)} == {(TERNATE, "launched")}


@pytest.mark.parametrize("text, want", [
    # planned long ago, launched now: the plan is history
    ("Wali Kota meresmikan MPP Kota Ternate, Senin (7/4/2025). Menurutnya, pengoperasian MPP ini sebenarnya sudah "
     "sejak lama direncanakan.", {(TERNATE, "launched"), (TERNATE, "operating")}),
    ("MPP Kota Ternate resmi dibuka Senin (7/4/2025). Pemkot telah merencanakannya sejak 2019.",
     {(TERNATE, "launched")}),
    # a plan told done with its plan ahead: still a plan
    ("Pemkot Ternate sudah merencanakan pembangunan MPP Kota Ternate pada 2026.", {(TERNATE, "planned")}),
    ("Pemkot Ternate telah menargetkan MPP Kota Ternate beroperasi tahun depan.", {(TERNATE, "planned")}),
    # planned long ago and nothing since: the plan is all the story tells
    ("MPP Kota Ternate telah direncanakan sejak 2019, namun terkendala anggaran.", {(TERNATE, "planned")}),
])
def test_a_plan_told_done_is_history_of_a_launched_mpp(nlp, text, want):
    assert {(code, s) for code, s, _ in facts(nlp, text, PUBLISHED)} == want


@pytest.mark.parametrize("text, want", [
    ("Pemkot Ternate akan mengimplementasikan Mal Pelayanan Publik tahun depan.", (TERNATE, "planned", 2026)),
    ("Rencananya ada dua daerah yang akan mengimplementasikan MPP, yaitu Kota Ternate dan Kota Tidore Kepulauan.",
     (TERNATE, "planned", None)),
    ("Kota Ternate telah mengimplementasikan MPP sejak 2022.", (TERNATE, "operating", 2022)),
    ("Pemkot Ternate sudah menyelenggarakan MPP sejak 2021 di Jalan Pahlawan.", (TERNATE, "operating", 2021)),
])
def test_implementing_an_mpp_is_having_one(nlp, text, want):
    assert want in facts(nlp, text, PUBLISHED)


def test_not_implementing_one_is_no_fact(nlp):
    assert facts(nlp, "Kota Ternate belum mengimplementasikan MPP.", PUBLISHED) == set()


def test_previously_is_the_past_not_before(nlp):
    got = facts(nlp, "Sebelumnya MPP Kota Ternate diresmikan Menteri pada Senin (7/4/2025).", PUBLISHED)
    assert {(code, s) for code, s, _ in got} == {(TERNATE, "launched")}
