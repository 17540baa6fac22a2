-- Doudi schema version 33: 社会救助资源库 and 转介 (issue 20). The library of who else can help
-- (departments, mass organisations, charity projects, social-work stations), each with what it
-- offers, on what conditions, whom to contact and for how long; the township keeps its own entries
-- and the city publishes its own in its package (origin 'city', replaced by the city's next copy).
-- A referral sends a household's person to an entry and follows it: sent → accepted → helped or
-- declined, each step with its day, the outcome in words. A referral is never deleted.
CREATE TABLE help_resources (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('department', 'mass_organisation', 'charity', 'social_work')),
    name TEXT NOT NULL CHECK (length(name) > 0),
    provider TEXT NOT NULL CHECK (length(provider) > 0),
    offers TEXT NOT NULL CHECK (length(offers) > 0),
    conditions TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    valid_from TEXT NOT NULL,
    valid_until TEXT,
    origin TEXT NOT NULL CHECK (origin IN ('township', 'city')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

-- No REFERENCES to help_resources: a referral travels to the city, where the township's own
-- library entries do not.
CREATE TABLE referrals (
    id TEXT PRIMARY KEY,
    letter_no TEXT NOT NULL UNIQUE,
    resource_id TEXT NOT NULL,
    household_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    village_code TEXT NOT NULL,
    person_name TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('household', 'signal', 'case')),
    source_id TEXT NOT NULL DEFAULT '',
    need TEXT NOT NULL CHECK (length(need) > 0),
    state TEXT NOT NULL CHECK (state IN ('sent', 'accepted', 'helped', 'declined')),
    sent_on TEXT NOT NULL,
    accepted_on TEXT,
    closed_on TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    opened_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referrals_by_household ON referrals (household_id);
CREATE INDEX referrals_open ON referrals (state, village_code);

CREATE TRIGGER referrals_never_deleted BEFORE DELETE ON referrals
BEGIN
    SELECT RAISE(ABORT, 'a referral is closed with its outcome, never deleted');
END;
CREATE TRIGGER referrals_closed_stay BEFORE UPDATE ON referrals
    WHEN OLD.state IN ('helped', 'declined')
BEGIN
    SELECT RAISE(ABORT, 'a closed referral is never changed');
END;

CREATE TRIGGER sync_referrals_insert AFTER INSERT ON referrals
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('referrals', NEW.id);
END;
CREATE TRIGGER sync_referrals_update AFTER UPDATE ON referrals
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('referrals', NEW.id);
END;
