"""Roll-calls told as lines labelled with a place: the office named once by the frame before them,
each line giving a place and its holder (`label_lists`):

    Gubernur Riau melantik tiga penjabat bupati, Senin. Mereka yang dilantik:
    1. Kabupaten Kampar: Drs. Budi Santoso, M.Si
    2. Kabupaten Siak, Rudi Hartono
    - Kota Dumai – Hasan Basri

Each line opens (after its number or bullet) with a region or province and a separator (a colon, a
comma, a dash), then a name (honorifics skipped, degrees after it dropped), or two names joined by a
dash, a head and a deputy ("Kabupaten Dompu: A - B"). The office is the last regional head's title of
the frame (the line before the run and the few sentences before it: "penjabat bupati", "bupati dan
wakil bupati"), its category the frame's; the place is the line's own.

The scope is closed: two such lines at least, one after the other; the frame must tell an
installation, an appointment or the heads in office (lexicon `label_roll_frames`) and name a regional
head's title, and no candidate word (`pair_list_blockers`) may stand in it; a line whose label is not
followed by a clean name (a figure, a sentence) is no item and ends the run.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.facttypes.officials.words import (
    APPOINTMENT_LINKS, DASHES, HONORIFICS, DEPUTY_JOINS, ITEM_PLACE_CUES, ITEM_PLACE_WORDS, LABEL_ROLL_FRAMES, PLACE_KIND_WORDS, PAIR_LIST_BLOCKERS,
    PAIR_LIST_PAIR_WORDS, PAIR_SEPARATORS, TITLES, _category,
)
from pipeline.nlp.discourse.furniture import headline_run_spans
from pipeline.nlp.discourse.itemlines import ends_as_head
from pipeline.nlp.discourse.lists import ENUMERATOR_ONLY, LIST_ITEM

#: sentences before a run of labelled lines that may hold its frame
LABEL_FRAME_SENTENCES = 2
#: labelled lines a run needs
LABEL_MIN_LINES = 2
#: tokens before a labelled line's place at most ("12", ".", "Kabupaten")
LABEL_LEAD_TOKENS = 4
#: tokens after a place that closes an item line at most (")", ";")
LABEL_TAIL_TOKENS = 2
#: categories of the offices a place-labelled roll gives (a region's own heads)
LABEL_CATEGORIES = ("kepala_daerah", "wakil_kepala_daerah", "sekda")
_PLACE_CUES = ITEM_PLACE_CUES | PLACE_KIND_WORDS
#: what opens the place after a name in an item line: a bracket, a dash, "untuk", "di", "dari"
PLACE_OPENERS = frozenset({"("}) | frozenset(DASHES) | ITEM_PLACE_WORDS
_LABEL_SEPARATORS = frozenset({":", ","}) | frozenset(DASHES)
#: words a line's label may have before its colon ("Bupati dan Wakil Bupati Lombok Utara: …")
LABEL_WORDS = 8
#: a separator inside an item line between a name and its office (" - ", " – ", ": ")
ITEM_SEPARATOR = re.compile(r"\S\s+[-–—]\s+\S|\S:\s")
#: a numbered line closing with a pair of names in brackets ("10.Kabupaten Karo (Budi Santoso-Ahmad Yani).":
#: a list of heads-elect under their places, final9), no headline
BRACKETED_PAIR_END = re.compile(r"\([A-Z][^()]*\S\s*[-–—]\s*[A-Z][^()]*\)\.?$")
#: a numbered line, the number glued to its text or not ("10.Kota Binjai …")
NUMBERED_LINE = re.compile(r"\s*\d{1,2}\s*[.)]\s*[A-Z]")


def _labelled(line: str) -> bool:
    """Whether a line opens with a short label and a colon ("Kabupaten Majene: …", "Bupati Siak: …")."""
    return ":" in " ".join(line.split()[:LABEL_WORDS])


def _label_mark(line: str) -> str | None:
    """The mark that ends a line's short label: a colon, else a comma ("Pj Bupati Kampar, Budi …"), else None."""
    head = " ".join(line.split()[:LABEL_WORDS])
    return ":" if ":" in head else "," if "," in head else None


