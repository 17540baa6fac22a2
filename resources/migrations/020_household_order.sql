-- Doudi schema version 20: households listed by their head's name in pinyin order (issue 17).
--
-- The key is worked out by Doudi from the name (PinyinOrder: each character's place in the order
-- QCollator gives Chinese), so it lives beside the household rather than in it: never sent to the
-- city, rebuilt at the next start when the order table changes. Every household has its row from
-- the moment it exists (the trigger); Doudi writes the key in the household's own transaction,
-- and fills in the keys of an older database when it first opens it.
CREATE TABLE household_order (
    household_id TEXT PRIMARY KEY REFERENCES households (id) ON DELETE CASCADE,
    head_name_key TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX household_order_key ON household_order (head_name_key, household_id);
INSERT INTO household_order (household_id) SELECT id FROM households;

CREATE TRIGGER household_order_insert AFTER INSERT ON households
BEGIN
    INSERT OR IGNORE INTO household_order (household_id) VALUES (NEW.id);
END;
