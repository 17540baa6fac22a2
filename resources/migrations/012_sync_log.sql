-- Doudi schema version 12: what sync needs to send "everything not yet acknowledged" and to import
-- a package whole, once, in order.
--
-- sync_changes: every insert, update and delete of a record a township owns, written by triggers,
-- so an export knows which records changed after the package the city last acknowledged (a row
-- that is gone travels as a tombstone).
-- (A plain rowid, no index: rows are only ever appended, and an export reads the range after its
-- watermark; each of these costs every save of a household.)
CREATE TABLE sync_changes (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL
);

-- Every package written or imported, both ways: its digest (BLAKE2b of the body) tells a repeated
-- package from a different one with the same number (a database copied or restored from backup).
CREATE TABLE sync_packages (
    id INTEGER PRIMARY KEY,
    peer TEXT NOT NULL REFERENCES peers (code),
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    sequence INTEGER NOT NULL,
    full INTEGER NOT NULL DEFAULT 0 CHECK (full IN (0, 1)),
    last_change INTEGER NOT NULL DEFAULT 0,
    digest TEXT NOT NULL,
    counts TEXT NOT NULL DEFAULT '{}',
    conflicts INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    UNIQUE (peer, direction, sequence)
);

-- Packages that came before the one they follow: kept whole (still sealed) until the gap is filled.
CREATE TABLE sync_held (
    peer TEXT NOT NULL REFERENCES peers (code),
    sequence INTEGER NOT NULL,
    file BLOB NOT NULL,
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL,
    PRIMARY KEY (peer, sequence)
);

-- A record changed on both sides since the last exchange: both versions, until a person decides.
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    peer TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL,
    local TEXT NOT NULL,
    incoming TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT '' CHECK (resolution IN ('', 'local', 'incoming'))
);

-- A township that sent a package contradicting what the city already holds from it: refused until
-- the city accepts a full re-baseline.
ALTER TABLE peers ADD COLUMN flagged TEXT NOT NULL DEFAULT '';

-- At the city: every township's records as its last package left them, read-only (a township owns
-- them). The row's JSON is kept as the township wrote it.
CREATE TABLE city_records (
    township TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL,
    data TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    sequence INTEGER NOT NULL,
    PRIMARY KEY (township, tbl, row_key)
) WITHOUT ROWID;

-- At the city: its decisions on cases townships submitted; each travels back in every package to
-- the township until the township acknowledges one that carried it.
CREATE TABLE city_decisions (
    case_id TEXT PRIMARY KEY,
    township TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('approve', 'refuse')),
    reason TEXT NOT NULL,
    case_version INTEGER NOT NULL,
    decided_on TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    sent_in INTEGER
);

-- At the city: monitoring signals (data matching) routed to the township where the person is a
-- member, and the reserve fund's quotas and allocations per township; each travels like a decision.
CREATE TABLE city_signals (
    id TEXT PRIMARY KEY,
    township TEXT NOT NULL, -- '' when nobody in any township's records has the ID number
    id_number TEXT NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    signal_date TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    sent_in INTEGER
);
CREATE INDEX city_signals_township ON city_signals (township, sent_in);
CREATE TABLE city_allocations (
    id TEXT PRIMARY KEY,
    township TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('quota', 'allocation', 'replenishment')),
    year INTEGER NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    document TEXT NOT NULL,
    on_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    sent_in INTEGER
);

-- At a township: the city's records already applied (signals, allocations), so that a record
-- repeated until acknowledged is applied once.
CREATE TABLE applied_city_records (
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (tbl, row_key)
) WITHOUT ROWID;

-- The city's secret key for hashing ID numbers (BLAKE2b-128, keyed), and at a township the key and
-- the hashes of other townships' active members, so intake can warn of a duplicate offline.
CREATE TABLE id_hash_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL
);
CREATE TABLE member_id_hashes (
    hash BLOB NOT NULL,
    township TEXT NOT NULL,
    PRIMARY KEY (hash, township)
) WITHOUT ROWID;

