"""The compliance component's patterns, built from its lexicon (lexicon.toml) and the language data.

Each pattern is named for what it recognises; the word lists live in lexicon.toml, the discourse
words (connectives, negation, list openers) in pipeline/lang/discourse.toml.
"""
from __future__ import annotations

import re

from pipeline.facttypes.compliance import FOLDER
from pipeline.lang import (CARDINALS, COLLECTIVES, CONNECTIVES, ENUMERATION_OPENERS, NEGATION, AsciiTwin, Gated, WordFinder,
                           words_pattern)
from pipeline.lang import YEAR_PREPOSITIONS, matches_from, unit_lower
from pipeline.nlp.rules import read_lexicon

LEX = read_lexicon(FOLDER / "lexicon.toml")
I = re.IGNORECASE

#: grade word -> zone (kepatuhan tinggi/sedang/rendah; opini kualitas tertinggi … terendah; A–E)
GRADE_ZONE: dict[str, str] = dict(LEX["grade_zone"])
ZONES: tuple[str, ...] = tuple(LEX["zones"])
_COLOUR = "|".join(ZONES)
_NOUNS = words_pattern(LEX["zone_nouns"], boundary=False)

# ------------------------------------------------------------------------------ results in a unit
#: a colour the text quotes after its noun ("masuk kategori “hijau tipis”", "zona 'kuning'"; final9: news quotes
#: the label it reports): an opening quote may stand between them
ZONE_QUOTE = r"[\"“”'‘’]?\s*"
ZONE = re.compile(r"\b" + _NOUNS + r"(?:\s*:\s*|\s+)" + ZONE_QUOTE + r"(" + _COLOUR + r")\b"
                  r"|\b(?:zona\s+)?(" + _COLOUR + r")\s*/\s*(?:tinggi|sedang|rendah)\b", I)
#: ZONE for lower-cased text (the same matches; a case-sensitive search is twice as fast)
ZONE_LOW = re.compile(ZONE.pattern)
#: the characters `re.IGNORECASE` equates with an ASCII letter although lower-casing does not give
#: that letter ("İ" and "ı" with "i", "ſ" with "s")
IGNORECASE_EXTRA = ("\u0130", "\u0131", "\u017f")


def names_zone(text: str) -> bool:
    """Whether ZONE matches in `text`. Every match of ZONE holds a colour (ZONES), so a text whose
    lower case holds none (and no IGNORECASE_EXTRA character) is not searched: most units."""
    low = unit_lower(text)
    if not any(z in low for z in ZONES) and (text.isascii() or not any(c in text for c in IGNORECASE_EXTRA)):
        return False
    return ZONE.search(text) is not None
GRADES = (
    # "(predikat|tingkat|zona) kepatuhan (yang) (masih) sangat rendah"
    # (each grade pattern opening with `\b` is written to open with a class of its first characters instead, as
    # words_pattern writes words: the same matches; the old forms are in tests/…/test_compliance_opening_patterns.py)
    re.compile(r"(?-i:[KPTZkptz\u212a])(?<!\w.)(?:(?<=p)redikat\s+k|(?<=t)ingkat\s+k|(?<=z)ona\s+k|(?<=k)ategori\s+k"
               r"|(?<=k))epatuhan\s+(?:yang\s+)?(?:masih\s+)?(sangat\s+rendah|tinggi|sedang|rendah)\b", I),
    # "(opini) kualitas tertinggi", "kategori kualitas sangat tinggi" (final10)
    re.compile(r"(?-i:[KOko\u212a])(?<!\w.)(?:(?<=o)pini\s+k|(?<=k))ualitas\s+"
               r"(tertinggi|sangat\s+tinggi|tinggi|sedang|rendah|terendah)\b", I),
    # "kategori tertinggi", "predikat tinggi" (the quality level without "kualitas" or "kepatuhan"; after
    # "predikat" a superlative is a rank: "predikat terendah dibandingkan kabupaten lainnya")
    re.compile(r"(?-i:[KPkp\u212a])(?<!\w.)(?:(?<=k)ategori(?:\s*:\s*|\s+)|(?<=p)redikat\s+(?=(?:tinggi|sedang|rendah)\b))"
               r"(tertinggi|tinggi|sedang|rendah|terendah)\b", I),
    # "kategori A", "Opini B", "predikat C", "Zona E", "nilai B" (the letter in capitals), "Kategori: A" (a record's field)
    # (`\b(?:[Kk]ategori|[Kk]atagori|[Oo]pini|[Pp]redikat|[Zz]ona|[Nn]ilai(?:\s+[Oo]pini)?)`, led by its first characters)
    re.compile(r"[KkOoPpZzNn](?<!\w.)(?:(?<=[Kk])(?:ategori|atagori)|(?<=[Oo])pini|(?<=[Pp])redikat|(?<=[Zz])ona"
               r"|(?<=[Nn])ilai(?:\s+[Oo]pini)?)(?:\s*:\s*|\s+)([A-E])\b"),
    # "Tingkat kepatuhan Provinsi X … dinilai masih sangat rendah"
    re.compile(r"(?-i:[Tt])(?<!\w.)ingkat\s+kepatuhan\b[^.;]{0,80}?\b(?:dinilai|tergolong|termasuk)\s+"
               r"(?:masih\s+)?(sangat\s+rendah|tinggi|sedang|rendah)\b", I),
    # "kepatuhan tertinggi", "Predikat Kepatuhan Pelayanan Publik Tertinggi" (lexicon top_grade_fillers), not ranked
    # within a place: "kepatuhan tertinggi di Provinsi A" (lexicon national_scope; final9, final10, final11)
    re.compile(r"(?-i:[Kk\u212a])(?<!\w.)epatuhan\s+(?:" + words_pattern(LEX["top_grade_fillers"], boundary=False)
               + r"\s+){0,4}(tertinggi)\b"
               r"(?!\s*(?:di|se)\b[\s-]*(?![\s-])(?!" + words_pattern(LEX["national_scope"], boundary=False) + r"\b))", I),
    # a bare letter grade in parentheses after a score: "87,10 (B)", "nilai 73,84 (C)"
    re.compile(r"(?<=\d)\s*\(\s*([A-E])\s*\)"),
)
#: a dimension or variable of the assessment named before a zone in its clause: that part's zone (lexicon part_nouns)
PART_NOUNS: tuple[str, ...] = tuple(LEX["part_nouns"])
PART_BEFORE = re.compile(r"\b" + words_pattern(LEX["part_nouns"], boundary=False) + r"\b", I)
#: a year the text calls the present one ("Penilaian Kepatuhan 2022 ini"; lexicon present_demonstratives)
PRESENT_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+" + words_pattern(LEX["present_demonstratives"], boundary=False) + r"\b", I)
QUALITY_GRADE = GRADES[1]
LETTER_AFTER_SCORE = GRADES[-1]
#: substrings of the lower-cased unit without which each of GRADES cannot match (in GRADES' order)
GRADE_NEEDS = (("kepatuhan",), ("kualitas",), ("kategori", "predikat"),
               ("kategori", "katagori", "opini", "predikat", "zona", "nilai"),
               ("kepatuhan",), ("tertinggi",), ("(",))
