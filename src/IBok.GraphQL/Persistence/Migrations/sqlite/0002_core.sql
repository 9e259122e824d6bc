-- The core data model of iBOK (issue 4, "Storage"): customers and what they own, tariffs, billing, settlements,
-- interest, notices, cases, forms. Entities: src/IBok.GraphQL/Persistence/Model/. Every table a customer owns has
-- customer_id (indexed), which the viewer filter of IBokDbContext uses.

CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    nip TEXT NULL,
    street TEXT NOT NULL,
    building_number TEXT NOT NULL,
    apartment_number TEXT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    email TEXT NULL,
    phone TEXT NULL,
    preferred_language TEXT NOT NULL,
    individual_account_number TEXT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_customers_number ON customers (number);
CREATE INDEX ix_customers_email ON customers (email);

CREATE TABLE customer_files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content BLOB NOT NULL,
    uploaded_at TEXT NOT NULL
);
CREATE INDEX ix_customer_files_customer_id ON customer_files (customer_id);

CREATE TABLE premises (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    code TEXT NOT NULL,
    street TEXT NOT NULL,
    building_number TEXT NOT NULL,
    apartment_number TEXT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL
);
CREATE INDEX ix_premises_customer_id ON premises (customer_id);
CREATE UNIQUE INDEX ux_premises_code ON premises (code);
CREATE INDEX ix_premises_city_street ON premises (city, street);

CREATE TABLE contracts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    premises_id INTEGER NOT NULL REFERENCES premises (id),
    number TEXT NOT NULL,
    services TEXT NOT NULL,
    tariff_group TEXT NOT NULL,
    billing_cycle TEXT NOT NULL,
    reading_method TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NULL,
    billing_points INTEGER NOT NULL CHECK (billing_points >= 1),
    ordered_heat_power_mw TEXT NULL,
    e_invoice INTEGER NOT NULL,
    signed_scan_file_id INTEGER NULL REFERENCES customer_files (id)
);
CREATE INDEX ix_contracts_customer_id ON contracts (customer_id);
CREATE INDEX ix_contracts_premises_id ON contracts (premises_id);
CREATE UNIQUE INDEX ux_contracts_number ON contracts (number);

CREATE TABLE consents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    topic TEXT NOT NULL,
    contract_id INTEGER NULL REFERENCES contracts (id),
    channel TEXT NULL,
    kind TEXT NULL,
    granted INTEGER NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX ix_consents_customer_id ON consents (customer_id);

CREATE TABLE consent_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    topic TEXT NOT NULL,
    contract_id INTEGER NULL REFERENCES contracts (id),
    channel TEXT NULL,
    kind TEXT NULL,
    granted INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX ix_consent_changes_customer_id ON consent_changes (customer_id);

CREATE TABLE meters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    premises_id INTEGER NOT NULL REFERENCES premises (id),
    serial_number TEXT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL,
    installed_on TEXT NOT NULL,
    removed_on TEXT NULL,
    legalized_on TEXT NOT NULL,
    legalization_valid_until TEXT NOT NULL,
    counter_capacity TEXT NOT NULL,
    -- Readings are NUMERIC(14,3), so a meter cannot promise more decimals than the column keeps.
    reading_precision INTEGER NOT NULL CHECK (reading_precision BETWEEN 0 AND 3)
);
CREATE INDEX ix_meters_customer_id ON meters (customer_id);
CREATE INDEX ix_meters_premises_id ON meters (premises_id);
CREATE INDEX ix_meters_serial_number ON meters (serial_number);

CREATE TABLE meter_readings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    meter_id INTEGER NOT NULL REFERENCES meters (id),
    reading_date TEXT NOT NULL,
    value TEXT NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL,
    review_reasons TEXT NOT NULL,
    submitted_by_account_id INTEGER NULL,
    submitted_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    reviewed_at TEXT NULL,
    reviewed_by TEXT NULL,
    review_note TEXT NULL
);
CREATE INDEX ix_meter_readings_customer_id ON meter_readings (customer_id);
CREATE INDEX ix_meter_readings_meter_id_reading_date ON meter_readings (meter_id, reading_date);
CREATE INDEX ix_meter_readings_status ON meter_readings (status);

CREATE TABLE tariff_price_lists (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tariff_group TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    effective_until TEXT NULL,
    water_net_per_m3 TEXT NOT NULL,
    sewage_net_per_m3 TEXT NOT NULL,
    heat_fixed_net_per_mw_month TEXT NULL,
    heat_variable_net_per_gj TEXT NULL
);
CREATE UNIQUE INDEX ux_tariff_price_lists_group_from ON tariff_price_lists (tariff_group, effective_from);

