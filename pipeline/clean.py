"""Indonesian portal boilerplate clean-up: pure functions over plain text.

The rules are data (the tables below), written as general patterns from the noise seen on real
regional portals (WordPress themes, Disway, institution sites): related-article links ("BACA JUGA"),
script placeholders ("Loading..."), bylines, captions, credit tails, share-button residue, meta lines,
footers, "follow us" invitations. A line is dropped only when a pattern matches the *whole* line, so
real sentences survive; fragments (credit tails) are cut from the end of a line only.

`split_byline` keeps what the byline lines say (reporter, editor, …) so the article's author can be
stored even though the lines themselves leave the text (journalists must never look like officials).
"""
from __future__ import annotations

import re
import unicodedata

from pipeline.lang import BYLINE_LABELS, DAY_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES, NOISE, words_pattern
from pipeline.lang import linkblocks

# --------------------------------------------------------------------------------------------------
# Pattern tables
# --------------------------------------------------------------------------------------------------

# day and month names, portal noise words: Indonesian language data (pipeline/lang)
_DAY = words_pattern(DAY_NAMES, boundary=False)
_MON = words_pattern(MONTH_NAMES + MONTH_ABBREVIATIONS, boundary=False)
_DATE = rf"(?:\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{2,4}}|\d{{1,2}}\s+{_MON}\.?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
_TIME = r"(?:\s*[-–,|]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:wib|wita|wit)?)?"

# BYLINE_LABELS (pipeline/lang/noise.toml): byline fields, a line "Label : value" (value may be
# empty); label -> key of `split_byline`.
#: Longest line each pattern of LINE_PATTERNS may remove (default 300 characters).
LIMITS = {"related": 400, "section": 30, "residue": 60, "loading": 40, "category": 250, "byline": 200,
          "invite": 200, "pagination": 120, "meta": 160, "dateline": 100, "footer": 250}

_BYLINE_LABEL_RE = "|".join(sorted((re.escape(k) for k in BYLINE_LABELS), key=len, reverse=True))
#: One byline field inside a line; a line may hold several ("Editor: A | Reporter: B").
BYLINE_FIELD = re.compile(
    rf"(?P<label>{_BYLINE_LABEL_RE})\s*[:：]\s*(?P<value>[^|•\n]*?)\s*(?=$|[|•]|\s(?:{_BYLINE_LABEL_RE})\s*[:：])",
    re.IGNORECASE,
)
BYLINE_LINE = re.compile(
    rf"^\s*(?:(?:{_BYLINE_LABEL_RE})\s*[:：][^\n]{{0,80}}?\s*(?:[|•/,]\s*)?)+$", re.IGNORECASE
)

