"""What a pattern rewritten for speed must keep: the old form's matches (speed passes 8–9 rewrote hand-written
patterns to open with their first characters; each rewrite's test compares the two forms with this)."""
from __future__ import annotations

import re


def assert_same_matches(old: re.Pattern, new: re.Pattern, line: str, group: int = 0, label: str = "") -> None:
    """`new` finds what `old` finds in `line` from every offset: the same first match (span and `group`'s
    text) for `search`, the same spans of `group` for `finditer`."""
    for pos in range(len(line) + 1):
        a, b = old.search(line, pos), new.search(line, pos)
        assert (a and (a.span(), a.group(group))) == (b and (b.span(), b.group(group))), (label, line, pos)
        assert [m.span(group) for m in old.finditer(line, pos)] == [m.span(group) for m in new.finditer(line, pos)]