#: before a bare "kualitas tinggi": words that make it the Ombudsman's grade (and none of the
#: service words that make it praise: "memberikan layanan dengan kualitas tinggi")
QUALITY_GRADE_BEFORE = re.compile(
    r"\b(?:kategori|predikat|opini|ombudsman)\b"
    r"|^(?!.*" + words_pattern(LEX["praise_context"]) + r")"
    r".*\b(?:atau|yakni|yaitu|dengan|meraih|memperoleh|mendapat|mendapatkan|mengantongi|berada|masuk|"
    r"raih|kelompok)\b\W*(?:\w+\W+){0,2}$", I | re.DOTALL)
#: (`(?<![\d.,/])(\d{1,3}…` with its look-behind after the first digit: re then tries it at digits only)
NUMBER = re.compile(r"(\d(?<![\d.,/]\d)\d{0,2}(?:[.,]\d{1,2}|,\s\d{2}(?![\d.,]\d))?)(?!\d|[.,]\d|/)")
#: after a number right after a score noun, still a score: "nilai 30,76 dari skala 100", "skor 87,5 persen"
SCORE_AFTER_NOUN = re.compile(r"^\s*(?:dari\b|persen\b|%)", I)
SCORE_ANCHOR = re.compile(
    words_pattern(LEX["score_anchors"])[:-2]
    + r"(?:\s+" + words_pattern(LEX["score_anchor_fillers"], boundary=False) + r")*\s*[:;=,]?\s*$"
    # "meraih nilai tertinggi, 93,80"
    r"|\bnilai\s+(?:kepatuhan\s+)?(?:tertinggi|terendah|terbaik)\s*[:=,]?\s*$", I)
NOT_SCORE_AFTER = re.compile(
    r"^\s*" + words_pattern(LEX["not_score_after"], boundary=False) + r"\b|^\s*%"
    r"|^\s*(?:hingga|sampai|s\.?d\.?|–|—|-)\s*\d", I)
_RANKS = words_pattern(LEX["rank_nouns"], boundary=False)
NOT_SCORE_BEFORE = re.compile(
    r"(?:\bke-?\s*|\b(?:hingga|sampai|rentang|antara|" + _RANKS[3:-1] + r"|nomor|no\.?|"
    r"pukul|jam|rp\.?|uu|pasal|ayat)\s*|\d\s*[–—-]\s*"
    # a change: "kenaikan sebesar 26,41", "naik nilai 5,2" (lexicon score_change_words)
    r"|\b" + words_pattern(LEX["score_change_words"], boundary=False)
    + r"\s+(?:(?:nilai|skor)(?:nya)?\s+)?(?:sebesar\s+|sebanyak\s+)?)$", I)
#: right before a year: a change and what it is compared with ("menurun dari tahun 2022", "naik dibanding tahun
#: sebelumnya"): the year compared with, no result's (lexicon score_change_words, compared_from; final7)
CHANGED_FROM_BEFORE = re.compile(r"\b" + words_pattern(LEX["score_change_words"], boundary=False) + r"(?:nya)?\s+"
                                 + words_pattern(LEX["compared_from"], boundary=False) + r"\s+(?:tahun\s+)?$", I)
