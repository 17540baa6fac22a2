-- Doudi schema version 3: users and the audit trail.

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'supervisor', 'cadre', 'auditor')),
    village_code TEXT REFERENCES villages (code),
    -- An Argon2id hash (libsodium crypto_pwhash_str); never the password.
    password_hash TEXT NOT NULL,
    payment_limit_fen INTEGER NOT NULL DEFAULT 0 CHECK (payment_limit_fen >= 0),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (role <> 'cadre' OR village_code IS NOT NULL)
);

-- One entry per change of a record, and per sensitive view (revealing an ID number, exporting,
-- printing) and login. Entries form a chain: each hash covers the entry and the hash before it,
-- so an entry edited, removed or slipped in with plain SQL shows where. `digest` is the hash of
-- the record's full content after the change, so that a data row changed behind Doudi's back
-- shows too. ID numbers in old_values and new_values are masked.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    old_values TEXT NOT NULL DEFAULT '',
    new_values TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    digest TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (record_id);