class LabelLineReader:
    """The place-labelled roll reader of `Reader` (a mixin: it uses the reader's lines, spans and
    name runs)."""

    def label_lists(self, heads: list) -> list:
        """[Found] of the holders of place-labelled roll-call lines (module doc)."""
        from pipeline.facttypes.officials.reader import Found

        out = []
        # only lines that open with a place (a number, a bullet or a place-kind word before it) are read
        # …or close with one ("1. Budi Santoso (Kabupaten Kampar)", "Budi Santoso untuk Kota Dumai")
        opening = self.place_lines()
        paired = {li for li in opening if li - 1 in opening or li + 1 in opening}  # a run has two lines at least
        if not paired:
            return out
        items = [self._label_item(li) if li in paired else None for li in range(len(self.line_starts))]
        li = 0
        while li < len(items):
            if items[li] is None:
                li += 1
                continue
            hi = li
            while hi + 1 < len(items) and items[hi + 1] is not None:
                hi += 1
            if hi - li + 1 >= LABEL_MIN_LINES:
                out.extend(self._label_run(items[li:hi + 1], heads, Found))
            li = hi + 1
        return out

    def place_lines(self) -> set[int]:
        """The lines that open with a place (LABEL_LEAD_TOKENS) or close with one (LABEL_TAIL_TOKENS)."""
        lines = getattr(self, "_place_lines", None)
        if lines is None:
            n = len(self.line_starts)
            lines = self._place_lines = {
                li for span in (*self.discourse.spans("regions"), *self.discourse.spans("provinces"))
                for li in [bisect_right(self.line_starts, span.start) - 1]
                if span.start - self.line_starts[li] <= LABEL_LEAD_TOKENS
                or (self.line_starts[li + 1] - 1 if li + 1 < n else len(self.texts)) - span.end <= LABEL_TAIL_TOKENS}
        return lines

    def _label_run(self, run: list, heads: list, Found) -> list:
        first = run[0][0]
        lo = self._sentences_before(self.doc[first].sent.start, LABEL_FRAME_SENTENCES)
        if not self._holds(lo, first, LABEL_ROLL_FRAMES) or self._holds(lo, first, PAIR_LIST_BLOCKERS):
            return []
        frame = self._frame_title(heads, lo, first)
        if frame is None:
            return []
        role, category = frame
        paired = self._holds(lo, first, PAIR_LIST_PAIR_WORDS)
        out = []
        for start, place, names in run:
            code = place.kb_id_
            r = self.gaz.regions.get(code)
            region, province = (code, r.province_code) if r else (None, code.split(".")[0])
            evidence = self.line_text(bisect_right(self.line_starts, start) - 1)
            ls = place.start
            while ls > start and self.lowers[ls - 1] in _PLACE_CUES:
                ls -= 1  # "Kabupaten" before the region's own name
            label = self.span_text(ls, place.end).strip()
            (s, e), second = names
            out.append(Found(self.name_text(s, e), f"{role} ({label})", category, region, province, evidence, True))
            if second is not None and category == "kepala_daerah" and (second[2] or paired):
                out.append(Found(self.name_text(second[0], second[1]), f"{role} ({label})", "wakil_kepala_daerah",
                                 region, province, evidence, True))
        return out

    def _frame_title(self, heads: list, lo: int, hi: int):
        """(role, category) of the last regional head's title between tokens lo and hi, or None."""
        for n in range(len(heads) - 1, -1, -1):
            head = heads[n]
            if not (lo <= head.start and head.end <= hi):
                continue
            end = head.end
            if n > 0 and heads[n - 1].end == head.start - 1 and self.lowers[head.start - 1] in DEPUTY_JOINS:
                head = heads[n - 1]  # "bupati dan wakil bupati": the head's title, the deputy's after it
            start = self.role_start(head.start, lo) or head.start
            category = _category(TITLES[head.label_][0], head.label_, {self.lowers[k] for k in range(start, head.end)})
            if category in LABEL_CATEGORIES:
                return self.span_text(start, end).strip(), category
        return None

    def _label_item(self, li: int):
        """(line start, place span, ((name start, end), deputy (start, end, dashed) or None)) of a line
        labelled with a place, or None."""
        start = self.line_starts[li]
        end = self.line_starts[li + 1] - 1 if li + 1 < len(self.line_starts) else len(self.texts)
        k = start
        lead = min(end, start + LABEL_LEAD_TOKENS)
        while k < lead and (self.texts[k] in (".", ")") or ENUMERATOR_ONLY.fullmatch(self.texts[k]) or self.texts[k].isdigit()):
            k += 1  # "1." "2)" "-" "•"
        label = k
        while k < lead and self.lowers[k] in _PLACE_CUES:
            k += 1  # "Kabupaten" before the region's own name
        place = self.region_at.get(k) or self.province_at.get(k)
        if place is None or place.start > label and place.start != k or place.end >= end or self.texts[place.end] not in _LABEL_SEPARATORS:
            return self._name_first_item(start, label, end)
        name = self._name_run(place.end + 1, end)
        if name is None:
            return None
        e = self._label_name_end(name[1], end)
        if e is None:
            return None
        second = None
        if e < end and self.lowers[e] in PAIR_SEPARATORS:
            deputy = self._name_run(e + 1, end)
            d_end = self._label_name_end(deputy[1], end) if deputy is not None else None
            if d_end is None or d_end < end and self.texts[d_end] not in ".;":
                return None
            second = (deputy[0], deputy[1], self.texts[e] in DASHES)
        elif e < end and self.texts[e] not in ".;":
            return None
        return start, place, (name, second)

    def _name_first_item(self, start: int, k: int, end: int):
        """(line start, place span, ((name start, end), None)) of an item line that names the holder
        first and the place after ("Budi Santoso (Kabupaten Kampar)", "Budi Santoso, SH untuk Kota
        Dumai", "Budi Santoso - Kabupaten Siak"), or None."""
        name = self._name_run(k, end)
        if name is None:
            return None
        e = self._label_name_end(name[1], end, PLACE_OPENERS)
        if e is None or e >= end:
            return None
        m = e + 1
        while m < end and self.lowers[m] in _PLACE_CUES:
            m += 1
        place = self.region_at.get(m) or self.province_at.get(m)
        if place is None or place.start != m and place.start > e + 1:
            return None
        close = place.end + 1 if self.texts[e] == "(" else place.end
        if self.texts[e] == "(" and (place.end >= end or self.texts[place.end] != ")"):
            return None
        if close < end and self.texts[close] not in ".;,":
            return None
        return start, place, (name, None)

    def _label_name_end(self, e: int, end: int, also: frozenset = frozenset()):
        """Where a labelled line's name ends with the degrees after it ("…, S.STP., M.Si"), or None
        when a word that is no degree follows it."""
        while e < end:
            if self.texts[e] == "," or self.texts[e] == "." and e + 1 < end and self.degree_at(e + 1, end):
                e += 1
                continue
            step = self.degree_at(e, end)
            if step:
                e += step
                continue
            break
        while e > 0 and self.texts[e - 1] == ",":
            e -= 1
        if e < end and not (self.lowers[e] in PAIR_SEPARATORS or self.texts[e] in ".;" or self.lowers[e] in also):
            return None
        return e

    # --- roll-call lines are no headlines (reader.py's line flags) ---
    def roll_line(self, li: int, line: str) -> bool:
        """Whether line `li` is an item of a roll-call, not a headline: it links a name to an office
        by a lower-case word ("Budi Santoso sebagai Pj Bupati Siak") and is bulleted or numbered
        ("- …", "3. …"), or the line before or after it links one the same way (items one a line)."""
        near = [n for n in (li - 1, li + 1) if 0 <= n < len(self.line_starts)]
        if _label_mark(line) and self.labelled_run(li, line):
            return True  # "Kabupaten Majene: A (Bupati) dan B (Wakil Bupati)." over "Kabupaten Mamasa: …"
        if LIST_ITEM.match(line) and ITEM_SEPARATOR.search(line) and any(
                LIST_ITEM.match(other) and ITEM_SEPARATOR.search(other) for other in map(self.line_text, near)):
            return True  # "1. Budi Santoso - Pj Bupati Kampar" over "2. …"
        if NUMBERED_LINE.match(line) and BRACKETED_PAIR_END.search(line) and any(
                NUMBERED_LINE.match(other) and BRACKETED_PAIR_END.search(other) for other in map(self.line_text, near)):
            return True  # "10.Kota Binjai (Budi Santoso-Ahmad Yani)." over "11. …"
        if LIST_ITEM.match(line) and li in self.place_lines() and self.names_first(li) and any(
                n in self.place_lines() and LIST_ITEM.match(self.line_text(n)) for n in near):
            return True  # "- Budi Santoso untuk Kabupaten Kampar" over "- …": bulleted lines that close with a place
        if not self.links_office(line):
            return False
        if LIST_ITEM.match(line):
            return True
        return any(self.links_office(self.line_text(n)) for n in near)

    def names_first(self, li: int) -> bool:
        """Whether line `li` opens (after its number or bullet) with a holder's name: name words (honorifics,
        degrees and commas among them) up to a place or a place opener ("- Budi Santoso, SH untuk Kabupaten
        Kampar"), not a headline's title or verb ("- Walikota Maulana Resmikan Layanan … Kota Jambi", final7)."""
        end = self.line_starts[li + 1] if li + 1 < len(self.line_starts) else len(self.texts)
        k = self.line_starts[li]
        while k < end and (self.spaces[k] or ENUMERATOR_ONLY.fullmatch(self.texts[k]) or self.texts[k] in ".)"):
            k += 1
        first = k
        while k < end and k not in self.region_at and k not in self.province_at and self.lowers[k] not in PLACE_OPENERS:
            low = self.lowers[k].rstrip(".")
            if not (self.texts[k] in ",." or low in HONORIFICS or self.degree_at(k, end)
                    or self.is_name_token(k, inner=k > first)):
                return False
            k += 1
        return k > first

    def headline_list(self, li: int) -> bool:
        """Whether line `li` lies in a run of other stories' headlines (a portal's list of links without a
        heading, final7), whose names are not the article's: the discourse layer's furniture
        (pipeline/nlp/discourse/furniture.py `headline_run_spans`, which the region tagger reads too)."""
        lines = getattr(self, "_headline_lines", None)
        if lines is None:
            lines = self._headline_lines = set()
            spans = headline_run_spans(self.discourse.text) if len(self.texts) else []
            for a, b in spans:
                span = self.doc.char_span(a, b, alignment_mode="expand")
                if span is not None and len(span):
                    lo = bisect_right(self.line_starts, span.start) - 1
                    hi = bisect_right(self.line_starts, span.end - 1) - 1
                    lines.update(range(lo, hi + 1))
        return li in lines

    def labelled_run(self, li: int, line: str) -> bool:
        """Whether line `li` is one of a run of lines labelled alike ("Kabupaten X: …", "Pj Bupati X,
        …": the same first word and the same mark after the label) after a line that opens a list
        ("Mereka adalah:", "Berikut …") or tells an installation ("Gubernur melantik tiga penjabat …")."""
        first, mark = line.split()[0].lower(), _label_mark(line)

        def alike(n: int) -> bool:
            other = self.line_text(n)
            return bool(other) and _label_mark(other) == mark and other.split()[0].lower() == first

        lo = li
        while lo > 0 and alike(lo - 1):
            lo -= 1
        hi = li
        while hi + 1 < len(self.line_starts) and alike(hi + 1):
            hi += 1
        if hi == lo or lo == 0:
            return False
        before = self.line_text(lo - 1)
        return ends_as_head(before) or not LABEL_ROLL_FRAMES.isdisjoint(before.lower().split())

    def line_text(self, li: int) -> str:
        end = self.line_starts[li + 1] if li + 1 < len(self.line_starts) else len(self.texts)
        return self.span_text(self.line_starts[li], end).strip()

    @staticmethod
    def links_office(line: str) -> bool:
        """Whether a line holds a lower-case appointment link between capitalised words."""
        words = line.split()
        return any(w in APPOINTMENT_LINKS and 0 < k < len(words) - 1 and words[k - 1][:1].isupper()
                   and words[k + 1][:1].isupper() for k, w in enumerate(words))
