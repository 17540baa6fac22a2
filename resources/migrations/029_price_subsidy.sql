-- Doudi schema version 29: the temporary price subsidy as a batch (价格临时补贴, 物价联动; issue 20,
-- spec/programs.md §4.5). The bureau publishes each month's consumer price index; an administrator
-- records it (or the city's package brings it). When it reaches the policy's trigger, the township
-- pays every covered person once for that month: one row a person, never twice (UNIQUE), never
-- changed or deleted once paid. A month's index can be corrected until someone has been paid on it.
CREATE TABLE price_indices (
    month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    cpi_yoy_permille INTEGER NOT NULL,
    food_cpi_yoy_permille INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (length(source) > 0),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

CREATE TABLE price_subsidy_payments (
    id TEXT PRIMARY KEY,
    month TEXT NOT NULL REFERENCES price_indices (month),
    run_id TEXT NOT NULL,
    household_id TEXT NOT NULL,
    member_id TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('dibao', 'tekun', 'orphan')),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    policy_id TEXT NOT NULL,
    paid_at TEXT NOT NULL,
    paid_by TEXT NOT NULL,
    UNIQUE (month, member_id)
);
CREATE INDEX price_subsidy_payments_by_run ON price_subsidy_payments (run_id);

CREATE TRIGGER price_subsidy_payments_never_changed BEFORE UPDATE ON price_subsidy_payments
BEGIN
    SELECT RAISE(ABORT, 'a price subsidy payment is never changed');
END;
CREATE TRIGGER price_subsidy_payments_never_deleted BEFORE DELETE ON price_subsidy_payments
BEGIN
    SELECT RAISE(ABORT, 'a price subsidy payment is never deleted');
END;
CREATE TRIGGER price_indices_kept_once_paid BEFORE UPDATE ON price_indices
WHEN EXISTS (SELECT 1 FROM price_subsidy_payments WHERE month = OLD.month)
BEGIN
    SELECT RAISE(ABORT, 'the price index of a month already paid on is kept as it was');
END;
