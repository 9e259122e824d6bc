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
/// <remarks>
/// <para>Rows are checked in order, so a later row of the same meter is checked against the earlier ones already
/// accepted. Importing a batch again adds nothing: a row equal to a stored reading (meter, date, value) is a duplicate.</para>
/// <para>All rows are read and checked first, without a transaction; the added rows are then written in chunks of
/// <see cref="ChunkSize"/>, each in its own short transaction with an audit entry. One transaction for a whole file held
/// the write lock for all of its inserts (on SQLite the whole database: every sign-in and every customer's reading
/// waited for it; on PostgreSQL each reading's customer row, which the read cache's trigger updates). The import is
/// therefore not all-or-nothing: one stopped midway (a crash, a lost connection) has stored whole chunks, and sending the
/// same file again stores the rest, reporting the rows stored already as duplicates, so it ends as one uninterrupted
/// import would.</para>
/// <para>A chunk writes its rows in customer-id order, as the billing run does, so two imports (or an import and a
/// billing run) never wait for each other's customers crosswise on PostgreSQL; a chunk that still meets a deadlock or
/// a serialization failure is rolled back and written again.</para>
/// </remarks>
public sealed class ReadingImport(IBokDbContext db, TimeProvider time)
{
    /// <summary>The default of <see cref="ChunkSize"/>.</summary>
    public const int DefaultChunkSize = 500;

    /// <summary>How many times a chunk is written when PostgreSQL reports a deadlock or a serialization failure.</summary>
    public const int MaxAttempts = 3;

    /// <summary>How many added rows one transaction writes.</summary>
    public int ChunkSize { get; init; } = DefaultChunkSize;

