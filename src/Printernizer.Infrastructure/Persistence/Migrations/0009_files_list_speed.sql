-- Combined file list at 20 000 files (issue 6): substring search on an FTS5 trigram index, the printer's name kept on the
-- file row for sorting by printer, and an index for "one printer's files of one type". Everything is kept up to date by
-- triggers, so every writer (repository, sync upserts, previews, direct SQL) stays consistent without code changes.

-- Search: the trigrams of the shown path (the shown path ends with the shown name, so it covers both), case-folded.
-- Row id = files.rowid (stable: files has indexes, so VACUUM copies rows with their row ids). The list query re-checks
-- candidates with the original LIKE, so results are exactly those of the plain LIKE scan.
CREATE VIRTUAL TABLE files_search USING fts5 (path, tokenize = 'trigram');
INSERT INTO files_search (rowid, path) SELECT rowid, path FROM files;

CREATE TRIGGER trg_files_search_insert AFTER INSERT ON files
BEGIN
    INSERT OR REPLACE INTO files_search (rowid, path) VALUES (new.rowid, new.path);
END;

CREATE TRIGGER trg_files_search_update AFTER UPDATE OF path ON files WHEN old.path IS NOT new.path
BEGIN
    DELETE FROM files_search WHERE rowid = old.rowid;
    INSERT INTO files_search (rowid, path) VALUES (new.rowid, new.path);
END;

CREATE TRIGGER trg_files_search_delete AFTER DELETE ON files
BEGIN
    DELETE FROM files_search WHERE rowid = old.rowid;
END;

-- Sorting by printer name: the name on the row (null for local uploads and files of deleted printers), indexed.
ALTER TABLE files ADD COLUMN printer_name TEXT NULL;
UPDATE files SET printer_name = (SELECT p.name FROM printers p WHERE p.id = files.printer_id) WHERE printer_id IS NOT NULL;
CREATE INDEX ix_files_printer_name ON files (printer_name COLLATE NOCASE);

CREATE TRIGGER trg_files_printer_name_insert AFTER INSERT ON files WHEN new.printer_id IS NOT NULL
BEGIN
    UPDATE files SET printer_name = (SELECT p.name FROM printers p WHERE p.id = new.printer_id) WHERE rowid = new.rowid;
END;

-- Also runs for ON DELETE SET NULL when a printer is deleted (the name becomes null, as the old LEFT JOIN showed).
CREATE TRIGGER trg_files_printer_name_update AFTER UPDATE OF printer_id ON files WHEN old.printer_id IS NOT new.printer_id
BEGIN
    UPDATE files SET printer_name = (SELECT p.name FROM printers p WHERE p.id = new.printer_id) WHERE rowid = new.rowid;
END;

-- A rename updates the printer's files in the same transaction as the rename.
CREATE TRIGGER trg_printers_name_files AFTER UPDATE OF name ON printers WHEN old.name IS NOT new.name
BEGIN
    UPDATE files SET printer_name = new.name WHERE printer_id = new.id;
END;

-- One printer's files of one type, newest first (the default sort), and its count, from one index.
CREATE INDEX ix_files_printer_type_modified ON files (printer_id, type, modified_at);

-- The preview worker's "not inspected yet" query (FilePreviewStore) without a table scan per pass.
CREATE INDEX ix_files_preview_pending ON files (updated_at)
    WHERE local_path IS NOT NULL AND sha256 IS NOT NULL AND (inspected_sha256 IS NULL OR inspected_sha256 <> sha256);

-- Counts and bytes per printer and status, kept by triggers: the statistics and the list's total for printer/status
-- filters read a few rows instead of counting 20 000. printer_key is the printer id, '' for files without printer.
CREATE TABLE file_stats (
    printer_key TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    file_count  INTEGER NOT NULL,
    bytes       INTEGER NOT NULL,
    local_count INTEGER NOT NULL,
    local_bytes INTEGER NOT NULL,
    PRIMARY KEY (printer_key, status)
) WITHOUT ROWID;
INSERT INTO file_stats (printer_key, status, file_count, bytes, local_count, local_bytes)
SELECT COALESCE(printer_id, ''), status, COUNT(*), COALESCE(SUM(size_bytes), 0), SUM(local_path IS NOT NULL),
       COALESCE(SUM(CASE WHEN local_path IS NOT NULL THEN size_bytes ELSE 0 END), 0)
FROM files GROUP BY COALESCE(printer_id, ''), status;

CREATE TRIGGER trg_file_stats_insert AFTER INSERT ON files
BEGIN
    INSERT INTO file_stats (printer_key, status, file_count, bytes, local_count, local_bytes)
    VALUES (COALESCE(new.printer_id, ''), new.status, 1, new.size_bytes, new.local_path IS NOT NULL,
            CASE WHEN new.local_path IS NOT NULL THEN new.size_bytes ELSE 0 END)
    ON CONFLICT (printer_key, status) DO UPDATE SET
        file_count = file_count + 1, bytes = bytes + excluded.bytes,
        local_count = local_count + excluded.local_count, local_bytes = local_bytes + excluded.local_bytes;
END;

CREATE TRIGGER trg_file_stats_delete AFTER DELETE ON files
BEGIN
    UPDATE file_stats SET
        file_count = file_count - 1, bytes = bytes - old.size_bytes, local_count = local_count - (old.local_path IS NOT NULL),
        local_bytes = local_bytes - CASE WHEN old.local_path IS NOT NULL THEN old.size_bytes ELSE 0 END
    WHERE printer_key = COALESCE(old.printer_id, '') AND status = old.status;
END;

-- Also runs for ON DELETE SET NULL when a printer is deleted (its files move to printer_key '').
CREATE TRIGGER trg_file_stats_update AFTER UPDATE OF printer_id, status, size_bytes, local_path ON files
WHEN old.printer_id IS NOT new.printer_id OR old.status IS NOT new.status OR old.size_bytes IS NOT new.size_bytes
  OR (old.local_path IS NULL) <> (new.local_path IS NULL)
BEGIN
    UPDATE file_stats SET
        file_count = file_count - 1, bytes = bytes - old.size_bytes, local_count = local_count - (old.local_path IS NOT NULL),
        local_bytes = local_bytes - CASE WHEN old.local_path IS NOT NULL THEN old.size_bytes ELSE 0 END
    WHERE printer_key = COALESCE(old.printer_id, '') AND status = old.status;
    INSERT INTO file_stats (printer_key, status, file_count, bytes, local_count, local_bytes)
    VALUES (COALESCE(new.printer_id, ''), new.status, 1, new.size_bytes, new.local_path IS NOT NULL,
            CASE WHEN new.local_path IS NOT NULL THEN new.size_bytes ELSE 0 END)
    ON CONFLICT (printer_key, status) DO UPDATE SET
        file_count = file_count + 1, bytes = bytes + excluded.bytes,
        local_count = local_count + excluded.local_count, local_bytes = local_bytes + excluded.local_bytes;
END;
