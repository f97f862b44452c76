"""Ombudsman compliance-assessment results of regional governments: `doc._.compliance`.

One `ComplianceResult` per assessed government and assessment year. The component reads the
regions component's spans (`doc.spans["regions"]`, `doc.spans["provinces"]`) for subjects and works
on *text units*: spaCy's sentences, further split at line breaks (portal paragraphs and headlines
often lack a final full stop).

How a result is put together (all rules are general forms, the word lists are the tables below):

- **elements** of a unit, found by compiled regexes: zones ("zona hijau", "rapor kuning"), grades
  ("kepatuhan tinggi", "opini kualitas tertinggi", "kategori B": each implies a zone), scores
  ("nilai 87,31", "(86,61)", "27,00 poin", a decimal right after a subject), ranks ("posisi 46",
  "nilai tertinggi": a result without zone) and years;
- **subjects**: region and province spans of the unit that name an assessed government; not an
  Ombudsman office ("Ombudsman Kalsel"), a governor's office, a dateline ("PONTIANAK –"), a scope
  ("daerah di Jambi", "se-Kalbar") or an event place ("di Banjarmasin, Senin (9/1/2023)"); a province
  written as a place ("di Provinsi Kalteng", bare "Kalteng") only when no other subject is there;
- one subject: each element goes to the year of its clause, one result per year (histories:
  "menjadi 95,08 pada 2023, lalu mencapai 97,73 dengan kategori A pada 2024");
  several subjects (lists, prose tables): each takes the score written after it and the zone of its
  clause ("…, sementara Pemprov Sumbar masih di zona kuning");
- across units: a zone stated for an unnamed group ("Empat pemerintah daerah lain berada pada zona
  kuning.") goes to the list of the next unit; a list without a result ("Kelima daerah tersebut adalah
  …") goes to the next unit's result when that one refers back ("Kelimanya masuk zona …"); a single
  subject carries to the next unit that refers back ("daerah ini", "nilainya");
- not results: hopes and targets (elements in the scope of "berharap", "agar", "bisa naik ke …",
  "tinggal sedikit lagi"), unless the unit states what is kept ("mempertahankan … yang sudah didapat
  pada 2018"); units about COVID-19, disasters; units with no compliance context nearby;
- year: the unit's year (clause-nearest), else, for a sentence that goes on from the previous one
  ("Sementara …", "Pada penilaian itu, …"), the year told there, else the assessment year of the
  article's lead (a relative "tahun ini" only when the lead writes no year), else null; a compared
  earlier year ("…, setelah pada penilaian 2023 masih di zona merah") holds only after its cue; in a
  report on last year's assessment published early in the next, "tahun ini" is that assessment;
  never a future year, never a law citation year ("Nomor 25 Tahun 2009"), never an event date;
- results in a row are their own compliance context; "kategori C." ends a sentence although the
  tokenizer reads it as an initial;
- finally results of one government and year are merged (a zone from one sentence, the score from
  another), and an empty result (rank only) is dropped when that government has another one.

`doc_text`, `text_units`, `valid_years` and `is_noise` are shared with the MPP component.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import datetime

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.gazetteer import get_gazetteer
from pipeline.models import ComplianceResult
from pipeline.nlp.text import doc_text

# =============================================================================================
# Data tables (curated from Ombudsman RI assessment wording: "Penilaian Kepatuhan Standar
# Pelayanan Publik" 2015-2022 zones and predikat, "Opini Ombudsman" 2023- quality categories A-E,
# and from regional press usage seen in the seed and dev articles).
# =============================================================================================

#: grade word -> zone (kepatuhan tinggi/sedang/rendah; opini kualitas tertinggi … terendah; A–E)
GRADE_ZONE: dict[str, str] = {
    "tertinggi": "hijau", "tinggi": "hijau", "sedang": "kuning", "rendah": "merah",
    "sangat rendah": "merah", "terendah": "merah",
    "a": "hijau", "b": "hijau", "c": "kuning", "d": "merah", "e": "merah",
}
ZONES = ("hijau", "kuning", "merah")
#: nouns that, before a colour, make it a compliance zone ("rapor kuning", "kelompok kuning")
ZONE_NOUNS = ("zona", "rapor", "raport", "rapot", "kelompok", "kategori", "predikat", "status",
              "warna", "capaian", "opini", "label", "zona kepatuhan")
#: words that make a score anchor: "nilai 87,31", "memperoleh 78,12", "yakni 73,88"
SCORE_ANCHORS = ("nilai", "nilainya", "skor", "skornya", "score", "poin", "angka", "indeks",
                 "memperoleh", "mengumpulkan", "meraih", "mencatat", "mencatatkan", "mendapat",
                 "mendapatkan", "menjadi", "mencapai", "sebesar", "dengan", "yakni", "yaitu",
                 "hanya", "memperoleh nilai", "meraup", "mengantongi", "dengan nilai", "adalah", "ialah",
                 "diraih", "diperoleh", "tercatat", "naik dari", "meningkat dari", "turun dari",
                 "menurun dari", "dibanding", "dibandingkan")
#: nouns after a number that make it a count or a measure, not a score
NOT_SCORE_AFTER = ("persen", "%", "meter", "m2", "km", "kilometer", "kasus", "orang", "jiwa",
                   "laporan", "hektare", "ha", "unit", "jenis", "instansi", "gerai", "layanan",
                   "daerah", "kabupaten", "kota", "provinsi", "pemda", "pemprov", "pemkab", "pemkot",
                   "kementerian", "lembaga", "tahun", "bulan", "hari", "jam", "juta", "miliar",
                   "ribu", "triliun", "rupiah", "rp", "desa", "kecamatan", "pegawai", "asn", "dari")
#: sentence-level negatives: not an Ombudsman compliance zone (COVID-19 zones, disaster zones)
NEGATIVE_WORDS = ("covid", "corona", "pandemi", "penularan", "ppkm", "virus", "vaksin",
                  "kasus positif", "terkonfirmasi", "banjir", "gempa", "longsor", "bencana",
                  "rawan", "tsunami", "erupsi", "kebakaran", "karhutla", "zona risiko", "narkoba",
                  "stunting", "zona integritas", "wbk", "wbbm", "pilkada", "pemilu rawan")
#: a compliance context must be in the unit or near it (else "zona merah" means anything)
CONTEXT_WORDS = ("ombudsman", "kepatuhan", "pelayanan publik", "layanan publik",
                 "standar pelayanan", "opini kualitas", "maladministrasi", "penilaian", "rapor",
                 "pelayan publik")
#: hope / target words: everything after them in the unit is not a result
HOPE_WORDS = ("berharap", "harap", "diharapkan", "harapan", "harapannya", "semoga", "optimistis",
              "optimis", "menargetkan", "ditargetkan", "target", "targetnya", "bertekad", "ingin",
              "mendorong", "agar", "supaya", "membidik", "berupaya", "upaya", "berambisi",
              "mengupayakan", "berjuang", "berencana", "rencana", "meminta", "mengajak")
#: modal words: the rest of their clause is not a result ("bisa naik ke zona hijau")
MODAL_WORDS = ("bisa", "dapat", "mampu", "akan", "siap", "tinggal", "menuju", "berpeluang",
               "berpotensi", "bakal", "harus", "perlu", "membantu", "mengangkat", "demi", "jika",
               "apabila", "kalau", "untuk bisa", "belum")
#: ... unless the unit states a held result ("mempertahankan … yang sudah didapat pada 2018")
HELD_RESULT = re.compile(
    r"\bmempertahankan\b|\b(?:sudah|telah|pernah)\s+(?:di)?(?:dapat|raih|peroleh|sandang)\w*\b",
    re.IGNORECASE)
#: words that end a clause (for modal scope, zone and year assignment)
CLAUSE_BREAK = re.compile(
    r",\s|;|:\s|\s(?:sementara|sedangkan|namun|tetapi|tapi|lalu|kemudian|padahal|adapun)\s",
    re.IGNORECASE)
#: contrast words that separate groups of a list ("…, sementara Pemprov Sumbar …")
CONTRAST_BREAK = re.compile(r";|\s(?:sementara|sedangkan|namun|tetapi|adapun|padahal)\s",
                            re.IGNORECASE)
#: the unit refers back to subjects named before ("Kelimanya", "kedua kabupaten itu", "nilainya")
ANAPHOR = re.compile(
    r"\b(?:ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)(?:nya)?|mereka|semuanya|"
    r"(?:daerah|kabupaten|kota|provinsi|pemda|pemkab|pemkot|pemprov|pemerintah daerah|wilayah|"
    r"ibu kota provinsi|kabupaten/kota)\s+(?:ini|itu|tersebut)|"
    r"(?:nilai|skor|capaian|predikat|peringkat|posisi|kepatuhan|rapor|hasil|opini)nya|"
    r"(?:nilai|skor|capaian|hasil)\s+(?:ini|itu|tersebut))\b"
    # a descriptive noun phrase as the subject: "Kota berjuluk Kota Cinta itu memperoleh …"
    r"|^\W*(?:daerah|kabupaten|kota|provinsi)\s+(?:[\w-]+\s+){1,4}?(?:ini|itu|tersebut)\b"
    r"|\bibu\s+kota\s+(?:[\w-]+\s+){1,5}?(?:ini|itu|tersebut)\b",
    re.IGNORECASE)
#: a sentence that goes on from the previous one: its assessment is the one told there
CONTINUATION = re.compile(
    r"^\W*(?:sementara(?:\s+itu)?|sedangkan|adapun|kemudian|lalu|disusul|sebaliknya|"
    r"di\s+sisi\s+lain|selain\s+itu)\b"
    r"|\b(?:penilaian|kategori|zona|predikat|opini|nilai|hasil)\s+(?:yang\s+sama|itu|tersebut)\b"
    r"|\b(?:begitu|demikian)\s+(?:pula|juga)\b", re.IGNORECASE)
#: the sentence states the result of the previous one for another government
SAME_ZONE = re.compile(r"\b(?:kategori|zona|predikat|opini)\s+(?:yang\s+)?sama\b", re.IGNORECASE)
#: a counted group of governments ("dua daerah", "lima kabupaten/kota", "sejumlah pemda")
GROUP_NOUN = re.compile(
    r"\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\w+\s+belas|"
    r"\w+\s+puluh(?:\s+\w+)?|beberapa|sejumlah|seluruh|semua|para|banyak)\s+"
    r"(?:daerah|pemda|pemerintah|kabupaten|kota|kab/kota|pemkab|pemkot|pemprov|provinsi|instansi)\b"
    r"|\bkabupaten/kota\b", re.IGNORECASE)
#: a counted group of governments as a sentence's subject ("Tiga daerah di Bolmong Raya saja
#: nilainya …"): the sentence is not about the one government told before
COUNTED_GROUP = re.compile(
    r"\b(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah|"
    r"seluruh|semua)\s+(?:daerah|pemda|pemerintah\s+daerah|kabupaten|kota|kabupaten/kota)\b",
    re.IGNORECASE)
#: the unit introduces a list ("… ialah", "masing-masing", "disusul")
LIST_MARKER = re.compile(r"\b(?:ialah|adalah|yakni|yaitu|antara lain|masing-masing|disusul|"
                         r"berurutan|diikuti)\b|:", re.IGNORECASE)
#: text right before a mention that makes it an office or an official, not the assessed government
NOT_SUBJECT_BEFORE = re.compile(
    r"(?:ombudsman(?:\s+ri|\s+republik\s+indonesia)?(?:\s+perwakilan)?(?:\s+(?:provinsi|prov\.?))?"
    r"|perwakilan(?:\s+(?:provinsi|prov\.?))?|gubernur|wakil\s+gubernur|wagub|kantor\s+gubernur|"
    r"kapolda|polda|polres|polresta|kapolres|kejati|kejari|kejaksaan(?:\s+negeri|\s+tinggi)?|"
    r"pengadilan(?:\s+negeri|\s+tinggi)?|dprd|kpu|bawaslu|rsud|bpn|kanwil|kantor\s+pertanahan|"
    r"kemenag|bpk|bpkp|universitas|bank|pdam|lapas|rutan|kementerian\s+\w+)"
    r"\s*(?:\(\w+\)\s*)?$",
    re.IGNORECASE)
#: text right before a mention that makes it a scope, not a subject ("daerah di Jambi", "se-Kalbar")
SCOPE_BEFORE = re.compile(
    r"(?:\b(?:daerah|pemda|kabupaten|kota|kabupaten/kota|kab/kota|wilayah|instansi|lainnya|lain|"
    r"pemerintah\s+daerah|provinsi|kecamatan|desa)\s+(?:di|dari)\s+"
    r"|\bse-\s*|\bse\s+|\b(?:masyarakat|warga|penduduk|nama|tingkat|ranah|luar)\s+"
    r"|\bselain\s+(?:pemerintah\s+)?(?:kabupaten\s+|kota\s+|kab\.?\s+|pemkab\s+|pemkot\s+)?"
    r"|\bibu\s+kota\s+(?:provinsi\s+)?)$",
    re.IGNORECASE)
#: text right before a province mention that makes it the provincial government
PROVINCE_GOV_BEFORE = re.compile(
    r"(?:pemprov|pemerintah\s+provinsi|pemerintah\s+prov\.?|pemprop|pemerintah\s+propinsi|pemerintah)"
    r"\s*(?:\(\w+\)\s*)?$", re.IGNORECASE)
PROVINCE_GOV_SPAN = re.compile(r"(?:pemprov|pemerintah\s+provinsi|pemprop)\b", re.IGNORECASE)
#: a province mention written with "Provinsi", not after a place preposition
PROVINCE_WORD = re.compile(r"^(?:provinsi|prov\.?|propinsi)\b", re.IGNORECASE)
PLACE_PREP_BEFORE = re.compile(r"\b(?:di|ke|dari|dalam|untuk|bagi)\s+(?:provinsi\s+|prov\.?\s+)?$",
                               re.IGNORECASE)
#: after a mention: an event place ("di Banjarmasin, Senin (9/1/2023)")
EVENT_AFTER = re.compile(r"^\s*,?\s*(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|\(\d)",
                         re.IGNORECASE)
#: a dateline: "PONTIANAK –", "KOTA JAMBI -", "Padang, Klikpositif -"
DATELINE_AFTER = re.compile(r"^\s*(?:,[^–—\-\n]{0,40})?\s*(?:[–—]|-\s)")
#: lines that are never evidence (related links, photo captions, bylines)
NOISE_LINE = re.compile(
    r"^\s*(?:baca\s+(?:juga|pula)|lihat\s+(?:juga|pula)|simak\s+(?:juga|pula)|berita\s+terkait|"
    r"foto\s*[:/]|ilustrasi\s*:|keterangan\s+foto|caption\s*:|reporter\s*:|editor\s*:|penulis\s*:|"
    r"pewarta\s*:|sumber\s*:|loading\b|advertisement|iklan\b|kategori\s*:|tags?\s*:)",
    re.IGNORECASE)
#: a line that ends like a sentence; shorter lines that do not are headlines or captions
SENTENCE_END = re.compile(r"(?:[.!?:\"'”’]|[.!?]\s*\([^()]{1,20}\)|\s\([a-z*/.]{1,10}\))\s*$")
HEADING_MAX_WORDS = 25
#: an enumerated line ("1. Kota Palembang 89,12 (zona hijau)", "- Kabupaten OKU: 85,33") is content
_ENUM_ONLY = re.compile(r"\d{1,2}\s*[.)]|[-•*–·]")
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-•*–·])\s+\S")
#: how many units of the lead are searched for the assessment year
LEAD_UNITS = 4
#: how many sentences naming nobody may stand between a group's zone and the list it applies to
PENDING_REACH = 2
#: how many units back a compliance context word counts
CONTEXT_WINDOW = 3
MIN_YEAR = 1990

_COLOUR = "|".join(ZONES)
_ZONE_RE = re.compile(
    r"\b(?:" + "|".join(sorted(ZONE_NOUNS, key=len, reverse=True)) + r")\s+(" + _COLOUR + r")\b"
    r"|\b(?:zona\s+)?(" + _COLOUR + r")\s*/\s*(?:tinggi|sedang|rendah)\b",
    re.IGNORECASE)
_GRADE_RES = (
    # "(predikat|tingkat|zona) kepatuhan (yang) (masih) sangat rendah"
    re.compile(r"\b(?:(?:predikat|tingkat|zona|kategori)\s+)?kepatuhan\s+(?:yang\s+)?(?:masih\s+)?"
               r"(sangat\s+rendah|tinggi|sedang|rendah)\b", re.IGNORECASE),
    # "(opini) kualitas tertinggi"
    re.compile(r"\b(?:opini\s+)?kualitas\s+(tertinggi|tinggi|sedang|rendah|terendah)\b",
               re.IGNORECASE),
    # "kategori tertinggi", "kategori sedang" (the quality category without "kualitas")
    re.compile(r"\bkategori\s+(tertinggi|tinggi|sedang|rendah|terendah)\b", re.IGNORECASE),
    # "kategori A", "Opini B", "predikat C" (the letter in capitals)
    re.compile(r"\b(?:[Kk]ategori|[Oo]pini|[Pp]redikat|[Nn]ilai\s+[Oo]pini)\s+([A-E])\b"),
    # "Tingkat kepatuhan Provinsi X … dinilai masih sangat rendah"
    re.compile(r"\btingkat\s+kepatuhan\b[^.;]{0,80}?\b(?:dinilai|tergolong|termasuk)\s+"
               r"(?:masih\s+)?(sangat\s+rendah|tinggi|sedang|rendah)\b", re.IGNORECASE),
    # a bare letter grade in parentheses after a score: "87,10 (B)", "nilai 73,84 (C)"
    re.compile(r"(?<=\d)\s*\(\s*([A-E])\s*\)"),
)
_NUMBER_RE = re.compile(r"(?<![\d.,/])(\d{1,3}(?:[.,]\d{1,2})?)(?!\d|[.,]\d|/)")
_SCORE_ANCHOR_RE = re.compile(
    r"\b(?:" + "|".join(sorted(SCORE_ANCHORS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:kepatuhan|akhir|rata-rata|total|penilaian|sebesar|yakni|yaitu|hanya|mencapai))*"
    r"\s*[:=]?\s*$"
    # "meraih nilai tertinggi, 93,80"
    r"|\bnilai\s+(?:kepatuhan\s+)?(?:tertinggi|terendah|terbaik)\s*[:=,]?\s*$", re.IGNORECASE)
_NOT_SCORE_AFTER_RE = re.compile(
    r"^\s*(?:" + "|".join(re.escape(w) for w in NOT_SCORE_AFTER) + r")\b|^\s*%"
    r"|^\s*(?:hingga|sampai|s\.?d\.?|–|—|-)\s*\d",
    re.IGNORECASE)
_NOT_SCORE_BEFORE_RE = re.compile(
    r"(?:\bke-?\s*|\b(?:hingga|sampai|rentang|antara|posisi|peringkat|urutan|ranking|nomor|no\.?|"
    r"pukul|jam|rp\.?|uu|pasal|ayat)\s*|\d\s*[–—-]\s*)$", re.IGNORECASE)
_POIN_AFTER_RE = re.compile(r"^\s*poin\b", re.IGNORECASE)
_RANK_RE = re.compile(
    r"\b(?:posisi|peringkat|urutan|ranking|rangking)\s+(?:ke-?\s*)?\d+"
    r"|\bnilai\s+(?:kepatuhan\s+)?(?:tertinggi|terendah|terbaik|paling\s+(?:tinggi|rendah))\b",
    re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<![\d/.,-])((?:19|20)\d\d)(?!\d|[.,]\d|\s*/)")
_RELATIVE_YEAR_RE = re.compile(r"\btahun\s+(lalu|kemarin|sebelumnya|ini)\b", re.IGNORECASE)
RELATIVE_YEAR_OFFSET = {"lalu": -1, "kemarin": -1, "sebelumnya": -1, "ini": 0}
_LAW_BEFORE_RE = re.compile(r"\b(?:nomor|no\.?|nomer)\s*\d+[a-z]?\s*(?:tahun|th\.?|thn\.?)\s*$",
                            re.IGNORECASE)
_MONTHS = ("januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
           "november|nopember|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|sept|okt|nov|nop|des")
_MONTH_BEFORE_RE = re.compile(r"\b(?:" + _MONTHS + r")\.?\s*$", re.IGNORECASE)
_NEGATIVE_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in NEGATIVE_WORDS) + r")",
                          re.IGNORECASE)
_CONTEXT_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in CONTEXT_WORDS) + r")",
                         re.IGNORECASE)
_HOPE_RE = re.compile(r"\b(?:" + "|".join(HOPE_WORDS) + r")\b", re.IGNORECASE)
_MODAL_RE = re.compile(r"\b(?:" + "|".join(sorted(MODAL_WORDS, key=len, reverse=True)) + r")\b",
                       re.IGNORECASE)
#: before a bare "kualitas tinggi": words that make it the Ombudsman's grade (and none of the
#: service words that make it praise: "memberikan layanan dengan kualitas tinggi")
_QUALITY_GRADE_BEFORE = re.compile(
    r"\b(?:kategori|predikat|opini|ombudsman)\b"
    r"|^(?!.*\b(?:layanan|pelayanan|memberikan|menghadirkan|menyediakan|meningkatkan|sdm|produk)\b)"
    r".*\b(?:atau|yakni|yaitu|dengan|meraih|memperoleh|mendapat|mendapatkan|mengantongi|berada|masuk|"
    r"raih|kelompok)\b\W*(?:\w+\W+){0,2}$",
    re.IGNORECASE | re.DOTALL)
#: before a year: it is the year of an assessment ("penilaian kepatuhan tahun 2022", "survei 2019")
_ASSESSED_BEFORE = re.compile(r"\b(?:penilaian|survei|supervisi|kepatuhan|opini|predikat|rapor|zona\s+\w+|"
                              r"kategori\s+\w+)\b[^.;]*$", re.IGNORECASE)
_NEGATED_RE = re.compile(r"\b(?:tidak|tak|bukan|belum)\s+(?:lagi\s+|pernah\s+|kunjung\s+)?"
                         r"(?:\w+\s+){0,2}(?:di\s+|ke\s+)?$"
                         # "Tidak ada satu pun yang masuk zona merah"
                         r"|\b(?:tidak|tak)\s+ada\s+(?:satu\s*pun\s+)?(?:\w+\s+){0,2}?yang\s+(?:\w+\s+){0,3}$",
                         re.IGNORECASE)
_STATE_CLAUSE_RE = re.compile(r"\byang\s+(?:masih|sudah|telah|kini|saat\s+ini)\s+(?:berada|bertahan|"
                              r"tertahan|masuk|meraih|mendapat|berstatus|menyandang)\s+(?:di\s+)?"
                              r"(?:dalam\s+)?$", re.IGNORECASE)
_PAST_CLAUSE_RE = re.compile(r"\b(?:setelah|sebelum|sebelumnya|sempat|pernah|semula|dulu|dahulu|"
                             r"bertahun-tahun|berturut-turut)\b", re.IGNORECASE)
_STRONG_PAST_RE = re.compile(r"\b(?:sempat|pernah|dulu|dahulu|semula)\b", re.IGNORECASE)
_FROM_ZONE_RE = re.compile(r"\b(?:dari|sebelumnya|semula)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: before a year: it dates an earlier result the text compares with ("setelah pada penilaian 2023",
#: "seperti pada penilaian 2023", "dibandingkan hasil penilaian tahun 2022"); such a year holds
#: only for what is written after its cue, never for the result stated before it
_PAST_YEAR_CUE_RE = re.compile(
    r"\b(?:setelah|sebelumnya|padahal|dibanding(?:kan)?|ketimbang|seperti|ketika|sempat|pernah|"
    r"semula|dulu|dahulu|(?:naik|turun|meningkat|menurun|membaik|merosot)\s+dari|dari\s+(?:zona|kategori|predikat|opini(?:\s+kualitas)?)\s+\w+)\b(?:\s+(?:dengan|pada|di|dalam|hasil|penilaian|kepatuhan|sama|saat|"
    r"yang|masih|capaian|nilai)){0,4}\s+(?:tahun\s+)?$", re.IGNORECASE)
_YEAR_IN_RE = re.compile(r"(?:19|20)\d\d")
#: a zone dated right after it: "(naik dari) zona kuning pada penilaian 2021" is a result of 2021
_DATED_AFTER_RE = re.compile(r"\S+\s+\S+\s+(?:pada|di|dalam)\s+(?:penilaian\s+(?:kepatuhan\s+)?)?"
                             r"(?:tahun\s+)?(?:19|20)\d\d\b", re.IGNORECASE)
#: "…, seperti pada penilaian 2021": the zone just stated was also that year's
_SAME_AS_RE = re.compile(r"\b(?:seperti|sama\s+(?:seperti|dengan))\b", re.IGNORECASE)
#: substrings (of the lower-cased unit) without which a kind of element cannot be there
_ZONE_GATE = ZONES
_GRADE_GATE = ("kepatuhan", "kualitas", "kategori ", "opini ", "predikat ", "(a)", "(b)", "(c)", "(d)", "(e)")
_RANK_GATE = ("posisi", "peringkat", "urutan", "ranking", "rangking", "tertinggi", "terendah",
              "terbaik", "paling")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
_SCORE_NOUN_END = re.compile(r"\b(?:nilai|skor|score)\w*\s*(?:kepatuhan\s*)?[:=]?\s*$", re.IGNORECASE)
_DOC_GATE_RE = re.compile(r"ombudsman|kepatuhan|opini\s+kualitas", re.IGNORECASE)
_QUICK_RE = re.compile(r"zona|rapor|kepatuhan|kualitas|kategori|nilai|skor|predikat|posisi|"
                       r"peringkat|urutan", re.IGNORECASE)


# =============================================================================================
# Text units (shared with the MPP component)
# =============================================================================================

@dataclass
class Unit:
    """A sentence, split at line breaks. `heading`: a headline, subheading or caption line (no final
    full stop); `noise`: a related-link, caption or byline line. Neither gives facts."""

    index: int
    start: int
    end: int
    text: str
    tok_start: int
    tok_end: int
    heading: bool = False
    noise: bool = False

    @property
    def content(self) -> bool:
        return not (self.heading or self.noise)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def text_units(doc: Doc) -> list[Unit]:
    """The doc's sentences split at line breaks, each marked heading/noise by its line.

    Works on character offsets (token objects are costly to create): token bounds of a unit come from
    the doc's IDX array."""
    if "_warta_units" in doc.user_data:
        return doc.user_data["_warta_units"]
    text = doc_text(doc)
    idx = doc.to_array("IDX").tolist() if len(doc) else []
    units: list[Unit] = []
    line_kind: dict[int, tuple[bool, bool]] = {}
    # "… masuk kategori C. Padahal …": the tokenizer keeps "C." as an initial, so the sentencizer
    # does not end the sentence after a letter grade
    stops = [m.end() for m in _GRADE_STOP_RE.finditer(text)]
    if doc.has_annotation("SENT_START"):
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        bounds = [(0, len(text))]
    if stops:
        split = []
        for s_start, s_end in bounds:
            for cut in stops[bisect_left(stops, s_start + 1):bisect_left(stops, s_end)]:
                split.append((s_start, cut))
                s_start = cut
            split.append((s_start, s_end))
        bounds = split
    for s_start, s_end in bounds:
        pos = s_start
        while pos < s_end:
            nl = text.find("\n", pos, s_end)
            piece_end = s_end if nl < 0 else nl
            seg = text[pos:piece_end]
            stripped = seg.strip()
            if stripped:
                start = pos + (len(seg) - len(seg.lstrip()))
                end = start + len(stripped)
                la, lb = _line_bounds(text, start)
                kind = line_kind.get(la)
                if kind is None:
                    line = text[la:lb].strip()
                    noise = bool(NOISE_LINE.match(line))
                    heading = (not noise and not SENTENCE_END.search(line)
                               and len(line.split()) < HEADING_MAX_WORDS
                               and not LIST_ITEM.match(line))
                    kind = line_kind[la] = (heading, noise)
                # "… . BACA JUGA: …"; the "1." the sentencizer splits off a list item
                noise = kind[1] or bool(NOISE_LINE.match(stripped)) or bool(_ENUM_ONLY.fullmatch(stripped))
                units.append(Unit(len(units), start, end, stripped, bisect_left(idx, start),
                                  bisect_left(idx, end), kind[0], noise))
            pos = piece_end + 1
    doc.user_data["_warta_units"] = units
    return units


