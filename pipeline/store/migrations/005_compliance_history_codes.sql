-- Warta store, migration 5: compliance_history names its government the way every fact table does,
-- with `region_code` (NULL for a province-level result) and `province_code` (the province of the
-- region, or the province itself), beside the existing `level`/`code`/`name`. The README's first
-- research query (`... FROM compliance_history WHERE region_code = '13.02'`) failed without them.

CREATE OR REPLACE VIEW compliance_history AS
SELECT
    CASE WHEN c.region_code IS NULL THEN 'province' ELSE 'region' END AS level,
    coalesce(c.region_code, c.province_code)                          AS code,
    c.region_code                                                     AS region_code,
    coalesce(gr.province_code, c.province_code)                       AS province_code,
    coalesce(gr.name, gp.name)                                        AS name,
    c.year,
    CASE WHEN count(DISTINCT c.zone) = 1 THEN min(c.zone) END         AS zone,
    CASE WHEN count(DISTINCT lower(trim(c.grade))) = 1 THEN min(c.grade) END AS grade,
    CASE WHEN count(DISTINCT c.score) = 1 THEN min(c.score) END       AS score,
    count(DISTINCT c.zone) > 1
        OR count(DISTINCT lower(trim(c.grade))) > 1
        OR count(DISTINCT c.score) > 1                                AS conflict,
    coalesce(list(DISTINCT c.zone ORDER BY c.zone) FILTER (WHERE c.zone IS NOT NULL), [])      AS zones,
    coalesce(list(DISTINCT c.grade ORDER BY c.grade) FILTER (WHERE c.grade IS NOT NULL), [])   AS grades,
    coalesce(list(DISTINCT c.score ORDER BY c.score) FILTER (WHERE c.score IS NOT NULL), [])   AS scores,
    min(coalesce(a.published, a.fetched_at))                          AS first_reported,
    max(coalesce(a.published, a.fetched_at))                          AS last_reported,
    count(DISTINCT c.article_id)                                      AS articles,
    list(DISTINCT s.url ORDER BY s.url)                               AS sources
FROM compliance c
JOIN articles a ON a.id = c.article_id
JOIN sources s ON s.article_id = c.article_id
LEFT JOIN gazetteer_regions gr ON gr.code = c.region_code
LEFT JOIN gazetteer_provinces gp ON c.region_code IS NULL AND gp.code = c.province_code
WHERE c.region_code IS NOT NULL OR c.province_code IS NOT NULL
GROUP BY level, coalesce(c.region_code, c.province_code), c.region_code,
         coalesce(gr.province_code, c.province_code), coalesce(gr.name, gp.name), c.year;
COMMENT ON VIEW compliance_history IS 'Ombudsman compliance results per government (region, or province for province-level results) and assessment year. Reports that disagree are flagged (conflict) and every distinct value is listed; zone/grade/score are only filled where all reports agree.';
COMMENT ON COLUMN compliance_history.level IS 'region (kabupaten/kota) or province.';
COMMENT ON COLUMN compliance_history.code IS 'Region code, or province code for a province-level result.';
COMMENT ON COLUMN compliance_history.region_code IS 'Region code (as in the fact tables); NULL for a province-level result.';
COMMENT ON COLUMN compliance_history.province_code IS 'Province code: the region''s province, or the province itself for a province-level result.';
COMMENT ON COLUMN compliance_history.name IS 'Gazetteer name of the government.';
COMMENT ON COLUMN compliance_history.year IS 'Assessment year (NULL when no report states it).';
COMMENT ON COLUMN compliance_history.zone IS 'The zone all reports agree on; NULL when none states one or they disagree.';
COMMENT ON COLUMN compliance_history.grade IS 'The grade all reports agree on (case-insensitive); NULL when none states one or they disagree.';
COMMENT ON COLUMN compliance_history.score IS 'The score all reports agree on; NULL when none states one or they disagree.';
COMMENT ON COLUMN compliance_history.conflict IS 'True when reports give different zones, grades (case-insensitive) or scores.';
COMMENT ON COLUMN compliance_history.zones IS 'Every distinct zone reported.';
COMMENT ON COLUMN compliance_history.grades IS 'Every distinct grade reported.';
COMMENT ON COLUMN compliance_history.scores IS 'Every distinct score reported.';
COMMENT ON COLUMN compliance_history.first_reported IS 'Earliest article date (published, else fetched).';
COMMENT ON COLUMN compliance_history.last_reported IS 'Latest article date.';
COMMENT ON COLUMN compliance_history.articles IS 'Number of articles reporting a result.';
COMMENT ON COLUMN compliance_history.sources IS 'Source URLs of those articles.';
