-- Doudi schema version 9: the materials an applicant has handed in (a JSON array of codes), so
-- that acceptance can tell the applicant everything still missing at once (一次性告知).
ALTER TABLE cases ADD COLUMN documents TEXT NOT NULL DEFAULT '[]';
