-- Printer files and local files: the combined list ("Drucker-Dateien").

CREATE TABLE files (
    id            TEXT    NOT NULL PRIMARY KEY,
    printer_id    TEXT    NULL REFERENCES printers (id) ON DELETE SET NULL,
    source_path   TEXT    NULL,
    path          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    type          TEXT    NOT NULL CHECK (type IN ('gcode', 'bgcode', '3mf', 'stl', 'other')),
    size_bytes    INTEGER NOT NULL DEFAULT 0,
    modified_at   TEXT    NULL,
    status        TEXT    NOT NULL CHECK (status IN ('available', 'downloading', 'downloaded', 'local', 'error', 'missing')),
    local_path    TEXT    NULL,
    sha256        TEXT    NULL,
    downloaded_at TEXT    NULL,
    last_seen_at  TEXT    NULL,
    error         TEXT    NULL,
    etag          TEXT    NULL,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
-- One row per file on a printer (a sync upserts by printer and path).
CREATE UNIQUE INDEX ux_files_printer_source ON files (printer_id, source_path) WHERE printer_id IS NOT NULL AND source_path IS NOT NULL;
-- Ascending indexes: a backward scan serves "-field" and the implicit rowid serves the tie-breaker, so pages need no sort.
CREATE INDEX ix_files_modified ON files (modified_at);
CREATE INDEX ix_files_status_modified ON files (status, modified_at);
CREATE INDEX ix_files_printer_modified ON files (printer_id, modified_at);
CREATE INDEX ix_files_name ON files (name COLLATE NOCASE);
CREATE INDEX ix_files_size ON files (size_bytes);
CREATE INDEX ix_files_downloaded ON files (downloaded_at);
CREATE INDEX ix_files_status ON files (status);
CREATE INDEX ix_files_status_downloaded ON files (status, downloaded_at);
CREATE INDEX ix_files_status_size ON files (status, size_bytes);
CREATE INDEX ix_files_status_name ON files (status, name COLLATE NOCASE);
CREATE INDEX ix_files_type ON files (type);
-- Statistics in one covering scan.
CREATE INDEX ix_files_stats ON files (printer_id, status, size_bytes, local_path);
