-- Doudi schema version 17: the audit trail is appended to, never changed or cut. Doudi never
-- updates or deletes an entry; these triggers refuse anyone who tries through SQL. (Someone with
-- the file can drop them: the hash chain and the city's copy still tell.)
CREATE TRIGGER audit_log_never_changed BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'an audit entry is never changed');
END;

CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'an audit entry is never deleted');
END;
