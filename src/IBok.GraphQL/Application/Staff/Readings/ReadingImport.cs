using System.Globalization;
using CsvHelper;
using IBok.Domain.Metering;
using IBok.GraphQL.Application.Staff.Auditing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Staff.Readings;

/// <summary>One reading of a bulk import (a collector's handheld, another utility system).</summary>
/// <param name="MeterSerialNumber">The meter's serial number.</param>
/// <param name="Date">The day read.</param>
/// <param name="Value">The counter value as text (<c>.</c> or <c>,</c> as the decimal separator).</param>
/// <param name="Kind">Collector, remote, customer...; never estimated.</param>
public sealed record ImportedReading(string MeterSerialNumber, DateOnly Date, string Value, ReadingKind Kind = ReadingKind.Collector);

/// <summary>What became of one imported row.</summary>
public enum ImportRowStatus
{
    /// <summary>Stored (accepted, or flagged for review).</summary>
    Added,

    /// <summary>The same meter, date and value is stored already (a batch sent again): nothing added.</summary>
    Duplicate,

    /// <summary>Not stored; see the row's code and message.</summary>
    Rejected,
}

/// <summary>The report line of one imported row.</summary>
/// <param name="Row">The row's number, from 1 (a CSV's header is not counted).</param>
/// <param name="MeterSerialNumber">The meter as given.</param>
/// <param name="Status">Added, duplicate or rejected.</param>
/// <param name="Code">For a rejected row: the domain's rejection reason (e.g. <c>LowerThanPrevious</c>) or <c>MeterNotFound</c>, <c>InvalidRow</c>.</param>
/// <param name="Message">For a rejected row: why, naming the values.</param>
/// <param name="Flagged">For an added row: whether it awaits staff review.</param>
/// <param name="ReadingId">For an added or duplicate row: the stored reading.</param>
public sealed record ImportRowResult(int Row, string MeterSerialNumber, ImportRowStatus Status, string? Code, string? Message, bool Flagged, long? ReadingId);

