-- A second schema version that exists only in the tests, to exercise backup and upgrade.
ALTER TABLE households ADD COLUMN test_note TEXT NOT NULL DEFAULT '';
CREATE TABLE test_log (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL
);
