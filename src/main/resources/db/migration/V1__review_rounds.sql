-- Review rounds (复核). One schema for SQLite and PostgreSQL: ids are made by selfeval, times are ISO-8601 UTC text,
-- points are exact decimals as text; nothing here is ever updated in place except a unit's row_version.

CREATE TABLE rounds (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    year         INTEGER NOT NULL,
    district     TEXT NOT NULL,
    pack         TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_from TEXT NOT NULL
);

CREATE TABLE units (
    id          TEXT PRIMARY KEY,
    round_id    TEXT NOT NULL REFERENCES rounds (id),
    name        TEXT NOT NULL,
    on_roster   INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    UNIQUE (round_id, name)
);

-- Submission bytes, addressed by their SHA-256.
CREATE TABLE blobs (
    sha256  TEXT PRIMARY KEY,
    size    BIGINT NOT NULL,
    content BYTEA NOT NULL
);

-- Every upload that was not the same bytes again: checked (with its card) or refused (with its messages).
CREATE TABLE versions (
    id            TEXT PRIMARY KEY,
    round_id      TEXT NOT NULL REFERENCES rounds (id),
    unit_id       TEXT REFERENCES units (id),
    number        INTEGER NOT NULL,
    sha256        TEXT NOT NULL REFERENCES blobs (sha256),
    file_name     TEXT NOT NULL,
    status        TEXT NOT NULL,
    refusal       TEXT,
    problems_json TEXT NOT NULL,
    card_json     TEXT,
    pack_id       TEXT,
    pack_version  TEXT,
    pack_hash     TEXT,
    grades_json   TEXT,
    self_score    TEXT,
    computed      TEXT,
    computed_grade TEXT,
    uploaded_at   TEXT NOT NULL,
    uploaded_by   TEXT NOT NULL,
    uploaded_from TEXT NOT NULL
);
CREATE UNIQUE INDEX versions_unit_number ON versions (unit_id, number);
CREATE UNIQUE INDEX versions_unit_bytes ON versions (round_id, unit_id, sha256);
CREATE INDEX versions_round ON versions (round_id);

-- Reviewers' decisions. A decision is never changed: a newer one on the same outcome supersedes it (step + 1);
-- the unique step makes two reviewers who decide at once collide instead of overwriting each other.
CREATE TABLE decisions (
    id             TEXT PRIMARY KEY,
    unit_id        TEXT NOT NULL REFERENCES units (id),
    version_id     TEXT NOT NULL REFERENCES versions (id),
    outcome_key    TEXT NOT NULL,
    step           INTEGER NOT NULL,
    action         TEXT NOT NULL,
    indicator_code TEXT NOT NULL,
    points         TEXT,
    reason         TEXT NOT NULL,
    basis          TEXT,
    decided_at     TEXT NOT NULL,
    decided_by     TEXT NOT NULL,
    decided_from   TEXT NOT NULL,
    UNIQUE (unit_id, outcome_key, step)
);

-- A unit's 复核分 as published, frozen with the figures it was published with.
CREATE TABLE publications (
    id             TEXT PRIMARY KEY,
    unit_id        TEXT NOT NULL REFERENCES units (id),
    version_id     TEXT NOT NULL REFERENCES versions (id),
    self_score     TEXT,
    computed_score TEXT NOT NULL,
    reviewed_score TEXT NOT NULL,
    grade          TEXT,
    review_json    TEXT NOT NULL,
    published_at   TEXT NOT NULL,
    published_by   TEXT NOT NULL,
    published_from TEXT NOT NULL,
    UNIQUE (unit_id, version_id)
);

CREATE TABLE audit_log (
    id       TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES rounds (id),
    unit_id  TEXT,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    address  TEXT NOT NULL,
    action   TEXT NOT NULL,
    detail   TEXT NOT NULL
);
CREATE INDEX audit_log_round ON audit_log (round_id, at);