#: CHANGED_FROM_BEFORE cannot match without one of these in the lower-cased window
CHANGED_FROM_NEEDS = ("dari", "banding", "ketimbang")
#: right before the top of the scale ("poin 93,87 dari total 100 poin", "dari skala 100"): no score (final7)
SCALE_BEFORE = re.compile(r"\bdari\s+(?:" + words_pattern(LEX["scale_words"], boundary=False) + r"\s+)*$", I)
#: the top of the scale
SCALE_TOP = 100.0
#: right after a score: out of the scale's top ("93,87 dari total 100 poin"), so a score whatever stands before it
SCALE_AFTER = re.compile(r"^\s*dari\s+(?:" + words_pattern(LEX["scale_words"], boundary=False) + r"\s+)*100\b", I)
POIN_AFTER = re.compile(r"^\s*poin\b", I)
#: right after a score: the year it is of ("54,11 persen pada 2023", "88,10 poin di tahun 2024")
YEAR_RIGHT_AFTER = re.compile(r"\s*(?:persen\b|%|poin\b)?\s*(?:pada|di|dalam)\s+(?:tahun\s+)?((?:19|20)\d\d)\b", I)
#: right before a score: an earlier score and the word of the change to it ("91,57 menjadi 93,58"; lexicon changed_to)
CHANGED_TO_BEFORE = re.compile(r"\d\s*(?:persen\s+|%\s*|poin\s+)?" + words_pattern(LEX["changed_to"]) + r"\s+$", I)
#: a score written as a percentage: two decimals, then "persen" or "%" (see lexicon percent_score_context)
PERCENT_SCORE = re.compile(r"\d{1,3},\d\d")
PERCENT_AFTER = re.compile(r"^\s*(?:persen\b|%)", I)
#: a zone's colour, then an opening bracket: a percentage in it is the zone's score ("zona merah (24,64%)")
ZONE_BEFORE_BRACKET = re.compile(r"\b" + words_pattern(LEX["zones"], boundary=False) + r"\s*\(\s*$", I)
PERCENT_BRACKET_AFTER = re.compile(r"^\s*(?:persen|%)\s*\)", I)
#: before a percentage: where a change of score starts ("dari 25,98 persen pada 2022 menjadi …")
FROM_BEFORE = re.compile(r"\bdari\s*$", I)
PERCENT_CONTEXT: tuple[str, ...] = tuple(LEX["percent_score_context"])
#: a score noun before a percentage: it is a score without a context word in its sentence (lexicon percent_score_nouns)
PERCENT_SCORE_NOUN = re.compile(words_pattern(LEX["percent_score_nouns"]), I)
SCORE_NOUN_END = re.compile(r"\b" + words_pattern(LEX["score_nouns"], boundary=False)
                            + r"\w*\s*(?:(?:kepatuhan|sebesar|sebanyak|akhir)\s*)?[:;=]?\s*$", I)
#: an ordinal word: "pertama", "kedua", "ke-3", "ke delapan", "kesebelas", "terakhir"
ORDINAL = (r"(?:ke-?\s*(?:\d+|" + "|".join(w for w, n in CARDINALS.items() if 2 <= n <= 11) + r")|"
           + words_pattern(LEX["rank_ordinals"], boundary=False) + r")\b")
RANK = re.compile(
    r"\b" + _RANKS + r"\s+(?:(?:ke-?\s*)?\d+\b|" + ORDINAL + ")"
    r"|\bnilai\s+(?:kepatuhan\s+)?(?:tertinggi|terendah|terbaik|paling\s+(?:tinggi|rendah))\b"
    # a position told against others: "posisi Provinsi A berada di atas B, C dan D"
    r"|\b" + _RANKS + r"\b[^.;]{0,60}?\bdi\s*(?:atas|bawah)\b", I)
#: "… hope …": everything after it in the unit is no result; modal: the rest of its clause
#: (found by substring search in the lower-cased unit: see pipeline.lang.WordFinder)
HOPE_WORDS = WordFinder(LEX["hope"])
#: hope words that are nouns: with a demonstrative after them they refer back ("upaya itu"), no hope
HOPE_NOUNS = frozenset(LEX["hope_nouns"])
MODAL_WORDS = WordFinder(LEX["modal"])
#: a modal of ability right before a verb of obtaining ("mampu mendapatkan"): an achievement (lower case) …
ACHIEVED = re.compile(words_pattern(LEX["achieved_modals"]) + r"\s+" + words_pattern(LEX["achieved_verbs"]))
#: … unless the unit speaks of the future
FUTURE = re.compile(words_pattern(LEX["future"]), I)
#: right before a modal: it tells what was managed, not what may be ("hanya mampu berada di zona kuning")
ONLY_BEFORE = re.compile(words_pattern(LEX["only"]) + r"\s+$")
#: right after a modal: a verb of reporting and its "bahwa" ("bisa kami sampaikan bahwa …"): the modal's
#: scope ends at "bahwa" (searched in the lower-cased unit)
#: a condition, and the consequence that follows it ("apabila … , maka …"): all of it hypothetical
CONDITION = re.compile(r"\b" + words_pattern(LEX["conditions"], boundary=False) + r"\b")
CONSEQUENCE = re.compile(r"\b" + words_pattern(LEX["consequence"], boundary=False) + r"\b")
#: right after a condition: a comparison ("jika dibandingkan 2022"), no condition (lower case)
COMPARED_AFTER_CONDITION = re.compile(r"\s+" + words_pattern(LEX["compared_after_condition"]))
REPORTED_AFTER_MODAL = re.compile(r"\s+(?:(?:kami|kita|saya)\s+)?(?:\w+\s+)?" + words_pattern(LEX["report_verbs"])
                                  + r"[^.;]{0,40}?\bbahwa\b")
#: after a purpose ("untuk meraih kategori A …"): the list of those that did ("… yakni Kota A")
LIST_OPENS = re.compile(words_pattern(ENUMERATION_OPENERS))
#: … unless the unit states a held result ("mempertahankan … yang sudah didapat pada 2018")
HELD_RESULT = re.compile(
    r"\bmempertahankan\b|\b(?:sudah|telah|pernah)\s+(?:di)?(?:dapat|raih|peroleh|sandang)\w*\b", I)
HELD_NEEDS = ("mempertahankan", "sudah", "telah", "pernah")
#: a reason ends the scope of a modal: "X bisa menjadi rujukan karena pada penilaian 2023 meraih …"
CAUSE = re.compile(r"\s" + words_pattern(CONNECTIVES["cause"], boundary=False) + r"\s", I)
#: words that end a clause (for modal scope, zone and year assignment); not the comma of a score written
#: "15, 16"
#: ("lalu" after a time noun or a year means "ago": "tahun lalu", "2021 lalu" open no clause; final6, final8)
_AGO = "".join(f"(?<!{w})" for w in LEX["time_before_lalu"]) + r"(?<!\d\d\d\d)"
CLAUSE_BREAK = re.compile(r"(?<!\d),\s|,\s(?!\d)|;|:\s|\s" + words_pattern(
    [*CONNECTIVES["contrast"], *CONNECTIVES["clause"], *(w for w in CONNECTIVES["sequence"] if w != "lalu"),
     *CONNECTIVES["cause"]], boundary=False) + r"\s|" + _AGO + r"\slalu\s", I)
