-- Doudi schema version 30: the price subsidy paid travels to the city with the township's other
-- payments (issue 20), so the city's report counts it per township. Its rows are only ever
-- inserted (migration 029 refuses a change or a deletion): one trigger logs them.
CREATE TRIGGER sync_price_subsidy_payments_insert AFTER INSERT ON price_subsidy_payments
BEGIN
    INSERT INTO sync_changes (tbl, row_key) VALUES ('price_subsidy_payments', NEW.id);
END;
