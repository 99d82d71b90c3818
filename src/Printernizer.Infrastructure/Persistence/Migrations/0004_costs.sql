-- Costs (business.md §2, §5.2-5.4): per-printer default category, versioned settings, frozen cost revisions,
-- export journal. Settings history, cost revisions and the export journal are append-only (triggers abort UPDATE/DELETE).

ALTER TABLE printers ADD COLUMN default_category TEXT NOT NULL DEFAULT 'unassigned'
    CHECK (default_category IN ('unassigned', 'business', 'private'));

-- Versioned settings: the row with the latest valid_from (<= now) is current; older rows stay (settings history).
CREATE TABLE settings_history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    key         TEXT NOT NULL CHECK (key IN ('costs', 'datev')),
    valid_from  TEXT NOT NULL,
    value_json  TEXT NOT NULL,
    actor       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX ix_settings_history_key ON settings_history (key, valid_from DESC, id DESC);
CREATE TRIGGER settings_history_no_update BEFORE UPDATE ON settings_history
BEGIN SELECT RAISE(ABORT, 'settings_history is append-only'); END;
CREATE TRIGGER settings_history_no_delete BEFORE DELETE ON settings_history
BEGIN SELECT RAISE(ABORT, 'settings_history is append-only'); END;

-- Frozen cost revisions: version 1 at the end of a job, n + 1 per correction. Amounts are TEXT decimals at full precision.
-- No foreign key to jobs on purpose: deleting a printer (and its jobs) must not be blocked by the trigger guard,
-- and revisions are business records that outlive their job rows.
CREATE TABLE job_costs (
    job_id              TEXT    NOT NULL,
    version             INTEGER NOT NULL CHECK (version >= 1),
    frozen_at           TEXT    NOT NULL,
    calculation_version INTEGER NOT NULL,
    reason              TEXT    NULL,
    actor               TEXT    NULL,
    inputs_json         TEXT    NOT NULL,
    rates_json          TEXT    NOT NULL,
    material            TEXT    NOT NULL,
    energy              TEXT    NOT NULL,
    machine             TEXT    NOT NULL,
    labour              TEXT    NOT NULL,
    failure_allowance   TEXT    NOT NULL,
    total               TEXT    NOT NULL,
    energy_kwh          TEXT    NOT NULL,
    print_hours         TEXT    NOT NULL,
    -- what a private print is valued at (Selbstkosten without labour, business.md §3) and the business price (net)
    is_latest           INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (job_id, version)
);
-- Covering the amounts, so analytics and exports join the latest revision without touching the table.
CREATE INDEX ix_job_costs_latest ON job_costs (job_id, material, energy, machine, labour, failure_allowance, total) WHERE is_latest = 1;
-- The only UPDATE allowed: clearing is_latest of the superseded revision when a new one is inserted.
CREATE TRIGGER job_costs_frozen BEFORE UPDATE ON job_costs
WHEN NOT (new.is_latest = 0 AND old.is_latest = 1
          AND new.job_id = old.job_id AND new.version = old.version AND new.frozen_at = old.frozen_at
          AND new.inputs_json = old.inputs_json AND new.rates_json = old.rates_json AND new.total = old.total
          AND new.material = old.material AND new.energy = old.energy AND new.machine = old.machine
          AND new.labour = old.labour AND new.failure_allowance = old.failure_allowance
          AND new.reason IS old.reason AND new.actor IS old.actor)
BEGIN SELECT RAISE(ABORT, 'job_costs revisions are frozen; write a new version'); END;
CREATE TRIGGER job_costs_no_delete BEFORE DELETE ON job_costs
BEGIN SELECT RAISE(ABORT, 'job_costs revisions are never deleted'); END;

-- Export journal (business.md §5.4): parameters, file bytes, SHA-256, included record ids, user, UTC time.
CREATE TABLE export_journal (
    id              TEXT    NOT NULL PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('jobs_xlsx', 'jobs_csv', 'datev')),
    created_at      TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    period_from     TEXT    NOT NULL,
    period_to       TEXT    NOT NULL,
    filters         TEXT    NULL,
    file_name       TEXT    NOT NULL,
    content_type    TEXT    NOT NULL,
    sha256          TEXT    NOT NULL,
    size_bytes      INTEGER NOT NULL,
    record_count    INTEGER NOT NULL,
    record_ids_json TEXT    NOT NULL,
    content         BLOB    NOT NULL
);
CREATE INDEX ix_export_journal_created ON export_journal (created_at DESC);
CREATE TRIGGER export_journal_no_update BEFORE UPDATE ON export_journal
BEGIN SELECT RAISE(ABORT, 'export_journal is append-only'); END;
CREATE TRIGGER export_journal_no_delete BEFORE DELETE ON export_journal
BEGIN SELECT RAISE(ABORT, 'export_journal is append-only'); END;

-- Analytics and exports filter by the Berlin date of completion: the end instant, else the start.
CREATE INDEX ix_jobs_effective_end ON jobs (COALESCE(ended_at, started_at));