#: contrast words that separate groups of a list ("…, sementara Pemprov Sumbar …")
_CONTRASTS = [*CONNECTIVES["contrast"], *LEX["rest_words"]]
_CONTRAST_NEEDS = (";", *(w.split()[0] for w in _CONTRASTS))  # (every match holds one: Gated)
CONTRAST_BREAK = Gated(re.compile(r";|\s" + words_pattern(CONNECTIVES["contrast"], boundary=False) + r"\s|\s"
                                  + words_pattern(LEX["rest_words"], boundary=False) + r"[\s,]", I), _CONTRAST_NEEDS)
#: the same two for lower-cased text, searched case-sensitively (twice as fast)
CLAUSE_BREAK_LOW = re.compile(CLAUSE_BREAK.pattern)
CONTRAST_BREAK_LOW = Gated(re.compile(CONTRAST_BREAK.pattern), _CONTRAST_NEEDS)
CAUSE_WORDS = tuple(CONNECTIVES["cause"])
#: a zone or grade negated before it ("tidak lagi di zona merah", "Tidak ada satu pun yang masuk …")
NEGATED = Gated(re.compile(r"\b" + words_pattern(NEGATION, boundary=False)
                           + r"\s+(?:lagi\s+|pernah\s+|kunjung\s+)?(?:\w+\s+){0,2}(?:di\s+|ke\s+)?$"
                           r"|\b(?:tidak|tak)\s+ada\s+(?:satu\s*pun\s+)?(?:\w+\s+){0,2}?yang\s+(?:\w+\s+){0,3}$", I),
                needs=tuple(w.split()[0] for w in NEGATION))
#: a zone or grade in the relative clause of a group said to have no member ("Tidak ada satu pun
#: pemerintah daerah di Provinsi X yang mendapatkan kepatuhan tinggi atau masuk zona hijau"): the
#: group may be long, so this is read further back than NEGATED (NEGATED_GROUP_WINDOW)
NEGATED_GROUP = re.compile(r"\b(?:tidak|tak|belum)\s+ada\s+(?:satu\s*pun\s+)?[^,;.]{0,60}?\byang\s+"
                           r"(?:[\w-]+\s+){0,6}(?:di\s+|ke\s+)?$", I)
NEGATED_GROUP_WINDOW = 120
#: NEGATED_GROUP cannot match in a unit without this
NO_MEMBER = re.compile(words_pattern(("tidak", "tak", "belum"), end=False) + r"\s+ada\b", I)
#: a relative clause of the present: "… yang masih berada di zona kuning" is stated, even after a hope
STATE_CLAUSE = Gated(re.compile(r"\byang\s+(?:masih|sudah|telah|kini|saat\s+ini)\s+(?:berada|bertahan|"
                                r"tertahan|masuk|meraih|mendapat|berstatus|menyandang)\s+(?:di\s+)?"
                                r"(?:dalam\s+)?$", I), needs=("yang",))
PAST_CLAUSE = re.compile(words_pattern(LEX["past"]), I)
#: a word of the present after a past word: what follows is current again
PRESENT = re.compile(words_pattern(LEX["present"]), I)
STRONG_PAST = re.compile(words_pattern(LEX["strong_past"]), I)
STRONG_PAST_WORDS: tuple[str, ...] = tuple(LEX["strong_past"])  # (words of one piece: see may_be_strong_past)


def may_be_strong_past(low: str) -> bool:
    """False only when STRONG_PAST cannot match the lower-cased `low`: none of its words is in it
    (and no IGNORECASE_EXTRA character)."""
    return any(w in low for w in STRONG_PAST_WORDS) or (not low.isascii() and any(c in low for c in IGNORECASE_EXTRA))
FROM_ZONE = re.compile(r"\b(?:dari|sebelumnya|semula)\s+(?:\w+\s+)?$", I)
#: before a year: it dates an earlier result the text compares with ("setelah pada penilaian 2023",
#: "seperti pada penilaian 2023", "dibandingkan hasil penilaian tahun 2022", "lebih baik dari tahun
#: sebelumnya"); such a year holds
#: only for what is written after its cue, never for the result stated before it
PAST_YEAR_CUE = re.compile(
    r"\b(?:setelah|sebelumnya|padahal|dibanding(?:kan)?|ketimbang|seperti|ketika|sempat|pernah|"
    r"semula|dulu|dahulu|(?:naik|turun|meningkat|menurun|membaik|merosot)\s+dari|lebih\s+\w+\s+dari(?:pada)?|dari\s+(?:zona|kategori|predikat|opini(?:\s+kualitas)?)\s+\w+)\b(?:\s+(?:dengan|pada|di|dalam|hasil|penilaian|kepatuhan|sama|saat|"
    r"yang|masih|capaian|nilai|poin|persen|\d{1,3}(?:[.,]\s?\d{1,2})?)){0,4}\s+(?:tahun\s+)?$", I)
#: PAST_YEAR_CUE cannot match without one of these in the lower-cased window
PAST_CUE_NEEDS = ("setelah", "sebelumnya", "padahal", "dibanding", "ketimbang", "seperti", "ketika", "sempat",
                  "pernah", "semula", "dulu", "dahulu", "dari")
