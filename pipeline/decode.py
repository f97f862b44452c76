"""The one page decoder: bytes of an HTML page → text. Used by extraction (`pipeline.extract`) and by the
archive reader (`pipeline.archive`), so the nightly run, `warta reprocess` and `warta extract` read a
page the same way.

Order (the WHATWG encoding sniffing order, simplified): a byte-order mark; the HTTP charset, when
known; the page's `<meta charset>`; strict UTF-8; charset_normalizer's guess; UTF-8. Latin-1 and
ASCII labels mean windows-1252 (what browsers do). Bytes that are invalid in the chosen charset are
read one by one as windows-1252 rather than dropped or the whole page re-read in another charset, so
a UTF-8 page with a pasted windows-1252 quotation keeps every letter of both. Never raises.
"""
from __future__ import annotations

import codecs
import logging
import re

log = logging.getLogger(__name__)

_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_HTTP_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"}
#: How much of a page charset_normalizer looks at.
GUESS_BYTES = 200_000


def _cp1252_fallback(err: UnicodeDecodeError):
    """Decode bytes invalid in the declared charset as windows-1252 (mixed-encoding pages)."""
    bad = err.object[err.start:err.end]
    return bad.decode("cp1252", errors="replace"), err.end


codecs.register_error("warta_cp1252", _cp1252_fallback)


def _codec(label: str | None) -> str | None:
    """A charset label → a Python codec name, or None when unknown."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        log.info("unknown charset %r: ignored", label)
        return None


def decode(data: bytes, content_type: str = "") -> tuple[str, str]:
    """Bytes (and the HTTP Content-Type, if known) → (text, the codec used)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="warta_cp1252"), "utf-8"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(name, errors="replace"), name
    http = _HTTP_CHARSET_RE.search(content_type or "")
    meta = _CHARSET_RE.search(data[:4096])
    for label in (http.group(1) if http else None, meta.group(1).decode("ascii") if meta else None):
        name = _codec(label)
        if name is not None:
            if name.startswith("utf-16") or name.startswith("utf-32"):
                return data.decode(name, errors="replace"), name
            return data.decode(name, errors="warta_cp1252"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:GUESS_BYTES]).best()
        if best is not None and best.encoding:
            name = codecs.lookup(best.encoding).name
            return data.decode(name, errors="warta_cp1252"), name
    except Exception:  # a detector failure must not lose the page
        log.debug("charset detection failed", exc_info=True)
    return data.decode("utf-8", errors="warta_cp1252"), "utf-8"


def decode_html(data: bytes, content_type: str = "") -> str:
    """Bytes → text (see `decode`)."""
    return decode(data, content_type)[0]
