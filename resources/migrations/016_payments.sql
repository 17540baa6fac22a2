-- Doudi schema version 16: what a household is paid is a record, not a re-run of the rules.
--
-- approved_amounts: the monthly amount a decision fixed for a household, from the month it takes
-- effect. A decision writes one row, or several for a gradual exit's schedule (渐退: each step's
-- month and amount, then an ending row of 0). For a month, the household receives the row of its
-- latest decision (`seq`) that is in effect by then, and of that decision the last step begun.
-- A termination is a decision too: one row of classification 'none' and 0. Never changed.
CREATE TABLE approved_amounts (
    id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households (id),
    seq INTEGER NOT NULL,                 -- the decision's number: later decisions win
    decision_id TEXT NOT NULL,            -- the rows of one decision share it
    source TEXT NOT NULL CHECK (source IN ('case', 'reevaluation', 'record')),
    case_id TEXT REFERENCES cases (id),
    determination_id TEXT REFERENCES determinations (id),
    effective_from TEXT NOT NULL,         -- YYYY-MM: the decision's first month
    from_month TEXT NOT NULL,             -- YYYY-MM: this step's first month
    classification TEXT NOT NULL CHECK (classification IN ('tekun', 'dibao', 'dibao_gradual_exit',
                                                           'dibao_single_person', 'none')),
    persons INTEGER NOT NULL CHECK (persons >= 0),
    base_fen INTEGER NOT NULL CHECK (base_fen >= 0),
    care_fen INTEGER NOT NULL CHECK (care_fen >= 0),
    increments_fen INTEGER NOT NULL CHECK (increments_fen >= 0),
    total_fen INTEGER NOT NULL CHECK (total_fen = base_fen + care_fen + increments_fen),
    decided_on TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (seq, from_month)
);
CREATE INDEX approved_amounts_household ON approved_amounts (household_id, seq);

CREATE TRIGGER approved_amounts_never_changed BEFORE UPDATE ON approved_amounts
BEGIN
    SELECT RAISE(ABORT, 'an approved amount is never changed: a new decision replaces it');
END;

CREATE TRIGGER approved_amounts_never_deleted BEFORE DELETE ON approved_amounts
BEGIN
    SELECT RAISE(ABORT, 'an approved amount is never deleted: a new decision replaces it');
END;

-- A month's payment (按月发放): the regular batch of every active recipient's approved amount, or
-- a supplement (补发) of what an earlier batch missed or the bank returned. Prepared by one
-- person, approved by another; `digest` fixes its lines at preparation and approval checks it.
-- Once approved only the payments' outcome moves (pending → paid or failed).
CREATE TABLE payment_batches (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,          -- 发放批次号, printed on every page of its roster
    month TEXT NOT NULL,                  -- YYYY-MM
    kind TEXT NOT NULL CHECK (kind IN ('regular', 'supplement')),
    state TEXT NOT NULL CHECK (state IN ('prepared', 'approved')),
    lines INTEGER NOT NULL,
    total_fen INTEGER NOT NULL CHECK (total_fen >= 0),
    digest TEXT NOT NULL,
    prepared_at TEXT NOT NULL,
    prepared_by TEXT NOT NULL,
    approved_at TEXT,
    approved_by TEXT NOT NULL DEFAULT '',
    paid_in_full_at TEXT,                 -- marked paid in full: every payment not returned is paid
    paid_in_full_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (month, kind)
);

CREATE TRIGGER payment_batches_approved_never_changed BEFORE UPDATE ON payment_batches
WHEN OLD.state = 'approved' AND (NEW.state IS NOT OLD.state OR NEW.lines IS NOT OLD.lines
    OR NEW.total_fen IS NOT OLD.total_fen OR NEW.digest IS NOT OLD.digest OR NEW.month IS NOT OLD.month
    OR NEW.kind IS NOT OLD.kind OR NEW.number IS NOT OLD.number OR NEW.approved_by IS NOT OLD.approved_by
    OR NEW.approved_at IS NOT OLD.approved_at OR NEW.prepared_by IS NOT OLD.prepared_by
    OR (OLD.paid_in_full_at IS NOT NULL AND NEW.paid_in_full_at IS NOT OLD.paid_in_full_at))
BEGIN
    SELECT RAISE(ABORT, 'an approved payment batch never changes');
END;

CREATE TRIGGER payment_batches_approved_never_deleted BEFORE DELETE ON payment_batches
WHEN OLD.state = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'an approved payment batch is never deleted');
END;

-- One line of a batch: a household's payment for a month, with what it was paid into.
CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    batch_id TEXT NOT NULL REFERENCES payment_batches (id),
    line INTEGER NOT NULL,
    reference TEXT NOT NULL UNIQUE,       -- the bank file's reference: batch number and line
    household_id TEXT NOT NULL REFERENCES households (id),
    village_code TEXT NOT NULL,
    for_month TEXT NOT NULL,              -- the month it pays (a supplement pays earlier ones)
    classification TEXT NOT NULL,
    persons INTEGER NOT NULL,
    base_fen INTEGER NOT NULL,
    care_fen INTEGER NOT NULL,
    increments_fen INTEGER NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0 AND amount_fen = base_fen + care_fen + increments_fen),
    approved_amount_id TEXT NOT NULL REFERENCES approved_amounts (id),
    replaces TEXT REFERENCES payments (id), -- a supplement's line for a returned payment
    account_holder TEXT NOT NULL,
    bank_account TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'paid', 'failed')),
    failure_reason TEXT NOT NULL DEFAULT '',
    settled_at TEXT,
    settled_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    origin_site TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (batch_id, line)
);
CREATE INDEX payments_household ON payments (household_id, for_month);
CREATE INDEX payments_replaces ON payments (replaces);