YEAR_IN = re.compile(r"(?:19|20)\d\d")
#: a span of years: "2016-2018", "sejak 2015 hingga 2019", "2020 s.d. 2022" (no single assessment year)
YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*(?:[-–—/]|s\.?\s?d\.?|hingga|sampai(?:\s+dengan)?)\s*(?:tahun\s+)?"
                       r"((?:19|20)\d\d)(?!\d)", I)


def year_spans(text: str) -> list[re.Match]:
    """The matches of `YEAR_SPAN.finditer(text)`, the pattern tried only where "19" or "20" starts
    (every match starts with a year there) instead of at every offset."""
    return matches_from(YEAR_SPAN, text, ("19", "20"))
#: a state told as before ("sebelumnya dalam kategori sedang"), not "tahun sebelumnya" (a year)
EARLIER_STATE = re.compile(r"(?<!tahun\s)(?<!tahun-tahun\s)" + words_pattern(LEX["earlier_state"]), I)
#: a zone held from the assessment before ("tetap berada di zona kuning", "masih tetap pada zona E")
HELD_STATE = re.compile(words_pattern(LEX["held_state"]) + r"\s+(?:\w+\s+){0,3}$", I)
#: right before a government: the passive verb of a ranking that introduces it ("terendah diraih Pemkab B")
INTRODUCED_BEFORE = re.compile(words_pattern(LEX["introducing_verbs"]) + r"(?:\s+oleh)?\s+(?:"
                               + words_pattern(LEX["zone_owners"]) + r"\s+)?$", I)
#: a zone kept ("mempertahankan predikat zona hijau")
KEPT_STATE = re.compile(words_pattern(LEX["kept_state"]) + r"\s+(?:\w+\s+){0,3}$", I)
#: the zone a government moved from: "naik dari zona merah", "keluar dari zona kuning"
MOVED_FROM = re.compile(words_pattern(LEX["move_verbs"]) + r"\s+(?:\w+\s+)?dari\s+(?:\w+\s+)?$", I)
#: substrings without which no earlier result is told (lower case)
EARLIER_NEEDS = ("dari", "sebelum", "semula", "tadinya", *LEX["held_state"], *LEX["kept_state"])
#: a zone dated right after it: "(naik dari) zona kuning pada penilaian 2021" is a result of 2021
DATED_AFTER = re.compile(r"\S+\s+\S+\s+(?:pada|di|dalam)\s+(?:penilaian\s+(?:kepatuhan\s+)?)?"
                         r"(?:tahun\s+)?(?:19|20)\d\d\b", I)
#: "…, seperti pada penilaian 2021": the zone just stated was also that year's
SAME_AS = re.compile(r"\b(?:seperti|sama\s+(?:seperti|dengan))\b", I)
#: before a year: it is the year of an assessment ("penilaian kepatuhan tahun 2022", "survei 2019")
ASSESSED_BEFORE = re.compile(r"\b(?:" + "|".join(LEX["assessment_nouns"]) + r"|zona\s+\w+|"
                             r"kategori\s+\w+)\b[^.;]*$", I)

#: after a year: the assessment it dates, in the same clause ("Ombudsman RI 2022 ini melakukan penilaian
#: kepatuhan …", "Pada 2023, Ombudsman kembali menilai kepatuhan …")
ASSESSED_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:" + "|".join(LEX["assessment_nouns"]) + r"|menilai|dinilai|"
                            r"menyurvei|disurvei)\b", I)

#: a sentence whose subject is the assessment itself ("Penilaian kepatuhan ini dilakukan … periode
#: Juli-Agustus 2021", "Adapun survei tersebut digelar …"): the years it writes are the assessment's
ASSESSMENT_SUBJECT = re.compile(r"^\W*(?:" + words_pattern([*CONNECTIVES["contrast"], *CONNECTIVES["sequence"]],
                                                           boundary=False) + r"\s+)?(?:hasil\s+)?"
                                + words_pattern(LEX["assessment_nouns"], boundary=False) + r"\b", I)

#: a sentence that opens with a year, after a connective or not ("Sedangkan 2024, nilai yang diperoleh …",
#: "Kemudian pada tahun 2024 naik menjadi …"): the next step of a history told year by year (group 1: the year)
YEAR_LED = re.compile(r"^\W*(?:" + words_pattern([*CONNECTIVES["contrast"], *CONNECTIVES["sequence"]], boundary=False)
                      + r"\s*,?\s+)?(?:" + words_pattern(YEAR_PREPOSITIONS, boundary=False) + r"\s+)?(?:tahun\s+)?"
                      r"((?:19|20)\d\d)\b", I)
#: a sentence that opens with the year of the assessment it tells, set off by a comma ("Pada penilaian tahun 2022,
#: Pemprov A berada di zona kuning.", "Dalam survei kepatuhan 2021, …"): a frame over the results told next
FRAMING_YEAR = re.compile(r"^\W*(?:" + words_pattern(YEAR_PREPOSITIONS, boundary=False) + r"\s+)?(?:hasil\s+)?"
                          + words_pattern(LEX["assessment_nouns"], boundary=False) + r"(?:\s+\w+){0,3}?\s+(?:tahun\s+)?"
                          r"((?:19|20)\d\d)\s*,", I)
AGGREGATE = re.compile(words_pattern(LEX["aggregate_words"]), I)

#: right before a province: a counted group of its governments ("Tiga pemerintahan daerah (Pemda)
#: Provinsi Sulteng …", "Sebanyak 12 kabupaten/kota Provinsi Lampung …"): the province is the group's scope
COUNTED_SCOPE = re.compile(
    r"(?:\b\d{1,3}|" + words_pattern([*(w for w, n in CARDINALS.items() if n >= 2), "beberapa", "sejumlah",
                                       "seluruh", "semua"]) + r"(?:\s+(?:belas|puluh))?)\s+"
    r"(?:pemerintah(?:an)?\s+daerah|pemerintah\s+kabupaten/kota|pemda|pemkab|pemkot|kabupaten/kota|kab/kota|"
    r"kabupaten\s+dan\s+kota|kabupaten|kota|daerah)\s*(?:\([^()]{1,15}\)\s*)?(?:di\s+|dari\s+|se-?\s*)?"
    r"(?:provinsi\s+|prov\.?\s*)?$", I)