-- (determinations, fund entries, their paperwork and the audit trail are never changed or deleted:
-- inserting is all their triggers record.)

CREATE TRIGGER sync_villages_insert AFTER INSERT ON villages
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('villages', NEW.code);
END;

CREATE TRIGGER sync_villages_update AFTER UPDATE ON villages
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('villages', NEW.code);
END;

CREATE TRIGGER sync_villages_delete AFTER DELETE ON villages
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('villages', OLD.code);
END;

CREATE TRIGGER sync_households_insert AFTER INSERT ON households
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('households', NEW.id);
END;

CREATE TRIGGER sync_households_update AFTER UPDATE ON households
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('households', NEW.id);
END;

CREATE TRIGGER sync_households_delete AFTER DELETE ON households
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('households', OLD.id);
END;

CREATE TRIGGER sync_members_insert AFTER INSERT ON members
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('members', NEW.id);
END;

CREATE TRIGGER sync_members_update AFTER UPDATE ON members
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('members', NEW.id);
END;

CREATE TRIGGER sync_members_delete AFTER DELETE ON members
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('members', OLD.id);
END;

CREATE TRIGGER sync_income_items_insert AFTER INSERT ON income_items
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('income_items', NEW.id);
END;

CREATE TRIGGER sync_income_items_update AFTER UPDATE ON income_items
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('income_items', NEW.id);
END;

CREATE TRIGGER sync_income_items_delete AFTER DELETE ON income_items
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('income_items', OLD.id);
END;

CREATE TRIGGER sync_expenditure_items_insert AFTER INSERT ON expenditure_items
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('expenditure_items', NEW.id);
END;

CREATE TRIGGER sync_expenditure_items_update AFTER UPDATE ON expenditure_items
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('expenditure_items', NEW.id);
END;

CREATE TRIGGER sync_expenditure_items_delete AFTER DELETE ON expenditure_items
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('expenditure_items', OLD.id);
END;

CREATE TRIGGER sync_vehicles_insert AFTER INSERT ON vehicles
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('vehicles', NEW.id);
END;

CREATE TRIGGER sync_vehicles_update AFTER UPDATE ON vehicles
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('vehicles', NEW.id);
END;

CREATE TRIGGER sync_vehicles_delete AFTER DELETE ON vehicles
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('vehicles', OLD.id);
END;

CREATE TRIGGER sync_residences_insert AFTER INSERT ON residences
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('residences', NEW.id);
END;

CREATE TRIGGER sync_residences_update AFTER UPDATE ON residences
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('residences', NEW.id);
END;

CREATE TRIGGER sync_residences_delete AFTER DELETE ON residences
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('residences', OLD.id);
END;

CREATE TRIGGER sync_determinations_insert AFTER INSERT ON determinations
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('determinations', NEW.id);
END;

CREATE TRIGGER sync_cases_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('cases', NEW.id);
END;

CREATE TRIGGER sync_cases_update AFTER UPDATE ON cases
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('cases', NEW.id);
END;

CREATE TRIGGER sync_cases_delete AFTER DELETE ON cases
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('cases', OLD.id);
END;

CREATE TRIGGER sync_case_steps_insert AFTER INSERT ON case_steps
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('case_steps', NEW.id);
END;

CREATE TRIGGER sync_case_steps_update AFTER UPDATE ON case_steps
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('case_steps', NEW.id);
END;

CREATE TRIGGER sync_case_steps_delete AFTER DELETE ON case_steps
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('case_steps', OLD.id);
END;

CREATE TRIGGER sync_fund_entries_insert AFTER INSERT ON fund_entries
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('fund_entries', NEW.id);
END;

CREATE TRIGGER sync_fund_paperwork_insert AFTER INSERT ON fund_paperwork
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('fund_paperwork', NEW.payment_id);
END;

CREATE TRIGGER sync_audit_log_insert AFTER INSERT ON audit_log
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('audit_log', NEW.seq);
END;