#: a letter grade that ends a sentence: "… masuk kategori C. Padahal …"
_GRADE_STOP_RE = re.compile(r"\b(?:[Kk]ategori|[Oo]pini|[Pp]redikat)\s+[A-E]\.(?=\s+[A-Z])")


def is_noise(line: str) -> bool:
    return bool(NOISE_LINE.match(line))


def year_limit(published: datetime | None, ahead: int = 0) -> int:
    """The latest acceptable year: the publication year (or this year), plus `ahead` for plans."""
    base = published.year if isinstance(published, datetime) else datetime.now().year
    return base + ahead


def relative_years(text: str, published: datetime | None,
                   base: int | None = None) -> list[tuple[int, int, int]]:
    """Years written relative to publication: "tahun lalu" (the year before), "tahun ini"; with
    `base`, relative to that year instead."""
    if base is None:
        if not isinstance(published, datetime):
            return []
        base = published.year
    return [(base + RELATIVE_YEAR_OFFSET[m.group(1).lower()], m.start(), m.end())
            for m in _RELATIVE_YEAR_RE.finditer(text)]


def valid_years(text: str, limit: int, *, event_dates: bool = False) -> list[tuple[int, int, int]]:
    """Years in `text` as (year, start, end): not law citations ("Nomor 25 Tahun 2009"), not after
    `limit`, not before 1990. Event dates ("(7/1/2023)", "15 Desember 2020") only with
    `event_dates=True`."""
    out = []
    for m in _YEAR_RE.finditer(text):
        y = int(m.group(1))
        if not MIN_YEAR <= y <= limit:
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if _LAW_BEFORE_RE.search(before):
            continue
        if not event_dates and _MONTH_BEFORE_RE.search(before):
            continue
        out.append((y, m.start(), m.end()))
    if event_dates:
        for m in re.finditer(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)\b", text):
            y = int(m.group(1))
            if MIN_YEAR <= y <= limit:
                out.append((y, m.start(1), m.end(1)))
        out.sort(key=lambda t: t[1])
    return out


