-- Doudi schema version 31: the basic funeral services waiver (基本殡葬服务费用减免; issue 20,
-- spec/programs.md §4.4). When a covered person's death is recorded, the township issues one
-- certificate (减免证明) that the funeral home honours: one row a person (UNIQUE member_id), never
-- changed or deleted once issued, numbered in the year of issue. What covered the person and the
-- amount are those of the month of the death, kept as issued.
CREATE TABLE funeral_waivers (
    id TEXT PRIMARY KEY,
    certificate_no TEXT NOT NULL UNIQUE,
    household_id TEXT NOT NULL,
    member_id TEXT NOT NULL UNIQUE,
    village_code TEXT NOT NULL,
    name TEXT NOT NULL,
    died_on TEXT NOT NULL CHECK (died_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    category TEXT NOT NULL CHECK (category IN ('dibao', 'tekun', 'orphan')),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    policy_id TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL
);
CREATE INDEX funeral_waivers_by_household ON funeral_waivers (household_id);

CREATE TRIGGER funeral_waivers_never_changed BEFORE UPDATE ON funeral_waivers
BEGIN
    SELECT RAISE(ABORT, 'a funeral waiver once issued is never changed');
END;
CREATE TRIGGER funeral_waivers_never_deleted BEFORE DELETE ON funeral_waivers
BEGIN
    SELECT RAISE(ABORT, 'a funeral waiver once issued is never deleted');
END;
CREATE TRIGGER sync_funeral_waivers_insert AFTER INSERT ON funeral_waivers
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('funeral_waivers', NEW.id);
END;