    /// <summary>Called after each chunk is committed (tests and diagnostics), with the number of rows written so far.</summary>
    public Func<int, CancellationToken, Task>? OnChunkCommitted { get; init; }

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
        // The results of rows this import has stored: fixed once their chunk is committed, whatever happens later.
        var stored = new Dictionary<int, ImportRowResult>();
        for (var attempt = 1; ; attempt++)
        {
            var plan = await PlanAsync([.. rows.Where(row => !stored.ContainsKey(row.Row))], cancellationToken);
            try
            {
                await WritePlanAsync(plan, action, stored, cancellationToken);
                return [.. rows.Select(row => stored.TryGetValue(row.Row, out var result) ? result : plan.ResultOf[row.Row])];
            }
            catch (Exception conflict) when (attempt < MaxAttempts && (SameDayReadingConflict.Is(conflict) || conflict is DbUpdateConcurrencyException))
            {
                // Another writer stored a reading of one of these meters and days (another import of the same file, a
                // customer's submission) or removed an estimate this import replaces, after the rows were checked. The
                // chunks committed so far stand; the rest is checked again against what is stored now, so a row the
                // other writer stored becomes a duplicate and a different value on its day is rejected as the same day.
            }
        }
    }

    /// <summary>Checks every row against the stored readings and the rows before it, without writing anything.</summary>
    private async Task<ImportPlan> PlanAsync(IReadOnlyList<(int Row, ImportedReading Reading)> rows, CancellationToken cancellationToken)
    {
        var serials = rows.Select(row => row.Reading.MeterSerialNumber.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var meters = await db.Set<MeterRow>().AsNoTracking().Where(meter => serials.Contains(meter.SerialNumber)).ToListAsync(cancellationToken);
        var meterIds = meters.Select(meter => meter.Id).ToList();
        var premisesIds = meters.Select(meter => meter.PremisesId).Distinct().ToList();
        var premisesCodes = await db.Set<PremisesRow>().Where(premises => premisesIds.Contains(premises.Id))
            .ToDictionaryAsync(premises => premises.Id, premises => premises.Code, cancellationToken);
        var stored = (await db.Set<MeterReadingRow>().AsNoTracking().Where(reading => meterIds.Contains(reading.MeterId)).ToListAsync(cancellationToken))
            .ToLookup(reading => reading.MeterId);
        var histories = new Dictionary<long, MeterReadingHistory>();
        var added = new List<PlannedReading>();
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
                    // IBok.Domain lets a real reading replace an estimate of the same day; the estimate's row goes, as
                    // when a customer submits one (ReadingRecorder), or the day would hold two readings.
                    var replacedEstimates = accepted.Reading.IsReal
                        ? stored[meter.Id].Where(estimate => estimate.ReadingDate == reading.Date && estimate.Kind == ReadingKind.Estimated && estimate.Status != ReadingStatus.Rejected).ToList()
                        : [];
                    added.Add(new PlannedReading(number, row, replacedEstimates));
                    results.Add(new ImportRowResult(number, serial, ImportRowStatus.Added, null, null, row.Status == ReadingStatus.FlaggedForReview, null));
                    break;
                case ReadingDecision.Rejected rejected:
                    histories[meter.Id] = history;
                    results.Add(new ImportRowResult(number, serial, ImportRowStatus.Rejected, rejected.Reason.ToString(), rejected.Message, false, null));
                    break;
            }
        }

        return new ImportPlan(results, added, now);
    }

    /// <summary>Writes the plan's added rows in chunks, recording each committed row's result in <paramref name="stored"/>.</summary>
    private async Task WritePlanAsync(ImportPlan plan, string action, Dictionary<int, ImportRowResult> stored, CancellationToken cancellationToken)
    {
        var summary = new
        {
            Rows = plan.Results.Count,
            Added = plan.Results.Count(result => result.Status == ImportRowStatus.Added),
            Duplicates = plan.Results.Count(result => result.Status == ImportRowStatus.Duplicate),
            Rejected = plan.Results.Count(result => result.Status == ImportRowStatus.Rejected),
        };
        var chunks = plan.Added.OrderBy(item => item.Row.CustomerId).ThenBy(item => item.Number).Chunk(Math.Max(1, ChunkSize)).ToList();
        if (chunks.Count == 0)
        {
            StaffAudit.Record(db, plan.Now, action, "MeterReading", null, summary);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        for (var index = 0; index < chunks.Count; index++)
        {
            var chunk = chunks[index];
            await WriteChunkAsync(chunk, action, plan.Now, new
            {
                summary.Rows, summary.Added, summary.Duplicates, summary.Rejected, Chunk = index + 1, Chunks = chunks.Count, ChunkAdded = chunk.Length,
            }, cancellationToken);
            foreach (var item in chunk)
            {
                stored[item.Number] = plan.ResultOf[item.Number] with { ReadingId = item.Row.Id };
            }

            if (OnChunkCommitted is { } committed)
            {
                await committed(stored.Count, cancellationToken);
            }
        }
    }

    /// <summary>Inserts one chunk (removing the estimates it replaces) and its audit entry in one transaction; again from
    /// the start after a deadlock or a serialization failure.</summary>
    private async Task WriteChunkAsync(PlannedReading[] chunk, string action, DateTime now, object details, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                db.Set<MeterReadingRow>().RemoveRange(chunk.SelectMany(item => item.ReplacedEstimates));
                db.Set<MeterReadingRow>().AddRange(chunk.Select(item => item.Row));
                StaffAudit.Record(db, now, action, "MeterReading", null, details);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (Exception failure) when (attempt < MaxAttempts && TransientConflicts.IsDeadlockOrSerializationFailure(failure))
            {
                foreach (var item in chunk)
                {
                    item.Row.Id = 0;
                }
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>What checking the rows decided: one result per row, the rows to add, and the time they were checked.</summary>
    private sealed record ImportPlan(List<ImportRowResult> Results, List<PlannedReading> Added, DateTime Now)
    {
        /// <summary>The results by row number (rows are numbered uniquely).</summary>
        public Dictionary<int, ImportRowResult> ResultOf { get; } = Results.ToDictionary(result => result.Row);
    }

    /// <summary>A row to insert, with the estimates of its day it replaces.</summary>
    private sealed record PlannedReading(int Number, MeterReadingRow Row, IReadOnlyList<MeterReadingRow> ReplacedEstimates);

    private static ImportRowResult Invalid(int row, string meter, string message) =>
        new(row, meter, ImportRowStatus.Rejected, "InvalidRow", message, false, null);
}
