using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Tests.Api.Testing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.WithoutAccount;

public sealed class AnonymousReadingTests
{
    private const string Mutation = """
        mutation($customerNumber: String!, $serial: String!, $date: Date!, $value: Decimal!) {
          submitReadingAnonymously(customerNumber: $customerNumber, meterSerialNumber: $serial, date: $date, value: $value) {
            accepted
            errors { __typename code message ... on RateLimitedError { retryAfterSeconds } ... on ReadingRejectedError { reason } }
          }
        }
        """;

    private const string MeterNotFound =
        """{"accepted":false,"errors":[{"__typename":"NotFoundError","code":"NOT_FOUND","message":"Nie znaleziono: licznik o tym numerze u klienta o tym numerze."}]}""";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReadingAnonymously_OncePerMonth_SecondInTheSameMonthIsRefused(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");

        var first = await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, new { customerNumber = "100001", serial = customer.MeterSerial, date = "2026-05-02", value = "150" });
        var before = await host.RowCountsAsync();
        var second = await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, new { customerNumber = "100001", serial = customer.MeterSerial, date = "2026-05-14", value = "152" });
        host.Clock.Now = new DateTimeOffset(2026, 6, 3, 8, 0, 0, TimeSpan.Zero);
        var nextMonth = await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, new { customerNumber = "100001", serial = customer.MeterSerial, date = "2026-06-02", value = "160" });

        Assert.Equal("""{"accepted":true,"errors":[]}""", WriteApiHost.Json(first));
        Assert.Equal(
            """{"accepted":false,"errors":[{"__typename":"ReadingLimitReachedError","code":"READING_ALREADY_SUBMITTED_THIS_MONTH","message":"Odczyt tego licznika został już podany w tym miesiącu. Kolejny można podać w przyszłym miesiącu."}]}""",
            WriteApiHost.Json(second));
        Assert.Equal("""{"accepted":true,"errors":[]}""", WriteApiHost.Json(nextMonth));
        await using var db = host.SystemContext();
        var stored = await db.Set<MeterReadingRow>().Where(row => row.Source == ReadingSource.Anonymous).OrderBy(row => row.ReadingDate).Select(row => row.Value).ToListAsync();
        Assert.Equal([150m, 160m], stored);
        Assert.NotEqual(before, await host.RowCountsAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReadingAnonymously_UnknownCustomerWrongMeterOrSomeoneElsesMeter_GiveTheSameAnswer(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        await host.SeedCustomerAsync("100001");
        var other = await host.SeedCustomerAsync("100002");
        var before = await host.RowCountsAsync();

        var unknownCustomer = await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, new { customerNumber = "999999", serial = "WM-100001", date = "2026-05-02", value = "150" });
        var unknownMeter = await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, new { customerNumber = "100001", serial = "WM-XXXX", date = "2026-05-02", value = "150" });
        var othersMeter = await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, new { customerNumber = "100001", serial = other.MeterSerial, date = "2026-05-02", value = "150" });

        Assert.Equal(MeterNotFound, WriteApiHost.Json(unknownCustomer));
        Assert.Equal(MeterNotFound, WriteApiHost.Json(unknownMeter));
        Assert.Equal(MeterNotFound, WriteApiHost.Json(othersMeter));
        Assert.Equal(before, await host.RowCountsAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReadingAnonymously_DomainRejection_NamesTheRuleWithoutTheMetersData(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var before = await host.RowCountsAsync();

        var lower = await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, new { customerNumber = "100001", serial = customer.MeterSerial, date = "2026-05-02", value = "99" });

        Assert.Equal(
            """{"accepted":false,"errors":[{"__typename":"ReadingRejectedError","code":"LOWER_THAN_PREVIOUS","message":"Odczyt jest niższy niż poprzedni odczyt.","reason":"LOWER_THAN_PREVIOUS"}]}""",
            WriteApiHost.Json(lower));
        Assert.Equal(before, await host.RowCountsAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReadingAnonymously_TooManyAttemptsFromOneClient_IsRateLimitedUntilTheWindowMoves(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider, options =>
        {
            options.AttemptsPerClient = 3;
            options.AttemptsPerCustomerNumber = 100;
            options.Window = TimeSpan.FromMinutes(10);
        });
        await host.SeedCustomerAsync("100001");
        var guess = new { customerNumber = "100001", serial = "WM-GUESS", date = "2026-05-02", value = "150" };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(MeterNotFound, WriteApiHost.Json(await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, guess)));
            host.Clock.Now = host.Clock.Now.AddMinutes(1);
        }

        var limited = await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, guess);
        host.ClientAddress = "198.51.100.7";
        var otherClient = await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, guess);
        host.ClientAddress = "192.0.2.10";
        host.Clock.Now = host.Clock.Now.AddMinutes(7);
        var afterWindow = await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, guess);

        // The first attempt was at 10:00, so the window lets a fourth in at 10:10; it is 10:03 now: 420 s to wait.
        Assert.Equal(
            """{"accepted":false,"errors":[{"__typename":"RateLimitedError","code":"RATE_LIMITED","message":"Zbyt wiele prób w krótkim czasie. Spróbuj ponownie za 420 s.","retryAfterSeconds":420}]}""",
            WriteApiHost.Json(limited));
        Assert.Equal(MeterNotFound, WriteApiHost.Json(otherClient));
        Assert.Equal(MeterNotFound, WriteApiHost.Json(afterWindow));
    }

    [Fact]
    public async Task SubmitReadingAnonymously_ManyClientsOneCustomerNumber_IsRateLimitedPerCustomerNumber()
    {
        await using var host = await WriteApiHost.CreateAsync("sqlite", options =>
        {
            options.AttemptsPerClient = 100;
            options.AttemptsPerCustomerNumber = 2;
            options.Window = TimeSpan.FromMinutes(10);
        });
        await host.SeedCustomerAsync("100001");
        var guess = new { customerNumber = "100001", serial = "WM-GUESS", date = "2026-05-02", value = "150" };
        for (var attempt = 0; attempt < 2; attempt++)
        {
            host.ClientAddress = $"203.0.113.{attempt}";
            await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, guess);
        }

        host.ClientAddress = "203.0.113.99";
        var limited = await host.MutateAsync(Viewer.Anonymous, "submitReadingAnonymously", Mutation, guess);

        Assert.Equal("RATE_LIMITED", limited.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(600, limited.GetProperty("errors")[0].GetProperty("retryAfterSeconds").GetInt32());
    }
}
