-- Print queue, plate state per printer, ERP webhooks with a durable delivery outbox.

CREATE TABLE queue_items (
    id                TEXT    NOT NULL PRIMARY KEY,
    order_id          TEXT    NULL,
    order_line_no     INTEGER NULL,
    file_id           TEXT    NOT NULL,
    file_name         TEXT    NOT NULL,
    material_type     TEXT    NULL,
    color_hex         TEXT    NULL,
    status            TEXT    NOT NULL CHECK (status IN ('queued', 'assigned', 'dispatching', 'printing', 'done', 'failed', 'cancelled')),
    printer_id        TEXT    NULL,
    priority          TEXT    NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    due_date          TEXT    NULL,
    position          INTEGER NOT NULL,
    estimated_seconds INTEGER NULL,
    failure_reason    TEXT    NULL,
    job_id            TEXT    NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    dispatched_at     TEXT    NULL,
    ended_at          TEXT    NULL
);
CREATE INDEX ix_queue_items_status ON queue_items (status, position);
CREATE INDEX ix_queue_items_order ON queue_items (order_id);
CREATE INDEX ix_queue_items_printer ON queue_items (printer_id, status);
CREATE INDEX ix_queue_items_job ON queue_items (job_id);

-- "Plate cleared" confirmations: a printer may receive a dispatched job only after its plate was confirmed
-- cleared since the last job started on it.
CREATE TABLE printer_plates (
    printer_id     TEXT NOT NULL PRIMARY KEY REFERENCES printers (id) ON DELETE CASCADE,
    cleared_at     TEXT NULL,
    last_job_at    TEXT NULL
);

CREATE TABLE webhooks (
    id          TEXT    NOT NULL PRIMARY KEY,
    url         TEXT    NOT NULL,
    events      TEXT    NOT NULL,
    secret      TEXT    NOT NULL,
    is_active   INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE webhook_deliveries (
    id               TEXT    NOT NULL PRIMARY KEY,
    webhook_id       TEXT    NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event            TEXT    NOT NULL,
    payload          TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT    NOT NULL,
    last_attempt_at  TEXT    NULL,
    last_status_code INTEGER NULL,
    last_error       TEXT    NULL,
    created_at       TEXT    NOT NULL,
    delivered_at     TEXT    NULL
);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX ix_webhook_deliveries_webhook ON webhook_deliveries (webhook_id, created_at DESC);
