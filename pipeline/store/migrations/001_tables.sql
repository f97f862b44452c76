-- Warta store, migration 1: articles, their sources, the facts tagged in them, persons and the
-- gazetteer reference tables. Every fact row carries the article it came from, the evidence sentence
-- and the extractor version that produced it.

CREATE TABLE articles (
    id                BIGINT PRIMARY KEY,
    url               VARCHAR NOT NULL UNIQUE,
    portal            VARCHAR,
    title             VARCHAR,
    published         TIMESTAMP,
    author            VARCHAR,
    text              VARCHAR NOT NULL,
    fetched_at        TIMESTAMP,
    content_hash      VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    loaded_at         TIMESTAMP NOT NULL
);
COMMENT ON TABLE articles IS 'One row per story. The same story found under several URLs or portals is one article with several rows in sources.';
COMMENT ON COLUMN articles.id IS 'Warta''s article id (stable across loads).';
COMMENT ON COLUMN articles.url IS 'The URL under which the story was first stored (also a row of sources).';
COMMENT ON COLUMN articles.portal IS 'Portal key of that URL (the spider''s name).';
COMMENT ON COLUMN articles.title IS 'Headline.';
COMMENT ON COLUMN articles.published IS 'Publication time as the portal states it; NULL when unknown.';
COMMENT ON COLUMN articles.author IS 'Byline, when the portal gives one.';
COMMENT ON COLUMN articles.text IS 'Cleaned article text (what the tagger read).';
COMMENT ON COLUMN articles.fetched_at IS 'When the stored text was fetched.';
COMMENT ON COLUMN articles.content_hash IS 'sha1 of the cleaned text; an exact copy under another URL becomes a source of this article.';
COMMENT ON COLUMN articles.extractor_version IS 'Extractor version that produced this article''s facts.';
COMMENT ON COLUMN articles.loaded_at IS 'When this row was last written by a load.';

CREATE TABLE sources (
    url        VARCHAR PRIMARY KEY,
    article_id BIGINT NOT NULL,
    portal     VARCHAR,
    fetched_at TIMESTAMP,
    published  TIMESTAMP
);
COMMENT ON TABLE sources IS 'Every URL that carried a stored story: the article''s own URL plus near-duplicates and exact copies found on other URLs or portals.';
COMMENT ON COLUMN sources.url IS 'The URL (unique: a URL belongs to one article).';
COMMENT ON COLUMN sources.article_id IS 'The article (articles.id) this URL carries.';
COMMENT ON COLUMN sources.portal IS 'Portal key of the URL.';
COMMENT ON COLUMN sources.fetched_at IS 'When this URL was fetched.';
COMMENT ON COLUMN sources.published IS 'Publication time stated on this URL; NULL when unknown.';

CREATE TABLE regions (
    article_id        BIGINT NOT NULL,
    code              VARCHAR NOT NULL,
    kind              VARCHAR,
    name              VARCHAR,
    province_code     VARCHAR,
    surface           VARCHAR,
    evidence          VARCHAR,
    extractor_version VARCHAR NOT NULL
);
COMMENT ON TABLE regions IS 'Kabupaten/kota that an article refers to: one row per distinct mention (surface form and sentence).';
COMMENT ON COLUMN regions.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN regions.code IS 'Kemendagri region code, like 13.02 (gazetteer_regions.code).';
COMMENT ON COLUMN regions.kind IS 'kabupaten or kota.';
COMMENT ON COLUMN regions.name IS 'Official name from the gazetteer.';
COMMENT ON COLUMN regions.province_code IS 'Kemendagri province code, like 13.';
COMMENT ON COLUMN regions.surface IS 'The text as written in the article (Pemkab Solok, HSS ...); NULL when the tagger gave no mention.';
COMMENT ON COLUMN regions.evidence IS 'The sentence of the mention.';
COMMENT ON COLUMN regions.extractor_version IS 'Extractor version that produced the row.';

CREATE TABLE provinces (
    article_id        BIGINT NOT NULL,
    code              VARCHAR NOT NULL,
    name              VARCHAR,
    extractor_version VARCHAR NOT NULL
);
COMMENT ON TABLE provinces IS 'Provinces that an article refers to (abbreviations included), one row per article and province.';
COMMENT ON COLUMN provinces.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN provinces.code IS 'Kemendagri province code, like 13 (gazetteer_provinces.code).';
COMMENT ON COLUMN provinces.name IS 'Official name from the gazetteer.';
COMMENT ON COLUMN provinces.extractor_version IS 'Extractor version that produced the row.';

CREATE TABLE persons (
    id       BIGINT PRIMARY KEY,
    name     VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL,
    aliases  VARCHAR[] NOT NULL
);
COMMENT ON TABLE persons IS 'Officials resolved across articles: exact normalised names are one person; a one-word name joins the one longer name holding an office in the same region, when exactly one does.';
COMMENT ON COLUMN persons.id IS 'Person id (officials.person_id); kept stable across loads where the person''s names were seen before.';
COMMENT ON COLUMN persons.name IS 'Display name: the fullest name the person is reported under (most words; then most reported; then least decorated).';
COMMENT ON COLUMN persons.name_key IS 'Normalised form of name (lower case, no punctuation or honorifics).';
COMMENT ON COLUMN persons.aliases IS 'Every distinct name this person is reported under.';

