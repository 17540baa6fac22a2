-- Doudi schema version 14: where a household's record came from when it was not typed in.
--
-- An office brings its recipients in from the Excel roster it kept before Doudi. What the roster
-- said they received (category, monthly amount, persons covered) is kept here as it was written,
-- with the file, its digest and the day, so that a later question ("since when 560 元?") has an
-- answer that is not an invented case. One row per imported household; never changed.
CREATE TABLE household_sources (
    household_id TEXT PRIMARY KEY REFERENCES households (id),
    kind TEXT NOT NULL CHECK (kind IN ('sheet')),
    file_name TEXT NOT NULL,
    file_digest TEXT NOT NULL,
    sheet TEXT NOT NULL DEFAULT '',
    first_row INTEGER NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('none', 'dibao', 'tekun', 'gradual_exit')),
    monthly_benefit_fen INTEGER NOT NULL CHECK (monthly_benefit_fen >= 0),
    covered_persons INTEGER NOT NULL DEFAULT 0,
    bank_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    imported_on TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);
