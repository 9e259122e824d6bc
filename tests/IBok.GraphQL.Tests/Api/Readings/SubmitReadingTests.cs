using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Api.Testing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.Readings;

public sealed class SubmitReadingTests
{
    private const string Mutation = """
        mutation($meterId: ID!, $date: Date!, $value: Decimal!) {
          submitReading(meterId: $meterId, date: $date, value: $value) {
            reading { meterId date value status reviewReasons }
            previousReading { date value }
            consumption
            errors { __typename code message english: message(language: ENGLISH) ... on ReadingRejectedError { reason } ... on MeterLegalizationExpiredError { validUntil } }
          }
        }
        """;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReading_ValidValue_StoresItWithPreviousReadingAndConsumption(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");

        var payload = await host.MutateAsync(customer.Viewer, "submitReading", Mutation, new { meterId = customer.MeterGlobalId, date = "2026-05-10", value = "150" });

        Assert.Equal(
            $$"""{"reading":{"meterId":"{{customer.MeterGlobalId}}","date":"2026-05-10","value":"150","status":"ACCEPTED","reviewReasons":[]},"previousReading":{"date":"2024-01-10","value":"100"},"consumption":"50","errors":[]}""",
            WriteApiHost.Json(payload));
        await using var db = host.SystemContext();
        var stored = await db.Set<MeterReadingRow>().SingleAsync(row => row.ReadingDate == new DateOnly(2026, 5, 10));
        Assert.Equal((150m, ReadingSource.Portal, "Jan Kowalski"), (stored.Value, stored.Source, stored.SubmittedBy));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReading_WithTheMeterIdReadFromTheCustomer_StoresTheReadingUnderThatMeter(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var meters = await host.ExecuteAsync(customer.Viewer, "{ customer { meters { id serialNumber } } }");
        var meterId = Assert.Single(meters.GetProperty("data").GetProperty("customer").GetProperty("meters").EnumerateArray()).GetProperty("id").GetString()!;

        var payload = await host.MutateAsync(
            customer.Viewer, "submitReading", """mutation($meterId: ID!) { submitReading(meterId: $meterId, date: "2026-05-10", value: "150") { reading { id meterId } errors { code } } }""",
            new { meterId });
        var node = await host.ExecuteAsync(customer.Viewer, "query($id: ID!) { node(id: $id) { id ... on Meter { serialNumber lastReading { date value } } } }", new { id = meterId });

        await using var db = host.SystemContext();
        var stored = await db.Set<MeterReadingRow>().SingleAsync(row => row.ReadingDate == new DateOnly(2026, 5, 10));
        Assert.Equal(customer.MeterId, stored.MeterId);
        Assert.Equal(
            $$"""{"reading":{"id":"{{GlobalId.Serialize("Reading", stored.Id)}}","meterId":"{{meterId}}"},"errors":[]}""",
            WriteApiHost.Json(payload));
        Assert.Equal(
            $$$"""{"id":"{{{meterId}}}","serialNumber":"{{{customer.MeterSerial}}}","lastReading":{"date":"2026-05-10","value":"150.000"}}""",
            WriteApiHost.Json(node.GetProperty("data").GetProperty("node")));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReading_MalformedOrOtherTypeId_IsATopLevelErrorNamingTheIdAndStoresNothing(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var before = await host.RowCountsAsync();

        var raw = await host.ExecuteAsync(customer.Viewer, Mutation, new { meterId = customer.MeterId.ToString(System.Globalization.CultureInfo.InvariantCulture), date = "2026-05-10", value = "150" });
        var contract = await host.ExecuteAsync(customer.Viewer, Mutation, new { meterId = customer.ContractGlobalId, date = "2026-05-10", value = "150" });

        Assert.Equal(
            $$"""{"data":null,"message":"The ID \"{{customer.MeterId}}\" is not a valid global id (base64 of \"TypeName:key\").","path":["submitReading"]}""",
            TopLevelError(raw));
        Assert.Equal(
            $$"""{"data":null,"message":"The ID \"{{customer.ContractGlobalId}}\" is a Contract id; a Meter id is expected.","path":["submitReading"]}""",
            TopLevelError(contract));
        Assert.Equal(before, await host.RowCountsAsync());
    }

    /// <summary>The response's data and its only error's message and path.</summary>
    private static string TopLevelError(System.Text.Json.JsonElement response)
    {
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        return $$"""{"data":{{WriteApiHost.Json(response.GetProperty("data"))}},"message":{{WriteApiHost.Quote(error.GetProperty("message").GetString()!)}},"path":{{WriteApiHost.Json(error.GetProperty("path"))}}}""";
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReading_UnusuallyHighConsumption_IsAcceptedAndFlaggedForReview(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        await host.MutateAsync(customer.Viewer, "submitReading", Mutation, new { meterId = customer.MeterGlobalId, date = "2026-01-10", value = "200" });

        // 100 m³ over 2 years is about 0.137 m³ a day; 120 m³ in 30 days is 4 m³ a day, far above 5 times that.
        host.Clock.Now = new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero);
        var payload = await host.MutateAsync(customer.Viewer, "submitReading", Mutation, new { meterId = customer.MeterGlobalId, date = "2026-02-09", value = "320" });

        Assert.Equal(
            $$"""{"reading":{"meterId":"{{customer.MeterGlobalId}}","date":"2026-02-09","value":"320","status":"FLAGGED_FOR_REVIEW","reviewReasons":["UNUSUALLY_HIGH_CONSUMPTION"]},"previousReading":{"date":"2026-01-10","value":"200"},"consumption":"120","errors":[]}""",
            WriteApiHost.Json(payload));
    }

    public static TheoryData<string, string, string, string, string, string> Rejections => new()
    {
        { "2026-05-10", "99", "LOWER_THAN_PREVIOUS", "Odczyt jest niższy niż poprzedni odczyt (100 m³ z dnia 2024-01-10).", "The reading is lower than the previous reading (100 m³ on 2024-01-10).", "LOWER_THAN_PREVIOUS" },
        { "2026-05-10", "-1", "NEGATIVE", "Odczyt nie może być ujemny.", "The reading cannot be negative.", "NEGATIVE" },
        { "2026-05-10", "150.5", "TOO_MANY_DECIMALS", "Odczyt może mieć najwyżej 0 miejsc po przecinku.", "The reading may have at most 0 decimal places.", "TOO_MANY_DECIMALS" },
        { "2026-05-10", "100000", "ABOVE_COUNTER_CAPACITY", "Odczyt przekracza zakres licznika (licznik pokazuje wartości mniejsze niż 100000 m³).", "The reading exceeds the meter's range (it shows values below 100000 m³).", "ABOVE_COUNTER_CAPACITY" },
        { "2023-12-31", "150", "BEFORE_INSTALLATION", "Data odczytu jest wcześniejsza niż data montażu licznika (2024-01-10).", "The reading date is before the meter was installed (2024-01-10).", "BEFORE_INSTALLATION" },
        { "2026-05-16", "150", "IN_FUTURE", "Data odczytu nie może być z przyszłości.", "The reading date cannot be in the future.", "IN_FUTURE" },
        { "2024-01-10", "150", "SAME_DAY", "Dla tego licznika jest już odczyt z dnia 2024-01-10.", "This meter already has a reading on 2024-01-10.", "SAME_DAY" },
        { "2024-01-09", "150", "BEFORE_INSTALLATION", "Data odczytu jest wcześniejsza niż data montażu licznika (2024-01-10).", "The reading date is before the meter was installed (2024-01-10).", "BEFORE_INSTALLATION" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task SubmitReading_DomainRejection_ReturnsReasonAndChangesNothing(string date, string value, string code, string polish, string english, string reason)
    {
        foreach (var provider in new[] { "sqlite", "postgresql" })
        {
            await using var host = await WriteApiHost.CreateAsync(provider);
            var customer = await host.SeedCustomerAsync("100001");
            var before = await host.RowCountsAsync();

            var payload = await host.MutateAsync(customer.Viewer, "submitReading", Mutation, new { meterId = customer.MeterGlobalId, date, value });

            Assert.Equal(
                $$"""{"reading":null,"previousReading":null,"consumption":null,"errors":[{"__typename":"ReadingRejectedError","code":"{{code}}","message":{{WriteApiHost.Quote(polish)}},"english":{{WriteApiHost.Quote(english)}},"reason":"{{reason}}"}]}""",
                WriteApiHost.Json(payload));
            Assert.Equal(before, await host.RowCountsAsync());
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReading_BeforeLatestReading_IsRejected(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        await host.MutateAsync(customer.Viewer, "submitReading", Mutation, new { meterId = customer.MeterGlobalId, date = "2026-05-10", value = "150" });
        var before = await host.RowCountsAsync();

        var payload = await host.MutateAsync(customer.Viewer, "submitReading", Mutation, new { meterId = customer.MeterGlobalId, date = "2026-04-10", value = "140" });

        Assert.Equal(
            """[{"__typename":"ReadingRejectedError","code":"BEFORE_LATEST_READING","message":"Data odczytu jest wcześniejsza niż data ostatniego odczytu (2026-05-10).","english":"The reading date is before the latest reading (2026-05-10).","reason":"BEFORE_LATEST_READING"}]""",
            WriteApiHost.Json(payload.GetProperty("errors")));
        Assert.Equal(before, await host.RowCountsAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReading_AfterMeterRemoval_IsRejected(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        await using (var db = host.SystemContext())
        {
            var meter = await db.Set<MeterRow>().SingleAsync();
            meter.RemovedOn = new DateOnly(2026, 3, 31);
            await db.SaveChangesAsync();
        }

        var payload = await host.MutateAsync(customer.Viewer, "submitReading", Mutation, new { meterId = customer.MeterGlobalId, date = "2026-05-10", value = "150" });

        Assert.Equal(
            """[{"__typename":"ReadingRejectedError","code":"AFTER_REMOVAL","message":"Licznik został zdemontowany 2026-03-31; nie można podać odczytu z późniejszą datą.","english":"The meter was removed on 2026-03-31; a reading cannot be dated later.","reason":"AFTER_REMOVAL"}]""",
            WriteApiHost.Json(payload.GetProperty("errors")));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReading_LegalizationExpired_IsRejectedAndChangesNothing(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        await using (var db = host.SystemContext())
        {
            var meter = await db.Set<MeterRow>().SingleAsync();
            meter.LegalizationValidUntil = new DateOnly(2025, 12, 31);
            await db.SaveChangesAsync();
        }

        var before = await host.RowCountsAsync();
        var payload = await host.MutateAsync(customer.Viewer, "submitReading", Mutation, new { meterId = customer.MeterGlobalId, date = "2026-05-10", value = "150" });

        Assert.Equal(
            """[{"__typename":"MeterLegalizationExpiredError","code":"LEGALIZATION_EXPIRED","message":"Legalizacja licznika wygasła 2025-12-31; odczytu z późniejszą datą nie można przyjąć. Skontaktuj się z nami w sprawie wymiany licznika.","english":"The meter's legalization expired on 2025-12-31; a later reading cannot be accepted. Contact us about replacing the meter.","validUntil":"2025-12-31"}]""",
            WriteApiHost.Json(payload.GetProperty("errors")));
        Assert.Equal(before, await host.RowCountsAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReading_Anonymous_IsNotSignedIn(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");

        var payload = await host.MutateAsync(Viewer.Anonymous, "submitReading", Mutation, new { meterId = customer.MeterGlobalId, date = "2026-05-10", value = "150" });

        Assert.Equal(
            """[{"__typename":"NotSignedInError","code":"NOT_SIGNED_IN","message":"Zaloguj się jako odbiorca, aby to zrobić.","english":"Sign in as a customer to do this."}]""",
            WriteApiHost.Json(payload.GetProperty("errors")));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReading_ByOperator_IsStoredAsStaffAndAudited(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var operatorViewer = Viewer.ForStaff(ViewerRole.Operator, 7, "Anna Operator");

        var payload = await host.MutateAsync(operatorViewer, "submitReading", Mutation, new { meterId = customer.MeterGlobalId, date = "2026-05-10", value = "150" });

        Assert.Equal("[]", WriteApiHost.Json(payload.GetProperty("errors")));
        await using var db = host.SystemContext();
        var reading = await db.Set<MeterReadingRow>().SingleAsync(row => row.ReadingDate == new DateOnly(2026, 5, 10));
        var audit = await db.Set<IBok.GraphQL.Persistence.Auditing.AuditEntry>().SingleAsync();
        Assert.Equal((ReadingSource.Staff, (long?)7), (reading.Source, reading.SubmittedByAccountId));
        Assert.Equal(
            ("reading.submit", "MeterReading", reading.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Anna Operator", "Operator", (long?)7),
            (audit.Action, audit.SubjectType, audit.SubjectId, audit.ActorName, audit.ActorRole, audit.ActorAccountId));
    }
}
