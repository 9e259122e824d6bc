-- A change token per customer for the read cache (Application/CustomerReads/CustomerReadCache): data_version takes a
-- new random value, in the same transaction, whenever a row the customer-scoped read loaders read changes (premises,
-- contracts and their scans, consents, interest notes and lines, cases, meters, readings, invoices, ledger entries,
-- notice deliveries and the notices delivered) or the customer row itself changes. Triggers keep it, so raw SQL, bulk
-- imports, billing runs and other server instances are covered as well as the application's own writes. A request
-- reads the token with the customer row (through the viewer filter) and uses cached rows only when it is unchanged.
-- Random, not counted: a token never comes back, so a database restored from a backup or created anew with the same
-- customer ids cannot match rows cached from another state. The child tables' triggers are per statement (transition
-- tables), so a bulk import or billing run touches each customer row once per statement, not once per row.
CREATE FUNCTION customer_data_version_token() RETURNS BIGINT LANGUAGE sql VOLATILE AS $$
    SELECT (random() * 9.0e18)::BIGINT
$$;

ALTER TABLE customers ADD COLUMN data_version BIGINT NOT NULL DEFAULT 0;
UPDATE customers SET data_version = customer_data_version_token();

-- The customer row itself: a new token on insert and on every update that does not set one.
CREATE FUNCTION customers_data_version_renew() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.data_version = OLD.data_version THEN
        NEW.data_version := customer_data_version_token();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tr_customers_data_version BEFORE INSERT OR UPDATE ON customers
    FOR EACH ROW EXECUTE FUNCTION customers_data_version_renew();

-- Child rows: the customers of the rows inserted, updated (before and after: a row may move) or deleted.
CREATE FUNCTION customer_data_version_bump_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE customers SET data_version = customer_data_version_token()
    WHERE id IN (SELECT customer_id FROM new_rows);
    RETURN NULL;
END
$$;
CREATE FUNCTION customer_data_version_bump_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE customers SET data_version = customer_data_version_token()
    WHERE id IN (SELECT customer_id FROM old_rows UNION SELECT customer_id FROM new_rows);
    RETURN NULL;
END
$$;
CREATE FUNCTION customer_data_version_bump_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE customers SET data_version = customer_data_version_token()
    WHERE id IN (SELECT customer_id FROM old_rows);
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_premises_customer_data_version_insert AFTER INSERT ON premises REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_premises_customer_data_version_update AFTER UPDATE ON premises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_premises_customer_data_version_delete AFTER DELETE ON premises REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

CREATE TRIGGER tr_contracts_customer_data_version_insert AFTER INSERT ON contracts REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_contracts_customer_data_version_update AFTER UPDATE ON contracts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_contracts_customer_data_version_delete AFTER DELETE ON contracts REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

CREATE TRIGGER tr_customer_files_customer_data_version_insert AFTER INSERT ON customer_files REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_customer_files_customer_data_version_update AFTER UPDATE ON customer_files REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_customer_files_customer_data_version_delete AFTER DELETE ON customer_files REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

CREATE TRIGGER tr_consents_customer_data_version_insert AFTER INSERT ON consents REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_consents_customer_data_version_update AFTER UPDATE ON consents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_consents_customer_data_version_delete AFTER DELETE ON consents REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

CREATE TRIGGER tr_interest_notes_customer_data_version_insert AFTER INSERT ON interest_notes REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_interest_notes_customer_data_version_update AFTER UPDATE ON interest_notes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_interest_notes_customer_data_version_delete AFTER DELETE ON interest_notes REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

CREATE TRIGGER tr_interest_note_lines_customer_data_version_insert AFTER INSERT ON interest_note_lines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_interest_note_lines_customer_data_version_update AFTER UPDATE ON interest_note_lines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_interest_note_lines_customer_data_version_delete AFTER DELETE ON interest_note_lines REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

CREATE TRIGGER tr_cases_customer_data_version_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_cases_customer_data_version_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_cases_customer_data_version_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

CREATE TRIGGER tr_meters_customer_data_version_insert AFTER INSERT ON meters REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_meters_customer_data_version_update AFTER UPDATE ON meters REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_meters_customer_data_version_delete AFTER DELETE ON meters REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

CREATE TRIGGER tr_meter_readings_customer_data_version_insert AFTER INSERT ON meter_readings REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_meter_readings_customer_data_version_update AFTER UPDATE ON meter_readings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_meter_readings_customer_data_version_delete AFTER DELETE ON meter_readings REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

CREATE TRIGGER tr_invoices_customer_data_version_insert AFTER INSERT ON invoices REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_invoices_customer_data_version_update AFTER UPDATE ON invoices REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_invoices_customer_data_version_delete AFTER DELETE ON invoices REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

CREATE TRIGGER tr_ledger_entries_customer_data_version_insert AFTER INSERT ON ledger_entries REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_ledger_entries_customer_data_version_update AFTER UPDATE ON ledger_entries REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_ledger_entries_customer_data_version_delete AFTER DELETE ON ledger_entries REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

CREATE TRIGGER tr_notice_deliveries_customer_data_version_insert AFTER INSERT ON notice_deliveries REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_inserted();
CREATE TRIGGER tr_notice_deliveries_customer_data_version_update AFTER UPDATE ON notice_deliveries REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_updated();
CREATE TRIGGER tr_notice_deliveries_customer_data_version_delete AFTER DELETE ON notice_deliveries REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_deleted();

-- A notice is shared: its text and times show in the inbox of every customer it was delivered to.
CREATE FUNCTION customer_data_version_bump_notices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE customers SET data_version = customer_data_version_token()
    WHERE id IN (SELECT customer_id FROM notice_deliveries WHERE notice_id IN (SELECT id FROM old_rows));
    RETURN NULL;
END
$$;
CREATE TRIGGER tr_notices_customer_data_version_update AFTER UPDATE ON notices REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_notices();
CREATE TRIGGER tr_notices_customer_data_version_delete AFTER DELETE ON notices REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION customer_data_version_bump_notices();
