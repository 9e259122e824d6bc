-- Delivery (issue 6): the transactional outbox of e-mails and SMS, and the daily notice runs' summaries.
-- Entities: src/IBok.GraphQL/Persistence/Model/Delivery/.
CREATE TABLE outbox_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    idempotency_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    recipient_name TEXT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NULL,
    unsubscribe_url TEXT NULL,
    attach_invoice_id INTEGER NULL REFERENCES invoices (id),
    attach_interest_note_id INTEGER NULL REFERENCES interest_notes (id),
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL CHECK (attempts >= 0),
    next_attempt_at TEXT NOT NULL,
    lease_until TEXT NULL,
    last_error TEXT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT NULL
);
CREATE UNIQUE INDEX ux_outbox_messages_idempotency_key ON outbox_messages (idempotency_key);
CREATE INDEX ix_outbox_messages_customer_id ON outbox_messages (customer_id);
CREATE INDEX ix_outbox_messages_status_next_attempt_at ON outbox_messages (status, next_attempt_at);

CREATE TABLE notice_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_date TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NULL,
    customers INTEGER NOT NULL,
    planned INTEGER NOT NULL,
    enqueued INTEGER NOT NULL,
    already_queued INTEGER NOT NULL,
    failed INTEGER NOT NULL
);
CREATE INDEX ix_notice_runs_run_date ON notice_runs (run_date);