# =============================================================================================
# Subjects
# =============================================================================================

@dataclass
class Subject:
    region_code: str | None
    province_code: str
    start: int  # char offsets in the doc
    end: int
    kind: str  # "gov" (a subject) | "place" (a province as a place: only when nothing else)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.region_code, self.province_code)


@dataclass(frozen=True)
class Mention:
    """A region or province span of the regions component, as plain offsets."""

    start: int
    end: int
    code: str  # kb_id_: region code "13.02" or province code "13"
    is_province: bool
    text: str


#: substrings of NOT_SUBJECT_BEFORE's words: the regex runs only when one is there
_NOT_SUBJECT_GATE = ("ombudsman", "perwakilan", "gubernur", "wagub", "pol", "kejati", "kejari",
                     "kejaksaan", "pengadilan", "dprd", "kpu", "bawaslu", "rsud", "bpn", "kanwil",
                     "pertanahan", "kemenag", "bpk", "universitas", "bank", "pdam", "lapas", "rutan",
                     "kementerian")
_DI_KE_END = re.compile(r"\b(?:di|ke)\s+(?:kabupaten\s+|kota\s+)?$", re.IGNORECASE)
_PROV_WORD_END = re.compile(r"\b(?:provinsi|prov\.?)\s*$", re.IGNORECASE)
_PLACE_END = re.compile(r"\b(?:di|ke|dari)\s+$", re.IGNORECASE)
_ALIAS_GAP = re.compile(r"\s*\(\s*")
#: between a subject and a mention inside the relative clause that describes it (no result words)
_RELATIVE_GAP = re.compile(r"\s*,\s*yang\s(?:(?!zona|kategori|nilai|opini|predikat|kepatuhan)[^,;\d])*",
                           re.IGNORECASE)


