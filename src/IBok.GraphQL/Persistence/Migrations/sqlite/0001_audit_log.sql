CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at TEXT NOT NULL,
    actor_account_id INTEGER NULL,
    actor_name TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_type TEXT NULL,
    subject_id TEXT NULL,
    details_json TEXT NULL
);
CREATE INDEX ix_audit_log_occurred_at ON audit_log (occurred_at);
