-- One reading per meter and day (IBok.Domain's SameDay rule), kept by the database as well as by the check before an
-- insert: two writers that check at the same time (two imports of one file, an import and a customer's submission)
-- could otherwise both insert. Rejected readings are kept for the record and do not count.
-- A database that already has two such readings keeps the better one (a real reading over an estimate, else the
-- first stored) and marks the others rejected, with a note naming the reading kept; no row is deleted.
-- Entity: src/IBok.GraphQL/Persistence/Model/Metering/MeterReadingRow.cs.
WITH ranked AS (
    SELECT id,
           first_value(id) OVER same_day AS kept_id,
           row_number() OVER same_day AS position
    FROM meter_readings
    WHERE status <> 'Rejected'
    WINDOW same_day AS (PARTITION BY meter_id, reading_date ORDER BY kind = 'Estimated', id)
)
UPDATE meter_readings
SET status = 'Rejected',
    reviewed_at = now(),
    reviewed_by = 'iBOK schema upgrade 0008',
    review_note = 'A second reading of this meter on the same day; reading ' || ranked.kept_id || ' is kept.'
FROM ranked
WHERE meter_readings.id = ranked.id AND ranked.position > 1;

CREATE UNIQUE INDEX ux_meter_readings_meter_day ON meter_readings (meter_id, reading_date) WHERE status <> 'Rejected';