def doc_mentions(doc: Doc) -> list[Mention]:
    """Region and province mentions in text order, computed once per doc; a province span inside a
    region mention ("Kota Bengkulu") is dropped."""
    cached = doc.user_data.get("_warta_mentions")
    if cached is not None:
        return cached
    text = doc_text(doc)  # (Span.text would rebuild the text token by token)
    regions = []
    for s in doc.spans.get("regions", []):
        a, b = s.start_char, s.end_char
        regions.append(Mention(a, b, s.kb_id_, False, text[a:b]))
    ranges = [(m.start, m.end) for m in regions]
    provinces = []
    for s in doc.spans.get("provinces", []):
        a, b = s.start_char, s.end_char
        if not any(x <= a < y or a <= x < b for x, y in ranges):
            provinces.append(Mention(a, b, s.kb_id_, True, text[a:b]))
    mentions = sorted(regions + provinces, key=lambda m: m.start)
    doc.user_data["_warta_mentions"] = mentions
    doc.user_data["_warta_mention_starts"] = [m.start for m in mentions]
    return mentions


def unit_mentions(doc: Doc, unit: Unit) -> list[Mention]:
    """The mentions that start inside `unit`."""
    mentions = doc_mentions(doc)
    starts = doc.user_data["_warta_mention_starts"]
    return mentions[bisect_left(starts, unit.start):bisect_left(starts, unit.end)]


