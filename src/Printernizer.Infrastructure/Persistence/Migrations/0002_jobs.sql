-- Print jobs and their timeline.

CREATE TABLE jobs (
    id                       TEXT    NOT NULL PRIMARY KEY,
    printer_id               TEXT    NOT NULL REFERENCES printers (id) ON DELETE CASCADE,
    external_id              TEXT    NOT NULL,
    name                     TEXT    NOT NULL,
    file_name                TEXT    NULL,
    file_path                TEXT    NULL,
    status                   TEXT    NOT NULL CHECK (status IN ('printing', 'paused', 'completed', 'failed', 'cancelled', 'interrupted')),
    started_at               TEXT    NOT NULL,
    ended_at                 TEXT    NULL,
    end_time_estimated       INTEGER NOT NULL DEFAULT 0,
    estimated_seconds        INTEGER NULL,
    paused_seconds           INTEGER NOT NULL DEFAULT 0,
    paused_since             TEXT    NULL,
    progress_percent         TEXT    NOT NULL DEFAULT '0',
    remaining_seconds        INTEGER NULL,
    current_layer            INTEGER NULL,
    total_layers             INTEGER NULL,
    material_type            TEXT    NULL,
    material_estimated_grams TEXT    NULL,
    material_used_grams      TEXT    NULL,
    category                 TEXT    NOT NULL DEFAULT 'unassigned' CHECK (category IN ('unassigned', 'business', 'private')),
    customer_id              TEXT    NULL,
    order_id                 TEXT    NULL,
    spool_id                 TEXT    NULL,
    notes                    TEXT    NULL,
    last_seen_at             TEXT    NOT NULL,
    updated_at               TEXT    NOT NULL,
    -- actual seconds, kept in sync on every tracking write so lists can sort and filter by it
    actual_seconds           INTEGER NOT NULL DEFAULT 0
);
-- At most one open job per printer: the database enforces "never a duplicate".
CREATE UNIQUE INDEX ux_jobs_open_per_printer ON jobs (printer_id) WHERE status IN ('printing', 'paused');
CREATE INDEX ix_jobs_printer_external ON jobs (printer_id, external_id, started_at DESC);
CREATE INDEX ix_jobs_started ON jobs (started_at DESC);
CREATE INDEX ix_jobs_status_started ON jobs (status, started_at DESC);
CREATE INDEX ix_jobs_category_started ON jobs (category, started_at DESC);
CREATE INDEX ix_jobs_printer_started ON jobs (printer_id, started_at DESC);

CREATE TABLE job_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id      TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    detail      TEXT NULL
);
CREATE INDEX ix_job_events_job ON job_events (job_id, occurred_at);
CREATE INDEX ix_jobs_actual ON jobs (actual_seconds DESC);
CREATE INDEX ix_jobs_ended ON jobs (ended_at DESC);

-- Full-text search over name, file name and notes (prefix queries), kept in sync by triggers.
CREATE VIRTUAL TABLE jobs_fts USING fts5 (name, file_name, notes, content = 'jobs', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN
    INSERT INTO jobs_fts (rowid, name, file_name, notes) VALUES (new.rowid, new.name, new.file_name, new.notes);
END;
CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN
    INSERT INTO jobs_fts (jobs_fts, rowid, name, file_name, notes) VALUES ('delete', old.rowid, old.name, old.file_name, old.notes);
END;
CREATE TRIGGER jobs_fts_update AFTER UPDATE OF name, file_name, notes ON jobs BEGIN
    INSERT INTO jobs_fts (jobs_fts, rowid, name, file_name, notes) VALUES ('delete', old.rowid, old.name, old.file_name, old.notes);
    INSERT INTO jobs_fts (rowid, name, file_name, notes) VALUES (new.rowid, new.name, new.file_name, new.notes);
END;
