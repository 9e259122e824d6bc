using System.Text.Json;
using IBok.Domain.Cases;
using IBok.GraphQL.Persistence.Auditing;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.Staff;

public sealed class StaffFeatureTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterPayment_LargerThanDebit_ShowsOverpaymentAndIsWrittenOnceWithAudit(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        long customerId;
        await using (var db = host.CreateContext())
        {
            var customer = await StaffRows.AddCustomerAsync(db, "100001", "Gniezno", "Lipowa");
            customerId = customer.Id;
            db.Add(new LedgerEntryRow
            {
                CustomerId = customer.Id, EntryType = LedgerEntryType.Debit, Reference = "FV/2026/02/0001", DebitKind = IBok.Domain.Settlements.DebitKind.Invoice,
                EntryDate = new DateOnly(2026, 2, 28), DueDate = new DateOnly(2026, 3, 14), AmountGrosz = 12_345, CreatedAt = new DateTime(2026, 2, 28, 0, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
        }

        const string Mutation = """mutation { registerPayment(documentNumber: "FV/2026/02/0001", amount: 150.00, valueDate: "2026-03-09", reference: "BANK-1") { payment { customerNumber amount documentNumber } balance overpayment alreadyRegistered errors { code } } }""";
        var first = await host.ExecuteAsync(StaffApiHost.Operator, Mutation);
        var second = await host.ExecuteAsync(StaffApiHost.Operator, Mutation);

        Assert.Equal(
            """{"data":{"registerPayment":{"payment":{"customerNumber":"100001","amount":"150","documentNumber":"FV/2026/02/0001"},"balance":"-26.55","overpayment":"26.55","alreadyRegistered":false,"errors":[]}}}""",
            first);
        Assert.Contains("\"alreadyRegistered\":true", second, StringComparison.Ordinal);
        await using var check = host.CreateContext();
        Assert.Equal(1, await check.Set<LedgerEntryRow>().CountAsync(row => row.CustomerId == customerId && row.EntryType == LedgerEntryType.Payment));
        var audit = Assert.Single(await check.Set<AuditEntry>().ToListAsync());
        Assert.Equal(("payment.register", "Anna Operator", "Operator", 900L), (audit.Action, audit.ActorName, audit.ActorRole, audit.ActorAccountId!.Value));
        Assert.Equal(StaffApiHost.Now.UtcDateTime, audit.OccurredAt);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterPayment_UnknownDocument_IsPayloadErrorAndChangesNothing(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);

        var response = await host.ExecuteAsync(StaffApiHost.Operator,
            """mutation { registerPayment(documentNumber: "FV/X", amount: 10, valueDate: "2026-03-09", reference: "B") { payment { amount } errors { code message } } }""");

        Assert.Equal("""{"data":{"registerPayment":{"payment":null,"errors":[{"code":"DOCUMENT_NOT_FOUND","message":"No document has the number \"FV/X\"."}]}}}""", response);
        await using var check = host.CreateContext();
        Assert.Equal(0, await check.Set<AuditEntry>().CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PublishOutage_ByStreet_DeliversOnlyToPremisesOnThoseStreets(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        long lipowa, debowa;
        await using (var db = host.CreateContext())
        {
            lipowa = (await StaffRows.AddCustomerAsync(db, "200001", "Gniezno", "Lipowa")).Id;
            debowa = (await StaffRows.AddCustomerAsync(db, "200002", "Gniezno", "Dębowa")).Id;
            await StaffRows.AddCustomerAsync(db, "200003", "Gniezno", "Polna");
            await StaffRows.AddCustomerAsync(db, "200004", "Września", "Lipowa");
        }

        var response = await host.ExecuteAsync(StaffApiHost.Operator,
            """mutation { publishOutage(title: "Awaria sieci", body: "Brak wody", kind: FAILURE, startsAt: "2026-03-10T10:00:00Z", endsAt: "2026-03-10T14:00:00Z", city: "gniezno", streets: ["LIPOWA", "dębowa"]) { notice { kind targeting city streets deliveredTo } errors { code } } }""");

        Assert.Equal(
            """{"data":{"publishOutage":{"notice":{"kind":"FAILURE","targeting":"STREETS","city":"gniezno","streets":["LIPOWA","dębowa"],"deliveredTo":2},"errors":[]}}}""",
            response);
        await using var check = host.CreateContext();
        Assert.Equal([lipowa, debowa], (await check.Set<NoticeDeliveryRow>().Select(row => row.CustomerId).ToListAsync()).Order().ToArray());
        Assert.Equal("outage.publish", Assert.Single(await check.Set<global::IBok.GraphQL.Persistence.Auditing.AuditEntry>().ToListAsync()).Action);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportReadings_BatchSentTwice_ReportsRowErrorsAndAddsNothingTwice(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await using (var db = host.CreateContext())
        {
            var customer = await StaffRows.AddCustomerAsync(db, "300001", "Gniezno", "Lipowa");
            var premisesId = await db.Set<global::IBok.GraphQL.Persistence.Model.Customers.PremisesRow>().Where(row => row.CustomerId == customer.Id).Select(row => row.Id).SingleAsync();
            var meter = new MeterRow
            {
                CustomerId = customer.Id, PremisesId = premisesId, SerialNumber = "WM-1", Kind = IBok.Domain.Metering.MeterKind.MainWater, Unit = IBok.Domain.Metering.MeterUnit.CubicMetre,
                InstalledOn = new DateOnly(2025, 1, 1), LegalizedOn = new DateOnly(2025, 1, 1), LegalizationValidUntil = new DateOnly(2030, 12, 31), CounterCapacity = 100000m, ReadingPrecision = 3,
            };
            db.Add(meter);
            await db.SaveChangesAsync();
            db.Add(new MeterReadingRow
            {
                CustomerId = customer.Id, MeterId = meter.Id, ReadingDate = new DateOnly(2025, 1, 1), Value = 10m, Kind = IBok.Domain.Metering.ReadingKind.Installation,
                Source = ReadingSource.Staff, Status = ReadingStatus.Accepted, SubmittedBy = "montaż", CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
        }

        const string Csv = "meter;date;value\nWM-1;2026-01-31;120,5\nWM-1;2026-02-28;100\nWM-9;2026-02-28;5\nWM-1;2026-02-30;5\n";
        var mutation = "mutation($csv: String!) { importReadingsCsv(csv: $csv) { added duplicates rejected rows { row meterSerialNumber status code } } }";
        var first = await ExecuteCsvAsync(host, mutation, Csv);
        var second = await ExecuteCsvAsync(host, mutation, Csv);

        Assert.Equal(
            """{"data":{"importReadingsCsv":{"added":1,"duplicates":0,"rejected":3,"rows":[{"row":1,"meterSerialNumber":"WM-1","status":"ADDED","code":null},{"row":2,"meterSerialNumber":"WM-1","status":"REJECTED","code":"LowerThanPrevious"},{"row":3,"meterSerialNumber":"WM-9","status":"REJECTED","code":"MeterNotFound"},{"row":4,"meterSerialNumber":"WM-1","status":"REJECTED","code":"InvalidRow"}]}}}""",
            first);
        Assert.StartsWith("""{"data":{"importReadingsCsv":{"added":0,"duplicates":1,"rejected":3,""", second, StringComparison.Ordinal);
        await using var check = host.CreateContext();
        Assert.Equal([10m, 120.5m], (await check.Set<MeterReadingRow>().OrderBy(row => row.ReadingDate).Select(row => row.Value).ToListAsync()).ToArray());
        Assert.Equal(["readings.import.csv", "readings.import.csv"], (await check.Set<AuditEntry>().Select(entry => entry.Action).ToListAsync()).ToArray());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReplyToCase_WithTheIdCaseQueueReturned_RepliesToThatCase(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        long customerKey, caseKey;
        await using (var db = host.CreateContext())
        {
            var customer = await StaffRows.AddCustomerAsync(db, "400001", "Gniezno", "Lipowa");
            var row = new CaseRow
            {
                CustomerId = customer.Id, Signature = "RK/2026/000001", Kind = CaseKind.Complaint, Subject = "Zawyżona faktura", Status = CaseStatus.Registered,
                SubmittedAt = new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc), ResponseDeadline = new DateOnly(2026, 3, 16), CreatedBy = customer.Name,
                UpdatedAt = new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc),
            };
            db.Add(row);
            await db.SaveChangesAsync();
            (customerKey, caseKey) = (customer.Id, row.Id);
        }

        var queue = await host.ExecuteAsync(StaffApiHost.Operator, "{ caseQueue { id customerId signature } }");
        var caseId = JsonDocument.Parse(queue).RootElement.GetProperty("data").GetProperty("caseQueue")[0].GetProperty("id").GetString()!;
        var reply = await host.ExecuteAsync(
            StaffApiHost.Operator, $$"""mutation { replyToCase(caseId: "{{caseId}}", text: "Sprawdzimy licznik.") { case { id customerId updatedAt } errors { code } } }""");

        var customerId = GlobalId.Serialize("Customer", customerKey);
        Assert.Equal(GlobalId.Serialize("Case", caseKey), caseId);
        Assert.Equal($$$"""{"data":{"caseQueue":[{"id":"{{{caseId}}}","customerId":"{{{customerId}}}","signature":"RK/2026/000001"}]}}""", queue);
        Assert.Equal($$$"""{"case":{"id":"{{{caseId}}}","customerId":"{{{customerId}}}","updatedAt":"2026-03-10T09:00:00Z"},"errors":[]}""", Field(reply, "replyToCase"));
        await using var check = host.CreateContext();
        Assert.Equal(["Sprawdzimy licznik."], (await check.Set<CaseMessageRow>().Where(row => row.CaseId == caseKey).Select(row => row.Text).ToListAsync()).ToArray());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReplyToCase_UnknownCaseOrIdOfAnotherType_IsNotFoundOrATopLevelErrorAndChangesNothing(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        long customerKey;
        await using (var db = host.CreateContext())
        {
            customerKey = (await StaffRows.AddCustomerAsync(db, "400002", "Gniezno", "Lipowa")).Id;
        }

        var unknownId = GlobalId.Serialize("Case", 987_654);
        var customerId = GlobalId.Serialize("Customer", customerKey);
        var unknown = await host.ExecuteAsync(StaffApiHost.Operator, $$"""mutation { replyToCase(caseId: "{{unknownId}}", text: "Odpowiedź") { case { id } errors { code message } } }""");
        var otherType = await host.ExecuteAsync(StaffApiHost.Operator, $$"""mutation { replyToCase(caseId: "{{customerId}}", text: "Odpowiedź") { case { id } errors { code message } } }""");

        var payload = JsonDocument.Parse(unknown).RootElement.GetProperty("data").GetProperty("replyToCase");
        var payloadError = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(
            (JsonValueKind.Null, "CASE_NOT_FOUND", $"Case \"{unknownId}\" does not exist."),
            (payload.GetProperty("case").ValueKind, payloadError.GetProperty("code").GetString(), payloadError.GetProperty("message").GetString()));
        var error = Assert.Single(JsonDocument.Parse(otherType).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal($"The ID \"{customerId}\" is a Customer id; a Case id is expected.", error.GetProperty("message").GetString());
        Assert.Equal("""["replyToCase"]""", error.GetProperty("path").GetRawText());
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(otherType).RootElement.GetProperty("data").ValueKind);
        await using var check = host.CreateContext();
        Assert.Equal(0, await check.Set<CaseMessageRow>().CountAsync());
        Assert.Equal(0, await check.Set<AuditEntry>().CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReviewReading_WithTheIdFlaggedReadingsReturned_AcceptsThatReading(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        long customerKey, meterKey, readingKey;
        await using (var db = host.CreateContext())
        {
            var customer = await StaffRows.AddCustomerAsync(db, "500001", "Gniezno", "Lipowa");
            var premisesId = await db.Set<global::IBok.GraphQL.Persistence.Model.Customers.PremisesRow>().Where(row => row.CustomerId == customer.Id).Select(row => row.Id).SingleAsync();
            var meter = new MeterRow
            {
                CustomerId = customer.Id, PremisesId = premisesId, SerialNumber = "WM-5", Kind = IBok.Domain.Metering.MeterKind.MainWater, Unit = IBok.Domain.Metering.MeterUnit.CubicMetre,
                InstalledOn = new DateOnly(2025, 1, 1), LegalizedOn = new DateOnly(2025, 1, 1), LegalizationValidUntil = new DateOnly(2030, 12, 31), CounterCapacity = 100000m, ReadingPrecision = 3,
            };
            db.Add(meter);
            await db.SaveChangesAsync();
            var reading = new MeterReadingRow
            {
                CustomerId = customer.Id, MeterId = meter.Id, ReadingDate = new DateOnly(2026, 3, 1), Value = 900m, Kind = IBok.Domain.Metering.ReadingKind.Customer,
                Source = ReadingSource.Portal, Status = ReadingStatus.FlaggedForReview, ReviewReasons = [IBok.Domain.Metering.ReadingReviewReason.UnusuallyHighConsumption],
                SubmittedBy = customer.Name, CreatedAt = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc),
            };
            db.Add(reading);
            await db.SaveChangesAsync();
            (customerKey, meterKey, readingKey) = (customer.Id, meter.Id, reading.Id);
        }

        var flagged = await host.ExecuteAsync(StaffApiHost.Operator, "{ flaggedReadings { id customerId meterId } }");
        var readingId = JsonDocument.Parse(flagged).RootElement.GetProperty("data").GetProperty("flaggedReadings")[0].GetProperty("id").GetString()!;
        var reviewed = await host.ExecuteAsync(
            StaffApiHost.Operator, $$"""mutation { reviewReading(readingId: "{{readingId}}", accept: true) { reading { id status } errors { code } } }""");

        Assert.Equal(
            $$$"""[{"id":"{{{GlobalId.Serialize("Reading", readingKey)}}}","customerId":"{{{GlobalId.Serialize("Customer", customerKey)}}}","meterId":"{{{GlobalId.Serialize("Meter", meterKey)}}}"}]""",
            JsonDocument.Parse(flagged).RootElement.GetProperty("data").GetProperty("flaggedReadings").GetRawText());
        Assert.Equal($$$"""{"reading":{"id":"{{{readingId}}}","status":"ACCEPTED"},"errors":[]}""", Field(reviewed, "reviewReading"));
        await using var check = host.CreateContext();
        Assert.Equal(ReadingStatus.Accepted, (await check.Set<MeterReadingRow>().SingleAsync(row => row.Id == readingKey)).Status);
    }

    private static string Field(string response, string field) => JsonDocument.Parse(response).RootElement.GetProperty("data").GetProperty(field).GetRawText();

    private static async Task<string> ExecuteCsvAsync(StaffApiHost host, string mutation, string csv)
    {
        var escaped = System.Text.Json.JsonSerializer.Serialize(csv);
        var inline = mutation.Replace("mutation($csv: String!) ", "mutation ", StringComparison.Ordinal).Replace("$csv", escaped, StringComparison.Ordinal);
        return (await host.ExecuteAsync(StaffApiHost.Operator, inline));
    }
}