def mention_role(text: str, unit: Unit, m: Mention) -> str | None:
    """'gov', 'place' or None (not a subject) for one mention inside its unit."""
    before = text[max(unit.start, m.start - 60):m.start]
    after = text[m.end:unit.end]
    low = before.lower()
    if any(w in low for w in _NOT_SUBJECT_GATE) and NOT_SUBJECT_BEFORE.search(before):
        return None
    if SCOPE_BEFORE.search(before[-40:]):
        return None
    # dateline: start of the line in capitals, then a dash
    line_start = text.rfind("\n", 0, m.start) + 1
    head = text[line_start:m.start]
    if len(head) < 25 and not any(c.islower() for c in head) and DATELINE_AFTER.match(after):
        return None
    if _DI_KE_END.search(before) and EVENT_AFTER.match(after):
        return None  # the place of an event
    if not m.is_province:
        return "gov"
    if PROVINCE_GOV_BEFORE.search(before) or PROVINCE_GOV_SPAN.match(m.text):
        return "gov"
    if PROVINCE_WORD.match(m.text) or _PROV_WORD_END.search(before):
        return "place" if PLACE_PREP_BEFORE.search(before) or _PLACE_END.search(before) else "gov"
    return "place"


def unit_subjects(doc: Doc, unit: Unit) -> list[Subject]:
    """Candidate assessed governments of one unit, in text order, one per government."""
    gaz = get_gazetteer()
    text = doc_text(doc)
    subjects: list[Subject] = []
    prev: tuple[Mention, str | None] | None = None
    for m in unit_mentions(doc, unit):
        if m.is_province:
            if m.code not in gaz.provinces:
                continue
            region_code, prov_code = None, m.code
        else:
            region = gaz.regions.get(m.code)
            if region is None:
                continue
            region_code, prov_code = m.code, region.province_code
        gap = text[prev[0].end:m.start] if prev else None
        alias = gap is not None and bool(_ALIAS_GAP.fullmatch(gap))
        role = prev[1] if alias else mention_role(text, unit, m)
        prev = (m, role)
        if role is None:
            continue
        if subjects and not alias and _RELATIVE_GAP.fullmatch(text, subjects[-1].end, m.start):
            continue  # "Kota A, yang wilayahnya dikelilingi Kabupaten B, meraih …": B describes A
        same = next((s for s in subjects if s.key == (region_code, prov_code)), None)
        if same is not None:
            if alias:  # "Kalimantan Tengah (Kalteng)": one mention
                same.end = m.end + (1 if text[m.end:m.end + 1] == ")" else 0)
            if role == "gov" and same.kind != "gov":  # the government form counts, not the place
                same.kind, same.start, same.end = "gov", m.start, m.end
            continue
        subjects.append(Subject(region_code, prov_code, m.start, m.end, role))
    govs = [s for s in subjects if s.kind == "gov"]
    if govs:
        return govs
    # a province written as a place is the subject only when the unit is not about a group of
    # governments in it ("Di Kalbar, hanya dua daerah yang masuk zona hijau")
    if subjects and not GROUP_NOUN.search(unit.text):
        return subjects[:1]
    return []


# =============================================================================================
# Elements of a unit
# =============================================================================================

@dataclass
class Elements:
    zones: list[tuple[str, str | None, int]] = field(default_factory=list)  # (zone, grade, pos)
    scores: list[tuple[float, int, int, bool]] = field(default_factory=list)  # (v, start, end, anchored)
    ranks: list[int] = field(default_factory=list)
    years: list[tuple] = field(default_factory=list)  # (year, start, end[, assessment cue])

    @property
    def has_result(self) -> bool:
        return bool(self.zones or self.ranks or any(a for *_, a in self.scores))

    def distinct_zones(self) -> set[str]:
        return {z for z, _, _ in self.zones}


def _undated_past(text: str, lo: int, pos: int, rx: re.Pattern | None = None) -> bool:
    """Whether the clause before `pos` tells of the past without dating it ("Setelah tiga tahun di
    zona merah"); a dated past ("setelah pada penilaian 2023 masih di zona merah") is a result of
    that year."""
    last = None
    for last in (rx or _PAST_CLAUSE_RE).finditer(text, lo, pos):
        pass
    return last is not None and not _YEAR_IN_RE.search(text, last.end(), pos)