#: Whole lines that are boilerplate: (name, pattern, longest line it may remove). Each pattern must
#: match the entire (stripped) line; a longer line is prose whatever it starts with.
LINE_PATTERNS: list[tuple[str, re.Pattern, int]] = [(name, re.compile(rx, re.IGNORECASE), LIMITS.get(name, 300))
                                                    for name, rx in [
    # related-article links: "BACA JUGA: …", "Baca juga : …", "Baca Juga", "Lihat juga: …", "Berita terkait: …"
    ("related", words_pattern(NOISE["links"], boundary=False) + r"(?:\s*[:：>»-].*|\s*)|"
                + words_pattern(NOISE["headings"], boundary=False) + r"(?:\s*[:：].*)?"),
    # script placeholders and widget residue
    ("loading", r"loading(?:\s+plugin)?\s*(?:\.{2,}|…)?"),
    ("discussion", r"discussion about this post|(?:tulis|tinggalkan|beri)\s+komentar.*|\d*\s*komentar"),
    ("advert", r"(?:advertisement|advertising|iklan|scroll (?:to|untuk) (?:continue|\w*lanjut)\w*.*|"
               r"adsbygoogle.*|sponsored|konten bersponsor)"),
    # category / tag lines, empty or with tags
    ("category", words_pattern(NOISE["labels"], boundary=False) + r"\s*[:：].*"),
    # byline lines ("Reporter : X", "Editor: A | Reporter: B"): see also split_byline
    ("byline", BYLINE_LINE.pattern),
    # captions: "Foto: …", "FOTO/ANTARA …", "Foto Bersama … " (a caption has no closing full stop)
    ("caption", words_pattern(NOISE["captions"], boundary=False) + r"\s*[:：|/–-].*|foto\s+bersama\b[^.!?]*"),
    # meta lines: "ARTIKEL • Kamis, 04/03/2021 • Rujalinor", "Berita | 12 Mar 2024 | Admin"
    ("meta", rf"[^.!?]{{0,40}}\s*[•|·]\s*(?:{_DAY}\s*,?\s*)?{_DATE}{_TIME}(?:\s*[•|·][^.!?]{{0,60}})*"),
    # a lone dateline: "Sabtu 16 Mar 2024 - 23:15 WIB", "Kamis, 04/03/2021", "Diposting pada 12 Maret 2024"
    ("dateline", rf"(?:(?:diposting|diterbitkan|dipublikasikan|diperbarui|updated|published)(?:\s+pada)?\s*[:：]?\s*)?"
                 rf"(?:{_DAY}\s*,?\s*)?{_DATE}{_TIME}(?:\s*[•|·]\s*[^.!?•|·]{{1,60}})?"),
    # lone section words and share-button labels
    ("section", r"(?:artikel|berita|news|beranda|home|terkini|headline|opini|daerah|"
                r"share|bagikan|tweet|facebook|twitter|whatsapp|telegram|linkedin|email|print|cetak|"
                r"copy link|salin link|salin tautan)"),
    # share-button residue: only bullets, separators and signs ("• ,", "• - +")
    ("residue", r"[\s•·|,.:;+\-–—/\\*#=_~<>«»()\[\]]*"),
    # pagination
    ("pagination", r"(?:halaman|hal\.?)\s+(?:selanjutnya|berikutnya|sebelumnya|\d+(?:\s*(?:dari|/)\s*\d+)?)\b.*|"
                   r"(?:selanjutnya|next page|lanjut baca|baca selengkapnya|selengkapnya)\s*(?:[:>»].*)?"),
    # "follow us" invitations: Google News, WhatsApp channels, Telegram, social media
    ("invite", r"(?:simak|ikuti|dapatkan|follow|gabung|bergabung|klik|yuk|jangan lewatkan)\b.*"
               r"(?:google news|whatsapp|wa channel|saluran|channel|telegram|instagram|facebook|twitter|tiktok|"
               r"youtube|update berita|berita terkini|di sini|disini)\b.*"),
    # copyright / footer lines
    ("footer", words_pattern(NOISE["footer"], boundary=False) + r".*|"
               r".*(?:all rights reserved|hak cipta dilindungi(?: undang-undang)?)\.?\s*"),
    # syndication notes: "Artikel ini telah tayang di Tribunnews.com dengan judul …"
    ("syndication", r"(?:artikel|berita) ini (?:telah |sudah )?(?:tayang|terbit|dimuat|diterbitkan) "
                    r"(?:di|pada|lebih dulu di) .*"),
]]

#: Credit tails cut from the end of a line: "(Ist)", "(Dok)", "(Humas Pemkab X)", "(ANTARA/…)", "(rj)".
TAIL_PATTERNS: list[re.Pattern] = [re.compile(rx) for rx in [
    # a known credit word in parentheses, with or without a preceding full stop
    r"\s*\((?i:ist|istimewa|dok|dok\.|dokumentasi|doc|foto|humas|antara|net|internet|google|repro)\b[^()\n]{0,60}\)\s*$",
    # reporter initials after the last sentence: "… pungkasnya (rj)", "… (is)"
    r"\s*\([a-z]{2,4}(?:/[a-z]{2,4})*\)\s*$",
    # a short name credit right after a sentence's end: "….(Hendrik)", "…. (Humas Setda)"
    r"(?<=[.!?\"“”„‟«»])\s*\((?=[^()\n]*[A-Za-z])[^()\d\n]{2,40}\)\s*$",
]]

#: Characters normalised: odd spaces and invisible characters. Quotes stay as written (“…”, ‘…’, «…»,
#: „…“): they are part of what the article says.
_TRANSLATE = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None,
})
#: Typographic quotes and apostrophes → ASCII, for rules and taggers written against ASCII (`fold_quotes`).
_QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
})
#: Quotes that close a quotation, as the line-ending test of `_clean_lines` sees them.
CLOSING_QUOTES = ('"', "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "''", "\u2019\u2019", "\u2018\u2018")


def _char_class(table: dict) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(chr(c)) for c in table) + "]")


