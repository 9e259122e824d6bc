-- One reading per meter and day (IBok.Domain's SameDay rule), kept by the database as well as by the check before an
-- insert: two writers that check at the same time (two imports of one file, an import and a customer's submission)
-- could otherwise both insert. Rejected readings are kept for the record and do not count.
-- A database that already has two such readings keeps the better one (a real reading over an estimate, else the
-- first stored) and marks the others rejected, with a note naming the reading kept; no row is deleted.
-- Entity: src/IBok.GraphQL/Persistence/Model/Metering/MeterReadingRow.cs.
UPDATE meter_readings
SET status = 'Rejected',
    reviewed_at = strftime('%Y-%m-%d %H:%M:%S', 'now'),
    reviewed_by = 'iBOK schema upgrade 0008',
    review_note = 'A second reading of this meter on the same day; reading ' || (
        SELECT kept.id FROM meter_readings AS kept
        WHERE kept.meter_id = meter_readings.meter_id AND kept.reading_date = meter_readings.reading_date
          AND kept.status <> 'Rejected'
        ORDER BY kept.kind = 'Estimated', kept.id
        LIMIT 1) || ' is kept.'
WHERE status <> 'Rejected'
  AND id <> (
    SELECT kept.id FROM meter_readings AS kept
    WHERE kept.meter_id = meter_readings.meter_id AND kept.reading_date = meter_readings.reading_date
      AND kept.status <> 'Rejected'
    ORDER BY kept.kind = 'Estimated', kept.id
    LIMIT 1);

CREATE UNIQUE INDEX ux_meter_readings_meter_day ON meter_readings (meter_id, reading_date) WHERE status <> 'Rejected';