#: a reason ends the scope of a modal: "X bisa menjadi rujukan karena pada penilaian 2023 meraih …"
_CAUSE_RE = re.compile(r"\s(?:karena|sebab|lantaran|mengingat)\s", re.IGNORECASE)


def _hope_cut(text: str) -> list[tuple[int, int]]:
    """Character ranges of `text` (a unit) in the scope of a hope or a modal."""
    if HELD_RESULT.search(text):
        return []
    cuts = []
    m = _HOPE_RE.search(text)
    if m:
        cuts.append((m.start(), len(text)))
    breaks = sorted([0] + [b.end() for b in CLAUSE_BREAK.finditer(text)] + [len(text)]
                    + [b.start() for b in _CAUSE_RE.finditer(text)])
    for m in _MODAL_RE.finditer(text):
        end = next((b for b in breaks if b > m.end()), len(text))
        cuts.append((m.start(), end))
    return cuts


def unit_elements(text: str, limit: int, numbers: bool = True,
                  published: datetime | None = None, relative_base: int | None = None) -> Elements:
    """Zones, grades, scores, ranks and years of one unit (offsets relative to `text`); with
    `numbers=False` only zones, grades and ranks."""
    el = Elements()
    low = text.lower()
    zones_possible = any(w in low for w in _ZONE_GATE)
    grades_possible = any(w in low for w in _GRADE_GATE)
    ranks_possible = any(w in low for w in _RANK_GATE)
    words = zones_possible or grades_possible or ranks_possible
    digits = numbers and bool(_DIGIT.search(text))
    if not words and not digits:
        return el
    cuts: list[tuple[int, int]] | None = None

    def kept(pos: int) -> bool:
        nonlocal cuts
        if cuts is None:
            cuts = _hope_cut(text)
        return not any(a <= pos < b for a, b in cuts)

    def stated(pos: int) -> bool:
        """A zone or grade the text states: not negated ("tidak lagi di zona merah"), not hoped
        for, except as a relative clause of the present ("… yang masih berada di zona kuning")."""
        before = text[max(0, pos - 40):pos]
        if _NEGATED_RE.search(before):
            return False
        return kept(pos) or bool(_STATE_CLAUSE_RE.search(before))

    if words:
        for m in (_ZONE_RE.finditer(text) if zones_possible else ()):
            colour = (m.group(1) or m.group(2)).lower()
            if stated(m.start()):
                el.zones.append((colour, None, m.start()))
        for rx in (_GRADE_RES if grades_possible else ()):
            for m in rx.finditer(text):
                word = _SPACES.sub(" ", m.group(1)).lower()
                if rx is _GRADE_RES[1] and not m.group(0).lower().startswith("opini") \
                        and not _QUALITY_GRADE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                    continue  # "layanan dengan kualitas tinggi" is praise, not a grade
                if word in GRADE_ZONE and stated(m.start()):
                    wording = _SPACES.sub(" ", m.group(0)).strip()
                    if rx is _GRADE_RES[-1]:  # "(B)" after a score: the grade is the category
                        wording = f"kategori {m.group(1)}"
                    el.zones.append((GRADE_ZONE[word], wording, m.start()))
        el.zones.sort(key=lambda z: z[2])
        # "X sempat lama berada di zona kuning": an undated past, no result (and no year to give it)
        if el.zones and _STRONG_PAST_RE.search(low):
            bounds = _clause_bounds(text)
            el.zones = [z for z in el.zones if not _undated_past(
                text, max(b for b in bounds if b <= z[2]), z[2], _STRONG_PAST_RE)]
        # a zone the subject came from is not its result: "dari zona merah ke zona hijau",
        # "Setelah tiga tahun berada di zona merah, … naik ke zona kuning"
        if len(el.distinct_zones()) > 1:
            bounds = _clause_bounds(text)
            now = [z for z in el.zones if (not _FROM_ZONE_RE.search(text[max(0, z[2] - 25):z[2]])
                                           or _DATED_AFTER_RE.match(text, z[2]))
                   and not _undated_past(text, max(b for b in bounds if b <= z[2]), z[2])]
            if now:
                el.zones = now
        for m in (_RANK_RE.finditer(text) if ranks_possible else ()):
            if kept(m.start()):
                el.ranks.append(m.start())
    if not digits:
        if numbers:
            el.years = [y for y in relative_years(text, published, relative_base) if y[0] <= limit]
        return el
    for m in _NUMBER_RE.finditer(text):
        raw = m.group(1)
        before = text[max(0, m.start() - 40):m.start()]
        after = text[m.end():m.end() + 20]
        poin = bool(_POIN_AFTER_RE.match(after))
        # a whole number is a score only as "nilai 88" or "88 poin"
        if raw.isdigit() and not (poin or _SCORE_NOUN_END.search(before)):
            continue
        if _NOT_SCORE_AFTER_RE.match(after) or _NOT_SCORE_BEFORE_RE.search(before):
            continue
        value = float(raw.replace(",", "."))
        if not 0 < value <= 100:
            continue
        in_parens = before.rstrip().endswith("(") and after.lstrip().startswith(")")
        anchored = poin or in_parens or bool(_SCORE_ANCHOR_RE.search(before))
        if kept(m.start()):
            el.scores.append((value, m.start(), m.end(), anchored))
    el.years = [(y, a, b, bool(_ASSESSED_BEFORE.search(text[max(0, a - 45):a])),
                 _past_cue(text, a)) for y, a, b in valid_years(text, limit)] \
        or [y for y in relative_years(text, published, relative_base) if y[0] <= limit]
    return el


_YEAR_LIST_RE = re.compile(r"(?:19|20)\d\d(?:\s*(?:,|dan|serta)\s*(?:tahun\s+)?(?:19|20)\d\d)+")


def _enumerated_with(year: int | None, text: str) -> list[int]:
    """The other years of an enumeration ("2017, 2018 dan 2019") that holds `year`."""
    if year is None:
        return []
    for m in _YEAR_LIST_RE.finditer(text):
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(0))]
        if year in years:
            return [y for y in years if y != year]
    return []


def _past_cue(text: str, pos: int) -> int:
    """Where the cue of a compared earlier year at `pos` starts ("setelah pada penilaian 2023"), or -1."""
    m = _PAST_YEAR_CUE_RE.search(text, max(0, pos - 60), pos)
    return m.start() if m else -1


def _clause_bounds(text: str) -> list[int]:
    return [0] + [m.end() for m in CLAUSE_BREAK.finditer(text)] + [len(text) + 1]


def _year_for(pos: int, years: list[tuple[int, int, int]], bounds: list[int]) -> int | None:
    """The year of the clause holding `pos`, else the unit's only year, else the nearest one."""
    # a compared earlier year holds only after its cue ("kategori C … setelah pada penilaian 2023
    # masih di zona merah": the category is not of 2023)
    years = [y for y in years if len(y) < 5 or y[4] < 0 or y[4] <= pos]
    if not years:
        return None
    lo = max(b for b in bounds if b <= pos)
    hi = min(b for b in bounds if b > pos)
    inside = [y for y in years if lo <= y[1] < hi]
    if inside:
        return min(inside, key=lambda y: abs(y[1] - pos))[0]
    if len({y[0] for y in years}) == 1:
        return years[0][0]
    # "penilaian kepatuhan tahun 2022 yang diumumkan pada 2023, …": the assessment's year
    assessed = [y for y in years if y[3]] if all(len(y) > 3 for y in years) else []
    return min(assessed or years, key=lambda y: abs(y[1] - pos))[0]


# =============================================================================================
# The component
# =============================================================================================

