-- Issue 15: DATEV Belegfeld 1 is a running number per prefix and year (EB-2026-0001 for private withdrawals,
-- PJ-2026-0001 for business print jobs), gapless and stable: a job keeps the number it got at its first DATEV export
-- for every re-export. Numbers come from number_sequences (scope 'datev:<prefix>:<year>') in the same transaction
-- that inserts the row here; rows are never changed or deleted.
CREATE TABLE datev_document_numbers (
    job_id          TEXT    NOT NULL,
    prefix          TEXT    NOT NULL CHECK (prefix IN ('EB', 'PJ')),
    year            INTEGER NOT NULL,
    number          INTEGER NOT NULL CHECK (number >= 1),
    document_number TEXT    NOT NULL UNIQUE,
    assigned_at     TEXT    NOT NULL,
    PRIMARY KEY (job_id, prefix)
);
CREATE TRIGGER datev_document_numbers_no_update BEFORE UPDATE ON datev_document_numbers
BEGIN SELECT RAISE(ABORT, 'datev_document_numbers are never changed'); END;
CREATE TRIGGER datev_document_numbers_no_delete BEFORE DELETE ON datev_document_numbers
BEGIN SELECT RAISE(ABORT, 'datev_document_numbers are never deleted'); END;
