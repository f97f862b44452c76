"""Installed heads listed as pairs with their places, no title beside them, and holders listed with
their places after a title that names none (`read_list`: "bupati dan wakil bupati yang dilantik
yakni A-B (Kapuas), C dan D (Katingan)", "Kepala daerah yang cuti termasuk A dan B dari Kota X").

An installation story names its inductees once ("Gubernur melantik 11 kepala daerah …", "Mereka yang
dilantik masing-masing …") and then lists them as "Head-Deputy (Place)" items, over one or several
sentences ("…, Basli Ali-Syaiful Arif (Selayar). Kemudian, …"), or one per numbered line. The role
comes from the frame and the pair order (the first name the head, the second the deputy), the office's
kind from the place (a kabupaten's bupati, a kota's wali kota, a province's governor), the place from
the bracket.

Items joined by a word ("1. A dan B (Jambi); 2. C dan D (Riau)") are pairs too when a dash-joined
item stands in the list, or when two or more stand in it and the frame calls them pairs
(`pair_list_pair_words`: "sembilan pasangan gubernur dan wakil gubernur …").

The scope is closed: a list counts only when one of its items is a pair (as above) and the list is
one (two items or more, or a frame in its own sentence), an installation or regional-head word
(lexicon `pair_list_frames`) stands in its sentences or the few before, and no candidate word
(`pair_list_blockers`: "calon", "paslon") does; items are joined only by list glue, connectives and
enumerators, so an unrelated "Name (Place)" later in the article is not taken.
"""
from __future__ import annotations

from pipeline.facttypes.officials.words import (
    DASHES, ITEM_PLACE_CUES, PLACE_KIND_WORDS, PAIR_LIST_BLOCKERS, PAIR_LIST_FRAMES, PAIR_LIST_JOINS, PAIR_LIST_PAIR_WORDS,
    PAIR_LIST_ROLES, PLACE_ITEM_LINKS,
    PLACE_LIST_HEADS, TITLES, GENERIC_HEAD_TITLES, ITEM_PLACE_WORDS, MAX_LIST_LEAD_TOKENS, PAIR_SEPARATORS, _category,
)
from pipeline.lang import CONNECTIVES, LIST_GLUE, LIST_OPENERS

#: sentences before a list that may hold its frame ("Gubernur melantik 11 kepala daerah. Pelantikan
#: dilakukan … Mereka yang dilantik masing-masing A-B (X), …")
FRAME_SENTENCES = 3
#: tokens between two items of one list (glue, connectives, an enumerator, a line break)
MAX_ITEM_GAP = 6
#: "<Place> NAME" items a list needs to take its role from the holder read before it
PLACE_LIST_MIN_ITEMS = 2

_GAP_WORDS = LIST_GLUE | frozenset(CONNECTIVES["resume"]) | frozenset(CONNECTIVES["sequence"]) | {
    ".", ";", ":", ")", "("}
#: place-kind words before a listed place ("Provinsi Jambi", "Kabupaten Seruyan")
_PLACE_CUES = ITEM_PLACE_CUES | PLACE_KIND_WORDS
_OPENER_WORDS = frozenset(w for o in LIST_OPENERS for w in o.replace("-", " ").split()) | {"-", ":"}


