"""Portals as data: the table in data/portals.toml, read and validated into `Portal` records.

One `key` names a portal's spider run, its archive folder (`<data>/archive/<key>/`) and its rows in
the database. See docs/add_a_portal.md for the fields.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

#: The portal table shipped with the code.
DEFAULT_PORTALS = Path(__file__).resolve().parent.parent / "data" / "portals.toml"

LAYOUTS = ("wordpress", "disway", "lembaga", "other")
_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_PROVINCE_RE = re.compile(r"^\d{2}$")
_LIST_FIELDS = ("sitemaps", "feeds", "listings")
_STR_FIELDS = ("key", "name", "base_url", "province", "layout", "article_pattern", "single_page")
_REQUIRED = ("key", "name", "base_url")


class PortalConfigError(ValueError):
    """The portal table is malformed; the message names the portal and the field."""


@dataclass(frozen=True)
class Portal:
    key: str
    name: str
    base_url: str
    province: str | None = None
    layout: str = "other"
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    article_pattern: str | None = None
    #: How this portal shows a whole multi-page article on one page: a query (`"?page=all"`, joined to
    #: the article's own query) or a path suffix (`"/all"`). None: follow the in-article next-page links.
    single_page: str | None = None
    #: True for a portal made up from a bare `--url` (no definition): discover entry points generically.
    generic: bool = field(default=False, compare=False)

    @property
    def host(self) -> str:
        return _bare_host(urlsplit(self.base_url).hostname or "")

    def owns(self, url: str) -> bool:
        """Whether `url` lives on this portal's site (the `www.` prefix is ignored)."""
        return _bare_host(urlsplit(url).hostname or "") == self.host

    def single_page_url(self, url: str) -> str | None:
        """The whole-article variant of an article URL per `single_page`, or None."""
        if not self.single_page:
            return None
        parts = urlsplit(url)
        if self.single_page.startswith("?"):
            query = "&".join(q for q in (parts.query, self.single_page[1:]) if q)
            return urlunsplit(parts._replace(query=query, fragment=""))
        return urlunsplit(parts._replace(path=parts.path.rstrip("/") + self.single_page, fragment=""))

    def compiled_pattern(self) -> re.Pattern[str] | None:
        return re.compile(self.article_pattern) if self.article_pattern else None


def _bare_host(host: str) -> str:
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _fail(where: str, fieldname: str, problem: str) -> PortalConfigError:
    return PortalConfigError(f"{where}: field {fieldname!r} {problem}")


def _check_url(where: str, fieldname: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, fieldname, "must be a non-empty string URL")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _fail(where, fieldname, f"must be an absolute http(s) URL, got {value!r}")
    return value.strip()


def portal_from_mapping(raw: dict, where: str = "portal") -> Portal:
    """Validate one `[[portal]]` table. Raises `PortalConfigError` naming the portal and field."""
    if not isinstance(raw, dict):
        raise PortalConfigError(f"{where}: must be a table, got {type(raw).__name__}")
    key = raw.get("key")
    if isinstance(key, str):
        where = f"portal {key!r}"
    known = set(_STR_FIELDS) | set(_LIST_FIELDS)
    for name in raw:
        if name not in known:
            raise _fail(where, name, f"is unknown (known fields: {', '.join(sorted(known))})")
    for name in _REQUIRED:
        if name not in raw:
            raise _fail(where, name, "is required")
    for name in _STR_FIELDS:
        if name in raw and not isinstance(raw[name], str):
            raise _fail(where, name, f"must be a string, got {type(raw[name]).__name__}")
    if not _KEY_RE.match(raw["key"]):
        raise _fail(where, "key", "must be lower-case letters, digits, hyphens and underscores")
    if not raw["name"].strip():
        raise _fail(where, "name", "must not be empty")
    base_url = _check_url(where, "base_url", raw["base_url"])
    province = raw.get("province") or None
    if province is not None and not _PROVINCE_RE.match(province):
        raise _fail(where, "province", f"must be a two-digit Kemendagri province code, got {province!r}")
    layout = raw.get("layout", "other")
    if layout not in LAYOUTS:
        raise _fail(where, "layout", f"must be one of {', '.join(LAYOUTS)}, got {layout!r}")
    lists: dict[str, tuple[str, ...]] = {}
    for name in _LIST_FIELDS:
        value = raw.get(name, [])
        if not isinstance(value, list):
            raise _fail(where, name, f"must be a list of URLs, got {type(value).__name__}")
        lists[name] = tuple(_check_url(where, name, urljoin(base_url, v) if isinstance(v, str) else v)
                            for v in value)
    pattern = raw.get("article_pattern") or None
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _fail(where, "article_pattern", f"is not a valid regular expression: {exc}") from None
    single_page = raw.get("single_page") or None
    if single_page is not None and not re.fullmatch(r"\?[\w.-]+=[\w.-]*|/[\w.-]+", single_page):
        raise _fail(where, "single_page", f"must be a query like '?page=all' or a path suffix like '/all', "
                                          f"got {single_page!r}")
    return Portal(key=raw["key"], name=raw["name"].strip(), base_url=base_url, province=province,
                  layout=layout, article_pattern=pattern, single_page=single_page, **lists)


def load_portals(path: Path | str | None = None) -> list[Portal]:
    """Read and validate a portal table: `path`, or the table shipped with the code (DEFAULT_PORTALS)
    when None. Raises `PortalConfigError` on any malformed entry."""
    path = DEFAULT_PORTALS if path is None else Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PortalConfigError(f"{path}: portal table not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PortalConfigError(f"{path}: not valid TOML: {exc}") from None
    entries = data.get("portal", [])
    if not isinstance(entries, list):
        raise PortalConfigError(f"{path}: 'portal' must be an array of tables ([[portal]])")
    portals = [portal_from_mapping(raw, where=f"{path}: portal #{i + 1}") for i, raw in enumerate(entries)]
    seen: set[str] = set()
    for p in portals:
        if p.key in seen:
            raise PortalConfigError(f"{path}: portal {p.key!r}: field 'key' is duplicated")
        seen.add(p.key)
    return portals


def find_portal(portals: list[Portal], key: str) -> Portal:
    for p in portals:
        if p.key == key:
            return p
    raise PortalConfigError(f"no portal with key {key!r} (known: {', '.join(p.key for p in portals)})")


def portal_for_url(url: str, portals: list[Portal] = ()) -> Portal:
    """The defined portal whose site holds `url`, else a generic portal discovered from `url` alone."""
    url = _check_url("--url", "url", url)
    for p in portals:
        if p.owns(url):
            return p
    host = _bare_host(urlsplit(url).hostname or "")
    key = re.sub(r"[^a-z0-9]+", "_", host).strip("_") or "site"
    parts = urlsplit(url)
    return Portal(key=key, name=host, base_url=f"{parts.scheme}://{parts.netloc}/", generic=True,
                  listings=(url,))
