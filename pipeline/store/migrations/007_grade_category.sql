-- Warta store, migration 7 (acc-compliance, issue 12): each compliance result's grade in a controlled
-- vocabulary beside its wording (pipeline/facttypes/compliance/grades.py), and compliance_history
-- agreeing on it. The view keeps the region_code/province_code columns that `ops`'s migration gives
-- it (the same definition), so this file is right after `ops` lands. Rows loaded before stay NULL until `warta reprocess` tags their articles again.

ALTER TABLE compliance ADD COLUMN grade_category VARCHAR;
COMMENT ON COLUMN compliance.grade IS 'The grade as the text words it ("opini kualitas tertinggi, kategori A", "predikat kepatuhan tinggi").';
COMMENT ON COLUMN compliance.evidence IS 'The sentence that states the result, with (joined by " … ") the nearest sentences stating its year and its zone where it does not: at most three.';
COMMENT ON COLUMN compliance.grade_category IS 'The grade on one scale: A-E (the Opini Ombudsman''s kategori, or kualitas tertinggi, tinggi, sedang, rendah, terendah) or, for the older predicate scale, kepatuhan tinggi, kepatuhan sedang or kepatuhan rendah; NULL when no grade is stated (a zone alone).';

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
    CASE WHEN count(DISTINCT c.grade_category) = 1 THEN min(c.grade_category) END AS grade_category,
    CASE WHEN count(DISTINCT c.score) = 1 THEN min(c.score) END       AS score,
    count(DISTINCT c.zone) > 1
        OR count(DISTINCT c.grade_category) > 1
        OR count(DISTINCT c.score) > 1                                AS conflict,
    coalesce(list(DISTINCT c.zone ORDER BY c.zone) FILTER (WHERE c.zone IS NOT NULL), [])      AS zones,
    coalesce(list(DISTINCT c.grade ORDER BY c.grade) FILTER (WHERE c.grade IS NOT NULL), [])   AS grades,
    coalesce(list(DISTINCT c.grade_category ORDER BY c.grade_category)
             FILTER (WHERE c.grade_category IS NOT NULL), [])                                  AS grade_categories,
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
COMMENT ON VIEW compliance_history IS 'Ombudsman compliance results per government (region, or province for province-level results) and assessment year. Reports that disagree are flagged (conflict) and every distinct value is listed; zone/grade/grade_category/score are only filled where all reports agree.';
COMMENT ON COLUMN compliance_history.level IS 'region (kabupaten/kota) or province.';
COMMENT ON COLUMN compliance_history.code IS 'Region code, or province code for a province-level result.';
COMMENT ON COLUMN compliance_history.region_code IS 'Region code (as in the fact tables); NULL for a province-level result.';
COMMENT ON COLUMN compliance_history.province_code IS 'Province code: the region''s province, or the province itself for a province-level result.';
COMMENT ON COLUMN compliance_history.name IS 'Gazetteer name of the government.';
COMMENT ON COLUMN compliance_history.year IS 'Assessment year (NULL when no report states it).';
COMMENT ON COLUMN compliance_history.zone IS 'The zone all reports agree on; NULL when none states one or they disagree.';
COMMENT ON COLUMN compliance_history.grade IS 'The grade wording all reports agree on (case-insensitive); NULL when none states one or they word it differently.';
COMMENT ON COLUMN compliance_history.grade_category IS 'The grade category (A-E or kepatuhan tinggi/sedang/rendah) all reports agree on; NULL when none states a grade or they disagree.';
COMMENT ON COLUMN compliance_history.score IS 'The score all reports agree on; NULL when none states one or they disagree.';
COMMENT ON COLUMN compliance_history.conflict IS 'True when reports give different zones, grade categories or scores (differing wordings of one grade are no conflict).';
COMMENT ON COLUMN compliance_history.zones IS 'Every distinct zone reported.';
COMMENT ON COLUMN compliance_history.grades IS 'Every distinct grade wording reported.';
COMMENT ON COLUMN compliance_history.grade_categories IS 'Every distinct grade category reported.';
COMMENT ON COLUMN compliance_history.scores IS 'Every distinct score reported.';
COMMENT ON COLUMN compliance_history.first_reported IS 'Earliest article date (published, else fetched).';
COMMENT ON COLUMN compliance_history.last_reported IS 'Latest article date.';
COMMENT ON COLUMN compliance_history.articles IS 'Number of articles reporting a result.';
COMMENT ON COLUMN compliance_history.sources IS 'Source URLs of those articles.';