CREATE TABLE tariff_subscription_fees (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    price_list_id INTEGER NOT NULL REFERENCES tariff_price_lists (id) ON DELETE CASCADE,
    reading_method TEXT NOT NULL,
    standard_net TEXT NOT NULL,
    with_e_invoice_net TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_tariff_subscription_fees_list_method ON tariff_subscription_fees (price_list_id, reading_method);

CREATE TABLE vat_rates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    effective_from TEXT NOT NULL,
    water_percent TEXT NOT NULL,
    sewage_percent TEXT NOT NULL,
    subscription_percent TEXT NOT NULL,
    heat_fixed_percent TEXT NOT NULL,
    heat_variable_percent TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_vat_rates_effective_from ON vat_rates (effective_from);

CREATE TABLE invoice_number_counters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    series TEXT NOT NULL,
    scope TEXT NOT NULL,
    last_sequence INTEGER NOT NULL,
    version INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_invoice_number_counters_series_scope ON invoice_number_counters (series, scope);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    contract_id INTEGER NULL REFERENCES contracts (id),
    number TEXT NOT NULL,
    series TEXT NOT NULL,
    kind TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    sale_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    payment_term_days INTEGER NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    contract_number TEXT NOT NULL,
    tariff_group TEXT NOT NULL,
    vat_method TEXT NOT NULL,
    seller_name TEXT NOT NULL,
    seller_street TEXT NOT NULL,
    seller_building_number TEXT NOT NULL,
    seller_apartment_number TEXT NULL,
    seller_postal_code TEXT NOT NULL,
    seller_city TEXT NOT NULL,
    seller_nip TEXT NOT NULL,
    seller_bank_account TEXT NOT NULL,
    buyer_name TEXT NOT NULL,
    buyer_street TEXT NOT NULL,
    buyer_building_number TEXT NOT NULL,
    buyer_apartment_number TEXT NULL,
    buyer_postal_code TEXT NOT NULL,
    buyer_city TEXT NOT NULL,
    buyer_nip TEXT NULL,
    net_grosz INTEGER NOT NULL,
    vat_grosz INTEGER NOT NULL,
    gross_grosz INTEGER NOT NULL,
    corrected_invoice_id INTEGER NULL REFERENCES invoices (id),
    corrected_invoice_number TEXT NULL,
    correction_reason TEXT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_invoices_customer_id_issue_date ON invoices (customer_id, issue_date);
CREATE UNIQUE INDEX ux_invoices_number ON invoices (number);
-- A billing run repeated after a crash cannot bill a contract's period twice.
CREATE UNIQUE INDEX ux_invoices_billing_key ON invoices (contract_number, period_start, period_end) WHERE kind = 'Invoice';

CREATE TABLE invoice_lines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    line_number INTEGER NOT NULL,
    correction_side TEXT NULL,
    component TEXT NOT NULL,
    name TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    quantity TEXT NOT NULL,
    unit TEXT NOT NULL,
    net_unit_price TEXT NOT NULL,
    net_grosz INTEGER NOT NULL,
    vat_percent TEXT NOT NULL,
    is_estimated INTEGER NOT NULL
);
CREATE INDEX ix_invoice_lines_customer_id ON invoice_lines (customer_id);
CREATE INDEX ix_invoice_lines_invoice_id ON invoice_lines (invoice_id);

CREATE TABLE invoice_vat_summary (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    vat_percent TEXT NOT NULL,
    net_grosz INTEGER NOT NULL,
    vat_grosz INTEGER NOT NULL,
    gross_grosz INTEGER NOT NULL
);
CREATE INDEX ix_invoice_vat_summary_customer_id ON invoice_vat_summary (customer_id);
CREATE INDEX ix_invoice_vat_summary_invoice_id ON invoice_vat_summary (invoice_id);

CREATE TABLE interest_rates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    annual_rate_percent TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_interest_rates_table_from ON interest_rates (table_name, effective_from);

CREATE TABLE interest_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    number TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    rate_table_name TEXT NOT NULL,
    total_grosz INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_interest_notes_customer_id ON interest_notes (customer_id);
CREATE UNIQUE INDEX ux_interest_notes_number ON interest_notes (number);

CREATE TABLE interest_note_lines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    interest_note_id INTEGER NOT NULL REFERENCES interest_notes (id) ON DELETE CASCADE,
    document_number TEXT NOT NULL,
    payment_reference TEXT NOT NULL,
    amount_paid_late_grosz INTEGER NOT NULL,
    due_date TEXT NOT NULL,
    paid_on TEXT NOT NULL,
    days INTEGER NOT NULL,
    rates TEXT NOT NULL,
    interest_grosz INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_interest_note_lines_charge_key ON interest_note_lines (customer_id, document_number, payment_reference);
CREATE INDEX ix_interest_note_lines_interest_note_id ON interest_note_lines (interest_note_id);

