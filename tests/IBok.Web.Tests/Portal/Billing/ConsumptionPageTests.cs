using System.Globalization;
using System.Net;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Billing;

public sealed class ConsumptionPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Chart_ByMonthAsLine_DrawsTheApisSeriesWithTheSameFiguresInATable()
    {
        var meter = await MainMeterAsync();
        var expected = await SeriesAsync(meter, new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 21), ConsumptionGranularity.Month);
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, $"/consumption?meterId={meter.Id}&from=2025-12-01&to=2026-11-21&by=month&chart=line");

        var svg = page.QuerySelector("svg[role=img]");
        Assert.NotNull(svg);
        Assert.Equal($"Zużycie licznika {meter.SerialNumber} w m³, 01.12.2025 – 21.11.2026", svg.QuerySelector("title").Text());
        Assert.Equal($"Wykres liniowy: zużycie w kolejnych miesiącach ({expected.Count}). Te same dane są w tabeli obok.", svg.QuerySelector("desc").Text());
        Assert.Equal("consumption-chart-title consumption-chart-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Single(svg.QuerySelectorAll("polyline"));
        Assert.Equal(expected.Count, svg.QuerySelectorAll("circle").Length);
        Assert.Empty(svg.QuerySelectorAll("rect"));
        Assert.NotEmpty(expected);
        var rows = page.QuerySelectorAll("table.chart-table tbody tr").ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Start.ToString("MM.yyyy", CultureInfo.InvariantCulture), rows[i].QuerySelector("th").Text());
            Assert.Equal(
                PortalFormat.Polish.Number(expected[i].Quantity, 3) + "\u00A0m³" + (expected[i].IncludesEstimates ? " (szacunek)" : ""),
                rows[i].QuerySelector("td").Text());
        }

        Assert.Equal(PortalFormat.Polish.Number(expected.Sum(point => point.Quantity), 3) + "\u00A0m³", page.QuerySelector("table.chart-table tfoot td").Text());
        // Axis labels are Polish numbers: a decimal comma, never a point.
        var yLabels = svg.QuerySelectorAll("text[text-anchor=end]").Select(text => text.TextContent).ToList();
        Assert.Equal("0", yLabels[0]);
        Assert.All(yLabels, label => Assert.DoesNotContain(".", label, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chart_ByDayAsColumns_HasOneColumnPerDay()
    {
        var meter = await MainMeterAsync();
        var expected = await SeriesAsync(meter, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), ConsumptionGranularity.Day);
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, $"/consumption?meterId={meter.Id}&from=2026-09-01&to=2026-09-30&by=day&chart=column");

        Assert.Equal(30, expected.Count);
        Assert.Equal(expected.Count, page.QuerySelectorAll("svg[role=img] rect.chart-bar").Length);
        var rows = page.QuerySelectorAll("table.chart-table tbody tr").ToList();
        Assert.Equal("01.09.2026", rows[0].QuerySelector("th").Text());
        Assert.Equal(PortalFormat.Polish.Number(expected[0].Quantity, 3) + "\u00A0m³" + (expected[0].IncludesEstimates ? " (szacunek)" : ""), rows[0].QuerySelector("td").Text());
        Assert.Equal("checked", page.QuerySelector("input[name=by][value=day]")?.GetAttribute("checked"));
        Assert.Equal("checked", page.QuerySelector("input[name=chart][value=column]")?.GetAttribute("checked"));
        Assert.Equal("get", page.QuerySelector("main form")?.GetAttribute("method"));
    }

    [Fact]
    public async Task Chart_PeriodEndingBeforeItStarts_ShowsASpecificError()
    {
        var meter = await MainMeterAsync();
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, $"/consumption?meterId={meter.Id}&from=2026-10-01&to=2026-09-01");

        Assert.Equal("Początek okresu nie może być późniejszy niż jego koniec.", page.QuerySelector("#from-error").Text());
        Assert.Null(page.QuerySelector("svg"));
    }

    [Fact]
    public async Task Chart_TooManyDays_ShowsTheLimit()
    {
        var meter = await MainMeterAsync();
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, $"/consumption?meterId={meter.Id}&from=2025-01-01&to=2026-11-21&by=day");

        Assert.Equal("Zużycie dzienne można pokazać najwyżej dla 366 dni. Skróć okres albo wybierz podział na miesiące.", page.QuerySelector("#from-error").Text());
    }

    [Fact]
    public async Task Chart_AnotherCustomersMeter_IsNotFound()
    {
        var businessId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Business.CustomerNumber);
        var theirs = (await BillingData.MetersAsync(host, businessId))[0];
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await browser.GetAsync(new Uri($"/consumption?meterId={theirs.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<MeterRow> MainMeterAsync()
    {
        var customerId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        return (await BillingData.MetersAsync(host, customerId)).First(meter => meter.RemovedOn is null && meter.Kind == IBok.Domain.Metering.MeterKind.MainWater);
    }

    private Task<IReadOnlyList<ConsumptionPoint>> SeriesAsync(MeterRow meter, DateOnly from, DateOnly to, ConsumptionGranularity granularity) =>
        host.WithDatabaseAsync(async db =>
            ConsumptionSeries.Of(meter, await db.Set<MeterReadingRow>().Where(row => row.MeterId == meter.Id).ToListAsync(), from, to, granularity));
}
