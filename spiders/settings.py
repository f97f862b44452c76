"""Scrapy settings in force for every Warta crawl. `spiders/crawl.py` loads this module.

Overrides for one run (the data directory, throttling off for tests and benchmarks, limits) are set
by `spiders.crawl` from its command line, never by editing this file.
"""

BOT_NAME = "warta"

# Identify ourselves honestly and obey robots.txt.
USER_AGENT = "Warta/0.1 (Indonesian regional news research crawler; +https://github.com/warta-id/warta)"
ROBOTSTXT_OBEY = True

# Politeness: few parallel requests per site, AutoThrottle adapting the delay to the server.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Retries with backoff (spiders.middlewares.BackoffRetryMiddleware replaces Scrapy's RetryMiddleware).
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504]
RETRY_BACKOFF_BASE = 2.0      # seconds before the first retry when no Retry-After is sent
RETRY_BACKOFF_MAX = 60.0      # cap on the exponential backoff
RETRY_AFTER_MAX = 120.0       # cap on a server's Retry-After
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "spiders.middlewares.BackoffRetryMiddleware": 550,
    # robots.txt for every request, the first ones too (Scrapy 2.14+ lets all but one through: see the class)
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "spiders.middlewares.EveryRequestRobotsTxtMiddleware": 100,
    "spiders.middlewares.PageBudgetMiddleware": 110,
    # nothing but the portal's own site, redirects included (Scrapy follows a redirect anywhere)
    "spiders.middlewares.OwnSiteMiddleware": 90,
}

# Limits: slow servers time out, huge pages are cancelled (Scrapy logs them; the spider counts them).
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
REDIRECT_MAX_TIMES = 5

# The archive: the item pipeline writes each article response to WARC under WARTA_ARCHIVE_DIR.
ITEM_PIPELINES = {"spiders.archive.WarcArchivePipeline": 300}
WARTA_ARCHIVE_DIR = None          # set by spiders.crawl (--data, else $WARTA_DATA, + /archive)
WARTA_ARCHIVE_SHARD = None        # crawl shard to write (--shard): ARCHIVE_DIR/_shards/<name>/, else the archive itself
WARTA_MAX_LISTING_PAGES = 5       # pages followed per listing (pagination depth)
WARTA_MAX_ARTICLE_PAGES = 20      # pages followed within one multi-page article
WARTA_MAX_SITEMAP_DEPTH = 3       # sitemap indexes followed below a portal's own sitemaps (index → index → url set)
WARTA_MAX_SITEMAPS = 500          # sitemap documents (indexes and url sets) fetched per crawl
WARTA_MAX_PAGES_PER_SITE = 10000  # requests per site per crawl, robots.txt aside; the rest are dropped and counted

# No open ports, no noise.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

# Explicit so a Scrapy upgrade does not change the reactor under us. (Scrapy 2.19 has no
# REQUEST_FINGERPRINTER_IMPLEMENTATION any more: its fingerprinter is the only one.)
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
