"""Indonesian language data (pipeline/lang): read once, used everywhere, written nowhere else."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline import lang

ROOT = Path(__file__).resolve().parents[2]


def test_months_days_and_their_spellings():
    assert lang.MONTHS["nopember"] == lang.MONTHS["nov"] == lang.MONTHS["november"] == 11
    assert lang.MONTHS["agt"] == 8 and lang.MONTHS["may"] == 5
    assert lang.DAYS["jum'at"] == lang.DAYS["jumat"] == 4 and lang.DAYS["ahad"] == 6
    assert lang.MONTH_CANONICAL[0] == "januari" and len(lang.MONTH_CANONICAL) == 12
    assert lang.DAY_CANONICAL == ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")


@pytest.mark.parametrize(("words", "value"), [
    ("41", 41), ("1.245", 1245), ("26.461", 26461), ("tiga", 3), ("sebelas", 11), ("dua belas", 12),
    ("tiga puluh dua", 32), ("seratus dua puluh", 120), ("dua ratus", 200), ("seribu dua ratus", 1200),
    ("dua ribu tiga ratus", 2300), ("ratusan", None), ("banyak", None), ("", None),
])
def test_number_value(words, value):
    assert lang.number_value(words) == value


def test_relative_years_and_collectives():
    assert lang.RELATIVE_YEARS["lalu"] == -1 and lang.RELATIVE_YEARS["depan"] == 1
    assert "kelima" in lang.COLLECTIVES and "kesatu" not in lang.COLLECTIVES


@pytest.mark.parametrize("line", ["BACA JUGA: Bupati Resmikan Pasar", "Lihat pula: …", "Berita Lainnya",
                                  "Reporter : Andi", "Foto: Bupati meninjau MPP. (Humas)", "Kategori: Daerah",
                                  "Loading...", "© 2024 Warta", "Terpopuler", "Berita Terkini:", "BERITA TERBARU"])
def test_noise_lines(line):
    assert lang.noise_line(line)


def test_noise_lines_without_captions_and_prose():
    assert not lang.noise_line("Foto: Bupati Gowa meninjau MPP.", captions=False)
    assert not lang.noise_line("Sumber daya manusia menjadi kendala, kata Bupati.")
    assert not lang.noise_line("Baca buku di perpustakaan daerah meningkat.")


def test_titles_and_people():
    assert lang.TITLES["bupati"] == ("kepala_daerah", "")
    assert lang.TITLES["kepala"] == ("perangkat_daerah", "org")
    assert "hj" in lang.HONORIFICS and "ssos" in lang.DEGREES and "muh" in lang.GIVEN_NAME_ABBREVIATIONS
    assert "dg" in lang.GIVEN_NAME_ABBREVIATIONS  # Daeng inside a name: "Andi Baso Dg. Mangulle"
    assert lang.TITLES["ketua kasn"] == ("pusat", "") and lang.TITLES["wakil wali"][0] == "wakil_kepala_daerah"
    assert lang.TITLES["kepala kejaksaan tinggi"][0] == "lainnya" and lang.TITLES["perwakilan ombudsman"][0] == "ombudsman"
    assert lang.TITLES["sekertaris daerah"][0] == "sekda" and lang.TITLES["sekretarias"] == ("perangkat_daerah", "org")


def test_words_pattern_longest_first_and_spaces():
    rx = re.compile(lang.words_pattern(["mal pelayanan", "mal pelayanan publik"]), re.I)
    assert rx.search("Mal  Pelayanan Publik").group(0) == "Mal  Pelayanan Publik"


#: lists that live in pipeline/lang only: a copy anywhere else is the drift this package ends
WRITTEN_ONCE = {
    "month names": re.compile(r"""["'](?:januari|februari|nopember|desember)["']\s*[,:]""", re.I),
    "day names": re.compile(r"""["'](?:senin|selasa|kamis|sabtu)["']\s*[,:]""", re.I),
    "number words": re.compile(r"""["'](?:sembilan|delapan)["']|\|sembilan\||delapan\|sembilan""", re.I),
    "related-link lines": re.compile(r"""baca\\s\+\(\?:juga|["']baca juga["']\s*,""", re.I),
}


@pytest.mark.parametrize("what", list(WRITTEN_ONCE))
def test_language_lists_are_written_once(what):
    found = []
    for folder in ("pipeline", "flows", "spiders"):
        for path in (ROOT / folder).rglob("*.py"):
            if "lang" in path.relative_to(ROOT).parts:
                continue
            code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                             if not line.lstrip().startswith("#"))
            if WRITTEN_ONCE[what].search(code):
                found.append(str(path.relative_to(ROOT)))
    assert not found, f"{what} written outside pipeline/lang: {found}"



import re

from pipeline.lang import Gated
from pipeline.facttypes.mpp.status import MAKE_SITE, OWN_BARE, SINCE_YEAR