#: COUNTED_SCOPE is searched this far before a province
COUNTED_SCOPE_CHARS = 60

#: between a kabupaten/kota and its own province written after it as its place ("Kabupaten Mimika,
#: Provinsi Papua Tengah mengatakan …", "Kota Sorong (Papua Barat Daya)"), and what may follow such a
#: province: not the next item of a list ("Kota Jambi, Provinsi Jambi, dan Kabupaten Kerinci", "…, Kota
#: Bima"); a lower-case word after its comma goes on with the sentence ("…, Provinsi NTT, berada di …")
APPOSITION_GAP = re.compile(r"\s*(?:,|\()\s*(?:provinsi\s+|prov\.?\s*)?", I)
#: … written right after it with no comma, or in parentheses ("Kabupaten Kepulauan Yapen Provinsi Papua",
#: "Kabupaten Sleman DIY", "Kabupaten Mappi (Papua)"): always its place, whatever follows
PLACE_RIGHT_AFTER = re.compile(r"\s*(?:\(\s*)?(?:provinsi\s+|prov\.?\s*)?", I)
LIST_GOES_ON = re.compile(r"\)?\s*(?:,\s*(?:dan|serta)\b|\b(?:dan|serta)\b|,\s*(?-i:[A-Z]))", I)

#: what may stand before the first government of a sentence that resumes a counted list
LIST_ITEM_START = re.compile(r"\W*(?:" + words_pattern(LEX["list_item_prefixes"]) + r"\.?\s*)?", I)

#: the governments assessed listed after the verb of assessing ("melakukan survei kepatuhan di 10
#: kabupaten/kota, yakni A, B, …"): the sample, not results
SAMPLE_LIST = re.compile(words_pattern(LEX["sample_verbs"]) + r"[^.;]{0,80}?\b(?:di|terhadap|pada|kepada|atas)\b"
                         r"[^.;]{0,60}?" + words_pattern(ENUMERATION_OPENERS), I)

#: right after a counted group: another group than the one of that size told before
OTHER_GROUP_AFTER = re.compile(r"\s+" + words_pattern(LEX["other_group"]), I)

#: an unnamed group of other governments as a sentence's subject ("Sementara kabupaten lain yang …")
OTHER_GOVERNMENTS = re.compile(r"\b(?:pemerintah\s+daerah|pemda|pemkab|pemkot|kabupaten/kota|kabupaten|kota|daerah)"
                               r"\s+" + words_pattern(LEX["other_group"]), I)

# ------------------------------------------------------------------------------ the discourse
#: a unit about something else (COVID-19, disasters): no result in it or right after it
NEGATIVE = re.compile(words_pattern(LEX["negative"], end=False), I)  # (`\b(?:…)`, led by its first characters)
#: a category letter and a score in one clause ("meraih kategori A dengan nilai 90,3", "nilai 72,88 (kategori C)"):
#: an Ombudsman result, its own compliance context
GRADE_WITH_SCORE = re.compile(r"\b(?:[Kk]ategori|[Oo]pini)\s+[A-E]\b[^.;\n]{0,30}?\d{2},\d"
                              r"|\d,\d\d?\s*\((?:[Kk]ategori|[Oo]pini)\s+[A-E]\)")
#: a compliance context word (needed in the unit or the few before it)
CONTEXT = re.compile(words_pattern(LEX["context"], end=False), I)
#: the attribution after a quote: "…," ungkap A selaku Sekda Provinsi Sulsel.' (to the unit's end)
ATTRIBUTION = re.compile(r"[\"”]\s*,?\s*" + words_pattern(LEX["say_verbs"], boundary=False) + r"(?:nya)?\b[^\"“”]*$", I)
#: right before a province written as a place: the public service there ("kualitas pelayanan publik di Jatim")
SERVICE_PLACE_BEFORE = re.compile(words_pattern(LEX["service_nouns"]) + r"\s+(?:di|se-?)\s*(?:provinsi\s+|prov\.?\s*)?$", I)
DOMINANCE = re.compile(words_pattern(LEX["dominance_words"]), I)
ASSESSMENT_WORD = re.compile(words_pattern(LEX["assessment_words"]), I)
#: right before a mention: the venue of an event ("bertempat di ruang Auditorium TVRI Jakarta Pusat")
VENUE_BEFORE = re.compile(r"\b(?:di|bertempat)\s+(?:\w+\s+)?" + words_pattern(LEX["venue_nouns"], boundary=False)
                          + r"\b(?:\s+[\w.&'-]+){0,4}\s+$", I)
#: a provincial government written without its province: "Pemerintah Provinsi masih berada pada zona kuning"
#: right before a mention: the name of one of the government's offices ("Dinas Pendidikan (Dindik) Kota
#: Tangerang", "Disdukcapil Kabupaten Bone", "RSUD Kota Palu"): the office's result, not the government's
OFFICE_BEFORE = re.compile(words_pattern(LEX["office_nouns"]) + r"(?:\s+(?:dan\s+)?(?-i:[A-Z])[\w&.'/-]*){0,7}?\s*"
                           r"(?:\([^()]{1,25}\)\s*)?(?:(?:kota|kabupaten|kab\.?|provinsi|prov\.?)\s+)?$", I)