-- The lines of an approved batch never change; their outcome is set once (a pending payment is
-- paid or failed), never undone.
CREATE TRIGGER payments_of_approved_batch BEFORE UPDATE ON payments
WHEN (SELECT state FROM payment_batches WHERE id = OLD.batch_id) = 'approved' AND (
    OLD.state <> 'pending' OR NEW.batch_id IS NOT OLD.batch_id OR NEW.line IS NOT OLD.line
    OR NEW.reference IS NOT OLD.reference OR NEW.household_id IS NOT OLD.household_id
    OR NEW.for_month IS NOT OLD.for_month OR NEW.amount_fen IS NOT OLD.amount_fen
    OR NEW.base_fen IS NOT OLD.base_fen OR NEW.care_fen IS NOT OLD.care_fen
    OR NEW.increments_fen IS NOT OLD.increments_fen OR NEW.account_holder IS NOT OLD.account_holder
    OR NEW.bank_account IS NOT OLD.bank_account OR NEW.approved_amount_id IS NOT OLD.approved_amount_id
    OR NEW.replaces IS NOT OLD.replaces OR NEW.classification IS NOT OLD.classification)
BEGIN
    SELECT RAISE(ABORT, 'a payment of an approved batch never changes; only its outcome is recorded, once');
END;

CREATE TRIGGER payments_of_approved_batch_never_deleted BEFORE DELETE ON payments
WHEN (SELECT state FROM payment_batches WHERE id = OLD.batch_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'a payment of an approved batch is never deleted');
END;

-- A bank's 代发 file layout: which columns, in which order, under which titles (JSON, see
-- BankLayout), saved once per bank.
CREATE TABLE bank_layouts (
    name TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- Every bank file written for a batch, with its digest (BLAKE2b-256 of the bytes written), and
-- every returns file (回盘) read.
CREATE TABLE bank_files (
    id INTEGER PRIMARY KEY,
    batch_id TEXT NOT NULL REFERENCES payment_batches (id),
    direction TEXT NOT NULL CHECK (direction IN ('export', 'returns')),
    file_name TEXT NOT NULL,
    layout TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL,
    rows INTEGER NOT NULL,
    total_fen INTEGER NOT NULL,
    digest TEXT NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL
);

CREATE TRIGGER sync_approved_amounts_insert AFTER INSERT ON approved_amounts
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('approved_amounts', NEW.id);
END;

CREATE TRIGGER sync_payment_batches_insert AFTER INSERT ON payment_batches
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('payment_batches', NEW.id);
END;

CREATE TRIGGER sync_payment_batches_update AFTER UPDATE ON payment_batches
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('payment_batches', NEW.id);
END;

CREATE TRIGGER sync_payment_batches_delete AFTER DELETE ON payment_batches
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('payment_batches', OLD.id);
END;

CREATE TRIGGER sync_payments_insert AFTER INSERT ON payments
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('payments', NEW.id);
END;

CREATE TRIGGER sync_payments_update AFTER UPDATE ON payments
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('payments', NEW.id);
END;

CREATE TRIGGER sync_payments_delete AFTER DELETE ON payments
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('payments', OLD.id);
END;

-- What a township recorded before this version becomes each receiving household's approved amount,
-- as a decision of kind 'record': the amount of its latest approved case where there is one (paid
-- from that case's month), else the household's recorded monthly amount, from this month on. A
-- household whose rules now give something else is flagged for review, never silently changed.
INSERT INTO approved_amounts (id, household_id, seq, decision_id, source, case_id, effective_from, from_month,
                              classification, persons, base_fen, care_fen, increments_fen, total_fen, decided_on,
                              decided_by, note, created_at, created_by, origin_site)
SELECT r.id, r.household_id, r.seq, r.id, 'record', r.case_id, r.month, r.month, r.classification, r.persons,
       r.amount_fen, 0, 0, r.amount_fen, r.today, 'migration', '', r.now, 'migration', r.origin_site
FROM (
    SELECT lower(hex(randomblob(16))) AS id, b.household_id, row_number() OVER (ORDER BY b.household_id) AS seq,
           b.case_id, coalesce(c.payment_from, strftime('%Y-%m', 'now')) AS month, b.classification,
           b.persons, coalesce(c.amount_fen, b.monthly_benefit_fen) AS amount_fen, date('now') AS today,
           strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now, b.origin_site
    FROM (
        SELECT h.id AS household_id, h.member_count AS persons, h.monthly_benefit_fen, h.origin_site,
               CASE h.status WHEN 'tekun' THEN 'tekun' WHEN 'dibao' THEN 'dibao' ELSE 'dibao_gradual_exit' END
                   AS classification,
               (SELECT k.id FROM cases k WHERE k.household_id = h.id AND k.deleted = 0 AND k.amount_fen IS NOT NULL
                   AND k.payment_from IS NOT NULL AND k.state IN ('approved', 'active', 'gradual_exit')
                   ORDER BY k.payment_from DESC, k.updated_at DESC LIMIT 1) AS case_id
        FROM households h
        WHERE h.deleted = 0 AND h.status IN ('dibao', 'tekun', 'gradual_exit')
    ) b LEFT JOIN cases c ON c.id = b.case_id
) r;
