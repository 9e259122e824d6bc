using System.Net;
using IBok.GraphQL.Persistence.Model.Metering;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Billing;

/// <summary>Readings the portal stores (or refuses for the meter's legalization); each test uses its own meter.</summary>
public sealed class ReadingAcceptedTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Submit_ValidReading_RedirectsToConfirmationWithTheConsumption()
    {
        var meter = await MeterAsync(MeterKindOrder.Main);
        var latest = (await BillingData.ReadingsAsync(host, meter.Id))[^1];
        // The demo's main meters take whole cubic metres (reading precision 0).
        var value = decimal.Truncate(latest.Value) + 12m;
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await PortalHost.PostFormAsync(
            browser, $"/readings/submit?meterId={meter.Id}", [new("Date", BillingData.Iso(PortalHost.Today)), new("Value", BillingData.Pl(value))]);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, (await PortalHost.ParseAsync(response)).QuerySelector(".error-summary").Text());
        var stored = await host.WithDatabaseAsync(db => db.Set<MeterReadingRow>()
            .Where(row => row.MeterId == meter.Id && row.ReadingDate == PortalHost.Today).SingleAsync());
        Assert.Equal(value, stored.Value);
        Assert.Equal(ReadingSource.Portal, stored.Source);
        Assert.Equal($"/readings/confirmation/{stored.Id}", response.Headers.Location?.OriginalString);
        var page = await PortalHost.GetPageAsync(browser, response.Headers.Location!.OriginalString);
        Assert.Equal("Odczyt przyjęty", page.QuerySelector("h1").Text());
        Assert.Equal($"{IBok.Web.Portal.PortalFormat.Polish.Number(value - latest.Value, 3)}\u00A0m³", page.QuerySelector("#consumption").Text());
        Assert.Equal(0, meter.ReadingPrecision);
        Assert.Equal($"{IBok.Web.Portal.PortalFormat.Polish.Number(value, 3)}\u00A0m³", page.QuerySelector("#reading-value").Text());
        Assert.Equal(
            $"{IBok.Web.Portal.PortalFormat.Polish.Number(latest.Value, 3)}\u00A0m³ z dnia {latest.ReadingDate:dd.MM.yyyy}",
            page.QuerySelector("#previous-reading").Text());
        Assert.Equal("21.11.2026", page.QuerySelector("#reading-date").Text());
    }

    [Fact]
    public async Task Submit_LegalizationExpired_NamesTheLastLegalDayAndStoresNothing()
    {
        var meter = await MeterAsync(MeterKindOrder.Submeter);
        var expired = PortalHost.Today.AddDays(-10);
        await host.WithDatabaseAsync(async db =>
        {
            var row = await db.Set<MeterRow>().SingleAsync(other => other.Id == meter.Id);
            row.LegalizationValidUntil = expired;
            return await db.SaveChangesAsync();
        });
        var latest = (await BillingData.ReadingsAsync(host, meter.Id))[^1];
        var before = await BillingData.ReadingCountAsync(host);
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await PortalHost.PostFormAsync(
            browser, $"/readings/submit?meterId={meter.Id}", [new("Date", BillingData.Iso(PortalHost.Today)), new("Value", BillingData.Pl(latest.Value + 1m))]);

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            $"Legalizacja licznika wygasła {expired.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)}; odczytu z późniejszą datą nie można przyjąć. Skontaktuj się z nami w sprawie wymiany licznika.",
            page.QuerySelector("#date-error").Text());
        Assert.Equal(before, await BillingData.ReadingCountAsync(host));
    }

    [Fact]
    public async Task Confirmation_AnotherCustomersReading_IsNotFound()
    {
        var businessId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Business.CustomerNumber);
        var theirs = (await BillingData.ReadingsAsync(host, (await BillingData.MetersAsync(host, businessId))[0].Id))[^1];
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await browser.GetAsync(new Uri($"/readings/confirmation/{theirs.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task History_ListsEveryReadingOfEachMeterNewestFirst()
    {
        var customerId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        var meter = await MeterAsync(MeterKindOrder.Submeter);
        var readings = await host.WithDatabaseAsync(db => db.Set<MeterReadingRow>().Where(row => row.MeterId == meter.Id)
            .OrderByDescending(row => row.ReadingDate).ThenByDescending(row => row.Id).ToListAsync());
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/readings");

        var table = page.QuerySelector($"section[aria-labelledby='meter-{meter.Id}'] table");
        Assert.Equal($"Odczyty licznika {meter.SerialNumber}", table?.QuerySelector("caption").Text());
        var rows = table!.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(readings.Count, rows.Count);
        Assert.Equal(readings[0].ReadingDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), rows[0].QuerySelector("td").Text());
        Assert.Equal($"{IBok.Web.Portal.PortalFormat.Polish.Number(readings[0].Value, 3)}\u00A0m³", rows[0].QuerySelectorAll("td")[1].Text());
        Assert.Equal(
            (await BillingData.MetersAsync(host, customerId)).Count,
            page.QuerySelectorAll("section.meter-readings").Length);
    }

    private enum MeterKindOrder
    {
        Main,
        Submeter,
    }

    private async Task<MeterRow> MeterAsync(MeterKindOrder which)
    {
        var customerId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        var meters = (await BillingData.MetersAsync(host, customerId)).Where(meter => meter.RemovedOn is null).ToList();
        return which == MeterKindOrder.Main
            ? meters.First(meter => meter.Kind == IBok.Domain.Metering.MeterKind.MainWater)
            : meters.First(meter => meter.Kind == IBok.Domain.Metering.MeterKind.Submeter);
    }
}
