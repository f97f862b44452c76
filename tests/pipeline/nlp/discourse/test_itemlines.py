"""Lists told on the lines after their heading (pipeline/nlp/discourse/itemlines.py), on invented text."""
from __future__ import annotations

from pipeline.nlp.discourse import discourse_of
from pipeline.nlp.discourse.itemlines import item_runs, joined


def _runs(nlp, text):
    """The text of each joined list unit."""
    doc = nlp(text)
    d = discourse_of(doc)
    content, _ = joined(d.text, d.units, d.content, d.mentions_in)
    runs = item_runs(d.text, d.units, d.mentions_in)
    heads = {d.units[k].index for k, _ in runs}
    return [u.text for u in content if u.index in heads]


def test_numbered_items_after_a_colon_heading_are_one_unit(nlp):
    text = ("Sebanyak 4 kabupaten meraih zona hijau, yaitu:\n1. Kabupaten Bantul\n2. Kabupaten Sleman\n"
            "3. Kulon Progo\n4. Gunungkidul\nBupati Bantul hadir di Yogyakarta.")
    [unit] = _runs(nlp, text)
    assert unit.startswith("Sebanyak 4") and unit.endswith("Gunungkidul")


def test_bare_lines_after_berikut_daftarnya(nlp):
    text = ("Tiga daerah masuk zona kuning. Berikut daftarnya.\nKabupaten Lebak\nPandeglang\nKota Cilegon\n"
            "Acara itu digelar di Serang.")
    [unit] = _runs(nlp, text)
    assert unit.startswith("Berikut daftarnya.") and unit.endswith("Kota Cilegon")


def test_one_item_per_paragraph_with_bullets_and_values(nlp):
    text = ("Nilai tertinggi diraih daerah berikut:\n\n- Kota Madiun 91,20\n\n- Kabupaten Ngawi: 88,45\n\n"
            "- Kabupaten Magetan (86,10)\n\nPenyerahan dilakukan di Surabaya.")
    [unit] = _runs(nlp, text)
    assert unit.endswith("(86,10)") and "Surabaya" not in unit


def test_a_counted_heading_needs_two_items(nlp):
    text = "Sebanyak dua kabupaten masuk zona merah.\nKabupaten Sampang\nKabupaten Bangkalan\nLainnya menyusul."
    [unit] = _runs(nlp, text)
    assert unit.endswith("Kabupaten Bangkalan")
    # one bare name after a counted sentence is a headline or a dateline, not a list
    assert _runs(nlp, "Sebanyak dua kabupaten masuk zona merah.\nKabupaten Sampang\nBupati Sampang menanggapi.") == []


def test_no_run_without_a_heading_or_after_an_unrelated_sentence(nlp):
    assert _runs(nlp, "Bupati meninjau pasar pagi ini.\nKabupaten Sampang\nKabupaten Bangkalan") == []
    # a sentence (not an item) ends the run: what follows is not joined
    text = "Daerah itu yakni:\nKota Kediri\nKota Blitar meraih nilai tertinggi dalam lomba.\nKabupaten Tulungagung"
    [unit] = _runs(nlp, text)
    assert unit.endswith("Kota Kediri")


def test_bullets_with_an_abbreviated_government_word_split_off(nlp):
    text = "Kategori C diraih 3 daerah berikut:\n- Kab. Lebak\n- Kab. Pandeglang\n- Kota Serang\nBupati Lebak hadir."
    [unit] = _runs(nlp, text)
    assert unit.endswith("Kota Serang")


def test_ends_as_head_is_the_pattern_search():
    """The heading's end read from the text's last word answers as LIST_HEAD_END's search."""
    from pipeline.nlp.discourse.itemlines import LIST_HEAD_END, ends_as_head
    texts = ["Sebanyak 4 kabupaten meraih zona hijau, yaitu:", "Daftarnya sebagai  berikut .", "antara\nlain",
             "Berikut ini", "Kabupaten A adalah.", "Kota B meraih nilai 80.", "…: . .", ":", "", " . ",
             "daerah itu yakn\u0131", "YAKNİ", "di antaranya:\u2003.", "diantaranya\x1c", "nama-namanya",
             "penilaian adalah kunci", "Kota Cyakni", "selengkapnya_"]
    for text in texts:
        assert ends_as_head(text) == (LIST_HEAD_END.search(text) is not None), text
