-- Doudi schema version 19: the city trusts nothing it did not check (issue 16).
--
-- The audit trail is anchored outside the township's file: every package names the sender's
-- audit head (the sequence and hash of its latest entry) in its signed body; the city keeps the
-- head of the last package it accepted from each township, and a package whose audit entries do
-- not continue from it (a rewritten or cut trail) is refused and the township flagged. A city
-- database of an older version takes the head from the township's audit entries it already holds.
ALTER TABLE peers ADD COLUMN audit_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE peers ADD COLUMN audit_hash TEXT NOT NULL DEFAULT '';
UPDATE peers SET
    audit_seq = coalesce((SELECT max(CAST(row_key AS INTEGER)) FROM city_records
                          WHERE township = peers.code AND tbl = 'audit_log' AND deleted = 0), 0),
    audit_hash = coalesce((SELECT json_extract(data, '$.hash') FROM city_records
                           WHERE township = peers.code AND tbl = 'audit_log' AND deleted = 0
                           ORDER BY CAST(row_key AS INTEGER) DESC LIMIT 1), '');

-- Package numbers a `sync import --skip-missing` went past: their changes came with a later package.
-- A skipped package that turns up late is refused as such, never taken for one already imported.
CREATE TABLE sync_skipped (
    peer TEXT NOT NULL REFERENCES peers (code),
    sequence INTEGER NOT NULL,
    covered_by INTEGER NOT NULL,
    skipped_at TEXT NOT NULL,
    skipped_by TEXT NOT NULL,
    PRIMARY KEY (peer, sequence)
) WITHOUT ROWID;
