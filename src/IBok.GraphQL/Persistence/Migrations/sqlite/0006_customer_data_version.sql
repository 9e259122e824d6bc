-- A change token per customer for the read cache (Application/CustomerReads/CustomerReadCache): data_version takes a
-- new random value, in the same transaction, whenever a row the customer-scoped read loaders read changes (premises,
-- contracts and their scans, consents, interest notes and lines, cases, meters, readings, invoices, ledger entries,
-- notice deliveries and the notices delivered) or the customer row itself changes. Triggers keep it, so raw SQL, bulk
-- imports, billing runs and other server instances are covered as well as the application's own writes. A request
-- reads the token with the customer row (through the viewer filter) and uses cached rows only when it is unchanged.
-- Random, not counted: a token never comes back, so a database restored from a backup or created anew with the same
-- customer ids cannot match rows cached from another state. (recursive_triggers is off: the customers trigger's own
-- update does not fire it again, and its WHEN skips the updates that set the token.)
ALTER TABLE customers ADD COLUMN data_version INTEGER NOT NULL DEFAULT 0;
UPDATE customers SET data_version = random();

CREATE TRIGGER tr_customers_data_version_insert AFTER INSERT ON customers
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.id;
END;

CREATE TRIGGER tr_customers_data_version_update AFTER UPDATE ON customers
WHEN NEW.data_version = OLD.data_version
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.id, NEW.id);
END;

CREATE TRIGGER tr_premises_customer_data_version_insert AFTER INSERT ON premises
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_premises_customer_data_version_update AFTER UPDATE ON premises
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_premises_customer_data_version_delete AFTER DELETE ON premises
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

CREATE TRIGGER tr_contracts_customer_data_version_insert AFTER INSERT ON contracts
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_contracts_customer_data_version_update AFTER UPDATE ON contracts
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_contracts_customer_data_version_delete AFTER DELETE ON contracts
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

CREATE TRIGGER tr_customer_files_customer_data_version_insert AFTER INSERT ON customer_files
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_customer_files_customer_data_version_update AFTER UPDATE ON customer_files
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_customer_files_customer_data_version_delete AFTER DELETE ON customer_files
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

CREATE TRIGGER tr_consents_customer_data_version_insert AFTER INSERT ON consents
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_consents_customer_data_version_update AFTER UPDATE ON consents
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_consents_customer_data_version_delete AFTER DELETE ON consents
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

CREATE TRIGGER tr_interest_notes_customer_data_version_insert AFTER INSERT ON interest_notes
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_interest_notes_customer_data_version_update AFTER UPDATE ON interest_notes
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_interest_notes_customer_data_version_delete AFTER DELETE ON interest_notes
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

CREATE TRIGGER tr_interest_note_lines_customer_data_version_insert AFTER INSERT ON interest_note_lines
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_interest_note_lines_customer_data_version_update AFTER UPDATE ON interest_note_lines
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_interest_note_lines_customer_data_version_delete AFTER DELETE ON interest_note_lines
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

CREATE TRIGGER tr_cases_customer_data_version_insert AFTER INSERT ON cases
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_cases_customer_data_version_update AFTER UPDATE ON cases
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_cases_customer_data_version_delete AFTER DELETE ON cases
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

CREATE TRIGGER tr_meters_customer_data_version_insert AFTER INSERT ON meters
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_meters_customer_data_version_update AFTER UPDATE ON meters
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_meters_customer_data_version_delete AFTER DELETE ON meters
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

CREATE TRIGGER tr_meter_readings_customer_data_version_insert AFTER INSERT ON meter_readings
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_meter_readings_customer_data_version_update AFTER UPDATE ON meter_readings
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_meter_readings_customer_data_version_delete AFTER DELETE ON meter_readings
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

CREATE TRIGGER tr_invoices_customer_data_version_insert AFTER INSERT ON invoices
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_invoices_customer_data_version_update AFTER UPDATE ON invoices
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_invoices_customer_data_version_delete AFTER DELETE ON invoices
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

CREATE TRIGGER tr_ledger_entries_customer_data_version_insert AFTER INSERT ON ledger_entries
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_ledger_entries_customer_data_version_update AFTER UPDATE ON ledger_entries
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_ledger_entries_customer_data_version_delete AFTER DELETE ON ledger_entries
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

CREATE TRIGGER tr_notice_deliveries_customer_data_version_insert AFTER INSERT ON notice_deliveries
BEGIN
    UPDATE customers SET data_version = random() WHERE id = NEW.customer_id;
END;
CREATE TRIGGER tr_notice_deliveries_customer_data_version_update AFTER UPDATE ON notice_deliveries
BEGIN
    UPDATE customers SET data_version = random() WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER tr_notice_deliveries_customer_data_version_delete AFTER DELETE ON notice_deliveries
BEGIN
    UPDATE customers SET data_version = random() WHERE id = OLD.customer_id;
END;

-- A notice is shared: its text and times show in the inbox of every customer it was delivered to.
CREATE TRIGGER tr_notices_customer_data_version_update AFTER UPDATE ON notices
BEGIN
    UPDATE customers SET data_version = random()
    WHERE id IN (SELECT customer_id FROM notice_deliveries WHERE notice_id IN (OLD.id, NEW.id));
END;
CREATE TRIGGER tr_notices_customer_data_version_delete AFTER DELETE ON notices
BEGIN
    UPDATE customers SET data_version = random()
    WHERE id IN (SELECT customer_id FROM notice_deliveries WHERE notice_id = OLD.id);
END;
