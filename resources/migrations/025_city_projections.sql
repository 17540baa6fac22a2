-- Doudi schema version 25: the city at scale (issue 19).
--
-- city_records keeps each township's rows whole, as JSON: 2.5 GB for 12 townships of 20,000
-- households, where a member is about 500 bytes. Its key starts with the township, so a question
-- about every township (which people are in two of them, how many households each pays, whose name
-- has 王德) read every row of every table: the city report took 19 s, duplicates 7 s.
--
-- These three tables hold the few fields those questions ask, for the live rows only (neither
-- tombstoned by a package nor removed at the township: the same test the reports made). The
-- package's import brings them up to date in its transaction, from the rows it stored
-- (CityProjections: one statement a table. A trigger on each row made SQLite keep a statement
-- journal for every row of a package: 3.8 GB written to merge a 19 MB package, against 0.7 GB). Derived data: never sent, never audited, filled here for a city made before this version.
CREATE TABLE city_members (
    township TEXT NOT NULL,
    row_key TEXT NOT NULL,
    household_id TEXT NOT NULL,
    id_number TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (township, row_key)
) WITHOUT ROWID;
-- The same person in two townships (city duplicates), and the township of a monitoring signal.
CREATE INDEX city_members_by_id_number ON city_members (id_number, township);

CREATE TABLE city_households (
    township TEXT NOT NULL,
    row_key TEXT NOT NULL,
    head_name TEXT NOT NULL,
    village_code TEXT NOT NULL,
    status TEXT NOT NULL,
    monthly_benefit_fen INTEGER NOT NULL,
    PRIMARY KEY (township, row_key)
) WITHOUT ROWID;

-- A payment line of a monthly batch (the report sums those of approved batches).
CREATE TABLE city_payments (
    township TEXT NOT NULL,
    row_key TEXT NOT NULL,
    batch_id TEXT NOT NULL,
    for_month TEXT NOT NULL,
    state TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    PRIMARY KEY (township, row_key)
) WITHOUT ROWID;

-- A city made before this version: its rows as they stand.
INSERT INTO city_members (township, row_key, household_id, id_number, name)
SELECT township, row_key, coalesce(json_extract(data, '$.household_id'), ''), coalesce(json_extract(data, '$.id_number'), ''),
       coalesce(json_extract(data, '$.name'), '')
  FROM city_records WHERE tbl = 'members' AND deleted = 0 AND json_extract(data, '$.deleted') = 0;
INSERT INTO city_households (township, row_key, head_name, village_code, status, monthly_benefit_fen)
SELECT township, row_key, coalesce(json_extract(data, '$.head_name'), ''), coalesce(json_extract(data, '$.village_code'), ''),
       coalesce(json_extract(data, '$.status'), ''), coalesce(json_extract(data, '$.monthly_benefit_fen'), 0)
  FROM city_records WHERE tbl = 'households' AND deleted = 0 AND json_extract(data, '$.deleted') = 0;
INSERT INTO city_payments (township, row_key, batch_id, for_month, state, amount_fen)
SELECT township, row_key, coalesce(json_extract(data, '$.batch_id'), ''), coalesce(json_extract(data, '$.for_month'), ''),
       coalesce(json_extract(data, '$.state'), ''), coalesce(json_extract(data, '$.amount_fen'), 0)
  FROM city_records WHERE tbl = 'payments' AND deleted = 0;
