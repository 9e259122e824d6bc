using IBok.Domain.Metering;
using IBok.GraphQL.Application.Staff.Readings;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Tests.Api.Staff.Billing;
using IBok.GraphQL.Tests.Persistence;
using IBok.GraphQL.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.Staff.Readings;

/// <summary>
/// Another writer stores readings of the same meters and days while an import is between its chunks: the database's
/// one-reading-per-meter-and-day index (migration 0008) refuses the second insert, and the import checks its remaining
/// rows again, so every day keeps one reading and the report says what became of each row.
/// </summary>
public sealed class ReadingImportConflictTests
{
    private static readonly DateOnly March5 = new(2026, 3, 5);

    private static ReadingImport Import(IBokDbContext db, int chunkSize, Func<int, CancellationToken, Task>? onChunkCommitted = null) =>
        new(db, new TestClock(StaffApiHost.Now)) { ChunkSize = chunkSize, OnChunkCommitted = onChunkCommitted };

    private static string Report(IEnumerable<ImportRowResult> results) =>
        string.Join(", ", results.Select(result => $"{result.Row} {result.MeterSerialNumber} {result.Status}{(result.Code is null ? "" : " " + result.Code)}"));

    private static async Task<string> MarchReadingsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var rows = await db.Set<MeterReadingRow>().Where(row => row.ReadingDate == March5 && row.Status != ReadingStatus.Rejected)
            .Join(db.Set<MeterRow>(), reading => reading.MeterId, meter => meter.Id, (reading, meter) => new { meter.SerialNumber, reading.Value, reading.Kind })
            .ToListAsync();
        return string.Join(" ", rows.OrderBy(row => row.SerialNumber, StringComparer.Ordinal).Select(row => $"{row.SerialNumber}={row.Value:0}/{row.Kind}"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_TheSameFileImportedBetweenItsChunks_StoresEveryReadingOnceAndReportsTheOthersAsDuplicates(string provider)
    {
        await using var database = await ReadingImportChunkTests.FiveMetersAsync(provider);
        var file = ReadingImportChunkTests.MarchReadingsNewestCustomerFirst();
        IReadOnlyList<ImportRowResult>? second = null;

        async Task SecondImportAfterTheFirstChunk(int written, CancellationToken cancellationToken)
        {
            if (second is null)
            {
                await using var other = database.CreateContext();
                second = await Import(other, 500).ImportAsync(file, cancellationToken);
            }
        }

        IReadOnlyList<ImportRowResult> first;
        await using (var db = database.CreateContext())
        {
            first = await Import(db, 2, SecondImportAfterTheFirstChunk).ImportAsync(file, CancellationToken.None);
        }

        // The first import's first chunk is customers 1 and 2 (rows 5 and 4); the second import stores the other three
        // before the first one's second chunk, which then finds them stored.
        Assert.Equal("1 WM-100005 Duplicate, 2 WM-100004 Duplicate, 3 WM-100003 Duplicate, 4 WM-100002 Added, 5 WM-100001 Added", Report(first));
        Assert.Equal("1 WM-100005 Added, 2 WM-100004 Added, 3 WM-100003 Added, 4 WM-100002 Duplicate, 5 WM-100001 Duplicate", Report(second!));
        Assert.Equal(
            "WM-100001=121/Collector WM-100002=122/Collector WM-100003=123/Collector WM-100004=124/Collector WM-100005=125/Collector",
            await MarchReadingsAsync(database));
        Assert.Equal(second!.Select(result => result.ReadingId), first.Select(result => result.ReadingId));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_AnotherValueStoredForOneOfItsDaysBetweenChunks_RejectsThatRowAsTheSameDayAndStoresTheRest(string provider)
    {
        await using var database = await ReadingImportChunkTests.FiveMetersAsync(provider);
        var storedBetween = false;

        async Task CollectorReadsMeter3(int written, CancellationToken cancellationToken)
        {
            if (!storedBetween)
            {
                storedBetween = true;
                await using var other = database.CreateContext();
                var meter = await other.Set<MeterRow>().SingleAsync(row => row.SerialNumber == "WM-100003", cancellationToken);
                other.Add(BillingSeed.Reading(meter, March5, 200m, ReadingKind.Remote));
                await other.SaveChangesAsync(cancellationToken);
            }
        }

        IReadOnlyList<ImportRowResult> results;
        await using (var db = database.CreateContext())
        {
            results = await Import(db, 2, CollectorReadsMeter3).ImportAsync(ReadingImportChunkTests.MarchReadingsNewestCustomerFirst(), CancellationToken.None);
        }

        Assert.Equal("1 WM-100005 Added, 2 WM-100004 Added, 3 WM-100003 Rejected SameDay, 4 WM-100002 Added, 5 WM-100001 Added", Report(results));
        Assert.Equal(
            "WM-100001=121/Collector WM-100002=122/Collector WM-100003=200/Remote WM-100004=124/Collector WM-100005=125/Collector",
            await MarchReadingsAsync(database));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ARealReadingOnTheDayOfAnEstimate_ReplacesTheEstimate(string provider)
    {
        await using var database = await ReadingImportChunkTests.FiveMetersAsync(provider);
        await using (var seed = database.CreateContext())
        {
            var meter = await seed.Set<MeterRow>().SingleAsync(row => row.SerialNumber == "WM-100001");
            seed.Add(BillingSeed.Reading(meter, March5, 118m, ReadingKind.Estimated));
            await seed.SaveChangesAsync();
        }

        IReadOnlyList<ImportRowResult> results;
        await using (var db = database.CreateContext())
        {
            results = await Import(db, 500).ImportAsync([new ImportedReading("WM-100001", March5, "121")], CancellationToken.None);
        }

        Assert.Equal("1 WM-100001 Added", Report(results));
        Assert.Equal("WM-100001=121/Collector", await MarchReadingsAsync(database));
    }
}