-- customer_id is NULL for a case filed without an account by a non-customer: only staff see it.
CREATE TABLE cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NULL REFERENCES customers (id),
    signature TEXT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    status TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    response_deadline TEXT NOT NULL,
    deadline_extended_at TEXT NULL,
    deadline_extended_by TEXT NULL,
    deadline_extension_reason TEXT NULL,
    previous_deadline TEXT NULL,
    tracking_secret_hash TEXT NULL,
    created_by_account_id INTEGER NULL,
    created_by TEXT NOT NULL,
    contact_email TEXT NULL,
    contact_phone TEXT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_cases_customer_id ON cases (customer_id);
CREATE UNIQUE INDEX ux_cases_signature ON cases (signature);
CREATE INDEX ix_cases_status ON cases (status);

CREATE TABLE case_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NULL REFERENCES customers (id),
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    author_role TEXT NOT NULL,
    author_name TEXT NOT NULL,
    author_account_id INTEGER NULL,
    text TEXT NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE INDEX ix_case_messages_customer_id ON case_messages (customer_id);
CREATE INDEX ix_case_messages_case_id ON case_messages (case_id);

CREATE TABLE case_status_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NULL REFERENCES customers (id),
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    from_status TEXT NULL,
    to_status TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    by_role TEXT NOT NULL,
    by_name TEXT NOT NULL,
    note TEXT NULL
);
CREATE INDEX ix_case_status_changes_customer_id ON case_status_changes (customer_id);
CREATE INDEX ix_case_status_changes_case_id ON case_status_changes (case_id);

CREATE TABLE case_attachments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NULL REFERENCES customers (id),
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    message_id INTEGER NULL REFERENCES case_messages (id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content BLOB NOT NULL,
    uploaded_at TEXT NOT NULL
);
CREATE INDEX ix_case_attachments_customer_id ON case_attachments (customer_id);
CREATE INDEX ix_case_attachments_case_id ON case_attachments (case_id);

CREATE TABLE case_signature_counters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    prefix TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_sequence INTEGER NOT NULL,
    version INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_case_signature_counters_prefix_year ON case_signature_counters (prefix, year);

CREATE TABLE data_change_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    kind TEXT NOT NULL,
    requested_values_json TEXT NOT NULL,
    comment TEXT NULL,
    status TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    decided_at TEXT NULL,
    decided_by TEXT NULL,
    decision_note TEXT NULL,
    case_id INTEGER NULL REFERENCES cases (id)
);
CREATE INDEX ix_data_change_requests_customer_id ON data_change_requests (customer_id);

CREATE TABLE refund_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    amount_grosz INTEGER NOT NULL CHECK (amount_grosz > 0),
    bank_account_number TEXT NOT NULL,
    status TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    decided_at TEXT NULL,
    decided_by TEXT NULL,
    decision_note TEXT NULL,
    case_id INTEGER NULL REFERENCES cases (id)
);
CREATE INDEX ix_refund_requests_customer_id ON refund_requests (customer_id);

-- Debits (invoices, corrections, interest notes), payments and refunds; allocations are derived, never stored.
CREATE TABLE ledger_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    entry_type TEXT NOT NULL,
    reference TEXT NOT NULL,
    debit_kind TEXT NULL,
    entry_date TEXT NOT NULL,
    due_date TEXT NULL,
    amount_grosz INTEGER NOT NULL,
    corrected_document_number TEXT NULL,
    matched_document_number TEXT NULL,
    invoice_id INTEGER NULL REFERENCES invoices (id),
    interest_note_id INTEGER NULL REFERENCES interest_notes (id),
    payment_channel TEXT NULL,
    title TEXT NULL,
    refund_request_id INTEGER NULL REFERENCES refund_requests (id),
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_ledger_entries_customer_type_reference ON ledger_entries (customer_id, entry_type, reference);

CREATE TABLE notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    targeting TEXT NOT NULL,
    target_city TEXT NULL,
    published_at TEXT NULL,
    outage_starts_at TEXT NULL,
    outage_ends_at TEXT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_notices_published_at ON notices (published_at);

CREATE TABLE notice_streets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    street TEXT NOT NULL
);
CREATE INDEX ix_notice_streets_notice_id ON notice_streets (notice_id);

CREATE TABLE notice_deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    notice_id INTEGER NOT NULL REFERENCES notices (id),
    delivered_at TEXT NOT NULL,
    read_at TEXT NULL
);
CREATE UNIQUE INDEX ux_notice_deliveries_customer_notice ON notice_deliveries (customer_id, notice_id);
CREATE INDEX ix_notice_deliveries_notice_id ON notice_deliveries (notice_id);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    description TEXT NULL,
    category TEXT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    content BLOB NOT NULL,
    published_at TEXT NOT NULL
);
