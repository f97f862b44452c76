-- Warta store, migration 3: the full-text search index as ordinary tables in schema `search`, kept up
-- to date by every load (pipeline/store/search.py) instead of DuckDB's fts index, which had to be
-- rebuilt over every article whenever a writer published. The old fts index is dropped; the next
-- writer indexes the articles it finds unindexed.

DROP SCHEMA IF EXISTS fts_main_articles CASCADE;
CREATE SCHEMA search;

CREATE TABLE search.docs (
    article_id BIGINT PRIMARY KEY,
    length     INTEGER NOT NULL
);
COMMENT ON TABLE search.docs IS 'One row per indexed article (search index, maintained by every load).';
COMMENT ON COLUMN search.docs.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN search.docs.length IS 'Number of words of its title and text (BM25 document length).';

CREATE TABLE search.terms (
    term       VARCHAR NOT NULL,
    article_id BIGINT NOT NULL,
    tf         INTEGER NOT NULL
);
COMMENT ON TABLE search.terms IS 'Stemmed words of each indexed article (search index, maintained by every load).';
COMMENT ON COLUMN search.terms.term IS 'A word of the title or text, lower-cased and reduced by the Snowball Indonesian stemmer.';
COMMENT ON COLUMN search.terms.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN search.terms.tf IS 'How often the term occurs in that article''s title and text.';