class PairListReader:
    """The pair-list reader of `Reader` (a mixin: it uses the reader's doc, spans and name runs)."""

    def pair_lists(self) -> list:
        """[Found] of the heads and deputies listed as "Head-Deputy (Place)" items (module doc)."""
        from pipeline.facttypes.officials.reader import Found  # the record lives beside Reader

        items = [it for it in map(self._pair_item, self._bracketed_places()) if it is not None]
        out = []
        for group in self._item_groups(items):
            first_sent = group[0][0]
            lo = self._sentences_before(first_sent.start, FRAME_SENTENCES)
            hi = group[-1][0].end
            group = self._paired(group, lo, hi)
            if group is None:
                continue  # no pair: a list of people with places, not of installed pairs
            if len(group) < 2 and not self._holds(group[0][0].start, group[0][0].end, PAIR_LIST_FRAMES):
                continue
            if not self._holds(lo, hi, PAIR_LIST_FRAMES) or self._holds(lo, hi, PAIR_LIST_BLOCKERS):
                continue
            for sent, deputy, head, place, _ in group:
                head_title, deputy_title = PAIR_LIST_ROLES[place.label_ if place.label_ in PAIR_LIST_ROLES
                                                          else "provinsi"]
                code = place.kb_id_
                r = self.gaz.regions.get(code)
                province = r.province_code if r else code.split(".")[0]
                region = code if r else None
                evidence = self.span_text(sent.start, sent.end).strip()
                for span, title, cat in ((head, head_title, "kepala_daerah"),
                                         (deputy, deputy_title, "wakil_kepala_daerah")):
                    if span is None:
                        continue
                    s, e = span
                    name = self.name_text(s, e)
                    if name:
                        role = f"{title} {self.span_text(place.start, place.end).strip()}"
                        out.append(Found(name, role, cat, region, province, evidence, True))
        return out

    def place_lists(self, framed: list, heads: list) -> list:
        """[Found] of the holders listed as "<Place> NAME" items after a list opener, under the role
        of the holder read last in the sentences before ("Untuk ORI Sultra, X ditetapkan sebagai
        kepala perwakilan. Enam provinsi lainnya masing-masing Provinsi Jambi dijabat oleh A,
        Bengkulu B, dan Riau C."): each item keeps the frame's category and takes its own place.
        A title in the list's own sentence before its first item is its role instead ("Pj bupati di
        tiga kabupaten lainnya, yakni …"). `framed`: (token index, Found) of the holders read, in
        order; `heads`: the title heads matched in the document, in order."""
        from pipeline.facttypes.officials.reader import Found

        out = []
        spans = sorted([*self.discourse.spans("regions"), *self.discourse.spans("provinces")],
                       key=lambda s: s.start)
        taken = 0
        for span in spans:
            if span.start < taken or not self._opens_list(span.start):
                continue
            sent = self.doc[span.start].sent
            items, taken = self._place_items(span, sent.end)
            if len(items) < PLACE_LIST_MIN_ITEMS or not self._holds(sent.start, span.start, PLACE_LIST_HEADS):
                continue  # the list must enumerate places or offices ("Enam provinsi lainnya …")
            frame = self._own_title(heads, sent.start, span.start)
            if frame is None:
                lo = self._sentences_before(sent.start, FRAME_SENTENCES)
                held = next((f for at, f in reversed(framed) if lo <= at < span.start), None)
                frame = (held.role, held.category) if held is not None else None
            if frame is None or frame[1] in ("pusat", "lainnya"):
                continue
            evidence = self.span_text(sent.start, sent.end).strip()
            for place, (s, e) in items:
                code = place.kb_id_
                r = self.gaz.regions.get(code)
                province = r.province_code if r else code.split(".")[0]
                out.append(Found(self.name_text(s, e), frame[0], frame[1], code if r else None,
                                 province, evidence, True))
        return out

    def read_list(self, start: int, role_end: int, send: int, sent, head_key: str, deputy,
                  category: str | None = None):
        """([Found], end) of the holders listed with their places after a title naming none
        (`placed_list`), or None: a pair's second name is the deputy (of the title's deputy, else
        of a regional head). `category`: the title's, when not its head's ("kepala daerah")."""
        from pipeline.facttypes.officials.reader import Found

        items = self.placed_list(role_end, send)
        if not items:
            return None
        category = category or TITLES[head_key][0]
        d_category = TITLES[deputy[1]][0] if deputy else (
            "wakil_kepala_daerah" if category == "kepala_daerah" else None)
        role = self.span_text(start, role_end).strip(" ,")
        out = []
        for first, second, code in items:
            province = self.gaz.regions[code].province_code if code in self.gaz.regions else code.split(".")[0]
            pairs = [(first, category)] + ([(second, d_category)] if second and d_category else [])
            for (s, e), cat in pairs:
                name = self.name_text(s, e)
                if name:
                    out.append(Found(name, role, cat, code, province, self.span_text(sent.start, sent.end).strip(), True))
        end = max(e for f, sec, _ in items for _, e in [sec or f])
        return (out, end) if out else None

    def placed_list(self, i: int, send: int):
        """[((start, end), (start, end) or None, region code)] of the holders listed after a title
        that names none, each with its place in brackets or after "dari" ("… bupati dan wakil bupati
        yang dilantik yakni Budi Santoso-Ahmad Yani (Sukamara), Rudi-Hasan (Lamandau) dan …"): a
        pair joined by a dash is a head and a deputy. Lower-case words may stand between the title
        and the list; an item without a place ends it."""
        j = i
        while j < send and not self.texts[j][:1].isupper():
            if self.doc[j].is_punct and self.texts[j] not in (":", ","):
                return []
            j += 1
            if j - i > MAX_LIST_LEAD_TOKENS:
                return []
        items = []
        while j < send:
            first = self._name_run(j, send)
            if first is None:
                break
            k, second = first[1], None
            if k + 1 < send and self.texts[k] in DASHES:
                second = self._name_run(k + 1, send)
                if second is None:
                    break
                k = second[1]
            elif k + 1 < send and self.lowers[k] in PAIR_SEPARATORS:  # "A dan B dari Kota X": a pair too
                joined = self._name_run(k + 1, send)
                if joined is not None and self.item_place(joined[1], send)[0] is not None:
                    second, k = joined, joined[1]
            place, k = self.item_place(k, send)
            if place is None:
                break
            items.append((first, second, place))
            while k < send and self.lowers[k] in LIST_GLUE:
                k += 1
            j = k
        return items

    def item_place(self, k: int, send: int):
        """(region code, end) of the place after a listed name: "(Sukamara)", "dari Kota Palangka
        Raya"; (None, k) when there is none."""
        bracket = k < send and self.texts[k] == "("
        if not bracket and not (k < send and self.lowers[k] in ITEM_PLACE_WORDS):
            return None, k
        m = k + 1
        while m < send and self.lowers[m] in ITEM_PLACE_CUES:
            m += 1
        if m not in self.region_at:
            return None, k
        span = self.region_at[m]
        end = span.end
        if bracket:
            if end >= send or self.texts[end] != ")":
                return None, k
            end += 1
        return span.kb_id_, end

    def _own_title(self, heads: list, lo: int, hi: int):
        """(role, category) of the last title head between tokens lo and hi, or None."""
        head = next((h for h in reversed(heads) if lo <= h.start and h.end <= hi), None)
        if head is None:
            return None
        start = self.role_start(head.start, lo) or head.start
        generic = " ".join(self.lowers[head.start:head.end + 1])
        if generic in GENERIC_HEAD_TITLES:  # "kepala daerah": a regional head, not an agency's
            return self.span_text(start, head.end + 1).strip(), GENERIC_HEAD_TITLES[generic]
        role_words = {self.lowers[k] for k in range(start, head.end)}
        return self.span_text(start, head.end).strip(), _category(TITLES[head.label_][0], head.label_, role_words)

    def _opens_list(self, i: int) -> bool:
        """Whether a list opener ("masing-masing", "yakni", a colon) stands right before token i
        (a place cue word between them)."""
        k = i - 1
        while k >= 0 and self.lowers[k] in _PLACE_CUES:
            k -= 1
        return k >= 0 and (self.texts[k] == ":" or self.lowers[k] in _OPENER_WORDS and self.texts[k] != "-")

    def _place_items(self, span, send: int):
        """([(place span, (name start, name end))], end) of "<Place> [dijabat oleh] NAME" items
        joined by list glue from `span` on; the list ends at the first part that is no such item."""
        items = []
        k = span.start
        while span is not None:
            j = span.end
            while j < send and self.lowers[j] in PLACE_ITEM_LINKS:
                j += 1
            name = self._name_run(j, send)
            if name is None or not (name[1] >= send or self.doc[name[1]].is_punct
                                    or self.lowers[name[1]] in LIST_GLUE):
                break
            items.append((span, name))
            k = name[1]
            while k < send and self.lowers[k] in LIST_GLUE:
                k += 1
            while k < send and self.lowers[k] in _PLACE_CUES:
                k += 1
            span = self.region_at.get(k) or self.province_at.get(k)
            if span is not None and span.start != k:
                span = None
        return items, k

    def _bracketed_places(self):
        """Region and province spans written alone in brackets ("(Gowa)", "(Kabupaten Seruyan)"),
        with where the bracket opens."""
        spans = sorted([*self.discourse.spans("regions"), *self.discourse.spans("provinces")],
                       key=lambda s: s.start)
        n = len(self.texts)
        for span in spans:
            k = span.start - 1
            while k >= 0 and self.lowers[k] in ITEM_PLACE_CUES:
                k -= 1
            if k < 0 or self.texts[k] != "(" or span.end >= n or self.texts[span.end] != ")":
                continue
            yield k, span

    def _paired(self, group: list, lo: int, hi: int):
        """The items of a list of installed pairs, or None when it is none: a dash-joined pair makes
        the items pairs; without one, items joined by "dan" ("A dan B (X)") are pairs only when two
        or more stand in the list and the frame (tokens lo..hi) calls them pairs ("pasangan", "gubernur
        dan wakil gubernur")."""
        dashed = any(it[1] is not None and not it[4] for it in group)
        worded = [it for it in group if it[4]]
        if dashed or worded and len(group) >= 2 and self._holds(lo, hi, PAIR_LIST_PAIR_WORDS):
            return group
        return None

    def _pair_item(self, found):
        """(sentence, deputy or None, head, place, joined by a word) of the names before a bracketed
        place: "A-B (X)" gives head A and deputy B, "A dan B (X)" the same joined by a word, "A (X)"
        head A alone; None when no clean name stands there."""
        open_, place = found
        sent = self.doc[open_].sent
        end = place.end + 1
        if end < sent.end and not (self.doc[end].is_punct or self.lowers[end] in LIST_GLUE or self.spaces[end]):
            return None  # "(Gowa) menyerahkan …": a bracket inside a clause, no list item
        last = self._run_before(open_, sent.start)
        if last is None:
            return None
        dash = last[0] - 1
        if dash > sent.start and self.texts[dash] in DASHES and not (
                self.spaces[dash - 1] or self.doc[dash - 1].is_punct):  # "- Name (X)": a bullet
            first = self._run_before(dash, sent.start)
            if first is None:
                return None
            return sent, last, first, place, False
        if dash > sent.start and self.lowers[dash] in PAIR_LIST_JOINS:
            first = self._run_before(dash, sent.start)
            if first is not None:
                return sent, last, first, place, True
        return sent, None, last, place, False

    def _item_groups(self, items):
        """Items joined into lists: the words between two items only glue, connectives, enumerators."""
        groups = []
        for it in items:
            if groups and self._joined(groups[-1][-1][3].end + 1, it[2][0]):
                groups[-1].append(it)
            else:
                groups.append([it])
        return groups

    def _joined(self, a: int, b: int) -> bool:
        if b < a or b - a > MAX_ITEM_GAP:
            return False
        return all(self.spaces[k] or self.lowers[k] in _GAP_WORDS or self.texts[k].isdigit()
                   or self.lowers[k] in _OPENER_WORDS for k in range(a, b))

    def _sentences_before(self, start: int, count: int) -> int:
        lo = start
        for _ in range(count):
            if lo == 0:
                break
            lo = self.doc[lo - 1].sent.start
        return lo

    def _holds(self, lo: int, hi: int, words) -> bool:
        """Whether tokens lo..hi hold one of `words` (one or two words each)."""
        lowers = self.lowers
        for k in range(lo, hi):
            w = lowers[k]
            if w in words or (k + 1 < hi and f"{w} {lowers[k + 1]}" in words):
                return True
        return False
