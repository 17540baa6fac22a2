-- Doudi schema version 18: the site's secrets are never in the clear in the file (issue 16).
-- A random site key seals them (XChaCha20-Poly1305): the signing and box keys, the ID-hash key,
-- the backup key. The site key itself is stored only wrapped, once per user, under a key derived
-- from that user's password with Argon2id (each slot its own salt, like LUKS key slots). A copy of
-- the file without a password signs and opens nothing.
--
-- An older database keeps its secrets in the clear until the first administrator login after this
-- upgrade moves them under a new site key, in one transaction, and overwrites the clear bytes.
CREATE TABLE site_key_slots (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    salt BLOB NOT NULL,
    ops_limit INTEGER NOT NULL,
    mem_limit INTEGER NOT NULL,
    -- nonce ‖ XChaCha20-Poly1305(site key), additional data "doudi-key-slot/1 " ‖ user id
    wrapped BLOB NOT NULL,
    made_at TEXT NOT NULL,
    made_by TEXT NOT NULL
) WITHOUT ROWID;

-- The site key seals sign_secret ‖ box_secret into sealed_secrets; the clear columns are then empty.
ALTER TABLE site_keys ADD COLUMN sealed_secrets BLOB;
DROP TRIGGER site_keys_never_changed;
CREATE TRIGGER site_keys_never_changed BEFORE UPDATE ON site_keys
WHEN NOT (OLD.sealed_secrets IS NULL AND NEW.sealed_secrets IS NOT NULL AND NEW.sign_public = OLD.sign_public
          AND NEW.box_public = OLD.box_public AND length(NEW.sign_secret) = 0 AND length(NEW.box_secret) = 0)
BEGIN
    SELECT RAISE(ABORT, 'a site''s keys are never changed, only sealed once');
END;

CREATE TRIGGER site_keys_never_deleted BEFORE DELETE ON site_keys
BEGIN
    SELECT RAISE(ABORT, 'a site''s keys are never deleted');
END;

-- The same for the ID-hash key and the backup key: `key` is empty once `sealed_key` holds it.
ALTER TABLE id_hash_key ADD COLUMN sealed_key BLOB;
ALTER TABLE backup_settings ADD COLUMN sealed_key BLOB;
