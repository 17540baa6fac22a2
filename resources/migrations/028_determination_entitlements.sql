-- Doudi schema version 28: a determination keeps what the township's other programs pay beside the
-- dibao for its month (issue 20, spec/programs.md), as the `doudi-entitlements/1` the rules gave
-- with it. Saved once with the determination and never changed, like its result; the audit digest
-- of a determination saved with entitlements covers them too. Determinations saved before, or
-- under a policy without programs, have none (NULL).
ALTER TABLE determinations ADD COLUMN entitlements_json TEXT;
