-- Doudi schema version 1: the site, villages and households with everything the rules look at.
-- Every row carries who created and last changed it and when, and the columns sync needs:
-- origin_site (the site that created the row), version (raised on every change) and deleted
-- (a tombstone: rows are never removed, so that a deletion can travel to the city).

CREATE TABLE site (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('township', 'city')),
    database_uuid TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE villages (
    code TEXT PRIMARY KEY CHECK (length(code) = 12),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE households (
    id TEXT PRIMARY KEY,
    village_code TEXT NOT NULL REFERENCES villages (code),
    residence TEXT NOT NULL CHECK (residence IN ('rural', 'urban')),
    address TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'none' CHECK (status IN ('none', 'dibao', 'tekun', 'gradual_exit')),
    monthly_benefit_fen INTEGER NOT NULL DEFAULT 0 CHECK (monthly_benefit_fen >= 0),
    exit_started TEXT,
    sustained_medical_expenditure INTEGER NOT NULL DEFAULT 0,
    has_capable_supporter INTEGER NOT NULL DEFAULT 1,
    financial_assets_fen INTEGER NOT NULL DEFAULT 0 CHECK (financial_assets_fen >= 0),
    business_registration INTEGER NOT NULL DEFAULT 0,
    -- A cache of the head's name and ID and the member count, kept by HouseholdRepository in the
    -- same transaction as the members, so that the list of 50,000 households sorts on an index.
    head_name TEXT NOT NULL DEFAULT '',
    head_id_number TEXT NOT NULL DEFAULT '',
    member_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX households_village ON households (village_code, deleted);
CREATE INDEX households_head_name ON households (head_name);

CREATE TABLE members (
    id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households (id),
    position INTEGER NOT NULL,
    id_number TEXT NOT NULL CHECK (length(id_number) = 18),
    name TEXT NOT NULL,
    -- Pinyin initials of the name ("wxy" for 王秀英), kept by HouseholdRepository for search.
    name_initials TEXT NOT NULL DEFAULT '',
    relation TEXT NOT NULL,
    birth_date TEXT,
    sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    disability_type TEXT,
    disability_grade INTEGER CHECK (disability_grade IS NULL OR disability_grade BETWEEN 1 AND 4),
    serious_illness INTEGER NOT NULL DEFAULT 0,
    chronic_illness INTEGER NOT NULL DEFAULT 0,
    student INTEGER NOT NULL DEFAULT 0,
    adl_failed INTEGER NOT NULL DEFAULT 0 CHECK (adl_failed BETWEEN 0 AND 6),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- Finds a household's members, and serves search as you type (by name, ID number or pinyin
-- initials): a search for a rare name scans this
-- covering index instead of the wide member rows; a search that matches many people probes it
-- household by household. Either way a few milliseconds over 150,000 people.
CREATE INDEX members_search ON members (household_id, deleted, name, id_number, name_initials);
-- One living person, one record: the repository names the other household before this refuses.
CREATE UNIQUE INDEX members_id_number_live ON members (id_number) WHERE deleted = 0;

CREATE TABLE income_items (
    id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households (id),
    member_id TEXT REFERENCES members (id),
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    annual_fen INTEGER NOT NULL CHECK (annual_fen >= 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX income_items_household ON income_items (household_id);

CREATE TABLE expenditure_items (
    id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households (id),
    position INTEGER NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('medical_self_paid', 'education', 'care')),
    annual_fen INTEGER NOT NULL CHECK (annual_fen >= 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX expenditure_items_household ON expenditure_items (household_id);

-- Assets: financial assets and the business registration are on the household row; vehicles and
-- residences are items.
CREATE TABLE vehicles (
    id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value_fen INTEGER NOT NULL CHECK (value_fen >= 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX vehicles_household ON vehicles (household_id);

CREATE TABLE residences (
    id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households (id),
    position INTEGER NOT NULL,
    dangerous INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX residences_household ON residences (household_id);
