-- A second version whose second statement fails: the upgrade must roll back whole.
CREATE TABLE half_done (id INTEGER PRIMARY KEY);
ALTER TABLE no_such_table ADD COLUMN x TEXT;