@dataclass
class _Draft:
    key: tuple[str | None, str]
    year: int | None
    zone: str | None
    grades: list[str]
    score: float | None
    evidence: str
    order: int

    def empty(self) -> bool:
        return self.zone is None and self.score is None


def _grade_text(zones: list[tuple[str, str | None, int]]) -> str | None:
    seen: dict[str, None] = {}
    for _, g, _ in zones:
        if g:
            seen.setdefault(g)
    return ", ".join(seen) or None


def _zone_of(zones: list[tuple[str, str | None, int]]) -> str | None:
    direct = [z for z, g, _ in zones if g is None]
    pool = direct or [z for z, _, _ in zones]
    return pool[0] if pool else None


def _units_matching(rx: re.Pattern, text: str, units: list[Unit]) -> list[bool]:
    """For each unit, whether `rx` matches inside it (one pass over the whole text)."""
    flags = [False] * len(units)
    if not units:
        return flags
    starts = [u.start for u in units]
    for m in rx.finditer(text):
        k = bisect_left(starts, m.start() + 1) - 1
        if k >= 0 and m.end() <= units[k].end:
            flags[k] = True
    return flags


def _lead_year(units: list[Unit], limit: int, published: datetime | None = None) -> int | None:
    """The assessment year the article's lead states ("penilaian kepatuhan … tahun 2022"); a year
    relative to publication ("… tahun ini") only when the lead writes none."""
    seen = 0
    relative = None
    for u in units:
        if u.noise:
            continue
        if u.content:
            seen += 1
        if _CONTEXT_RE.search(u.text) or _ZONE_RE.search(u.text):
            years = valid_years(u.text, limit)
            if years:
                return years[0][0]
            if relative is None:
                relative = next((y[0] for y in relative_years(u.text, published) if y[0] <= limit), None)
        if seen >= LEAD_UNITS:
            break
    return relative


class ComplianceTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.compliance = self.extract(doc)
        return doc

    def extract(self, doc: Doc) -> list[ComplianceResult]:
        text = doc_text(doc)
        if not _QUICK_RE.search(text):
            return []
        units = text_units(doc)
        content = [u for u in units if u.content]
        if not any(_DOC_GATE_RE.search(u.text) for u in content):
            return []
        limit = year_limit(doc._.published)
        published = doc._.published
        lead_year = _lead_year(units, limit, published)
        # results announced early in the next year: "tahun ini" is the assessment the lead dates
        # ("Penilaian Kepatuhan Tahun 2024", published in January 2025: "kategori A tahun ini")
        relative_base = lead_year if (isinstance(published, datetime) and lead_year is not None
                                      and lead_year == published.year - 1) else None
        drafts: list[_Draft] = []
        pending_zone: list[tuple[str, str | None, int]] | None = None
        pending_age = 0
        carry_list: list[Subject] | None = None  # a list named without a result
        carry_single: Subject | None = None  # the one subject of the previous result
        negative = _units_matching(_NEGATIVE_RE, text, content)
        context = _units_matching(_CONTEXT_RE, text, content)
        last_made = -CONTEXT_WINDOW - 1  # the last unit that gave a result
        last_zone: list[tuple[str, str | None, int]] | None = None  # its zone (one colour)
        recent: tuple[int, int] | None = None  # (year, unit) of the assessment told last
        for k, unit in enumerate(content):
            ut = unit.text
            if negative[k] or (k > 0 and negative[k - 1]):
                pending_zone = carry_list = carry_single = None
                continue
            chained = bool(pending_zone or carry_list or carry_single)  # set by an in-context unit
            # results in a row are their own context ("Kota A memperoleh nilai 84,19. Kabupaten B
            # … Pemprov C …": the word "kepatuhan" may be far back)
            if not chained and not any(context[max(0, k - CONTEXT_WINDOW):k + 1]) \
                    and k - last_made > CONTEXT_WINDOW:
                pending_zone = carry_list = carry_single = None
                continue
            subjects = unit_subjects(doc, unit)
            # without a subject to give them to, only zones matter (for the next unit's list)
            el = unit_elements(ut, limit, numbers=bool(subjects or carry_list or carry_single),
                               published=doc._.published, relative_base=relative_base)
            # a sentence that continues the previous one ("Sementara Kabupaten B …", "Pada
            # penilaian itu, …") is of the assessment year told there, when it gives none itself
            unit_year = lead_year
            if recent is not None and k - recent[1] <= 2 and (lead_year is None
                                                               or CONTINUATION.search(ut)):
                unit_year = recent[0]
            if not subjects and context[k]:  # "… hasil Penilaian Kepatuhan 2024 Ombudsman RI."
                told = {y for y, a, _ in valid_years(ut, limit)
                        if _ASSESSED_BEFORE.search(ut[max(0, a - 45):a])}
                if len(told) == 1:
                    recent = (told.pop(), k)
            # "Kategori yang sama diraih Kabupaten B …": the zone of the result just told
            if not el.zones and last_zone and k - last_made <= 1 and subjects and SAME_ZONE.search(ut):
                el.zones = [(z, g, -1) for z, g, _ in last_zone]
            own_result = el.has_result
            inherited = False
            if not subjects and own_result and ANAPHOR.search(ut) and not (
                    carry_single and not carry_list and COUNTED_GROUP.search(ut)):
                if carry_list:
                    subjects = carry_list
                elif carry_single:
                    subjects = [carry_single]
                # carried subjects are used with this unit's elements
            if not subjects:
                distinct = el.distinct_zones()
                if el.zones or own_result or pending_age >= PENDING_REACH:
                    pending_zone = el.zones if len(distinct) == 1 else None
                    pending_age = 0
                else:  # a sentence in between that names nobody and no zone
                    pending_age += 1
                carry_list = None
                carry_single = None if own_result else carry_single
                continue
            local_subjects = [s for s in subjects if unit.start <= s.start < unit.end]  # not carried
            if not el.zones and pending_zone and (
                    el.scores or len(subjects) > 1 or LIST_MARKER.search(ut)):
                el.zones = [(z, g, -1) for z, g, _ in pending_zone]
                inherited = True
            made = self._results(unit, ut, subjects, el, unit_year, len(drafts))
            drafts.extend(made)
            if made:
                last_made = k
                told = {d.year for d in made}
                recent = (told.pop(), k) if len(told) == 1 and None not in told else None
                last_zone = el.zones if len(el.distinct_zones()) == 1 else None
            pending_zone = None
            if (not own_result and not inherited) or (not el.zones and len(local_subjects) > 1):
                # a list without a result, or with scores but no zone ("Nilai tertinggi diraih
                # Kabupaten A (88,12), disusul …. Ketiganya masuk zona hijau.")
                carry_list = local_subjects or None
                carry_single = local_subjects[0] if len(local_subjects) == 1 else None
            else:
                carry_list = None
                keys = {s.key for s in subjects}
                carry_single = subjects[0] if len(keys) == 1 and made else None
        return _finish(drafts, fill_year=lead_year is None)

    @staticmethod
    def _results(unit: Unit, ut: str, subjects: list[Subject], el: Elements,
                 lead_year: int | None, order: int) -> list[_Draft]:
        """Drafts for the subjects of one unit (one subject: one per year; several: one each)."""
        evidence = ut.strip()
        out: list[_Draft] = []
        bounds = _clause_bounds(ut)
        contrast = [0] + [m.end() for m in CONTRAST_BREAK.finditer(ut)] + [len(ut) + 1]
        if len(subjects) == 1:
            subj = subjects[0]
            # scores written right after the subject count even without an anchor word
            rel_start, rel_end = subj.start - unit.start, subj.end - unit.start
            scores = [s for s in el.scores if s[3] or _adjacent(ut, rel_end, s[1])]
            zones = el.zones
            if len(el.distinct_zones()) > 1 and rel_start >= 0:
                # "Sepuluh daerah masuk zona hijau, sementara Kabupaten X masih di zona kuning"
                lo = max(b for b in contrast if b <= rel_start)
                hi = min(b for b in contrast if b > rel_start)
                zones = [z for z in zones if lo <= z[2] < hi] or zones
            groups: dict[int | None, dict] = {}
            items = [("z", z, z[2]) for z in zones] + [("s", s, s[1]) for s in scores] + \
                    [("r", r, r) for r in el.ranks]
            for kind, item, pos in items:
                y = _year_for(pos, el.years, bounds) if pos >= 0 else _year_for(0, el.years, bounds)
                g = groups.setdefault(y, {"z": [], "s": [], "r": []})
                g[kind].append(item)
            for y, g in groups.items():
                out.append(_Draft(subj.key, y if y is not None else lead_year, _zone_of(g["z"]),
                                  [_grade_text(g["z"])] if _grade_text(g["z"]) else [],
                                  g["s"][0][0] if g["s"] else None, evidence, order + len(out)))
            # "masih di zona kuning, seperti pada penilaian 2021": that year had the same zone
            for y in el.years:
                if len(y) > 4 and y[4] >= 0 and _SAME_AS_RE.match(ut, y[4]) and y[0] not in groups \
                        and not any(z[2] > y[4] for z in zones) and len({z[0] for z in zones}) == 1:
                    out.append(_Draft(subj.key, y[0], zones[0][0], [], None, evidence, order + len(out)))
            # a zone held in an enumeration of years ("zona hijau … setelah tahun 2017 dan 2018")
            for d in list(out):
                for y in _enumerated_with(d.year, ut) if d.zone else ():
                    if not any(o.year == y for o in out):
                        out.append(_Draft(subj.key, y, d.zone, [], None, evidence, order + len(out)))
            return out
        # several subjects: a list or a prose table
        ordered = sorted(subjects, key=lambda s: s.start)
        unit_zone = el.distinct_zones()
        # "Kabupaten A dan Kabupaten B … dengan nilai masing-masing 52,14 dan 48,90": in order
        respective = None
        m = _RESPECTIVE_RE.search(ut)
        if m and m.start() > ordered[-1].end - unit.start:
            after = [s[0] for s in el.scores if s[1] >= m.end()]
            if len(after) == len(ordered):
                respective = after
        for i, subj in enumerate(ordered):
            rel_start, rel_end = subj.start - unit.start, subj.end - unit.start
            nxt = ordered[i + 1].start - unit.start if i + 1 < len(ordered) else len(ut)
            score = next((s[0] for s in el.scores
                          if rel_end <= s[1] < nxt and (s[3] or _adjacent(ut, rel_end, s[1]))), None)
            if respective:
                score = respective[i]
            lo = max(b for b in contrast if b <= max(rel_start, 0))
            hi = min(b for b in contrast if b > max(rel_start, 0))
            in_clause = [z for z in el.zones if lo <= z[2] < hi]
            # "Kota Ambon (86,12; kategori B)": what the subject's own parentheses hold is its own,
            # whatever punctuation the parentheses contain
            own = [z for z in el.zones if rel_end <= z[2] < nxt and _in_own_parens(ut, rel_end, z[2])]
            if own:
                in_clause = own
            if in_clause and len({z[0] for z in in_clause}) > 1:
                after = [z for z in in_clause if rel_end <= z[2] < nxt]
                before = [z for z in in_clause if z[2] < rel_start]
                in_clause = after or before[-1:] or in_clause
            zones = in_clause or (el.zones if len(unit_zone) == 1 else [])
            if rel_start < 0:  # a carried subject: the whole unit applies
                zones = el.zones if len(unit_zone) == 1 else []
                score = None
            if not zones and score is None and not el.ranks:
                continue
            pos = zones[0][2] if zones and zones[0][2] >= 0 else max(rel_start, 0)
            y = _year_for(pos, el.years, bounds)
            grade = _grade_text(zones)
            out.append(_Draft(subj.key, y if y is not None else lead_year, _zone_of(zones),
                              [grade] if grade else [], score, evidence, order + len(out)))
        return out


