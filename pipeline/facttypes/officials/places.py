"""The place of an office: a region or province span inside the role, else the article's main
regional government or province (sekda, dinas heads, gubernur, Ombudsman perwakilan), else none
(national offices)."""
from __future__ import annotations

from collections import Counter

from pipeline.facttypes.officials.words import (
    ELECTORAL_DISTRICT_WORDS, GOVERNMENT_CUES, PROVINCIAL_SEATS, REPRESENTATION_MARKERS, ORG_TAIL_WORDS, KABUPATEN_HEAD_WORDS, KOTA_HEAD_WORDS, PROVINCE_ABBREVIATIONS, PROVINCIAL_MARKERS, UNIT_BEFORE_OWN_NAME,
    _NATIONAL_OMBUDSMAN_HEADS,
)

#: How many sentences up to a village or district head are searched for the region of its unit.
REGION_BEFORE_SENTENCES = 3
#: times the main province is named at least as often as the provincial seat the article names most
#: for the article to be the province's (its seat only the venue): agency heads with no place are the
#: province's
PROVINCE_DOMINANCE = 3


class PlaceReader:
    """The place readers of `Reader` (a mixin: it uses the reader's doc, spans and gazetteer)."""

    # --- place ---
    def main_places(self) -> tuple[str | None, str | None]:
        """(region code, province code) the article is mainly about, when clear."""
        if self._main is None:
            regions = Counter(s.kb_id_ for s in self.discourse.spans("regions"))
            provinces = Counter(s.kb_id_ for s in self.discourse.spans("provinces"))
            region = None
            if regions:
                (top, n), *rest = regions.most_common(2) + [(None, 0)]
                if n > rest[0][1]:
                    region = top
            province = None
            if provinces:
                (top, n), *rest = provinces.most_common(2) + [(None, 0)]
                if n > rest[0][1]:
                    province = top
            if province is None and region is not None:
                province = self.gaz.regions[region].province_code if region in self.gaz.regions else None
            self._main = (region, province)
        return self._main

    def place(self, start: int, end: int, category: str, head_key: str, role_words: set,
              title_start: int | None = None):
        """(region, province, explicit) of the office of a role whose organisation runs over tokens
        start..end (after the head); `title_start`: where the title starts (acting prefixes)."""
        title_start = start if title_start is None else title_start
        # a legislator's electoral district is not the office's place
        end = next((i for i in range(start, end) if self.lowers[i] in ELECTORAL_DISTRICT_WORDS), end)
        told = self.told_place(start, end, category)
        if told is not None:
            return told
        return self.untold_place(category, head_key, role_words, title_start)

    def told_place(self, start: int, end: int, category: str):
        """(region, province, True) of a place the role names itself (tokens start..end): a tagged
        region, then a tagged province, then a province's abbreviation; None when it names none."""
        for i in range(start, end):
            if i in self.region_at:
                span = self.region_at[i]
                before = self.lowers[span.start - 1] if span.start > 0 else ""
                if category == "camat_desa" and before in UNIT_BEFORE_OWN_NAME:
                    continue  # "Lurah Banjar": the kelurahan's own name
                code = span.kb_id_
                r = self.gaz.regions.get(code)
                province = r.province_code if r else code.split(".")[0]
                if before in PROVINCIAL_MARKERS and r is not None and r.kind == "kota":
                    return None, province, True  # "Setprov Bengkulu": the province
                return code, province, True
        for i in range(start, end):
            if i in self.province_at:
                return None, self.province_at[i].kb_id_, True
        for i in range(start, end):
            if self.lowers[i] in PROVINCE_ABBREVIATIONS:
                return None, PROVINCE_ABBREVIATIONS[self.lowers[i]], True
        return None

    def untold_place(self, category: str, head_key: str, role_words: set, title_start: int):
        """(region, province, explicit) of an office whose role names no place: the place the
        sentence or the article gives it, by the office's category."""
        if category == "pusat" or category == "lainnya":
            return None, None, False
        if category in ("perangkat_daerah", "sekda"):
            represented = self.represented_place(title_start)
            if represented is not None:  # "Bupati Sidoarjo A yang diwakili Asisten III B"
                return represented
        if category == "camat_desa":
            near = self.region_before(title_start)
            if near is not None:
                r = self.gaz.regions.get(near)
                return near, (r.province_code if r else None), False
        kind = self.head_kind(role_words) if category in ("kepala_daerah", "wakil_kepala_daerah") else None
        if kind is not None:
            near = self.region_in_sentence(title_start, kind)
            if near is not None:  # "… Wali Kota Bima Muhammad Lutfi dan Wawali Feri Sofiyan"
                return near, self.gaz.regions[near].province_code, False
        if category in ("perangkat_daerah", "sekda") and not role_words & PROVINCIAL_MARKERS:
            near = self.government_in_sentence(title_start)
            if near is not None:  # "Dipimpin Kepala Bagian Organisasi, Fahmi, rombongan Pemkab Paser …"
                return near, self.gaz.regions[near].province_code, False
        region, province = self.main_places()
        if category == "ombudsman":
            if head_key in _NATIONAL_OMBUDSMAN_HEADS or role_words & ORG_TAIL_WORDS or (
                    role_words & {"ri", "republik"} and "perwakilan" not in role_words):
                return None, None, False
            return None, province, False
        if category == "legislatif" and ("dpr" in role_words or "ri" in role_words):
            return None, None, False
        if role_words & PROVINCIAL_MARKERS:
            return None, province, False
        if category in ("perangkat_daerah", "sekda") and province is not None and (
                region is None or region in PROVINCIAL_SEATS and (
                    self.provincial_sentence(title_start) or self.province_dominates())):
            return None, province, False  # "…, Wakil Gubernur, A, Sekretaris Daerah, B, …" in the seat's article
        if region is not None:
            kind = self.gaz.regions[region].kind if region in self.gaz.regions else None
            if category in ("kepala_daerah", "wakil_kepala_daerah") and kind is not None \
                    and self.head_kind(role_words) not in (None, kind):
                return None, None, False  # a bupati in an article about a kota
            r = self.gaz.regions.get(region)
            return region, (r.province_code if r else None), False
        return None, None, False


    def province_dominates(self) -> bool:
        """Whether the article is its main province's, its main region (the province's seat) only
        where things happen: the province named PROVINCE_DOMINANCE times as often as that region
        ("Gubernur Sulteng melantik Sekprov … di Palu")."""
        dominates = getattr(self, "_province_dominates", None)
        if dominates is None:
            region, province = self.main_places()
            dominates = False
            if region is not None and province is not None and region.startswith(province + "."):
                regions = sum(1 for s in self.discourse.spans("regions") if s.kb_id_ == region)
                provinces = sum(1 for s in self.discourse.spans("provinces") if s.kb_id_ == province)
                dominates = provinces >= PROVINCE_DOMINANCE * regions
            self._province_dominates = dominates
        return dominates

    def represented_place(self, start: int):
        """(region, province, False) of the government a title at `start` stands in for, told
        before it in its sentence ("Gubernur Kaltara, X, diwakili oleh Asisten I …"), or None."""
        sent = self.doc[start].sent
        k = start - 1
        while k > sent.start and self.lowers[k] in ("oleh", ","):
            k -= 1
        if k < sent.start or self.lowers[k] not in REPRESENTATION_MARKERS:
            return None
        spans = [s for s in (*self.discourse.spans("regions"), *self.discourse.spans("provinces"))
                 if sent.start <= s.start < k]
        if not spans:
            return None
        span = max(spans, key=lambda s: s.start)
        r = self.gaz.regions.get(span.kb_id_)
        if r is not None:
            return span.kb_id_, r.province_code, False
        return None, span.kb_id_, False

    def provincial_sentence(self, start: int) -> bool:
        """Whether the sentence of token `start` names the province's offices (a provincial marker
        word: "Gubernur", "Provinsi", "Biro") or the province, and no kabupaten/kota."""
        sent = self.doc[start].sent
        if any(sent.start <= s.start < sent.end for s in self.discourse.spans("regions")):
            return False
        return any(self.lowers[k] in PROVINCIAL_MARKERS or k in self.province_at for k in range(sent.start, sent.end))

    @staticmethod
    def head_kind(role_words: set) -> str | None:
        """The kind of region a regional head's role governs: kabupaten (bupati), kota (wali kota)."""
        if role_words & KABUPATEN_HEAD_WORDS:
            return "kabupaten"
        if role_words & KOTA_HEAD_WORDS:
            return "kota"
        return None

    def region_in_sentence(self, start: int, kind: str) -> str | None:
        """The last region of `kind` named before token `start` in its sentence: where a regional
        head named without a place governs ("Pj Bupati Lombok Timur menggantikan Bupati X")."""
        sstart = self.window(self.doc[start].sent).start  # (a sentence broken inside degrees joined)
        best = None
        for span in self.discourse.spans("regions"):
            if span.start >= start:
                break
            if span.start >= sstart and span.label_ == kind:
                best = span.kb_id_
        return best

    def government_in_sentence(self, start: int) -> str | None:
        """The one regional government the sentence of token `start` names with a government cue
        ("Pemkab Paser", "Pemerintah Kota Bima"), or None (none, or several)."""
        sent = self.doc[start].sent
        found = {span.kb_id_ for span in self.discourse.spans("regions")
                 if sent.start <= span.start < sent.end and span._.cue in GOVERNMENT_CUES
                 and span.kb_id_ in self.gaz.regions}
        return found.pop() if len(found) == 1 else None

    def region_before(self, start: int) -> str | None:
        """The region named with a cue ("Di Kabupaten Sigi, …", "Pemkot Jakarta Utara") last before
        token `start`, within the three sentences up to it: where a village or district head's
        unit lies when the role does not say."""
        doc = self.doc
        sent = doc[start].sent
        lo = sent.start
        for _ in range(REGION_BEFORE_SENTENCES):
            if lo == 0:
                break
            lo = doc[lo - 1].sent.start
        best = None
        for span in self.discourse.spans("regions"):
            if lo <= span.start < start and span._.cue and span._.cue != "list" \
                    and (span.start == 0 or self.lowers[span.start - 1] not in UNIT_BEFORE_OWN_NAME):
                best = span.kb_id_
        return best