/// <summary>Imports readings in bulk: every row goes through the domain's <see cref="MeterReadingHistory.Submit"/>.</summary>
/// <remarks>Rows are checked in order, so a later row of the same meter is checked against the earlier ones already
/// accepted. Importing a batch again adds nothing: a row equal to a stored reading (meter, date, value) is a duplicate.
/// All added rows and the audit entry are saved together.</remarks>
public sealed class ReadingImport(IBokDbContext db, TimeProvider time)
{
    /// <summary>Parses CSV text with a header naming the columns <c>meter</c>, <c>date</c> (yyyy-MM-dd), <c>value</c> and optionally
    /// <c>kind</c>; <c>;</c> or <c>,</c> separated. A row that cannot be read is reported, the others are imported.</summary>
    public async Task<IReadOnlyList<ImportRowResult>> ImportCsvAsync(string csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var rows = new List<(int Row, ImportedReading? Reading, ImportRowResult? Error)>();
        using (var reader = CsvReader.FromText(csv, new CsvReaderOptions { TrimWhitespace = true }))
        {
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in new[] { "meter", "date", "value", "kind" })
            {
                var index = reader.Headers.ToList().FindIndex(header => header.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    columns[name] = index;
                }
                else if (name != "kind")
                {
                    return [new ImportRowResult(0, "", ImportRowStatus.Rejected, "InvalidHeader", $"The CSV header must name the columns meter, date and value; \"{name}\" is missing.", false, null)];
                }
            }

            while (await reader.ReadAsync(cancellationToken))
            {
                var number = checked((int)reader.RowNumber);
                string Field(string name) => columns.TryGetValue(name, out var index) && index < reader.FieldCount ? reader.GetString(index).Trim() : "";
                var meter = Field("meter");
                var dateText = Field("date");
                var value = Field("value");
                var kindText = Field("kind");
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    rows.Add((number, null, Invalid(number, meter, $"Row {number}: \"{dateText}\" is not a date in the form yyyy-MM-dd.")));
                    continue;
                }

                var kind = ReadingKind.Collector;
                if (kindText.Length > 0 && (int.TryParse(kindText, out _) || !Enum.TryParse(kindText, ignoreCase: true, out kind) || !Enum.IsDefined(kind)))
                {
                    rows.Add((number, null, Invalid(number, meter, $"Row {number}: \"{kindText}\" is not a reading kind.")));
                    continue;
                }

                rows.Add((number, new ImportedReading(meter, date, value, kind), null));
            }
        }

        var readings = rows.Where(row => row.Reading is not null).Select(row => (row.Row, row.Reading!)).ToList();
        var imported = await ImportRowsAsync(readings, "readings.import.csv", cancellationToken);
        return [.. rows.Where(row => row.Error is not null).Select(row => row.Error!).Concat(imported).OrderBy(result => result.Row)];
    }

    /// <summary>Imports a list of readings, rows numbered from 1 in list order.</summary>
    public Task<IReadOnlyList<ImportRowResult>> ImportAsync(IReadOnlyList<ImportedReading> readings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readings);
        return ImportRowsAsync([.. readings.Select((reading, index) => (index + 1, reading))], "readings.import", cancellationToken);
    }

    private async Task<IReadOnlyList<ImportRowResult>> ImportRowsAsync(IReadOnlyList<(int Row, ImportedReading Reading)> rows, string action, CancellationToken cancellationToken)
    {
        var serials = rows.Select(row => row.Reading.MeterSerialNumber.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var meters = await db.Set<MeterRow>().Where(meter => serials.Contains(meter.SerialNumber)).ToListAsync(cancellationToken);
        var meterIds = meters.Select(meter => meter.Id).ToList();
        var premisesIds = meters.Select(meter => meter.PremisesId).Distinct().ToList();
        var premisesCodes = await db.Set<PremisesRow>().Where(premises => premisesIds.Contains(premises.Id))
            .ToDictionaryAsync(premises => premises.Id, premises => premises.Code, cancellationToken);
        var stored = (await db.Set<MeterReadingRow>().Where(reading => meterIds.Contains(reading.MeterId)).ToListAsync(cancellationToken))
            .ToLookup(reading => reading.MeterId);
        var histories = new Dictionary<long, MeterReadingHistory>();
        var added = new List<(int ResultIndex, MeterReadingRow Row)>();
        var results = new List<ImportRowResult>();
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var viewer = db.Viewer;
        var source = viewer.Role == Persistence.Access.ViewerRole.Integration ? ReadingSource.Integration : ReadingSource.Import;

        foreach (var (number, reading) in rows)
        {
            var serial = reading.MeterSerialNumber.Trim();
            var candidates = meters.Where(meter => meter.SerialNumber == serial && meter.InstalledOn <= reading.Date && (meter.RemovedOn is null || meter.RemovedOn >= reading.Date)).ToList();
            if (candidates.Count != 1)
            {
                results.Add(new ImportRowResult(number, serial, ImportRowStatus.Rejected, "MeterNotFound",
                    candidates.Count == 0 ? $"No meter with serial number \"{serial}\" was installed on {reading.Date:yyyy-MM-dd}." : $"Several meters have the serial number \"{serial}\".", false, null));
                continue;
            }

            var meter = candidates[0];
            if (decimal.TryParse(reading.Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                var duplicate = stored[meter.Id].Concat(added.Where(item => item.Row.MeterId == meter.Id).Select(item => item.Row))
                    .FirstOrDefault(row => row.ReadingDate == reading.Date && row.Value == value);
                if (duplicate is not null)
                {
                    results.Add(new ImportRowResult(number, serial, ImportRowStatus.Duplicate, null, null, duplicate.Status == ReadingStatus.FlaggedForReview, duplicate.Id == 0 ? null : duplicate.Id));
                    continue;
                }
            }

            if (!histories.TryGetValue(meter.Id, out var history))
            {
                history = MeterMapping.ToHistory(meter, premisesCodes[meter.PremisesId], stored[meter.Id]);
            }

            switch (history.Submit(new ReadingSubmission(reading.Date, reading.Value, reading.Kind), today))
            {
                case ReadingDecision.Accepted accepted:
                    histories[meter.Id] = accepted.History;
                    var row = MeterMapping.ToRow(accepted.Reading, meter, source, viewer.DisplayName, viewer.AccountId, now);
                    var result = new ImportRowResult(number, serial, ImportRowStatus.Added, null, null, row.Status == ReadingStatus.FlaggedForReview, null);
                    added.Add((results.Count, row));
                    results.Add(result);
                    break;
                case ReadingDecision.Rejected rejected:
                    histories[meter.Id] = history;
                    results.Add(new ImportRowResult(number, serial, ImportRowStatus.Rejected, rejected.Reason.ToString(), rejected.Message, false, null));
                    break;
            }
        }

        db.Set<MeterReadingRow>().AddRange(added.Select(item => item.Row));
        StaffAudit.Record(db, now, action, "MeterReading", null, new
        {
            Rows = rows.Count,
            Added = results.Count(result => result.Status == ImportRowStatus.Added),
            Duplicates = results.Count(result => result.Status == ImportRowStatus.Duplicate),
            Rejected = results.Count(result => result.Status == ImportRowStatus.Rejected),
        });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (resultIndex, row) in added)
        {
            results[resultIndex] = results[resultIndex] with { ReadingId = row.Id };
        }

        return results;
    }

    private static ImportRowResult Invalid(int row, string meter, string message) =>
        new(row, meter, ImportRowStatus.Rejected, "InvalidRow", message, false, null);
}
