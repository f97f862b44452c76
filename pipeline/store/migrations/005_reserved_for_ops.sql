-- Warta store, migration 5: a placeholder. The branch `ops` lands its own migrations 005 and 006
-- (portals, skipped pages, compliance_history's region_code/province_code); this branch's
-- 007_grade_category.sql comes after them. DELETE this file when `ops` is merged: two files with one
-- number make every store open fail ("migration numbers must run 1..n without gaps"), on purpose.
SELECT 1;
