using IBok.Domain.Metering;
using IBok.GraphQL.Application.Staff.Readings;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Auditing;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Tests.Api.Staff.Billing;
using IBok.GraphQL.Tests.Persistence;
using IBok.GraphQL.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.Staff.Readings;

/// <summary>
/// A reading import writes its rows in chunks, each in a short transaction of its own, in customer-id order: other
/// writers get in between chunks, and an import stopped midway and sent again ends as one uninterrupted import.
/// </summary>
public sealed class ReadingImportChunkTests
{
    private static readonly DateOnly March5 = new(2026, 3, 5);

    /// <summary>Customers 100001…100005 with meters WM-100001…WM-100005 (read 112 on 28 February).</summary>
    internal static async Task<TestDatabase> FiveMetersAsync(string provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        await BillingSeed.TariffsAsync(db);
        for (var index = 1; index <= 5; index++)
        {
            await BillingSeed.MeteredContractAsync(db, $"10000{index}", $"UM/{index}");
        }

        return database;
    }

    /// <summary>March readings of the five meters, the last customer's first.</summary>
    internal static IReadOnlyList<ImportedReading> MarchReadingsNewestCustomerFirst() =>
        [.. Enumerable.Range(1, 5).Reverse().Select(index => new ImportedReading($"WM-10000{index}", March5, $"{120 + index}"))];

    private static ReadingImport Import(IBokDbContext db, Func<int, CancellationToken, Task>? onChunkCommitted = null) =>
        new(db, new TestClock(StaffApiHost.Now)) { ChunkSize = 2, OnChunkCommitted = onChunkCommitted };

    private static async Task<string> MarchReadingsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var rows = await db.Set<MeterReadingRow>().Where(row => row.ReadingDate == March5).OrderBy(row => row.Id)
            .Join(db.Set<MeterRow>(), reading => reading.MeterId, meter => meter.Id, (reading, meter) => new { meter.SerialNumber, reading.Value })
            .ToListAsync();
        return string.Join(" ", rows.Select(row => $"{row.SerialNumber}={row.Value:0}"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ChunksOfTwo_WritesInCustomerOrderAndLetsAnotherWriterInBetween(string provider)
    {
        await using var database = await FiveMetersAsync(provider);
        var between = new List<int>();

        async Task CustomerSubmitsBetweenChunks(int written, CancellationToken cancellationToken)
        {
            // The first customer's own reading: on PostgreSQL its trigger updates a customer row the import wrote.
            await using var other = database.CreateImpatientContext();
            var meter = await other.Set<MeterRow>().SingleAsync(row => row.SerialNumber == "WM-100001", cancellationToken);
            other.Add(BillingSeed.Reading(meter, new DateOnly(2026, 3, 1).AddDays(between.Count), 113m + between.Count, ReadingKind.Customer));
            await other.SaveChangesAsync(cancellationToken);
            between.Add(written);
        }

        IReadOnlyList<ImportRowResult> results;
        await using (var db = database.CreateContext())
        {
            results = await Import(db, CustomerSubmitsBetweenChunks).ImportAsync(MarchReadingsNewestCustomerFirst(), CancellationToken.None);
        }

        Assert.Equal([2, 4, 5], between);
        Assert.Equal(Enumerable.Repeat(ImportRowStatus.Added, 5), results.Select(result => result.Status));
        Assert.Equal("WM-100001=121 WM-100002=122 WM-100003=123 WM-100004=124 WM-100005=125", await MarchReadingsAsync(database));
        await using var check = database.CreateContext();
        Assert.Equal(
            [
                """{"Rows":5,"Added":5,"Duplicates":0,"Rejected":0,"Chunk":1,"Chunks":3,"ChunkAdded":2}""",
                """{"Rows":5,"Added":5,"Duplicates":0,"Rejected":0,"Chunk":2,"Chunks":3,"ChunkAdded":2}""",
                """{"Rows":5,"Added":5,"Duplicates":0,"Rejected":0,"Chunk":3,"Chunks":3,"ChunkAdded":1}""",
            ],
            await check.Set<AuditEntry>().Where(entry => entry.Action == "readings.import").OrderBy(entry => entry.Id).Select(entry => entry.DetailsJson!).ToListAsync());
        var storedIds = results.Select(result => result.ReadingId!.Value).ToList();
        Assert.Equal(storedIds.OrderDescending(), storedIds);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_StoppedAfterTheFirstChunkThenSentAgain_StoresTheRestAndReportsTheFirstAsDuplicates(string provider)
    {
        await using var database = await FiveMetersAsync(provider);
        static Task StopAfterFirstChunk(int written, CancellationToken cancellationToken) =>
            written == 2 ? throw new InvalidOperationException("connection lost") : Task.CompletedTask;

        await using (var db = database.CreateContext())
        {
            var stopped = await Assert.ThrowsAsync<InvalidOperationException>(() => Import(db, StopAfterFirstChunk).ImportAsync(MarchReadingsNewestCustomerFirst(), CancellationToken.None));
            Assert.Equal("connection lost", stopped.Message);
        }

        Assert.Equal("WM-100001=121 WM-100002=122", await MarchReadingsAsync(database));
        IReadOnlyList<ImportRowResult> again;
        await using (var db = database.CreateContext())
        {
            again = await Import(db).ImportAsync(MarchReadingsNewestCustomerFirst(), CancellationToken.None);
        }

        Assert.Equal(
            "1 WM-100005 Added, 2 WM-100004 Added, 3 WM-100003 Added, 4 WM-100002 Duplicate, 5 WM-100001 Duplicate",
            string.Join(", ", again.Select(result => $"{result.Row} {result.MeterSerialNumber} {result.Status}")));
        Assert.Equal("WM-100001=121 WM-100002=122 WM-100003=123 WM-100004=124 WM-100005=125", await MarchReadingsAsync(database));
    }
}
