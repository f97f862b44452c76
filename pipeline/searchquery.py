"""Search queries as researchers type them, and the synonyms they may use (pure; no database).

The query language is the one SQLite FTS5 (and so datasette's search box) understands in its default
mode, so a query gives the same articles in `warta search` and in `warta browse`:

* words: every word must occur (`zona merah` = articles with both words);
* "a phrase in quotes": the words must occur one after the other (`"mal pelayanan publik"`);
* synonyms: a name of a group in data/search/synonyms.toml (`MPP`, `mal pelayanan publik`, as plain
  words or as a quoted phrase) matches any name of its group.

`warta search` additionally stems words with the Indonesian Snowball stemmer ("pelayanan" finds
"layanan"); phrases and synonym names match whole words as written (case and accents ignored), as FTS5
does.

    from pipeline.searchquery import parse
    parse('"mal pelayanan publik" Solok')
    # [Clause(text='"mal pelayanan publik"', forms=(('mal','pelayanan','publik'), ('mall','pelayanan','publik'), ('mpp',))),
    #  Clause(text='Solok', forms=(('solok',),))]
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from pipeline.config import REFERENCE_DIR

#: The synonym groups (a TOML file of [[group]] names = [...]).
SYNONYMS_FILE = REFERENCE_DIR / "search" / "synonyms.toml"

#: A word: a run of letters or digits (the same split as FTS5's unicode61 tokenizer and the search index).
WORD = re.compile(r"[^\W_]+", re.UNICODE)
_QUOTED = re.compile(r'"([^"]*)"?')

Form = tuple[str, ...]


def words(text: str | None) -> list[str]:
    """The words of `text` as written."""
    return WORD.findall(text or "")


def fold(word: str) -> str:
    """Lower case, accents removed: how phrases and synonym names are compared."""
    word = word.lower()
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def form(text: str) -> Form:
    return tuple(fold(w) for w in words(text))


@dataclass(frozen=True)
class Synonyms:
    """Groups of names for the same thing; `group_of` maps each name (as a Form) to its group."""

    groups: tuple[tuple[Form, ...], ...]

    @cached_property
    def group_of(self) -> dict[Form, tuple[Form, ...]]:
        return {f: g for g in self.groups for f in g}

    @cached_property
    def longest(self) -> int:
        return max((len(f) for g in self.groups for f in g), default=0)


class SynonymError(ValueError):
    """A synonyms file that cannot be used (the message names the file)."""


def load_synonyms(path: Path | None = None) -> Synonyms:
    """Read a synonyms file (default: data/search/synonyms.toml)."""
    path = Path(path) if path else SYNONYMS_FILE
    if path == SYNONYMS_FILE:
        return _default_synonyms()
    return _read_synonyms(path)


@lru_cache(maxsize=1)
def _default_synonyms() -> Synonyms:
    return _read_synonyms(SYNONYMS_FILE)


def _read_synonyms(path: Path) -> Synonyms:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SynonymError(f"{path}: {exc}") from None
    groups, seen = [], {}
    for n, entry in enumerate(data.get("group", []), 1):
        names = entry.get("names") if isinstance(entry, dict) else None
        if not isinstance(names, list) or len(names) < 2 or not all(isinstance(x, str) for x in names):
            raise SynonymError(f"{path}: group {n} needs `names`, a list of two or more strings")
        forms = tuple(dict.fromkeys(f for f in map(form, names) if f))
        for f in forms:
            if f in seen:
                raise SynonymError(f"{path}: {' '.join(f)!r} is in groups {seen[f]} and {n}")
            seen[f] = n
        groups.append(forms)
    return Synonyms(tuple(groups))


@dataclass(frozen=True)
class Clause:
    """One required part of a query: it matches an article where any of its forms occurs (a form of
    one word: that word; of several: those words one after the other)."""

    text: str
    forms: tuple[Form, ...]


def parse(query: str, synonyms: Synonyms | None = None) -> list[Clause]:
    """The clauses of a query (see the module doc). Raises ValueError for a query without words."""
    synonyms = synonyms if synonyms is not None else load_synonyms()
    group_of = synonyms.group_of
    clauses: list[Clause] = []
    pos = 0
    for m in _QUOTED.finditer(query):
        clauses += _plain(query[pos:m.start()], group_of, synonyms.longest)
        phrase = form(m.group(1))
        if phrase:
            clauses.append(Clause(f'"{" ".join(words(m.group(1)))}"', group_of.get(phrase, (phrase,))))
        pos = m.end()
    clauses += _plain(query[pos:], group_of, synonyms.longest)
    if not clauses:
        raise ValueError("empty search: give at least one word")
    unique: dict[tuple[Form, ...], Clause] = {}
    for clause in clauses:  # the same thing asked twice is one clause
        unique.setdefault(clause.forms, clause)
    return list(unique.values())


def _plain(text: str, group_of: dict[Form, tuple[Form, ...]], longest: int) -> list[Clause]:
    """Unquoted words: each its own clause, except a run of words that is a synonym name (longest first)."""
    raw = words(text)
    folded = [fold(w) for w in raw]
    out, i = [], 0
    while i < len(raw):
        for n in range(min(longest, len(raw) - i), 0, -1):
            group = group_of.get(tuple(folded[i:i + n]))
            if group:
                out.append(Clause(" ".join(raw[i:i + n]), group))
                i += n
                break
        else:
            out.append(Clause(raw[i], ((folded[i],),)))
            i += 1
    return out


# ---------------------------------------------------------------------- synonyms at index time
@lru_cache(maxsize=8)
def _names_pattern(synonyms: Synonyms) -> re.Pattern | None:
    names = sorted((f for g in synonyms.groups for f in g), key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(r"[^\w]+".join(re.escape(w) for w in f) for f in names)
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")


def other_names(text: str | None, synonyms: Synonyms | None = None) -> list[str]:
    """The names of every synonym group that `text` mentions, other than those it uses: what an index
    adds to an article so that a search for any name finds it ("… MPP …" -> ["mal pelayanan publik",
    "mall pelayanan publik"])."""
    synonyms = synonyms if synonyms is not None else load_synonyms()
    pattern = _names_pattern(synonyms)
    if pattern is None or not text:
        return []
    group_of = synonyms.group_of
    used = {form(m.group()) for m in pattern.finditer(fold(text))}
    extra = []
    for f in used:
        extra += [other for other in group_of.get(f, ()) if other not in used]
    return [" ".join(f) for f in dict.fromkeys(sorted(extra))]
