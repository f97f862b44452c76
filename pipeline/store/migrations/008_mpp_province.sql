-- Warta store, migration 8 (acc3-mpp, issue 12): MPP facts carry the province, as compliance results do:
-- the region's province, or for a province's own MPP (region_code NULL) the province itself
-- (pipeline/facttypes/mpp). Rows loaded before get their region's province from its Kemendagri code
-- (the part before the dot); a fact with neither stays NULL.

ALTER TABLE mpp ADD COLUMN province_code VARCHAR;
UPDATE mpp SET province_code = split_part(region_code, '.', 1) WHERE region_code IS NOT NULL;
COMMENT ON COLUMN mpp.region_code IS 'Region of the MPP; NULL for a province''s own MPP (province_code) or when the article does not say.';
COMMENT ON COLUMN mpp.province_code IS 'Province of the region; for a province''s own MPP (region_code NULL) the province itself.';
