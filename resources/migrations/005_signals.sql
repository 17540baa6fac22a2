-- Doudi schema version 5: monitoring signals from data matching (主动发现), each a task to close.

CREATE TABLE signals (
    id TEXT PRIMARY KEY,
    id_number TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('death', 'vehicle', 'business', 'large_medical_bill',
                                       'disability_certificate', 'other')),
    source TEXT NOT NULL,
    signal_date TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    -- The household the ID number belongs to when the signal came; NULL: a person Doudi does not know.
    household_id TEXT REFERENCES households (id),
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'visited', 'included', 'not_eligible', 'referred')),
    outcome_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX signals_status ON signals (status);
CREATE INDEX signals_household ON signals (household_id);
