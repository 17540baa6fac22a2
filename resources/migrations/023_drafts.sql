-- Doudi schema version 23: what a person was typing survives a crash (issue 18).
--
-- The household form, a case's next step and a reserve fund payment keep what is on them here
-- every few seconds while it changes; saving or discarding the form removes it, and after a
-- crash or a power cut the next start offers it back to the same person (恢复未保存的录入).
-- Only what was typed: never a password. Kept on this computer, never sent to the city, not
-- audited (nothing in it is a record yet).
CREATE TABLE drafts (
    user_name TEXT NOT NULL,
    form TEXT NOT NULL,        -- household, case_step, fund_payment
    target TEXT NOT NULL,      -- which form: the household or case it is about, or a new form's own id
    title TEXT NOT NULL,       -- what the person is shown when it is offered back
    content TEXT NOT NULL,     -- the fields, as JSON
    saved_at TEXT NOT NULL,
    PRIMARY KEY (user_name, form, target)
) WITHOUT ROWID;
