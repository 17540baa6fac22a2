-- Doudi schema version 11: the sites this one exchanges packages with. A township knows its city
-- from the enrolment package (after a person compared the fingerprint); the city knows a township
-- from enrolling it, and its keys from its first package.
CREATE TABLE peers (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('township', 'city')),
    sign_public BLOB,
    box_public BLOB,
    fingerprint TEXT NOT NULL DEFAULT '',
    trusted_at TEXT,
    trusted_by TEXT NOT NULL DEFAULT '',
    last_sent INTEGER NOT NULL DEFAULT 0,
    last_received INTEGER NOT NULL DEFAULT 0,
    last_acknowledged INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
