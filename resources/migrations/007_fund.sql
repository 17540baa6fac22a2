-- Doudi schema version 7: the township reserve fund (备用金), an append-only ledger.
--
-- Every movement of money is one entry: the year's quota (no money moves), an allocation or a
-- replenishment received from the city, a payment, a reversal of an earlier entry, and at the end
-- of a year either a carry-forward (no money moves) or a return to the city. Nothing is updated or
-- deleted; the balance is the sum of the entries and is checked inside the writing transaction.
CREATE TABLE fund_entries (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('quota', 'allocation', 'replenishment', 'payment', 'reversal',
                                       'carry_forward', 'return')),
    year INTEGER NOT NULL,
    on_date TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    -- What moves the balance: +1 in, −1 out, 0 for a quota or a carry-forward.
    sign INTEGER NOT NULL CHECK (sign IN (-1, 0, 1)),
    document TEXT NOT NULL DEFAULT '',   -- approval document, voucher number or reason
    household_id TEXT REFERENCES households (id),
    case_id TEXT REFERENCES cases (id),
    recipient TEXT NOT NULL DEFAULT '',
    reason_type TEXT NOT NULL DEFAULT '' CHECK (reason_type IN ('', 'emergency', 'expenditure')),
    reason TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT '' CHECK (method IN ('', 'cash', 'bank', 'in_kind')),
    meeting_ref TEXT NOT NULL DEFAULT '',
    override_reason TEXT NOT NULL DEFAULT '',
    prepared_by TEXT NOT NULL,
    approved_by TEXT NOT NULL DEFAULT '',
    paperwork_due TEXT,
    reverses TEXT UNIQUE REFERENCES fund_entries (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX fund_entries_date ON fund_entries (on_date, seq);
CREATE INDEX fund_entries_household ON fund_entries (household_id, reason_type, year);

CREATE TRIGGER fund_entries_never_changed BEFORE UPDATE ON fund_entries
BEGIN
    SELECT RAISE(ABORT, 'a fund entry is never changed: reverse it');
END;

CREATE TRIGGER fund_entries_never_deleted BEFORE DELETE ON fund_entries
BEGIN
    SELECT RAISE(ABORT, 'a fund entry is never deleted: reverse it');
END;

-- The paperwork of a payment handed in after the money (an emergency payment's 5 working days).
CREATE TABLE fund_paperwork (
    payment_id TEXT PRIMARY KEY REFERENCES fund_entries (id),
    completed_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    origin_site TEXT NOT NULL
);

CREATE TRIGGER fund_paperwork_never_changed BEFORE UPDATE ON fund_paperwork
BEGIN
    SELECT RAISE(ABORT, 'recorded paperwork is never changed');
END;

CREATE TRIGGER fund_paperwork_never_deleted BEFORE DELETE ON fund_paperwork
BEGIN
    SELECT RAISE(ABORT, 'recorded paperwork is never deleted');
END;
