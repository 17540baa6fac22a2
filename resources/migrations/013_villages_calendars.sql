-- Doudi schema version 13: a real township's first day.
--
-- Villages are the administrator's to keep: a residents' committee is urban (a new household there
-- lives in town), a village that merged into another or was dissolved is retired (kept, because old
-- records and the audit trail name it) and, after a merge, says which village it went into.
-- Existing villages stay rural until the administrator says otherwise: their audit digests were
-- taken without the flag.
ALTER TABLE villages ADD COLUMN urban INTEGER NOT NULL DEFAULT 0 CHECK (urban IN (0, 1));
ALTER TABLE villages ADD COLUMN retired_on TEXT;
ALTER TABLE villages ADD COLUMN merged_into TEXT REFERENCES villages (code);

-- Where each year's working-day calendar came from when it is not the one built into Doudi
-- (the State Council's notices 2020–2026): imported by an administrator, or sent by the city.
CREATE TABLE calendar_years (
    year INTEGER PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('import', 'city')),
    at TEXT NOT NULL,
    by TEXT NOT NULL
);
INSERT INTO calendar_years (year, source, at, by)
    SELECT DISTINCT year, 'import', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'migration' FROM calendar_days;
