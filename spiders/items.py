"""What the portal spider hands to its item pipeline: one fetched article response (or one page of a
multi-page article)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from scrapy.http import Response


@dataclass
class ArticlePage:
    portal: str
    #: The URL as discovered (before redirects); the response carries the final URL.
    request_url: str
    response: Response
    #: True when the URL was archived before and is fetched again because its sitemap/feed date moved.
    refetch: bool = False
    #: For one page of an article split over several pages: the first page's URL (as discovered) and
    #: this page's number (1 for the first page when more follow). None/0 for a whole article.
    part_of: str | None = None
    part: int = 0

    #: `part` of a whole article fetched through the portal's single-page variant (`?page=all`).
    WHOLE: ClassVar[int] = -1
