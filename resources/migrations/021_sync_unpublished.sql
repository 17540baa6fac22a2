-- Doudi schema version 21: a package appears in its folder only after the database has recorded
-- it (issue 18).
--
-- Exporting records the package as sent and commits, then writes the file and renames it into
-- place. Until the file is known to be there, its name and digest wait here. A power cut between
-- the commit and the rename leaves a row whose file is missing: the next export withdraws that
-- package (its number is sent again, with everything it carried) instead of leaving a gap at the
-- city. A row whose file is there, whole, only says the package was published. Never sent.
CREATE TABLE sync_unpublished (
    peer TEXT NOT NULL REFERENCES peers (code),
    sequence INTEGER NOT NULL,
    file_path TEXT NOT NULL,
    file_digest TEXT NOT NULL,
    PRIMARY KEY (peer, sequence)
) WITHOUT ROWID;
