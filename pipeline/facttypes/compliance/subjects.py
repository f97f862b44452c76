"""Which government mentions of a unit are not the subject of a compliance result (after
pipeline/nlp/discourse/mentions.py has read their roles), each a pure filter over a unit's subjects:

- the speaker's place in the attribution after a quote ("…," ungkap A selaku Sekda Provinsi Sulsel),
  unless the quote says "kami"/"kita";
- a venue ("di Hotel Two K Azanah Bengkulu");
- a province that scopes a counted group ("Tiga pemda Provinsi Sulteng …", "12 kabupaten/kota Provinsi
  Lampung");
- a kabupaten/kota's own province written after it as its place ("Kabupaten Mimika, Provinsi Papua
  Tengah mengatakan …"), not the next item of a list ("Kota Jambi, Provinsi Jambi, dan …");
- a province as the place of national agencies' offices ("4 Polres di Sulteng mendapat nilai hijau");
- a province as the place of the public service in a sentence telling which zone dominates there ("rapor
  merah masih mendominasi kualitas pelayanan publik di Jatim") or citing no assessment ("pelayanan publik
  di Kalsel masih di zona kuning"; final6, two articles): the governments there, not the provincial
  government ("Pelayanan publik di Provinsi A … berdasarkan penilaian Ombudsman, dengan skor 71,4" is A's);
- a province whose capital is described ("Ibukota Provinsi Bali ini meraih …": the city told before);
- a province as a superlative's scope ("… merupakan nilai tertinggi di Kalimantan Tengah": the ranking's
  scope, the government told before; final7, two articles);
- a town named after a national agency's office and its class ("Imigrasi Kelas 2 Mamuju"; final7): the office's;
- a government named as the owner of one of its offices ("Dinas Pendidikan (Dindik) Kota Tangerang",
  "Disdukcapil Kabupaten Bone"): the office's result is not the government's.
"""
from __future__ import annotations

import re

from pipeline.facttypes.compliance import grammar as G
from pipeline.lang import unit_lower

#: how far before a mention a venue noun makes it a venue ("di Hotel Two K Azanah Bengkulu")
VENUE_CHARS = 60
#: how far before a mention a national agency's office and its class are read ("Lembaga Pemasyarakatan Kelas IIB Sinjai")
AGENCY_OFFICE_CHARS = 40
#: how far before a mention an office's name is read ("Dinas Penanaman Modal dan PTSP (DPMPTSP) Kota X")
OFFICE_CHARS = 70
#: how far before a province the public service it is the place of is read ("penyelenggaraan pelayanan publik di Jatim")
SERVICE_CHARS = 50
#: how far before a province its capital's words are read ("Ibukota Provinsi Bali ini")
CAPITAL_CHARS = 20
#: how far before a province a superlative scoping it is read ("nilai tertinggi di Provinsi Kalimantan Tengah")
SUPERLATIVE_CHARS = 30


def not_said(text: str, unit, subjects: list) -> list:
    """Without the speaker's place in the attribution after a quote."""
    ut = unit.text
    said = G.ATTRIBUTION.search(ut) if ("”" in ut or '"' in ut) else None
    if said and not G.FIRST_PERSON.search(ut, 0, said.start()):
        return [s for s in subjects if s.start - unit.start < said.start()]
    return subjects


