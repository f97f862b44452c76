-- Warta store, migration 4: complaints to the Ombudsman (pipeline/facttypes/complaints): a table of
-- report counts as articles state them, and a view that gathers them per office, government and year.
-- (Numbered 004 on the nlp branch and in main; the ops branch's compliance_history codes and portal tables follow as 005 and 006.)

CREATE TABLE complaints (
    article_id        BIGINT NOT NULL,
    province_code     VARCHAR,
    region_code       VARCHAR,
    count             BIGINT NOT NULL,
    year              INTEGER,
    evidence          VARCHAR,
    extractor_version VARCHAR NOT NULL
);
COMMENT ON TABLE complaints IS 'Reports (laporan/pengaduan masyarakat) an Ombudsman office received in a period, as an article states them, one row per report: the office''s total or the count about one kabupaten/kota.';
COMMENT ON COLUMN complaints.article_id IS 'The article (articles.id).';
COMMENT ON COLUMN complaints.province_code IS 'Province of the receiving Ombudsman office; NULL for Ombudsman RI nationally.';
COMMENT ON COLUMN complaints.region_code IS 'Kabupaten/kota whose government or agencies were reported on; NULL for the office''s total.';
COMMENT ON COLUMN complaints.count IS 'Number of reports.';
COMMENT ON COLUMN complaints.year IS 'Year the period ends in (a semester or "hingga November" of 2025: 2025); NULL for a span of several years.';
COMMENT ON COLUMN complaints.evidence IS 'The sentence that states the count.';
COMMENT ON COLUMN complaints.extractor_version IS 'Extractor version that produced the row.';

CREATE VIEW complaint_counts AS
SELECT
    c.province_code,
    gp.name                                                         AS office_province_name,
    c.region_code,
    gr.name                                                         AS region_name,
    c.year,
    CASE WHEN count(DISTINCT c.count) = 1 THEN min(c.count) END     AS count,
    count(DISTINCT c.count) > 1                                     AS conflict,
    list(DISTINCT c.count ORDER BY c.count)                         AS counts,
    min(coalesce(a.published, a.fetched_at))                        AS first_reported,
    max(coalesce(a.published, a.fetched_at))                        AS last_reported,
    count(DISTINCT c.article_id)                                    AS articles,
    list(DISTINCT s.url ORDER BY s.url)                             AS sources
FROM complaints c
JOIN articles a ON a.id = c.article_id
JOIN sources s ON s.article_id = c.article_id
LEFT JOIN gazetteer_regions gr ON gr.code = c.region_code
LEFT JOIN gazetteer_provinces gp ON gp.code = c.province_code
GROUP BY c.province_code, gp.name, c.region_code, gr.name, c.year;
COMMENT ON VIEW complaint_counts IS 'Reports to the Ombudsman per receiving office, government (NULL: the office''s total) and year, with every article reporting it; differing counts are flagged, never merged.';
COMMENT ON COLUMN complaint_counts.province_code IS 'Province of the receiving Ombudsman office; NULL for Ombudsman RI nationally.';
COMMENT ON COLUMN complaint_counts.office_province_name IS 'Gazetteer name of that province.';
COMMENT ON COLUMN complaint_counts.region_code IS 'Kabupaten/kota reported on; NULL for the office''s total.';
COMMENT ON COLUMN complaint_counts.region_name IS 'Gazetteer name of the kabupaten/kota.';
COMMENT ON COLUMN complaint_counts.year IS 'Year the period ends in; NULL for a span of several years.';
COMMENT ON COLUMN complaint_counts.count IS 'The number of reports, when every article gives the same; NULL when they disagree.';
COMMENT ON COLUMN complaint_counts.conflict IS 'True when articles give different counts for the same office, government and year.';
COMMENT ON COLUMN complaint_counts.counts IS 'Every distinct count reported.';
COMMENT ON COLUMN complaint_counts.first_reported IS 'Earliest article date (published, else fetched) reporting it.';
COMMENT ON COLUMN complaint_counts.last_reported IS 'Latest such article date.';
COMMENT ON COLUMN complaint_counts.articles IS 'Number of articles reporting it.';
COMMENT ON COLUMN complaint_counts.sources IS 'Source URLs of those articles.';
