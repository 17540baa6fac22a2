-- Doudi schema version 6: what a decision fixed: the monthly amount from the saved
-- determination, the month payment starts, and a refusal's written reason.
ALTER TABLE cases ADD COLUMN amount_fen INTEGER;
ALTER TABLE cases ADD COLUMN payment_from TEXT;
ALTER TABLE cases ADD COLUMN decision_reason TEXT NOT NULL DEFAULT '';
