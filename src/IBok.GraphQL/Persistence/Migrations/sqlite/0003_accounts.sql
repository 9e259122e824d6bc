CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NULL,
    role TEXT NOT NULL,
    email TEXT NOT NULL,
    normalized_email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    email_confirmed INTEGER NOT NULL,
    must_change_password INTEGER NOT NULL,
    security_stamp TEXT NOT NULL,
    created_at TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_accounts_normalized_email ON accounts (normalized_email);
CREATE UNIQUE INDEX ux_accounts_customer_id ON accounts (customer_id);

CREATE TABLE one_time_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    purpose TEXT NOT NULL,
    account_id INTEGER NULL REFERENCES accounts (id),
    customer_id INTEGER NULL,
    code_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT NULL,
    failed_attempts INTEGER NOT NULL,
    created_by_account_id INTEGER NULL REFERENCES accounts (id)
);
CREATE INDEX ix_one_time_codes_account_id ON one_time_codes (account_id);
CREATE INDEX ix_one_time_codes_customer_id ON one_time_codes (customer_id);
CREATE INDEX ix_one_time_codes_code_hash ON one_time_codes (code_hash);

CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    scopes TEXT NOT NULL,
    created_by_account_id INTEGER NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    revoked_at TEXT NULL
);
CREATE UNIQUE INDEX ux_api_keys_prefix ON api_keys (prefix);

CREATE TABLE sign_in_throttles (
    login_hash TEXT PRIMARY KEY,
    failed_count INTEGER NOT NULL,
    last_failed_at TEXT NOT NULL,
    locked_until TEXT NULL
);
