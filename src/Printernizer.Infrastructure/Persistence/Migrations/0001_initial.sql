-- Foundation: printers, access, audit log, settings.
-- Conventions: ids are TEXT GUIDs, instants are UTC ISO-8601 TEXT, money is TEXT decimal, enums snake_case TEXT.

CREATE TABLE printers (
    id                TEXT    NOT NULL PRIMARY KEY,
    name              TEXT    NOT NULL,
    kind              TEXT    NOT NULL CHECK (kind IN ('bambu', 'prusa', 'simulated')),
    host              TEXT    NULL,
    serial            TEXT    NULL,
    mqtt_port         INTEGER NOT NULL DEFAULT 8883 CHECK (mqtt_port BETWEEN 1 AND 65535),
    ftps_port         INTEGER NOT NULL DEFAULT 990 CHECK (ftps_port BETWEEN 1 AND 65535),
    http_port         INTEGER NOT NULL DEFAULT 80 CHECK (http_port BETWEEN 1 AND 65535),
    access_code_enc   TEXT    NULL,
    api_key_enc       TEXT    NULL,
    tls_fingerprint   TEXT    NULL,
    power_watts       TEXT    NULL,
    hourly_rate       TEXT    NULL,
    is_active         INTEGER NOT NULL DEFAULT 1,
    model             TEXT    NULL,
    firmware          TEXT    NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_printers_name ON printers (name COLLATE NOCASE);

CREATE TABLE admin_users (
    id            TEXT NOT NULL PRIMARY KEY,
    username      TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_admin_users_username ON admin_users (username COLLATE NOCASE);

CREATE TABLE api_keys (
    id           TEXT NOT NULL PRIMARY KEY,
    name         TEXT NOT NULL,
    scopes       TEXT NOT NULL,
    key_hash     TEXT NOT NULL,
    prefix       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_used_at TEXT NULL
);
CREATE UNIQUE INDEX ux_api_keys_hash ON api_keys (key_hash);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NULL,
    before_json TEXT NULL,
    after_json  TEXT NULL
);
CREATE INDEX ix_audit_log_entity ON audit_log (entity_type, entity_id);
CREATE INDEX ix_audit_log_time ON audit_log (occurred_at);

CREATE TABLE settings (
    key        TEXT NOT NULL PRIMARY KEY,
    value_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
