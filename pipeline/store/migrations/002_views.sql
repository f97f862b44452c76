-- Warta store, migration 2: the researcher-facing views. A fact is dated by its article's
-- publication time, else by when it was fetched; `sources` lists every URL of every article that
-- reports it (near-duplicates included).

CREATE VIEW officeholders AS
SELECT
    o.person_id,
    p.name                                            AS person,
    o.category,
    o.region_code,
    gr.name                                           AS region_name,
    o.province_code,
    gp.name                                           AS province_name,
    list(DISTINCT o.role ORDER BY o.role) FILTER (WHERE o.role IS NOT NULL) AS roles,
    min(coalesce(a.published, a.fetched_at))          AS first_seen,
    max(coalesce(a.published, a.fetched_at))          AS last_seen,
    count(DISTINCT o.article_id)                      AS articles,
    list(DISTINCT s.url ORDER BY s.url)               AS sources
FROM officials o
JOIN articles a ON a.id = o.article_id
JOIN sources s ON s.article_id = o.article_id
LEFT JOIN persons p ON p.id = o.person_id
LEFT JOIN gazetteer_regions gr ON gr.code = o.region_code
LEFT JOIN gazetteer_provinces gp ON gp.code = o.province_code
GROUP BY o.person_id, p.name, o.category, o.region_code, gr.name, o.province_code, gp.name;
COMMENT ON VIEW officeholders IS 'Who held which office (category) of which region or province, first and last seen, with the articles'' source URLs.';
COMMENT ON COLUMN officeholders.person_id IS 'The resolved person (persons.id).';
COMMENT ON COLUMN officeholders.person IS 'The person''s display name.';
COMMENT ON COLUMN officeholders.category IS 'Office category (officials.category).';
COMMENT ON COLUMN officeholders.region_code IS 'Region of the office; NULL for provincial or national offices.';
COMMENT ON COLUMN officeholders.region_name IS 'Gazetteer name of the region.';
COMMENT ON COLUMN officeholders.province_code IS 'Province of the office.';
COMMENT ON COLUMN officeholders.province_name IS 'Gazetteer name of the province.';
COMMENT ON COLUMN officeholders.roles IS 'Every role text the office is reported under.';
COMMENT ON COLUMN officeholders.first_seen IS 'Earliest article date (published, else fetched) reporting the person in this office.';
COMMENT ON COLUMN officeholders.last_seen IS 'Latest such article date.';
COMMENT ON COLUMN officeholders.articles IS 'Number of articles reporting it.';
COMMENT ON COLUMN officeholders.sources IS 'Source URLs of those articles.';

CREATE VIEW compliance_history AS
SELECT
    CASE WHEN c.region_code IS NULL THEN 'province' ELSE 'region' END AS level,
    coalesce(c.region_code, c.province_code)                          AS code,
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
GROUP BY level, coalesce(c.region_code, c.province_code), coalesce(gr.name, gp.name), c.year;
COMMENT ON VIEW compliance_history IS 'Ombudsman compliance results per government (region, or province for province-level results) and assessment year. Reports that disagree are flagged (conflict) and every distinct value is listed; zone/grade/score are only filled where all reports agree.';
COMMENT ON COLUMN compliance_history.level IS 'region (kabupaten/kota) or province.';
COMMENT ON COLUMN compliance_history.code IS 'Region code, or province code for a province-level result.';
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

CREATE VIEW mpp_register AS
SELECT
    m.region_code,
    gr.name                                                                  AS region_name,
    gr.kind,
    gr.province_code,
    CASE WHEN bool_or(m.status = 'operating') THEN 'operating'
         WHEN bool_or(m.status = 'launched') THEN 'launched'
         ELSE 'planned' END                                                  AS stage,
    min(m.year) FILTER (WHERE m.status = 'planned')                          AS planned_year,
    min(coalesce(a.published, a.fetched_at)) FILTER (WHERE m.status = 'planned')   AS planned_first_seen,
    min(m.year) FILTER (WHERE m.status = 'launched')                         AS launched_year,
    min(coalesce(a.published, a.fetched_at)) FILTER (WHERE m.status = 'launched')  AS launched_first_seen,
    min(m.year) FILTER (WHERE m.status = 'operating')                        AS operating_year,
    min(coalesce(a.published, a.fetched_at)) FILTER (WHERE m.status = 'operating') AS operating_first_seen,
    coalesce(list(DISTINCT m.location ORDER BY m.location) FILTER (WHERE m.location IS NOT NULL), []) AS locations,
    count(DISTINCT m.article_id)                                             AS articles,
    list(DISTINCT s.url ORDER BY s.url)                                      AS sources
FROM mpp m
JOIN articles a ON a.id = m.article_id
JOIN sources s ON s.article_id = m.article_id
LEFT JOIN gazetteer_regions gr ON gr.code = m.region_code
WHERE m.region_code IS NOT NULL
GROUP BY m.region_code, gr.name, gr.kind, gr.province_code;
COMMENT ON VIEW mpp_register IS 'Mal Pelayanan Publik per region: the furthest stage reported (planned, launched, operating), the earliest year and article date of each stage, with sources. MPP facts without a region are left out.';
COMMENT ON COLUMN mpp_register.region_code IS 'Region code.';
COMMENT ON COLUMN mpp_register.region_name IS 'Gazetteer name of the region.';
COMMENT ON COLUMN mpp_register.kind IS 'kabupaten or kota.';
COMMENT ON COLUMN mpp_register.province_code IS 'Province code.';
COMMENT ON COLUMN mpp_register.stage IS 'Furthest stage reported: operating, launched or planned.';
COMMENT ON COLUMN mpp_register.planned_year IS 'Earliest year stated for the plan.';
COMMENT ON COLUMN mpp_register.planned_first_seen IS 'Earliest article date (published, else fetched) reporting the plan.';
COMMENT ON COLUMN mpp_register.launched_year IS 'Earliest year stated for the launch.';
COMMENT ON COLUMN mpp_register.launched_first_seen IS 'Earliest article date reporting the launch.';
COMMENT ON COLUMN mpp_register.operating_year IS 'Earliest year stated for operation.';
COMMENT ON COLUMN mpp_register.operating_first_seen IS 'Earliest article date reporting it operating.';
COMMENT ON COLUMN mpp_register.locations IS 'Every distinct location reported.';
COMMENT ON COLUMN mpp_register.articles IS 'Number of articles.';
COMMENT ON COLUMN mpp_register.sources IS 'Source URLs of those articles.';
