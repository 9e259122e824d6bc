-- Sign-in sessions (issue 4, "Sign-in and access"): one row per cookie or bearer sign-in, so one session can end
-- without ending the others. The principal carries a random secret; only its SHA-256 is stored here.
-- Entity: src/IBok.GraphQL/Persistence/Accounts/AccountSession.cs.
CREATE TABLE account_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    secret_hash TEXT NOT NULL,
    kind TEXT NOT NULL,
    user_agent TEXT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    ended_at TEXT NULL
);
CREATE UNIQUE INDEX ux_account_sessions_secret_hash ON account_sessions (secret_hash);
CREATE INDEX ix_account_sessions_account_id ON account_sessions (account_id);
