"""warta_mpp: an MPP's own name between it and its region ("MPP Graha Sewaka Denpasar", "MPP Gajah
Mada-Kota Mojokerto"); sentences written for these tests (invented names and events)."""
from __future__ import annotations

from datetime import datetime

import pytest

from tests.pipeline.facttypes.test_compliance import R
from tests.pipeline.facttypes.test_mpp import facts

PUBLISHED = datetime(2025, 4, 7)


@pytest.mark.parametrize("text, want", [
    ("Wali Kota menjelaskan, pelayanan publik terpusat di Mal Pelayanan Publik Graha Sewaka Denpasar.",
     (R("kota", "Denpasar"), "operating", None)),
    ("Pemkot terus menambah layanan di MPP Gajah Mada-Kota Mojokerto yang sudah beroperasi sejak 2020.",
     (R("kota", "Mojokerto"), "operating", 2020)),
    ("Bupati meresmikan MPP Askara Bumi Sukowati Sragen, Senin (7/4/2025).", (R("kabupaten", "Sragen"), "launched", 2025)),
    ("Mal Pelayanan Publik Sinar Kabupaten Sleman diresmikan Menteri, Senin (7/4/2025).",
     (R("kabupaten", "Sleman"), "launched", 2025)),
])
def test_an_mpps_own_name_before_its_region(nlp, text, want):
    assert want in facts(nlp, text, PUBLISHED)


@pytest.mark.parametrize("gap, name", [
    (" Graha Sewaka ", True),
    (" Gajah Mada-", True),
    (" Askara Bumi Sukowati ", True),
    (" Sinar Kabupaten ", True),
    (" Segera Berdiri ", False),  # a headline's words
    (" Resmi Dibuka ", False),
    (" Bupati ", False),  # an official's title: "meninjau MPP Bupati Sleman …"
    (" Satu Dua Tiga Empat ", False),  # more than three words
    (" bersama ", False),  # lower case
    (", ", False),
])
def test_what_counts_as_an_mpps_own_name(gap, name):
    from pipeline.facttypes.mpp.governments import _local_name

    assert _local_name(gap) == name


def test_a_title_after_the_mpp_gives_no_region_of_its_own(nlp):
    got = facts(nlp, "Warga antre di MPP. Wali Kota Ternate menyebut MPP Bupati Sleman sebagai contoh.", PUBLISHED)
    assert R("kabupaten", "Sleman") not in {code for code, _, _ in got}


def test_long_form_matches_are_the_pattern_matches():
    """MENTION_LONG tried where its first words start finds what its search over the text finds."""
    from pipeline.facttypes.mpp.names import MENTION_LONG, _mention_long_matches
    texts = ["Mal  Pelayanan\nPublik (MPP) dan MALL PELAYAN PUBLIK Kota A", "formal pelayanan; mol pelayanan",
             "Mal Pelayanan Publİk Kota B", "mall pelayanan publikasi", ""]
    for text in texts:
        assert [m.span() for m in _mention_long_matches(text)] == [m.span() for m in MENTION_LONG.finditer(text)]
