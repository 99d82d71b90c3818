-- Print metadata and thumbnails of files (issue 7): read in the background from the local copy (or the printer's
-- thumbnail for Prusa files still on the printer). Kept on the file row.

ALTER TABLE files ADD COLUMN print_seconds INTEGER NULL;
ALTER TABLE files ADD COLUMN filament_grams TEXT NULL;
ALTER TABLE files ADD COLUMN filament_type TEXT NULL;
ALTER TABLE files ADD COLUMN layer_height_mm TEXT NULL;
ALTER TABLE files ADD COLUMN slicer TEXT NULL;
ALTER TABLE files ADD COLUMN printer_model TEXT NULL;
ALTER TABLE files ADD COLUMN plate_count INTEGER NULL;
-- "unreadable: <why>" when the local copy could not be read as a print file.
ALTER TABLE files ADD COLUMN unreadable TEXT NULL;
-- What the viewer can show: 'mesh', 'gcode', 'thumbnail' or 'none' (null: not inspected yet).
ALTER TABLE files ADD COLUMN preview_kind TEXT NULL;
-- Name of the cached PNG (cache/thumbnails/<key>.png): the content SHA-256, or the SHA-256 of a printer thumbnail.
ALTER TABLE files ADD COLUMN thumbnail_key TEXT NULL;
-- The content hash the metadata above belongs to (differs from sha256 → inspect again).
ALTER TABLE files ADD COLUMN inspected_sha256 TEXT NULL;
-- When the printer was last asked for its thumbnail of a file without local copy.
ALTER TABLE files ADD COLUMN printer_thumbnail_checked_at TEXT NULL;