#: between a subject and its score in a prose table: "Kota Palu – 88,10", "Kabupaten Sigi: 79,45"
_SCORE_GAP = re.compile(r"\s*(?:[–—:=(-]\s*)?")


def _adjacent(text: str, subject_end: int, pos: int) -> bool:
    """Whether a score at `pos` is written right after the subject, at most past a dash or colon."""
    return 0 <= pos - subject_end <= 4 and bool(_SCORE_GAP.fullmatch(text, subject_end, pos))


_RESPECTIVE_RE = re.compile(r"\bmasing-masing\b", re.IGNORECASE)


def _in_own_parens(text: str, subject_end: int, pos: int) -> bool:
    """Whether `pos` lies inside a parenthesis opened right after the subject ("X (86,12; kategori B)")."""
    between = text[subject_end:pos]
    stripped = between.lstrip()
    return stripped.startswith("(") and ")" not in between


def _compatible(a: _Draft, b: _Draft) -> bool:
    if a.zone and b.zone and a.zone != b.zone:
        return False
    if a.score is not None and b.score is not None and round(a.score, 2) != round(b.score, 2):
        return False
    return True


def _merge_into(a: _Draft, b: _Draft) -> None:
    a.zone = a.zone or b.zone
    a.score = a.score if a.score is not None else b.score
    for g in b.grades:
        if g not in a.grades:
            a.grades.append(g)


def _finish(drafts: list[_Draft], fill_year: bool = False) -> list[ComplianceResult]:
    """Merge drafts of one government and year; place year-less ones (see the module doc)."""
    merged: list[_Draft] = []
    for d in drafts:
        for m in merged:
            if m.key == d.key and m.year == d.year and _compatible(m, d):
                _merge_into(m, d)
                break
        else:
            merged.append(d)
    # a result without a year is the latest compatible result of the same government …
    out: list[_Draft] = []
    for d in merged:
        if d.year is None:
            same = [m for m in merged if m is not d and m.key == d.key and m.year is not None
                    and _compatible(m, d)]
            if same:
                _merge_into(max(same, key=lambda m: m.year), d)
                continue
        out.append(d)
    # … and, when the lead states no year, belongs to the latest assessment the article dates
    latest = max((d.year for d in out if d.year is not None), default=None)
    if fill_year and latest is not None:
        for d in out:
            if d.year is None:
                d.year = latest
        again: list[_Draft] = []
        for d in out:
            m = next((m for m in again if m.key == d.key and m.year == d.year and _compatible(m, d)), None)
            if m is None:
                again.append(d)
            else:
                _merge_into(m, d)
        out = again
    # an empty result (a rank, "nilai tertinggi") only when nothing else is known of that government
    final = [d for d in out if not d.empty() or not any(o.key == d.key and not o.empty() for o in out)]
    # two empty results of one government: keep the one with a year
    results = []
    seen_empty: set = set()
    for d in sorted(final, key=lambda d: (d.year is None, d.order)):
        if d.empty():
            if d.key in seen_empty:
                continue
            seen_empty.add(d.key)
        results.append(d)
    results.sort(key=lambda d: d.order)
    return [ComplianceResult(region_code=d.key[0], province_code=d.key[1], year=d.year, zone=d.zone,
                             grade=", ".join(d.grades) or None, score=d.score, evidence=d.evidence)
            for d in results]


@Language.factory("warta_compliance", assigns=["doc._.compliance"])
def make_compliance_tagger(nlp: Language, name: str) -> ComplianceTagger:
    return ComplianceTagger()
