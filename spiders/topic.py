"""The topic filter: keep a crawl on local-government public-service news before anything is fetched.

Decides from what discovery knows about a URL (its slug, a feed/sitemap title or summary, a link's
anchor text). Permissive where nothing is known: a URL whose path carries no words (`/read/46870`)
passes, since only fetching it can tell.
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

#: Word stems that mark the beat Warta follows. Matched at the start of a word, case-insensitively,
#: on text where hyphens and underscores count as spaces (so slugs match too).
TOPIC_TERMS: tuple[str, ...] = (
    # public service and the Ombudsman
    "pelayanan", "layanan publik", "ombudsman", "maladministrasi", "kepatuhan", "zona hijau",
    "zona kuning", "zona merah", "opini kualitas", "predikat", "standar pelayanan", "survei kepuasan",
    "indeks kepuasan", "ikm", "pengaduan",
    # Mal Pelayanan Publik
    "mpp", "mal pelayanan", "mall pelayanan", "dpmptsp", "perizinan", "dukcapil",
    # governments and officials
    "pemkab", "pemkot", "pemprov", "pemda", "pemerintah kabupaten", "pemerintah kota",
    "pemerintah provinsi", "pemerintah daerah", "bupati", "wabup", "wakil bupati", "wali kota",
    "walikota", "wawali", "gubernur", "wagub", "sekda", "sekretaris daerah", "kepala dinas", "kadis",
    "penjabat", "pj bupati", "pj wali", "pj gubernur", "opd", "asn", "camat", "setda", "dinas",
    "inovasi", "reformasi birokrasi",
)
_TERMS_RE = re.compile(r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in TOPIC_TERMS) + ")",
                       re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z]{3,}", re.IGNORECASE)


def _normalise(text: str) -> str:
    return re.sub(r"[-_+./]+", " ", unquote(text))


def slug_words(url: str) -> list[str]:
    """The words in the last meaningful path segment of `url` (`.../pemkab-lebong-minta` → 3 words)."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    for seg in reversed(segments):
        seg = re.sub(r"\.(html?|php|aspx?)$", "", seg, flags=re.IGNORECASE)
        words = _WORD_RE.findall(_normalise(seg))
        if len(words) >= 2:
            return words
    return []


def is_on_topic(url: str, title: str | None = None, summary: str | None = None) -> bool:
    """Whether the URL looks worth fetching for Warta's beat.

    Title and summary (from a feed, news sitemap or anchor text) decide when present, together with
    the slug; with only a URL, its slug decides; with no words at all, the answer is yes.
    """
    known = " ".join(t for t in (title, summary) if t)
    words = slug_words(url)
    if not known and not words:
        return True
    haystack = _normalise(" ".join(words) + " " + known)
    return bool(_TERMS_RE.search(haystack))