OFFICE_WORDS = tuple(LEX["office_nouns"])
UNNAMED_PROVINCE = Gated(re.compile(r"\b(?:pemerintah\s+provinsi|pemprov|pemda\s+provinsi)\b(?!\s*(?-i:[A-Z(]))", I),
                         ("provinsi", "pemprov"))
VENUE_WORDS = tuple(LEX["venue_nouns"])
#: right before a province: its capital, described ("Ibukota Provinsi Bali ini …"); the province is no subject
#: right before a province: a superlative and its scope ("nilai tertinggi di Kalimantan Tengah", "terbaik se-Provinsi A")
SUPERLATIVE_SCOPE_BEFORE = re.compile(r"\b" + words_pattern(LEX["superlatives"], boundary=False)
                                      + r"\s+(?:di|se-?|tingkat)\s*(?:provinsi\s+|prov\.?\s*)?$", I)
SUPERLATIVES = tuple(LEX["superlatives"])
#: right before a counted group: a word joining it to the result told before it ("…, berikut 3 kabupaten lainnya")
JOINED_BEFORE = re.compile(r"\b" + words_pattern(LEX["joining_words"], boundary=False) + r"\s+(?:oleh\s+|dengan\s+)?$", I)
CAPITAL_BEFORE = re.compile(r"\b" + words_pattern(LEX["capital_words"], boundary=False) + r"\s+(?:provinsi\s+)?$", I)
#: … when a demonstrative follows the province's name
DEMONSTRATIVE_AFTER = re.compile(r"\s+(?:ini|itu|tersebut)\b", I)
CAPITAL_WORDS = tuple(w.split()[0] for w in LEX["capital_words"])
#: one province counted among the governments of a province's article: "10 kabupaten dan 1 provinsi …"
ONE_PROVINCE = re.compile(r"\b(?:1|satu)\s+(?:pemerintah\s+provinsi|pemprov|provinsi)\b(?!\s*(?-i:[A-Z(]))", I)
#: first person in a quote: the speaker's government is what the quote is about ("kami meraih …")
FIRST_PERSON = re.compile(r"\b(?:kami|kita)\b", I)
OTHER_ASSESSOR = re.compile(words_pattern(LEX["other_assessors"]), I)
AGENCY = re.compile(words_pattern(LEX["agency"]), I)
#: right before a town: a national agency's office and its class ("Imigrasi Kelas 2 Mamuju", "Lapas Kelas IIB Sinjai")
AGENCY_OFFICE_BEFORE = re.compile(r"\b" + words_pattern(LEX["agency_offices"], boundary=False)
                                  + r"\s+(?:kelas\s+(?:[ivx]+|\d)[ab]?\s+)?$", I)
AGENCY_OFFICE_WORDS = tuple(w.split()[0] for w in LEX["agency_offices"])
REGIONAL_GOVERNMENT = re.compile(words_pattern(LEX["regional_government"]), I)
#: right after a zone: the government that holds it ("rapor kuning Pemkab Mamasa", "zona hijau Kota Bima")
OWNER_AFTER = re.compile(r"\s+" + words_pattern(LEX["zone_owners"]) + r"\s+(?-i:[A-Z])", I)
#: … when the zone's noun phrase opens right after the hope word, a quote mark or the unit's start ("Semoga
#: rapor kuning Pemkab A …"), not as what a verb hopes to obtain ("bisa meraih zona hijau …")
OWNED_OPENS = re.compile(r"(?:^|" + words_pattern(LEX["hope"]) + r")\W*$", I)
#: the unit refers back to subjects named before ("Kelimanya", "kedua kabupaten itu", "nilainya")
ANAPHOR = re.compile(
    r"\b(?:" + "|".join(COLLECTIVES) + r")(?:nya)?\b|\b(?:mereka|semuanya|"
    r"(?:daerah|kabupaten|kota|provinsi|pemda|pemkab|pemkot|pemprov|pemerintah daerah|wilayah|"
    r"ibu kota provinsi|kabupaten/kota)\s+(?:ini|itu|tersebut)|"
    r"(?:" + "|".join(LEX["result_nouns"]) + r")nya|"
    r"(?:" + "|".join(LEX["result_nouns"]) + r")\s+(?:ini|itu|tersebut))\b"
    # a descriptive noun phrase as the subject: "Kota berjuluk Kota Cinta itu memperoleh …"
    r"|^\W*(?:daerah|kabupaten|kota|provinsi)\s+(?:[\w-]+\s+){1,4}?(?:ini|itu|tersebut)\b"
    # … with a relative clause: "Daerah yang dipimpin oleh Bupati A ini mendapatkan nilai …"
    r"|^\W*(?:daerah|kabupaten|kota|provinsi|pemda|pemkab|pemkot|pemprov)\s+yang\s+(?:[\w.'-]+\s+){1,7}?"
    r"(?:ini|itu|tersebut)\b"
    # a result's noun phrase: "Angka dalam penilaian kepatuhan standar pelayanan publik itu naik …"
    # (not a time's demonstrative: "Nilai rata-rata nasional tahun ini …")
    r"|^\W*" + words_pattern(LEX["result_phrase_heads"], boundary=False) + r"\s+(?:[\w-]+\s+){1,6}?"
    r"(?<!\btahun\s)(?<!\bkali\s)(?<!\bsaat\s)(?<!\bhari\s)(?:ini|itu|tersebut)\b"
    r"|\b" + words_pattern(LEX["capital_words"], boundary=False) + r"\s+(?:[\w-]+\s+){1,5}?(?:ini|itu|tersebut)\b"
    # a result noun with a passive relative clause opening the sentence: "Nilai yang diraih sebesar 80,27 …" (final7)
    r"|^\W*(?:" + "|".join(LEX["result_nouns"]) + r")\s+yang\s+di[a-z]{3,}\b", I)
