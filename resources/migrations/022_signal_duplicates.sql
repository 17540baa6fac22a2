-- Doudi schema version 22: the same data-matching file imported twice does not open its tasks
-- twice (issue 18). An open signal with the same person, kind, source and date is the same task;
-- this index finds it in one step.
CREATE INDEX signals_same_task ON signals (id_number, kind, signal_date, status);
