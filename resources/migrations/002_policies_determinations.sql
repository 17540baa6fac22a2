-- Doudi schema version 2: policies as the bureau sent them, and every saved determination.

-- A policy is kept exactly as imported, with its id, document number and effective date, and is
-- never overwritten: the policy in force on the first day of a month is the one with the latest
-- effective date on or before it (a bureau's policy before the bundled example).
CREATE TABLE policies (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    effective_from TEXT NOT NULL,
    body TEXT NOT NULL,
    is_example INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX policies_in_force ON policies (deleted, is_example, effective_from);

CREATE TRIGGER policies_never_overwritten BEFORE UPDATE OF id, body, effective_from ON policies
BEGIN
    SELECT RAISE(ABORT, 'a policy is never overwritten');
END;

-- A determination a clerk (or a batch) saved: the policy, the month, the household as it was,
-- and the result. Never changed afterwards, so any past amount can be reproduced and explained.
CREATE TABLE determinations (
    id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households (id),
    policy_id TEXT NOT NULL REFERENCES policies (id),
    month TEXT NOT NULL,
    classification TEXT NOT NULL,
    total_fen INTEGER NOT NULL CHECK (total_fen >= 0),
    household_json TEXT NOT NULL,
    result_json TEXT NOT NULL,
    batch_id TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX determinations_latest ON determinations (household_id, created_at);

CREATE TRIGGER determinations_never_changed BEFORE UPDATE ON determinations
BEGIN
    SELECT RAISE(ABORT, 'a saved determination is never changed');
END;

CREATE TRIGGER determinations_never_deleted BEFORE DELETE ON determinations
BEGIN
    SELECT RAISE(ABORT, 'a saved determination is never deleted');
END;
