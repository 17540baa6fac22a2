-- Doudi schema version 15: the office's backups.
--
-- backup_settings: where the desktop writes its automatic backups (a USB stick, D:\) and the key
-- they are encrypted under. The key is derived from the office's backup passphrase (Argon2id,
-- with this salt and these limits); the passphrase itself is never stored. It lives here, not in
-- `settings`, because every change of a setting is audited with its values.
CREATE TABLE backup_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    folder TEXT NOT NULL,
    salt BLOB NOT NULL,
    opslimit INTEGER NOT NULL,
    memlimit INTEGER NOT NULL,
    key BLOB NOT NULL,
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL
);

-- Every restore from a backup, written into the restored database itself. Until a package to the
-- city has carried a full re-baseline (rebaseline_sent: its sequence), the city's view of this
-- township is older than what it already received, so the next package must replace it whole.
CREATE TABLE restores (
    id INTEGER PRIMARY KEY,
    restored_at TEXT NOT NULL,
    restored_by TEXT NOT NULL,
    backup_file TEXT NOT NULL,
    backup_created_at TEXT NOT NULL,
    replaced_file TEXT NOT NULL DEFAULT '',
    rebaseline_sent INTEGER
);
