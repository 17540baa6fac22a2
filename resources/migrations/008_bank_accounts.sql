-- Doudi schema version 8: the bank account a household's benefit is paid into, for the payment
-- roster (发放花名册), where it prints masked to its last four digits.
ALTER TABLE households ADD COLUMN bank_account TEXT NOT NULL DEFAULT '';
