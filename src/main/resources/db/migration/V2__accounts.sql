-- Accounts, sessions, API tokens, reviewers' rounds, login throttling and the log of actions outside a round
-- (issue 18). Same conventions as V1: ids made by selfeval, times ISO-8601 UTC text. Secrets are stored only as
-- hashes: passwords as Argon2id (with their salt and cost), session ids and API tokens as SHA-256.

CREATE TABLE accounts (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    unit_name     TEXT,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    disabled_at   TEXT,
    row_version   INTEGER NOT NULL
);

CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY,
    account_id   TEXT NOT NULL REFERENCES accounts (id),
    csrf_token   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    address      TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE api_tokens (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX api_tokens_account ON api_tokens (account_id);

-- Which reviewers review which rounds.
CREATE TABLE round_reviewers (
    round_id    TEXT NOT NULL REFERENCES rounds (id),
    account_id  TEXT NOT NULL REFERENCES accounts (id),
    assigned_at TEXT NOT NULL,
    assigned_by TEXT NOT NULL,
    PRIMARY KEY (round_id, account_id)
);

-- Failed logins per account name ("account:NAME") and per client address ("address:ADDR"), shared by every process.
CREATE TABLE login_failures (
    throttle_key    TEXT PRIMARY KEY,
    failures        INTEGER NOT NULL,
    last_failure_at TEXT NOT NULL
);

-- Actions outside a round: logins, logouts, account and assignment changes, rule pack reloads.
CREATE TABLE access_log (
    id      TEXT PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    address TEXT NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL
);
CREATE INDEX access_log_at ON access_log (at);
