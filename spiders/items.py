"""What the portal spider hands to its item pipeline: one fetched article response."""
from __future__ import annotations

from dataclasses import dataclass

from scrapy.http import Response


@dataclass
class ArticlePage:
    portal: str
    #: The URL as discovered (before redirects); the response carries the final URL.
    request_url: str
    response: Response
    #: True when the URL was archived before and is fetched again because its sitemap/feed date moved.
    refetch: bool = False
