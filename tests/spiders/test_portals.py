"""The portal table: the shipped data/portals.toml is valid, and malformed tables fail clearly."""
from __future__ import annotations

import pytest

from spiders.portals import DEFAULT_PORTALS, PortalConfigError, find_portal, load_portals, portal_for_url

SEED_KEYS = {"klikpositif", "rakyatbengkulu", "ombudsman_perwakilan", "kalamanthana", "prnewspresisi"}


def test_shipped_table_is_valid_and_covers_the_seeds():
    portals = load_portals(DEFAULT_PORTALS)
    keys = [p.key for p in portals]
    assert SEED_KEYS <= set(keys)
    assert len(portals) >= 25
    for p in portals:
        entry_points = p.sitemaps + p.feeds + p.listings
        assert entry_points, f"{p.key} has no discovery entry point"
        assert all(p.owns(u) for u in entry_points), f"{p.key} lists an entry point on another site"
        assert p.province is None or len(p.province) == 2


def test_portal_province_codes_exist_in_the_gazetteer():
    from pipeline.gazetteer import get_gazetteer

    provinces = get_gazetteer().provinces
    for p in load_portals(DEFAULT_PORTALS):
        assert p.province is None or p.province in provinces, p.key


def write(tmp_path, text: str):
    path = tmp_path / "portals.toml"
    path.write_text(text)
    return path


GOOD = '[[portal]]\nkey = "tes"\nname = "Tes"\nbase_url = "https://tes.id/"\n'


@pytest.mark.parametrize("extra, message", [
    ('province = "Sumbar"\n', "portal 'tes': field 'province'"),
    ('layout = "blogspot"\n', "portal 'tes': field 'layout'"),
    ('sitemaps = "https://tes.id/sitemap.xml"\n', "portal 'tes': field 'sitemaps' must be a list"),
    ('feeds = ["ftp://tes.id/feed"]\n', "portal 'tes': field 'feeds' must be an absolute http(s) URL"),
    ("article_pattern = '^/read/(\\\\d+'\n", "portal 'tes': field 'article_pattern' is not a valid regular"),
    ('sitemap = ["https://tes.id/s.xml"]\n', "portal 'tes': field 'sitemap' is unknown"),
])
def test_malformed_fields_are_named(tmp_path, extra, message):
    with pytest.raises(PortalConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_portals(write(tmp_path, GOOD + extra))


def test_missing_fields_duplicates_and_bad_toml(tmp_path):
    with pytest.raises(PortalConfigError, match="portal 'tes': field 'base_url' is required"):
        load_portals(write(tmp_path, '[[portal]]\nkey = "tes"\nname = "Tes"\n'))
    with pytest.raises(PortalConfigError, match="portal #1: field 'key' is required"):
        load_portals(write(tmp_path, '[[portal]]\nname = "Tes"\n'))
    with pytest.raises(PortalConfigError, match="field 'key' is duplicated"):
        load_portals(write(tmp_path, GOOD + GOOD))
    with pytest.raises(PortalConfigError, match="not valid TOML"):
        load_portals(write(tmp_path, "[[portal]\nkey = "))
    with pytest.raises(PortalConfigError, match="not found"):
        load_portals(tmp_path / "missing.toml")


def test_relative_entry_points_are_joined_to_the_base(tmp_path):
    [p] = load_portals(write(tmp_path, GOOD + 'feeds = ["/feed/"]\n'))
    assert p.feeds == ("https://tes.id/feed/",)
    assert find_portal([p], "tes") is p
    with pytest.raises(PortalConfigError, match="no portal with key 'x'"):
        find_portal([p], "x")


def test_url_maps_to_its_defined_portal_or_a_generic_one():
    portals = load_portals(DEFAULT_PORTALS)
    assert portal_for_url("https://www.klikpositif.com/2023/05/x/", portals).key == "klikpositif"
    generic = portal_for_url("https://berita-baru.example.id/daerah/", portals)
    assert generic.generic and generic.key == "berita_baru_example_id"
    assert generic.listings == ("https://berita-baru.example.id/daerah/",)
    with pytest.raises(PortalConfigError):
        portal_for_url("not-a-url", portals)


def test_no_path_means_the_table_shipped_with_the_code():
    """Callers pass None when the user gave no --portals-file: that is the default table, not a crash."""
    assert load_portals(None) == load_portals() == load_portals(DEFAULT_PORTALS)
