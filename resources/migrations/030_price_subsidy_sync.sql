-- Doudi schema version 30: the township's other programs reach the city (issue 20).
--
-- The price subsidy paid travels with the township's other payments, so the city's report counts
-- it per township. Its rows are only ever inserted (migration 029 refuses a change or a
-- deletion): one trigger logs them.
CREATE TRIGGER sync_price_subsidy_payments_insert AFTER INSERT ON price_subsidy_payments
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('price_subsidy_payments', NEW.id);
END;

-- At the city, each determination a township sent with what its entitlements pay a month per
-- program (migration 028's entitlements_json, summed once here rather than at every report), as
-- the other narrow tables of migration 25: derived, never sent, filled by each package's import
-- (CityProjections, which decodes the JSON). The report takes each live household's newest
-- determination.
CREATE TABLE city_determinations (
    township TEXT NOT NULL,
    row_key TEXT NOT NULL,
    household_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    orphan_allowance_persons INTEGER NOT NULL,
    orphan_allowance_fen INTEGER NOT NULL,
    disability_living_persons INTEGER NOT NULL,
    disability_living_fen INTEGER NOT NULL,
    disability_care_persons INTEGER NOT NULL,
    disability_care_fen INTEGER NOT NULL,
    PRIMARY KEY (township, row_key)
) WITHOUT ROWID;
CREATE INDEX city_determinations_newest ON city_determinations (township, household_id, created_at);

-- A city made before this version has no entitlements summed yet: the determinations' JSON travels
-- hex-encoded, which SQL here cannot read. Each township's next full package (sync export --full)
-- brings them in; until then its programs count from the determinations sent after this version.
