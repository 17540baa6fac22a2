-- Doudi schema version 24: search as you type over half a million people (issue 19).
--
-- household_search is a full-text index (SQLite FTS5): one document for each live household, with
-- its people's names, pinyin initials and ID numbers written as tokens by Doudi
-- (HouseholdSearchIndex): a name one token a character, the initials one a letter and one a pair
-- of letters, an ID number one a run of three characters. A typed fragment is then a phrase of those tokens, found through
-- the index instead of by reading every member; a village is a token too, so a cadre's search is
-- the same lookup. Derived like the pinyin order: kept in the household's own transaction, never
-- sent to the city, rebuilt at opening when the way it is written changes (and filled then for a
-- database made before this version).
--
-- A document's rowid is the household's search_id, a number of its own in household_order: a
-- households rowid is not stable (VACUUM may renumber it).
ALTER TABLE household_order ADD COLUMN search_id INTEGER;
UPDATE household_order SET search_id = numbered.n
  FROM (SELECT household_id AS id, row_number() OVER (ORDER BY household_id) AS n FROM household_order) AS numbered
 WHERE household_order.household_id = numbered.id;
-- The list looks up the matches' names in order here, and walks the next index in name order,
-- telling a match by its search_id; neither reads a household. (Two households cannot share a
-- search_id: it is the rowid of their documents.)
CREATE INDEX household_order_search ON household_order (search_id, head_name_key);
DROP INDEX household_order_key;
CREATE INDEX household_order_key ON household_order (head_name_key, household_id, search_id);

DROP TRIGGER household_order_insert;
CREATE TRIGGER household_order_insert AFTER INSERT ON households
BEGIN
    INSERT OR IGNORE INTO household_order (household_id, search_id)
    VALUES (NEW.id, (SELECT coalesce(max(search_id), 0) + 1 FROM household_order));
END;

CREATE VIRTUAL TABLE household_search USING fts5(names, initials, initial_pairs, id_numbers, village,
                                                 tokenize = 'ascii', columnsize = 0);
