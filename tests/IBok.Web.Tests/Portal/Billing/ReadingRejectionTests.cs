using System.Net;
using AngleSharp.Html.Dom;
using IBok.Domain.Metering;
using IBok.GraphQL.Persistence.Model.Metering;

namespace IBok.Web.Tests.Portal.Billing;

/// <summary>Every rejection reason of IBok.Domain, through the portal's reading form: a specific message next to the
/// field, the typed values kept, and nothing stored.</summary>
public sealed class ReadingRejectionTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static readonly DateOnly Today = PortalHost.Today;

    [Fact]
    public async Task Submit_NotANumber_SaysItMustBeANumber()
    {
        var (meter, _) = await ActiveMeterWithRealLatestAsync();

        await AssertRejectedAsync(meter, Iso(Today), "dwanaście", "value", "Odczyt musi być liczbą.");
    }

    [Fact]
    public async Task Submit_Negative_SaysItCannotBeNegative()
    {
        var (meter, _) = await ActiveMeterWithRealLatestAsync();

        await AssertRejectedAsync(meter, Iso(Today), "-5", "value", "Odczyt nie może być ujemny.");
    }

    [Fact]
    public async Task Submit_TooManyDecimals_NamesTheMetersPrecision()
    {
        var (meter, _) = await ActiveMeterWithRealLatestAsync();

        await AssertRejectedAsync(meter, Iso(Today), "12,34567", "value", $"Odczyt może mieć najwyżej {meter.ReadingPrecision} miejsc po przecinku.");
    }

    [Fact]
    public async Task Submit_AboveCounterCapacity_NamesTheCapacity()
    {
        var (meter, _) = await ActiveMeterWithRealLatestAsync();

        await AssertRejectedAsync(
            meter, Iso(Today), BillingData.Pl(meter.CounterCapacity), "value",
            $"Odczyt przekracza zakres licznika (licznik pokazuje wartości mniejsze niż {BillingData.Pl(meter.CounterCapacity)} m³).");
    }

    [Fact]
    public async Task Submit_BeforeInstallation_NamesTheInstallationDate()
    {
        var (meter, _) = await ActiveMeterWithRealLatestAsync();

        await AssertRejectedAsync(
            meter, Iso(meter.InstalledOn.AddDays(-1)), "10", "date",
            $"Data odczytu jest wcześniejsza niż data montażu licznika ({PolishDay(meter.InstalledOn)}).");
    }

    [Fact]
    public async Task Submit_AfterRemoval_NamesTheRemovalDate()
    {
        var customerId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        var removed = (await BillingData.MetersAsync(host, customerId)).First(meter => meter.RemovedOn is not null);
        var removedOn = removed.RemovedOn!.Value;

        await AssertRejectedAsync(
            removed, Iso(removedOn.AddDays(1)), "10", "date",
            $"Licznik został zdemontowany {PolishDay(removedOn)}; nie można podać odczytu z późniejszą datą.");
    }

    [Fact]
    public async Task Submit_InFuture_SaysTheDateCannotBeInTheFuture()
    {
        var (meter, latest) = await ActiveMeterWithRealLatestAsync();

        await AssertRejectedAsync(meter, Iso(Today.AddDays(1)), BillingData.Pl(latest.Value + 1m), "date", "Data odczytu nie może być z przyszłości.");
    }

    [Fact]
    public async Task Submit_SameDay_NamesTheDay()
    {
        var (meter, latest) = await ActiveMeterWithRealLatestAsync();

        await AssertRejectedAsync(
            meter, Iso(latest.ReadingDate), BillingData.Pl(latest.Value + 1m), "date", $"Dla tego licznika jest już odczyt z dnia {PolishDay(latest.ReadingDate)}.");
    }

    [Fact]
    public async Task Submit_BeforeLatestReading_NamesTheLatestReadingsDate()
    {
        var (meter, latest) = await ActiveMeterWithRealLatestAsync();

        await AssertRejectedAsync(
            meter, Iso(latest.ReadingDate.AddDays(-1)), BillingData.Pl(latest.Value + 1m), "date",
            $"Data odczytu jest wcześniejsza niż data ostatniego odczytu ({PolishDay(latest.ReadingDate)}).");
    }

    [Fact]
    public async Task Submit_LowerThanPrevious_QuotesThePreviousReading()
    {
        var (meter, latest) = await ActiveMeterWithRealLatestAsync();

        await AssertRejectedAsync(
            meter, Iso(Today), BillingData.Pl(latest.Value - 1m), "value",
            $"Odczyt jest niższy niż poprzedni odczyt ({BillingData.Pl(latest.Value)} m³ z dnia {PolishDay(latest.ReadingDate)}).");
    }

    [Fact]
    public async Task Submit_EmptyFields_AsksForBoth()
    {
        var (meter, _) = await ActiveMeterWithRealLatestAsync();
        using var browser = await host.SignInAsCustomerAsync();
        var before = await BillingData.ReadingCountAsync(host);

        var page = await PostAsync(browser, meter.Id, "", "");

        Assert.Equal(["Podaj datę odczytu.", "Podaj stan licznika."], page.QuerySelectorAll(".error-summary li").Select(item => item.Text()));
        Assert.Equal(before, await BillingData.ReadingCountAsync(host));
    }

    [Fact]
    public async Task Submit_InEnglish_AnswersInEnglish()
    {
        var (meter, _) = await ActiveMeterWithRealLatestAsync();
        using var browser = await host.SignInAsCustomerAsync();
        using var switched = await PortalHost.PostFormAsync(browser, "/language", [new("lang", "en"), new("returnUrl", "/readings")], formPageUrl: "/readings");

        var page = await PostAsync(browser, meter.Id, Iso(Today), "twelve");

        Assert.Equal("The reading must be a number.", page.QuerySelector("#value-error").Text());
        Assert.Equal("Submit a reading", page.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task Submit_InEnglish_WritesDatesAsTheEnglishPortalDoes()
    {
        var (meter, latest) = await ActiveMeterWithRealLatestAsync();
        using var browser = await host.SignInAsCustomerAsync();
        using var switched = await PortalHost.PostFormAsync(browser, "/language", [new("lang", "en"), new("returnUrl", "/readings")], formPageUrl: "/readings");

        var page = await PostAsync(browser, meter.Id, Iso(latest.ReadingDate), BillingData.Pl(latest.Value + 1m));

        Assert.Equal(
            $"This meter already has a reading on {latest.ReadingDate.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}.",
            page.QuerySelector("#date-error").Text());
    }

    [Fact]
    public async Task Form_AnotherCustomersMeter_IsNotFound()
    {
        var businessId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Business.CustomerNumber);
        var theirs = (await BillingData.MetersAsync(host, businessId))[0];
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await browser.GetAsync(new Uri($"/readings/submit?meterId={theirs.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Form_ShowsThePreviousReadingInAPlainForm()
    {
        var (meter, latest) = await ActiveMeterWithRealLatestAsync();
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, $"/readings/submit?meterId={meter.Id}");

        Assert.Equal(
            $"{PortalFormat(latest.Value)}\u00A0m³ z dnia {latest.ReadingDate:dd.MM.yyyy}",
            BillingData.Squeeze(page.QuerySelector("#previous-reading").Text()));
        var form = (IHtmlFormElement)page.QuerySelector("main form")!;
        Assert.Equal("post", form.Method);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Equal("Data odczytu", page.QuerySelector("label[for=date]").Text());
        Assert.Equal("Stan licznika (m³)", page.QuerySelector("label[for=value]").Text());
        Assert.Equal(Iso(Today), ((IHtmlInputElement)page.QuerySelector("#date")!).Value);
    }

    private static string PortalFormat(decimal value) => IBok.Web.Portal.PortalFormat.Polish.Number(value, 3);

    private static string Iso(DateOnly date) => BillingData.Iso(date);

    // Written out here rather than through PortalFormat, so the test checks the format itself.
    private static string PolishDay(DateOnly date) => date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The household's active main water meter and its latest reading, which is a real one in the demo.</summary>
    private async Task<(MeterRow Meter, MeterReadingRow Latest)> ActiveMeterWithRealLatestAsync()
    {
        var customerId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        foreach (var meter in (await BillingData.MetersAsync(host, customerId)).Where(meter => meter.RemovedOn is null).OrderBy(meter => meter.Kind))
        {
            var latest = (await BillingData.ReadingsAsync(host, meter.Id))[^1];
            if (latest.Kind != ReadingKind.Estimated && latest.Value >= 1m)
            {
                return (meter, latest);
            }
        }

        throw new InvalidOperationException("The demo household has no active meter whose latest reading is real.");
    }

    private static async Task<IHtmlDocument> PostAsync(HttpClient browser, long meterId, string date, string value)
    {
        var url = $"/readings/submit?meterId={meterId}";
        using var response = await PortalHost.PostFormAsync(browser, url, [new("Date", date), new("Value", value)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalHost.ParseAsync(response);
    }

    private async Task AssertRejectedAsync(MeterRow meter, string date, string value, string field, string message)
    {
        using var browser = await host.SignInAsCustomerAsync();
        var before = await BillingData.ReadingCountAsync(host);

        var page = await PostAsync(browser, meter.Id, date, value);

        Assert.Equal(message, page.QuerySelector($"#{field}-error").Text());
        var summaryLink = page.QuerySelector(".error-summary[role=alert] a");
        Assert.Equal(message, summaryLink.Text());
        Assert.Equal($"#{field}", summaryLink?.GetAttribute("href"));
        var input = (IHtmlInputElement)page.QuerySelector($"#{field}")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains($"{field}-error", input.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(date, ((IHtmlInputElement)page.QuerySelector("#date")!).Value);
        Assert.Equal(value, ((IHtmlInputElement)page.QuerySelector("#value")!).Value);
        Assert.Equal(before, await BillingData.ReadingCountAsync(host));
    }
}