CREATE TABLE officials (
    article_id        BIGINT NOT NULL,
    name              VARCHAR NOT NULL,
    name_key          VARCHAR NOT NULL,
    role              VARCHAR,
    category          VARCHAR,
    region_code       VARCHAR,
    province_code     VARCHAR,
    evidence          VARCHAR,
    extractor_version VARCHAR NOT NULL,
    person_id         BIGINT
);
COMMENT ON TABLE officials IS 'Named holders of public office reported in an article, one row per report.';
COMMENT ON COLUMN officials.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN officials.name IS 'Name without honorifics or degrees, as the tagger gives it.';
COMMENT ON COLUMN officials.name_key IS 'Normalised name used for person resolution.';
COMMENT ON COLUMN officials.role IS 'Role as the text states it (Bupati Solok, Kepala Dinas ...).';
COMMENT ON COLUMN officials.category IS 'kepala_daerah, wakil_kepala_daerah, sekda, perangkat_daerah, camat_desa, ombudsman, legislatif, pusat or lainnya.';
COMMENT ON COLUMN officials.region_code IS 'Region code of the office; NULL for provincial or national offices.';
COMMENT ON COLUMN officials.province_code IS 'Province code of the office (an Ombudsman perwakilan: its province).';
COMMENT ON COLUMN officials.evidence IS 'The sentence that names the official.';
COMMENT ON COLUMN officials.extractor_version IS 'Extractor version that produced the row.';
COMMENT ON COLUMN officials.person_id IS 'The resolved person (persons.id).';

CREATE TABLE compliance (
    article_id        BIGINT NOT NULL,
    region_code       VARCHAR,
    province_code     VARCHAR,
    year              INTEGER,
    zone              VARCHAR,
    grade             VARCHAR,
    score             DOUBLE,
    evidence          VARCHAR,
    extractor_version VARCHAR NOT NULL
);
COMMENT ON TABLE compliance IS 'Ombudsman compliance-assessment results of regional governments, one row per report.';
COMMENT ON COLUMN compliance.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN compliance.region_code IS 'Assessed kabupaten/kota; NULL for a province-level result.';
COMMENT ON COLUMN compliance.province_code IS 'Province of the assessed government.';
COMMENT ON COLUMN compliance.year IS 'Assessment year (not the year it was announced).';
COMMENT ON COLUMN compliance.zone IS 'hijau, kuning, merah or NULL.';
COMMENT ON COLUMN compliance.grade IS 'Grade or predicate as stated (A-E, kepatuhan tinggi ...).';
COMMENT ON COLUMN compliance.score IS 'Score, when stated.';
COMMENT ON COLUMN compliance.evidence IS 'The sentence that states the result.';
COMMENT ON COLUMN compliance.extractor_version IS 'Extractor version that produced the row.';

CREATE TABLE mpp (
    article_id        BIGINT NOT NULL,
    region_code       VARCHAR,
    status            VARCHAR NOT NULL,
    year              INTEGER,
    location          VARCHAR,
    evidence          VARCHAR,
    extractor_version VARCHAR NOT NULL
);
COMMENT ON TABLE mpp IS 'Mal Pelayanan Publik facts of regional governments, one row per report.';
COMMENT ON COLUMN mpp.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN mpp.region_code IS 'Region of the MPP; NULL when the article does not say.';
COMMENT ON COLUMN mpp.status IS 'planned, launched (inaugurated) or operating.';
COMMENT ON COLUMN mpp.year IS 'Year of the planned/launched/operating state, when stated.';
COMMENT ON COLUMN mpp.location IS 'Where the MPP is or will be, when stated.';
COMMENT ON COLUMN mpp.evidence IS 'The sentence that states the fact.';
COMMENT ON COLUMN mpp.extractor_version IS 'Extractor version that produced the row.';

CREATE TABLE gazetteer_provinces (
    code VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL
);
COMMENT ON TABLE gazetteer_provinces IS 'Reference: the 38 provinces of the Kemendagri list (data/wilayah/), refreshed on every writer open.';
COMMENT ON COLUMN gazetteer_provinces.code IS 'Kemendagri province code, like 13.';
COMMENT ON COLUMN gazetteer_provinces.name IS 'Official name.';

CREATE TABLE gazetteer_regions (
    code          VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    province_code VARCHAR NOT NULL
);
COMMENT ON TABLE gazetteer_regions IS 'Reference: the 514 kabupaten/kota of the Kemendagri list (data/wilayah/), refreshed on every writer open.';
COMMENT ON COLUMN gazetteer_regions.code IS 'Kemendagri region code, like 13.02.';
COMMENT ON COLUMN gazetteer_regions.name IS 'Official name (without Kabupaten/Kota).';
COMMENT ON COLUMN gazetteer_regions.kind IS 'kabupaten or kota.';
COMMENT ON COLUMN gazetteer_regions.province_code IS 'Province code (gazetteer_provinces.code).';
