-- Materials, spools and consumption bookings; customers, production orders, order numbering, idempotency keys.
-- Grams are stored as INTEGER milligrams so bookings can change stock atomically and exactly in SQL.

CREATE TABLE materials (
    id               TEXT    NOT NULL PRIMARY KEY,
    type             TEXT    NOT NULL,
    brand            TEXT    NOT NULL,
    color_name       TEXT    NULL,
    color_hex        TEXT    NULL,
    price_per_kg     TEXT    NOT NULL,
    density_gcm3     TEXT    NOT NULL,
    low_stock_mg     INTEGER NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX ix_materials_type_brand ON materials (type COLLATE NOCASE, brand COLLATE NOCASE);

CREATE TABLE spools (
    id            TEXT    NOT NULL PRIMARY KEY,
    material_id   TEXT    NOT NULL REFERENCES materials (id),
    initial_mg    INTEGER NOT NULL CHECK (initial_mg >= 0),
    remaining_mg  INTEGER NOT NULL CHECK (remaining_mg >= 0),
    lot           TEXT    NULL,
    location      TEXT    NULL,
    opened_at     TEXT    NULL,
    archived      INTEGER NOT NULL DEFAULT 0,
    needs_recount INTEGER NOT NULL DEFAULT 0,
    printer_id    TEXT    NULL REFERENCES printers (id) ON DELETE SET NULL,
    slot_id       TEXT    NULL,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
CREATE INDEX ix_spools_material ON spools (material_id, archived);
-- One spool per printer slot.
CREATE UNIQUE INDEX ux_spools_printer_slot ON spools (printer_id, slot_id) WHERE printer_id IS NOT NULL;

CREATE TABLE spool_consumptions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    spool_id     TEXT    NOT NULL REFERENCES spools (id),
    job_id       TEXT    NULL,
    mg           INTEGER NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('booking', 'correction', 'adjustment')),
    booked_at    TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    reason       TEXT    NULL,
    remaining_after_mg INTEGER NOT NULL
);
CREATE INDEX ix_spool_consumptions_spool ON spool_consumptions (spool_id, id);
CREATE INDEX ix_spool_consumptions_job ON spool_consumptions (job_id);
-- Bookings are append-only: corrections are new rows.
CREATE TRIGGER spool_consumptions_no_update BEFORE UPDATE ON spool_consumptions BEGIN
    SELECT RAISE(ABORT, 'spool_consumptions is append-only');
END;
CREATE TRIGGER spool_consumptions_no_delete BEFORE DELETE ON spool_consumptions BEGIN
    SELECT RAISE(ABORT, 'spool_consumptions is append-only');
END;

CREATE TABLE customers (
    id              TEXT NOT NULL PRIMARY KEY,
    customer_number TEXT NOT NULL,
    name            TEXT NOT NULL,
    company         TEXT NULL,
    email           TEXT NULL,
    phone           TEXT NULL,
    street          TEXT NULL,
    postal_code     TEXT NULL,
    city            TEXT NULL,
    country         TEXT NULL,
    vat_id          TEXT NULL,
    notes           TEXT NULL,
    anonymized_at   TEXT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_customers_number ON customers (customer_number COLLATE NOCASE);
CREATE INDEX ix_customers_name ON customers (name COLLATE NOCASE);

-- Gapless counters (order numbers per Berlin year, customer numbers), incremented inside the inserting transaction.
CREATE TABLE number_sequences (
    scope      TEXT    NOT NULL PRIMARY KEY,
    last_value INTEGER NOT NULL
);

CREATE TABLE orders (
    id               TEXT    NOT NULL PRIMARY KEY,
    number           TEXT    NOT NULL,
    year             INTEGER NOT NULL,
    sequence         INTEGER NOT NULL,
    customer_id      TEXT    NULL REFERENCES customers (id),
    status           TEXT    NOT NULL CHECK (status IN ('draft', 'released', 'in_production', 'completed', 'delivered', 'cancelled')),
    due_date         TEXT    NULL,
    priority         TEXT    NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    quoted_net       TEXT    NULL,
    vat_rate_percent TEXT    NOT NULL,
    notes            TEXT    NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    released_at      TEXT    NULL,
    completed_at     TEXT    NULL,
    delivered_at     TEXT    NULL,
    cancelled_at     TEXT    NULL
);
CREATE UNIQUE INDEX ux_orders_number ON orders (number);
CREATE UNIQUE INDEX ux_orders_year_sequence ON orders (year, sequence);
CREATE INDEX ix_orders_customer ON orders (customer_id);
CREATE INDEX ix_orders_status_due ON orders (status, due_date);

CREATE TABLE order_lines (
    order_id      TEXT    NOT NULL REFERENCES orders (id),
    line_no       INTEGER NOT NULL,
    file_id       TEXT    NULL,
    file_name     TEXT    NULL,
    quantity      INTEGER NOT NULL CHECK (quantity >= 1),
    material_type TEXT    NULL,
    color_hex     TEXT    NULL,
    PRIMARY KEY (order_id, line_no)
);

-- Which job printed which order line (jobs.order_id is kept in step).
CREATE TABLE order_job_links (
    job_id    TEXT    NOT NULL PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    order_id  TEXT    NOT NULL REFERENCES orders (id),
    line_no   INTEGER NOT NULL,
    pieces    INTEGER NOT NULL DEFAULT 1 CHECK (pieces >= 1),
    linked_at TEXT    NOT NULL
);
CREATE INDEX ix_order_job_links_order ON order_job_links (order_id, line_no);

CREATE TABLE idempotency_keys (
    scope        TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    resource_id  TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (scope, key)
);