def own_subjects(text: str, unit, subjects: list, name_ends: list[int] = ()) -> list:
    """`subjects` without venues, scopes, places and offices' owners (see the module doc); `name_ends`: where
    the unit's place names end (an office's name stands after the name before it: the "Bagian" of "Polres
    Seram Bagian Timur dan Pemkab A" is part of a regency's name, no office of A; final4)."""
    if not subjects:
        return subjects
    low = unit_lower(unit.text)
    if any(map(low.__contains__, G.VENUE_WORDS)):
        subjects = [s for s in subjects
                    if not G.VENUE_BEFORE.search(text, max(unit.start, s.start - VENUE_CHARS), s.start)]
    if any(map(low.__contains__, G.AGENCY_OFFICE_WORDS)):
        subjects = agency_towns_dropped(text, unit, subjects)
    if any(map(low.__contains__, G.OFFICE_WORDS)):
        subjects = [s for s in subjects
                    if not G.OFFICE_BEFORE.search(text, max([unit.start, s.start - OFFICE_CHARS]
                                                            + [e for e in name_ends if e <= s.start]), s.start)]
    subjects = [s for s in subjects if s.region_code is not None or not G.COUNTED_SCOPE.search(
        text, max(unit.start, s.start - G.COUNTED_SCOPE_CHARS), s.start)]
    if len(subjects) > 1:
        # (right after it, a province may be the one the region belonged to: "Kabupaten Mappi Provinsi Papua")
        subjects = [s for i, s in enumerate(subjects) if not (
            i and s.region_code is None and subjects[i - 1].region_code is not None
            and (G.PLACE_RIGHT_AFTER.fullmatch(text, subjects[i - 1].end, s.start)
                 or (subjects[i - 1].province_code == s.province_code
                     and G.APPOSITION_GAP.fullmatch(text, subjects[i - 1].end, s.start)
                     and not G.LIST_GOES_ON.match(text, s.end, unit.end))))]
    # "Ibukota Provinsi Bali ini", "orang nomor satu di ibukota Provinsi A": the capital, never the province's
    # government (final10: a mayor described by his city; final6, final9: "Ibukota Provinsi … itu")
    if any(map(low.__contains__, G.CAPITAL_WORDS)):
        subjects = [s for s in subjects if s.region_code is not None
                    or not G.CAPITAL_BEFORE.search(text, max(unit.start, s.start - CAPITAL_CHARS), s.start)]
    if any(map(low.__contains__, G.SUPERLATIVES)):  # "nilai tertinggi di Kalteng": the ranking's scope
        subjects = [s for s in subjects if s.region_code is not None or not G.SUPERLATIVE_SCOPE_BEFORE.search(
            text, max(unit.start, s.start - SUPERLATIVE_CHARS), s.start)]
    if any(s.kind == "place" for s in subjects) and "layanan" in low \
            and (G.DOMINANCE.search(low) or not G.ASSESSMENT_WORD.search(low)):
        subjects = [s for s in subjects if s.kind != "place" or s.region_code is not None
                    or not G.SERVICE_PLACE_BEFORE.search(text, max(unit.start, s.start - SERVICE_CHARS), s.start)]
    if subjects and all(s.kind == "place" for s in subjects) and G.AGENCY.search(unit.text):
        return []
    return subjects


#: right before a town: earlier towns coordinated after a national agency's office ("Polres A, B, dan "), none of
#: them with a government's word of its own ("Polres A dan Pemkab B": B is a government)
_NAME = r"(?:(?!" + "|".join(w for w in G.LEX["row_owner_words"] if " " not in w) + r")\b(?-i:[A-Z])[\w-]*\s*)+"
AGENCY_TOWNS_BEFORE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in G.LEX["agency_offices"]) + r")\s+(?:kelas\s+\S+\s+)?"
    + _NAME + r"(?:,\s*" + _NAME + r")*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)$", re.IGNORECASE)
#: a government's word opening a mention ("Kabupaten Paser", "Pemkab Paser"): a government, whatever is before it
OWNER_OPENS = re.compile(r"(?:" + "|".join(w for w in G.LEX["row_owner_words"]) + r")\b", re.IGNORECASE)
#: how far before a town the agency's office of a coordination of towns is looked for
AGENCY_TOWNS_CHARS = 120


def agency_towns_dropped(text: str, unit, subjects: list) -> list:
    """`subjects` without the towns of a national agency's offices ("Imigrasi Kelas 2 Mamuju", "Polres A"), and
    without the towns coordinated right after one with no government's word of their own ("Polres A, B, dan C":
    three police offices; "Polres A dan Pemkab B": B is a government; final10)."""
    return [s for s in subjects
            if not G.AGENCY_OFFICE_BEFORE.search(text, max(unit.start, s.start - AGENCY_OFFICE_CHARS), s.start)
            and (OWNER_OPENS.match(text, s.start)
                 or not AGENCY_TOWNS_BEFORE.search(text, max(unit.start, s.start - AGENCY_TOWNS_CHARS), s.start))]