#: The same as `.translate(table)`, ten times faster on article text (str.translate looks up every
#: character of a non-ASCII string; the regular expression only stops at the few it replaces).
_TRANSLATED, _QUOTED = _char_class(_TRANSLATE), _char_class(_QUOTES)
_REPLACEMENT = {chr(c): to or "" for c, to in _TRANSLATE.items()}
_QUOTE_REPLACEMENT = {chr(c): to for c, to in _QUOTES.items()}
_DOUBLED_SINGLE_QUOTES = re.compile(r"''")
_SPACES = re.compile(r"[ \t\f\v]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: "Baca juga:" alone on its line: the related headline follows on the next line.
_RELATED_LEAD = re.compile(r"^\s*" + words_pattern(NOISE["links"], boundary=False) + r"\s*[:：>»-]?\s*$",
                           re.IGNORECASE)


#: a bulleted line ("- Another article's title"): under a lone "Baca juga:", one of a list of headlines
_RELATED_ITEM = re.compile(r"^[-•*–·]\s+\S")


def normalise(text: str) -> str:
    """Light normalisation: NFC, odd spaces, invisible and control characters.

    Letters and quotes are never changed.
    """
    text = _TRANSLATED.sub(lambda m: _REPLACEMENT[m.group()], unicodedata.normalize("NFC", text))
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text


def fold_quotes(text: str) -> str:
    """Typographic quotes and apostrophes to ASCII, and ‘’doubled single quotes’’ to '"'.

    For matching only (the boilerplate patterns below, the taggers): the article text keeps its quotes.
    """
    if _QUOTED.search(text):
        text = _QUOTED.sub(lambda m: _QUOTE_REPLACEMENT[m.group()], text)
    return _DOUBLED_SINGLE_QUOTES.sub('"', text) if "''" in text else text


def boilerplate_kind(line: str) -> str | None:
    """The name of the pattern that makes `line` boilerplate, or None if it is content."""
    s = fold_quotes(line.strip())
    if not s:
        return "empty"
    for name, rx, longest in LINE_PATTERNS:
        if len(s) <= longest and rx.fullmatch(s):
            return name
    return None


def strip_tails(line: str) -> str:
    """Cut credit tails from the end of a line, repeatedly ("… .(Ist) (rj)")."""
    for _ in range(5):
        before = line
        for rx in TAIL_PATTERNS:
            line = rx.sub("", line)
        if line == before:
            break
    return line


def _lines(text: str) -> list[str]:
    return [_SPACES.sub(" ", ln).strip() for ln in normalise(text).split("\n")]


def clean_text(text: str) -> str:
    """Remove portal boilerplate from article text; one paragraph a line, no blank lines.

    Never raises on str input; anything else gives "".
    """
    if not isinstance(text, str) or not text:
        return ""
    lines = _lines(text)
    return _clean_lines(lines, [boilerplate_kind(line) for line in lines])


def _clean_lines(lines: list[str], kinds: list[str | None]) -> str:
    """clean_text on lines already split, with each line's `boilerplate_kind`."""
    out: list[str] = []
    skip_next = in_block = False
    for line, kind in zip(lines, kinds):
        if not line:
            continue
        if in_block:
            if linkblocks.block_line(line):
                continue  # the next headline, bullet item or teaser of the block of links
            in_block = False
        if skip_next:
            skip_next = False
            if (len(line) < 200 and not line.endswith((".", "!", "?", *CLOSING_QUOTES))) or _RELATED_ITEM.match(line):
                # the related headline under a lone "Baca juga:"; the block of links goes on
                in_block = True
                continue
        if _RELATED_LEAD.match(line) or linkblocks.block_heading(line):
            skip_next = True
            continue
        if kind:
            continue
        cut = strip_tails(line).strip()
        if cut == line or (cut and not boilerplate_kind(cut)):
            out.append(cut)
    return "\n".join(out)


def split_byline(text: str) -> tuple[str, dict[str, str]]:
    """Split byline information off the text: `(clean text, {"reporter": …, "editor": …, …})`.

    Keys are the values of `BYLINE_LABELS` ("reporter", "editor", "author", "source",
    "photographer") plus "dateline" for a lone date line such as "Sabtu 16 Mar 2024 - 23:15 WIB".
    Empty fields ("Editor :") are left out; the first value of each key wins.
    """
    info: dict[str, str] = {}
    if not isinstance(text, str) or not text:
        return "", info
    lines = _lines(text)
    kinds = [boilerplate_kind(line) for line in lines]
    for line, kind in zip(lines, kinds):
        if kind == "byline":
            for m in BYLINE_FIELD.finditer(line):
                value = m.group("value").strip(" :-,/")
                key = BYLINE_LABELS[m.group("label").lower()]
                if value:
                    info.setdefault(key, value)
        elif kind in ("dateline", "meta"):
            info.setdefault("dateline", fold_quotes(line))
    return _clean_lines(lines, kinds), info  # the same as clean_text(text), without splitting it again


_AUTHOR_LABEL = re.compile(rf"^\s*(?:(?:{_BYLINE_LABEL_RE}|(?:diposting|dipublikasikan|posted|written)\s+(?:oleh|by)"
                           rf"|oleh|by)\b\s*[:：]?\s*)+", re.IGNORECASE)


_OTHER_ROLE = re.compile(r"(?:editor|redaktur|penyunting|fotografer|foto oleh|sumber|source)\b", re.IGNORECASE)


def clean_author(name: str | None) -> str | None:
    """An author string without its label ("Penulis: X", "Oleh X", "Reporter X") and credit tails."""
    if not isinstance(name, str):
        return None
    name = _SPACES.sub(" ", normalise(name)).strip()
    if ";" in name:  # "Rizky Ananda; Editor Heru Pranata": the other roles of a byline are not authors
        name = "; ".join(p for p in name.split(";") if not _OTHER_ROLE.match(p.strip()))
    name = _AUTHOR_LABEL.sub("", name).strip(" :-,|/")
    return name or None