#: a sentence that goes on from the previous one: its assessment is the one told there
CONTINUATION = re.compile(
    r"^\W*(?:sementara(?:\s+itu)?|sedangkan|adapun|kemudian|lalu|disusul|sebaliknya|"
    r"di\s+sisi\s+lain|selain\s+itu|hal\s+(?:ini|itu|tersebut)|termasuk)\b"
    r"|\bpun\s+termasuk\b"
    r"|\b(?:penilaian|kategori|zona|predikat|opini|nilai|hasil)\s+(?:yang\s+sama|itu|tersebut)\b"
    r"|\b(?:begitu|demikian)\s+(?:pula|juga)\b", I)
#: a government included in the group whose zone was just told: "Termasuk Pemprov Sumut …",
#: "Pemprov Jabar pun termasuk daerah yang …"
INCLUDED = re.compile(r"^\W*termasuk\b|\bpun\s+termasuk\b|\bjuga\s+termasuk\b", I)
#: the sentence states the result of the previous one for another government
SAME_ZONE = re.compile(r"\b" + words_pattern(LEX["same_result_nouns"], boundary=False) + r"\s+(?:yang\s+)?"
                       + words_pattern(LEX["same_words"]), I)
#: a relative clause right after a subject: "… Kabupaten Bone Bolango yang sudah di zona hijau"
RELATIVE_AFTER = re.compile(r"\s*,?\s*yang\b", I)
#: in such a clause: the zone is shared with the sentence's subject ("… yang sama-sama berada di zona kuning")
SHARED = re.compile(r"\bsama[\s-]+sama\b|\bjuga\b", I)
#: between a subject and its score in a prose table: "Kota Palu – 88,10", "Kabupaten Sigi: 79,45"
SCORE_GAP = re.compile(r"\s*(?:[–—:=(-]\s*)?")
#: the longest gap between a subject and a score written right after it
SCORE_GAP_MAX = 4

# ------------------------------------------------------------------------------ quick gates
#: substrings (of the lower-cased unit) without which a kind of element cannot be there
ZONE_GATE = ZONES
GRADE_GATE = ("kepatuhan", "kualitas", "kategori ", "katagori ", "opini ", "predikat ", "zona ", "nilai ", "(a)", "(b)", "(c)", "(d)",
              "(e)")
RANK_GATE = (*LEX["rank_nouns"], "tertinggi", "terendah", "terbaik", "paling")
DIGIT = re.compile(r"\d")
SPACES = re.compile(r"\s+")
#: the separator of a record's field ("Kategori: A"): a grade's wording is kept without it
FIELD_SEPARATOR = re.compile(r"\s*[:;]\s*")
ARTICLE_GATE = re.compile("|".join(w.replace(" ", r"\s+") for w in LEX["article_gate"]), I)
ARTICLE_GATE_WORDS = ("ombudsman", "kepatuhan", "kualitas")  # (a superset test, before ARTICLE_GATE)
#: an article without one of these words (lower case, anywhere) has no compliance element at all
QUICK_WORDS = ("zona", "rapor", "kepatuhan", "kualitas", "kategori", "nilai", "skor", "predikat", "posisi", "peringkat",
               "urutan")
#: a relative clause describing the subject ends at one of these words
RESULT_WORDS: tuple[str, ...] = tuple(LEX["result_words"])

# ------------------------------------------------------------------------------ ASCII twins
#: the costliest case-insensitive patterns search ASCII text with their `re.ASCII` twins (the same
#: matches, fewer instructions: pipeline.lang.AsciiTwin)
(NEGATIVE, CONTEXT, ANAPHOR, OTHER_ASSESSOR, AGENCY, REGIONAL_GOVERNMENT, NO_MEMBER, ARTICLE_GATE, ZONE, ZONE_LOW, RANK,
 ATTRIBUTION, OFFICE_BEFORE, VENUE_BEFORE, CLAUSE_BREAK, CLAUSE_BREAK_LOW, CAUSE, ASSESSED_BEFORE, COUNTED_SCOPE,
 SCORE_NOUN_END, SCORE_ANCHOR, NOT_SCORE_BEFORE, GRADE_WITH_SCORE, PAST_YEAR_CUE, OTHER_GOVERNMENTS) = (
    AsciiTwin(rx) for rx in (NEGATIVE, CONTEXT, ANAPHOR, OTHER_ASSESSOR, AGENCY, REGIONAL_GOVERNMENT, NO_MEMBER, ARTICLE_GATE,
                             ZONE, ZONE_LOW, RANK, ATTRIBUTION, OFFICE_BEFORE, VENUE_BEFORE, CLAUSE_BREAK, CLAUSE_BREAK_LOW,
                             CAUSE, ASSESSED_BEFORE, COUNTED_SCOPE, SCORE_NOUN_END, SCORE_ANCHOR, NOT_SCORE_BEFORE,
                             GRADE_WITH_SCORE, PAST_YEAR_CUE, OTHER_GOVERNMENTS))

#: a unit about the reports an office received ("menerima 108 laporan masyarakat pada tahun 2023",
#: "sering mendapat aduan sepanjang tahun 2015"): the year it writes dates the reports, not an assessment
REPORTED = re.compile(r"\b" + words_pattern(LEX["report_nouns"], boundary=False) + r"\b", I)
#: the assessor or its assessment named in a unit, words' beginnings ("penilaiannya", "Ombudsman Bali",
#: "uji kepatuhan"): a year the article states once counts only in such a unit (years.sole_year)
SOLE_ANCHOR = re.compile(r"\b" + words_pattern(LEX["sole_year_anchors"], boundary=False), I)
#: right before a year: the start of a state ("beroperasi sejak 2021"), not the assessment's period
SINCE_BEFORE = re.compile(words_pattern(LEX["since_words"]) + r"\s+(?:tahun\s+)?$", I)
