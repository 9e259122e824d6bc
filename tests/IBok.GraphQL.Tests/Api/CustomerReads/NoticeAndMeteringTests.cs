using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Api.CustomerReads;

/// <summary>The notices inbox, the readings history and the consumption series.</summary>
public sealed class NoticeAndMeteringTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Notices_Inbox_ReadStateAndUnreadCount(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), """
            { customer { unreadNoticeCount notices { kind title body isRead readAt deliveredAt } unread: notices(unreadOnly: true) { title } } }
            """);

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"customer":{"unreadNoticeCount":1,"notices":[
            {"kind":"PLANNED_SHUTDOWN","title":"Awaria","body":"Przerwa w dostawie wody.","isRead":false,"readAt":null,"deliveredAt":"2026-03-10T07:00:00Z"},
            {"kind":"PLANNED_SHUTDOWN","title":"Plan","body":"Przerwa w dostawie wody.","isRead":true,"readAt":"2026-03-01T09:30:00Z","deliveredAt":"2026-03-01T07:00:00Z"}],
            "unread":[{"title":"Awaria"}]}}}
            """), result);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Readings_History_NewestFirstWithRejected(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), """
            { customer { meters(serialNumber: "WM-1") { readings(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { date value status } } } } }
            """);

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"customer":{"meters":[{"readings":{"totalCount":5,"pageInfo":{"hasNextPage":true,"endCursor":"MQ=="},"nodes":[
            {"date":"2026-02-28","value":"90.000","status":"REJECTED"},{"date":"2026-01-31","value":"131.000","status":"ACCEPTED"}]}}]}}}
            """), result);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Consumption_ByMonthYearAndDay_SpreadsIntervalsAndSkipsRejected(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), """
            { customer { meters(serialNumber: "WM-1") {
                months: consumption(from: "2025-11-01", to: "2026-02-28", granularity: MONTH) { start end quantity includesEstimates }
                years: consumption(from: "2025-01-01", to: "2026-12-31", granularity: YEAR) { start end quantity }
                days: consumption(from: "2025-12-30", to: "2026-01-02", granularity: DAY) { start quantity } } } }
            """);

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"customer":{"meters":[{
            "months":[{"start":"2025-11-01","end":"2025-11-30","quantity":"10.000","includesEstimates":false},{"start":"2025-12-01","end":"2025-12-31","quantity":"15.000","includesEstimates":false},{"start":"2026-01-01","end":"2026-01-31","quantity":"6.000","includesEstimates":false}],
            "years":[{"start":"2025-01-01","end":"2025-12-31","quantity":"25.000"},{"start":"2026-01-01","end":"2026-12-31","quantity":"6.000"}],
            "days":[{"start":"2025-12-30","quantity":"0.483"},{"start":"2025-12-31","quantity":"0.483"},{"start":"2026-01-01","quantity":"0.194"},{"start":"2026-01-02","quantity":"0.194"}]}]}}}
            """), result);
    }

    [Theory]
    [InlineData("from: \"2025-01-01\", to: \"2026-01-02\", granularity: DAY", "A series by DAY may cover at most 366 days; 2025-01-01..2026-01-02 covers 367.")]
    [InlineData("from: \"2026-02-01\", to: \"2026-01-31\", granularity: MONTH", "The period is empty: from 2026-02-01 is after to 2026-01-31.")]
    public async Task Consumption_BadPeriod_FieldError(string arguments, string message)
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id),
            "{ customer { meters(serialNumber: \"WM-1\") { consumption(" + arguments + ") { quantity } } } }");

        Assert.Equal(
            """{"errors":[{"message":"MESSAGE","locations":[{"line":1,"column":45}],"path":["customer","meters",0,"consumption"]}],"data":{"customer":null}}""".Replace("MESSAGE", message, StringComparison.Ordinal),
            result);
    }
}
