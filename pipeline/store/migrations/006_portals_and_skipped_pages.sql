-- Warta store, migration 6: what a load remembers besides articles and facts.
-- * portals: each portal's home province as the loads last used it (the tagger's prior for place
--   names), so `warta reprocess` tags an article with the same inputs as the nightly run did;
-- * skipped_pages: archived pages that yielded no article (an index page, an error page, a stub), so
--   the next runs do not extract them again until the extractor version changes.

CREATE TABLE portals (
    key        VARCHAR PRIMARY KEY,
    province   VARCHAR,
    updated_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE portals IS 'Portals whose articles were loaded, with the home province the tagger used for them (from the portal table at load time).';
COMMENT ON COLUMN portals.key IS 'Portal key (articles.portal).';
COMMENT ON COLUMN portals.province IS 'Kemendagri code of the portal''s home province, the prior for place names; NULL for national portals.';
COMMENT ON COLUMN portals.updated_at IS 'When a load last wrote this row.';

CREATE TABLE skipped_pages (
    url               VARCHAR PRIMARY KEY,
    portal            VARCHAR,
    reason            VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    seen_at           TIMESTAMP NOT NULL
);
COMMENT ON TABLE skipped_pages IS 'Archived pages that yielded no article; not extracted again until the extractor version changes.';
COMMENT ON COLUMN skipped_pages.url IS 'The archived page''s URL.';
COMMENT ON COLUMN skipped_pages.portal IS 'Portal key of the page.';
COMMENT ON COLUMN skipped_pages.reason IS 'Why no article came of it (e.g. the extracted text was too short).';
COMMENT ON COLUMN skipped_pages.extractor_version IS 'Extractor version that found no article in it.';
COMMENT ON COLUMN skipped_pages.seen_at IS 'When that extractor last looked at it.';