def test_gated_answers_as_its_pattern():
    rx = re.compile(r"\bsejak\s+(?:19|20)\d\d\b", re.IGNORECASE)
    gated = Gated(rx, ("sejak",))
    for text in ["MPP beroperasi sejak 2019.", "SEJAK 2020 ada.", "Tidak ada tahun.", "\u017fejak 2021 berjalan",
                 "MPP dibuka tahun 2022.", ""]:
        assert bool(gated.search(text)) == bool(rx.search(text)), text
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in rx.finditer(text)], text
    assert gated.search("Tidak ada tahun.") is None and gated.search("\u017fejak 2021 berjalan")


def test_the_mpp_patterns_behind_gates_find_their_matches():
    assert MAKE_SITE.search("Pemkot menyiapkan gedung eks bioskop sebagai lokasi MPP.").group("loc") == "gedung eks bioskop"
    assert SINCE_YEAR.search("MPP itu beroperasi sejak awal tahun 2021.")
    assert list(OWN_BARE.finditer("Daerah yang sudah memiliki, antara lain Kota A.")) and OWN_BARE.search("Tidak ada.") is None


from pipeline.lang import line_start_matches
from pipeline.facttypes.regions.component import SKIP_LINE


def test_line_start_matches_are_the_patterns_matches():
    """Tried at line starts only, a pattern anchored there (regions' SKIP_LINE: link and heading lines)
    finds what its finditer finds, a match over two lines and a text ending in a newline included."""
    assert SKIP_LINE.pattern.startswith("(?im)^")
    texts = ["Kota A meraih zona hijau.\nBaca juga: Kota B\nKota C", "BACA JUGA:\n  Judul lain\nKota D",
             "baca juga\n", "\n\nBaca Juga: x\nBaca Juga: y\n", "Kota – Baca juga: sisipan", "", "\n",
             "Lihat juga: \u0130stanbul\nKota E"]
    for text in texts:
        assert [m.span() for m in line_start_matches(SKIP_LINE, text)] == [m.span() for m in SKIP_LINE.finditer(text)], text
    assert line_start_matches(SKIP_LINE, texts[0])
    rx = re.compile(r"(?m)^a+")
    assert [m.span() for m in line_start_matches(rx, "aa\naXa\n\na")] == [(0, 2), (3, 4), (8, 9)]


def test_plain_ascii_is_ascii_without_the_separators_unicode_whitespace_adds():
    from pipeline.lang import plain_ascii
    for sep in "\x1c\x1d\x1e\x1f":
        assert re.fullmatch(r"\s", sep) and not re.fullmatch(r"\s", sep, re.ASCII)
        assert not plain_ascii(f"Kota A{sep}zona hijau")
    assert plain_ascii("Kota A zona hijau\n\t") and plain_ascii("") and not plain_ascii("Kota A – zona")


from pathlib import Path

from pipeline.lang import NOISE, NOISE_LINE, NOISE_LINE_BUT_CAPTIONS, LineOpening, line_openings
from pipeline.lang import noise_line

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus" / "articles.jsonl"


def test_noise_lines_behind_their_openings_match_as_the_patterns_do():
    """The openings are read from the patterns (so a word added to noise.toml is an opening at once);
    the gate is sound on every word of noise.toml written in lower case, capitals and title case,
    after white space (a no-break space too), with the characters IGNORECASE reads as ASCII letters
    ("ı", "ſ", "İ") and on every line of the bundled corpus."""
    lines = [line for line in CORPUS.read_text(encoding="utf-8").replace("\\n", "\n").splitlines()]
    words = [w for kind in NOISE.values() for w in kind]
    for w in words:
        for form in (w, w.upper(), w.title()):
            lines += [f"{form}: Kota A", f" \t\u00a0{form} : x", f"{form}", f"{form} – y"]
    lines += ["Bac\u0131 juga: x", "Ba\u017fa", "\u0130klan: x", "L\u0130HAT JUGA", "Kota A meraih zona hijau.", "", "  "]
    for rx in (NOISE_LINE, NOISE_LINE_BUT_CAPTIONS):
        gated = LineOpening(rx)
        assert gated.openings and "baca" in gated.openings and "©" in gated.openings
        for line in lines:
            assert bool(gated.match(line)) == bool(rx.match(line)), line
    assert noise_line("BACA JUGA: Kota A") and not noise_line("Kota A meraih zona hijau.")
    # (for `match`, the "^" may be left out; a pattern whose alternatives do not all open with literal text has none)
    assert line_openings(re.compile(r"\s*(?:a|B)", re.I)) == ("a", "b")
    assert line_openings(re.compile(r"^\s*(?:a|\w)")) is None and line_openings(re.compile(r"^(?:a|b)")) is None


def test_unit_lower_is_the_lower_case_kept():
    """`unit_lower` answers as `str.lower` (texts whose lower case is longer, or folds otherwise, included)
    and keeps the answer: the same object for the same text asked again."""
    from pipeline.lang import UNIT_LOWERS, unit_lower
    for text in ("Kota A Masuk ZONA Hijau.", "\u0130nspektorat \u212aota \u017fatu \u00c9ra", "", "abc"):
        assert unit_lower(text) == text.lower()
        assert unit_lower(text) is unit_lower(text)
    assert len(unit_lower("\u0130")) == 2 and unit_lower.cache_info().maxsize == UNIT_LOWERS
