-- Doudi schema version 32: 农村“三留守”人员关爱服务 (issue 20). The township's register of
-- left-behind children (留守儿童), elderly (留守老人) and women (留守妇女), village by village, each with
-- why they are left behind, who cares for them, how alone and at what risk they are; and the visits
-- the village cadres make, which the policy's plan (programs.care_visits) says how often to make.
-- A person leaves the register with a date and a reason, never deleted; a visit is only added.
CREATE TABLE care_people (
    id TEXT PRIMARY KEY,
    village_code TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(name) > 0),
    id_number TEXT NOT NULL CHECK (length(id_number) = 18),
    care_group TEXT NOT NULL CHECK (care_group IN ('child', 'elderly', 'woman')),
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    carer TEXT NOT NULL,
    carer_phone TEXT NOT NULL DEFAULT '',
    living_alone INTEGER NOT NULL DEFAULT 0 CHECK (living_alone IN (0, 1)),
    risk TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high')),
    registered_on TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    left_on TEXT,
    left_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX care_people_by_village ON care_people (village_code);
-- Once on the register at a time; who left and comes back is registered anew.
CREATE UNIQUE INDEX care_people_once ON care_people (id_number, care_group) WHERE left_on IS NULL;

CREATE TABLE care_visits (
    id TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES care_people (id),
    visited_on TEXT NOT NULL,
    visited_by TEXT NOT NULL,
    findings TEXT NOT NULL CHECK (length(findings) > 0),
    needs_help INTEGER NOT NULL DEFAULT 0 CHECK (needs_help IN (0, 1)),
    recorded_at TEXT NOT NULL
);
CREATE INDEX care_visits_by_person ON care_visits (person_id, visited_on);

CREATE TRIGGER care_people_never_deleted BEFORE DELETE ON care_people
BEGIN
    SELECT RAISE(ABORT, 'a person leaves the care register with a date, never deleted');
END;
CREATE TRIGGER care_visits_never_changed BEFORE UPDATE ON care_visits
BEGIN
    SELECT RAISE(ABORT, 'a care visit is never changed');
END;
CREATE TRIGGER care_visits_never_deleted BEFORE DELETE ON care_visits
BEGIN
    SELECT RAISE(ABORT, 'a care visit is never deleted');
END;

CREATE TRIGGER sync_care_people_insert AFTER INSERT ON care_people
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('care_people', NEW.id);
END;
CREATE TRIGGER sync_care_people_update AFTER UPDATE ON care_people
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('care_people', NEW.id);
END;
CREATE TRIGGER sync_care_visits_insert AFTER INSERT ON care_visits
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('care_visits', NEW.id);
END;
