-- Doudi schema version 10: the site's key pairs for sync packages (libsodium): Ed25519 to sign,
-- X25519 to receive. Made by Doudi on first use; the secret halves never leave this file.
CREATE TABLE site_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sign_public BLOB NOT NULL,
    sign_secret BLOB NOT NULL,
    box_public BLOB NOT NULL,
    box_secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TRIGGER site_keys_never_changed BEFORE UPDATE ON site_keys
BEGIN
    SELECT RAISE(ABORT, 'a site''s keys are never changed');
END;
