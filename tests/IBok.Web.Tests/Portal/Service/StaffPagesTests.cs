using System.Net;
using IBok.Domain.Cases;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Service;

public sealed class StaffPagesTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/readings")]
    [InlineData("/staff/outages")]
    public async Task StaffPage_Customer_IsForbidden(string path)
    {
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/notices")]
    [InlineData("/cases/new")]
    [InlineData("/settings")]
    public async Task CustomerPage_Operator_IsForbidden(string path)
    {
        using var staff = await host.SignInAsOperatorAsync();

        using var response = await staff.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Outage_InvalidInEnglish_ShowsTheEnglishMessage()
    {
        using var staff = await host.SignInAsOperatorAsync();
        using var switched = await PortalHost.PostFormAsync(staff, "/language", new Dictionary<string, string> { ["lang"] = "en", ["returnUrl"] = "/staff/outages" }, "/staff/outages");

        using var response = await PortalHost.PostFormAsync(staff, "/staff/outages", new Dictionary<string, string>
        {
            ["Kind"] = "Failure", ["Title"] = "Burst main", ["Body"] = "No water.", ["StartsAt"] = "2026-11-21T11:00", ["EndsAt"] = "2026-11-21T09:00",
        });

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal("Outages", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["The outage must end after it starts."], ServicePages.ErrorSummary(page));
    }

    [Fact]
    public async Task StaffPage_NotSignedIn_RedirectsToSignIn()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/staff/outages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Fstaff%2Foutages", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Queue_Operator_ListsTheNewCase()
    {
        using var customer = await host.SignInAsCustomerAsync();
        var id = await CasePagesTests.FileCaseAsync(customer, "Do kolejki");
        using var staff = await host.SignInAsOperatorAsync();

        var page = await PortalHost.GetPageAsync(staff, "/staff");

        Assert.Equal("Kolejka spraw", page.QuerySelector("h1")?.TextContent);
        var row = page.QuerySelectorAll("#case-queue tbody tr").Single(tr => tr.QuerySelector("a")?.GetAttribute("href") == $"/staff/cases/{id}");
        Assert.Equal("Do kolejki", row.QuerySelector("a")?.TextContent);
        Assert.Equal(PortalHost.Logins.Household.Name, row.QuerySelectorAll("td")[4].TextContent);
    }

    [Fact]
    public async Task Reply_Operator_IsVisibleOnTheCustomersCasePage()
    {
        using var customer = await host.SignInAsCustomerAsync();
        var id = await CasePagesTests.FileCaseAsync(customer, "Prośba o odpowiedź");
        using var staff = await host.SignInAsOperatorAsync();

        using var response = await PortalHost.PostFormAsync(
            staff, $"/staff/cases/{id}?handler=Reply", new Dictionary<string, string> { ["Reply"] = "Dzień dobry, sprawdzimy to do piątku." }, $"/staff/cases/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/staff/cases/{id}?done=reply#messages", response.Headers.Location?.OriginalString);
        var page = await PortalHost.GetPageAsync(customer, $"/cases/{id}");
        var last = page.QuerySelectorAll(".case-message").Last();
        Assert.Contains("case-message-staff", last.ClassList);
        Assert.Equal("Dzień dobry, sprawdzimy to do piątku.", last.QuerySelector(".case-message-text")?.TextContent);
        Assert.Equal($"Biuro Obsługi Klienta ({PortalHost.Logins.Operator.Name})", last.QuerySelector(".case-message-author")?.TextContent);
    }

    [Fact]
    public async Task Reply_Empty_ShowsTheMessageAndAddsNothing()
    {
        using var customer = await host.SignInAsCustomerAsync();
        var id = await CasePagesTests.FileCaseAsync(customer, "Pusta odpowiedź operatora");
        using var staff = await host.SignInAsOperatorAsync();

        using var response = await PortalHost.PostFormAsync(staff, $"/staff/cases/{id}?handler=Reply", new Dictionary<string, string> { ["Reply"] = " " }, $"/staff/cases/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(["Wpisz treść odpowiedzi."], ServicePages.ErrorSummary(page));
        Assert.Equal("reply-error", page.QuerySelector("#reply")?.GetAttribute("aria-describedby"));
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Set<CaseMessageRow>().CountAsync(row => row.CaseId == id)));
    }

    [Fact]
    public async Task ChangeStatus_Allowed_ShowsOnTheCustomersHistory()
    {
        using var customer = await host.SignInAsCustomerAsync();
        var id = await CasePagesTests.FileCaseAsync(customer, "Do realizacji");
        using var staff = await host.SignInAsOperatorAsync();

        using var response = await PortalHost.PostFormAsync(
            staff, $"/staff/cases/{id}?handler=Status", new Dictionary<string, string> { ["NewStatus"] = "InProgress", ["Note"] = "Przekazano do działu technicznego." }, $"/staff/cases/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await PortalHost.GetPageAsync(customer, $"/cases/{id}");
        Assert.Equal("W realizacji", page.QuerySelector("#case-status")?.TextContent);
        var last = page.QuerySelectorAll("#case-history tbody tr").Last().QuerySelectorAll("td").Select(cell => cell.TextContent).ToList();
        Assert.Equal(["W realizacji", "Biuro Obsługi Klienta", "Przekazano do działu technicznego."], last.Skip(1));
    }

    [Fact]
    public async Task ChangeStatus_NotAllowed_ShowsTheMessageAndChangesNothing()
    {
        using var customer = await host.SignInAsCustomerAsync();
        var id = await CasePagesTests.FileCaseAsync(customer, "Zła zmiana statusu");
        using var staff = await host.SignInAsOperatorAsync();

        using var response = await PortalHost.PostFormAsync(
            staff, $"/staff/cases/{id}?handler=Status", new Dictionary<string, string> { ["NewStatus"] = "Submitted" }, $"/staff/cases/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(["Sprawy w tym statusie nie można przenieść do wybranego statusu."], ServicePages.ErrorSummary(page));
        Assert.Equal(CaseStatus.Registered, await host.WithDatabaseAsync(db => db.Set<CaseRow>().Where(row => row.Id == id).Select(row => row.Status).SingleAsync()));
    }

    [Fact]
    public async Task StaffCase_Unknown_IsNotFound()
    {
        using var staff = await host.SignInAsOperatorAsync();

        using var response = await staff.GetAsync(new Uri("/staff/cases/987654", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Outage_PublishedForTheCustomersStreet_AppearsInTheirNotices()
    {
        var customerId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        var premises = await host.WithDatabaseAsync(db => db.Set<PremisesRow>().Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).FirstAsync());
        using var staff = await host.SignInAsOperatorAsync();

        using var response = await PortalHost.PostFormAsync(staff, "/staff/outages", new Dictionary<string, string>
        {
            ["Kind"] = "Failure",
            ["Title"] = "Awaria wodociągu na " + premises.Street,
            ["Body"] = "Brak wody do odwołania. Beczkowóz przy szkole.",
            ["StartsAt"] = "2026-11-21T11:00",
            ["EndsAt"] = "2026-11-21T18:30",
            ["City"] = premises.City.ToUpperInvariant(),
            ["Streets"] = premises.Street + "\nNieistniejąca",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reached = await host.WithDatabaseAsync(db =>
            (from delivery in db.Set<NoticeDeliveryRow>()
             join notice in db.Set<NoticeRow>() on delivery.NoticeId equals notice.Id
             where notice.Title == "Awaria wodociągu na " + premises.Street
             select delivery.CustomerId).ToListAsync());
        Assert.Contains(customerId, reached);
        Assert.Equal($"/staff/outages?reached={reached.Count}", response.Headers.Location?.OriginalString);
        var confirmation = await PortalHost.GetPageAsync(staff, response.Headers.Location!.OriginalString);
        Assert.Equal($"Komunikat został opublikowany. Liczba odbiorców, do których trafił: {reached.Count}.", confirmation.QuerySelector("[role=status]")?.TextContent);

        using var customer = await host.SignInAsCustomerAsync();
        var page = await PortalHost.GetPageAsync(customer, "/notices");
        var first = page.QuerySelector("#notice-list > li");
        Assert.Equal("Awaria wodociągu na " + premises.Street, first?.QuerySelector("h2")?.TextContent);
        Assert.Equal("Awaria", first?.QuerySelector(".notice-kind")?.TextContent);
        Assert.Equal("Nieprzeczytany", first?.QuerySelector(".notice-state")?.TextContent);
        Assert.Equal(
            "Przerwa w dostawie: od 21.11.2026 11:00 do 21.11.2026 18:30",
            string.Join(' ', first?.QuerySelector(".notice-period")?.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? []));
    }

    [Theory]
    [InlineData("", "Treść", "2026-11-21T11:00", "", "Kraków", "title", "Podaj tytuł komunikatu.")]
    [InlineData("Tytuł", "", "2026-11-21T11:00", "", "Kraków", "body", "Wpisz treść komunikatu.")]
    [InlineData("Tytuł", "Treść", "", "", "Kraków", "startsAt", "Podaj początek przerwy w dostawie.")]
    [InlineData("Tytuł", "Treść", "jutro rano", "", "Kraków", "startsAt", "Początek przerwy ma niepoprawną datę lub godzinę.")]
    [InlineData("Tytuł", "Treść", "2026-11-21T11:00", "2026-11-21T10:00", "Kraków", "endsAt", "Koniec przerwy musi być później niż jej początek.")]
    [InlineData("Tytuł", "Treść", "2026-11-21T11:00", "", "", "city", "Podaj miejscowość, w której leżą ulice.")]
    public async Task Outage_Invalid_ShowsTheMessageAndPublishesNothing(string title, string body, string startsAt, string endsAt, string city, string field, string message)
    {
        using var staff = await host.SignInAsOperatorAsync();
        var before = await host.WithDatabaseAsync(db => db.Set<NoticeRow>().CountAsync());

        using var response = await PortalHost.PostFormAsync(staff, "/staff/outages", new Dictionary<string, string>
        {
            ["Kind"] = "PlannedShutdown", ["Title"] = title, ["Body"] = body, ["StartsAt"] = startsAt, ["EndsAt"] = endsAt, ["City"] = city, ["Streets"] = "Długa",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalHost.ParseAsync(response);
        Assert.Equal([message], ServicePages.ErrorSummary(page));
        Assert.Equal(message, page.QuerySelector($"#{field}-error")?.TextContent);
        Assert.Equal("PlannedShutdown", page.QuerySelector("#kind option[selected]")?.GetAttribute("value"));
        Assert.Equal("Długa", page.QuerySelector("#streets")?.TextContent);
        Assert.Equal(before, await host.WithDatabaseAsync(db => db.Set<NoticeRow>().CountAsync()));
    }

    [Fact]
    public async Task Readings_RejectWithoutReason_ShowsTheMessageAndKeepsItFlagged()
    {
        var readingId = await FlagReadingAsync();
        using var staff = await host.SignInAsOperatorAsync();

        using var response = await PortalHost.PostFormAsync(
            staff, "/staff/readings?handler=Review", new Dictionary<string, string> { ["ReadingId"] = readingId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Decision"] = "reject", ["Reason"] = "" }, "/staff/readings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(["Podaj powód odrzucenia odczytu."], ServicePages.ErrorSummary(page));
        Assert.Equal($"#reason-{readingId}", page.QuerySelector(".error-summary a")?.GetAttribute("href"));
        Assert.Equal(ReadingStatus.FlaggedForReview, await ReadingStatusAsync(readingId));
    }

    [Fact]
    public async Task Readings_Reject_WithReason_StoresTheDecision()
    {
        var readingId = await FlagReadingAsync();
        using var staff = await host.SignInAsOperatorAsync();
        var list = await PortalHost.GetPageAsync(staff, "/staff/readings");
        Assert.NotNull(list.QuerySelector($"#reading-{readingId}"));

        using var response = await PortalHost.PostFormAsync(
            staff, "/staff/readings?handler=Review", new Dictionary<string, string> { ["ReadingId"] = readingId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Decision"] = "reject", ["Reason"] = "Błąd odczytu ze zdjęcia." }, "/staff/readings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/readings?done=rejected", response.Headers.Location?.OriginalString);
        Assert.Equal(ReadingStatus.Rejected, await ReadingStatusAsync(readingId));
        var page = await PortalHost.GetPageAsync(staff, "/staff/readings?done=rejected");
        Assert.Equal("Odczyt został odrzucony.", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Null(page.QuerySelector($"#reading-{readingId}"));
    }

    [Fact]
    public async Task Readings_Accept_StoresTheDecision()
    {
        var readingId = await FlagReadingAsync();
        using var staff = await host.SignInAsOperatorAsync();

        using var response = await PortalHost.PostFormAsync(
            staff, "/staff/readings?handler=Review", new Dictionary<string, string> { ["ReadingId"] = readingId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Decision"] = "accept" }, "/staff/readings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReadingStatus.Accepted, await ReadingStatusAsync(readingId));
    }

    // Marks the household's latest accepted reading as flagged, as if the domain had found it unusual.
    private Task<long> FlagReadingAsync() => host.WithDatabaseAsync(async db =>
    {
        var customerId = await db.Set<CustomerRow>().Where(row => row.Number == PortalHost.Logins.Household.CustomerNumber).Select(row => row.Id).SingleAsync();
        var reading = await db.Set<MeterReadingRow>()
            .Where(row => row.CustomerId == customerId && row.Status == ReadingStatus.Accepted)
            .OrderByDescending(row => row.ReadingDate).ThenByDescending(row => row.Id)
            .FirstAsync();
        reading.Status = ReadingStatus.FlaggedForReview;
        reading.ReviewReasons = [IBok.Domain.Metering.ReadingReviewReason.UnusuallyHighConsumption];
        await db.SaveChangesAsync();
        return reading.Id;
    });

    private Task<ReadingStatus> ReadingStatusAsync(long id) =>
        host.WithDatabaseAsync(db => db.Set<MeterReadingRow>().Where(row => row.Id == id).Select(row => row.Status).SingleAsync());
}
