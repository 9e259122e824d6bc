using System.Globalization;
using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser.Billing;

/// <summary>The consumption chart in chromium: its GET form switches the chart type and the period, and the table beside it follows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsumptionBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Chart_SwitchTypeThenPeriod_RedrawsTheSvgAndTheTable()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/consumption");
        await browser.CheckPageAsync(page, nameof(Chart_SwitchTypeThenPeriod_RedrawsTheSvgAndTheTable), "consumption-column");
        var monthRows = await RowsAsync(page);
        var columns = await page.Locator("svg.chart-column rect.chart-bar").CountAsync();
        var linesInColumnChart = await page.Locator("svg polyline.chart-line-path").CountAsync();

        await page.GetByLabel("liniowy").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż" }).ClickAsync();
        await page.ArrivedAtAsync("**/consumption?*chart=line*");
        await browser.CheckPageAsync(page, nameof(Chart_SwitchTypeThenPeriod_RedrawsTheSvgAndTheTable), "consumption-line");
        var lineRows = await RowsAsync(page);
        var paths = await page.Locator("svg.chart-line polyline.chart-line-path").CountAsync();
        var points = await page.Locator("svg.chart-line circle.chart-point").CountAsync();
        var barsInLineChart = await page.Locator("svg rect.chart-bar").CountAsync();

        // One whole past month by day: a row and a column per day, the first and last labelled with the period's ends.
        var month = DateOnly.FromDateTime(DateTime.Now).AddMonths(-3);
        var from = new DateOnly(month.Year, month.Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        await page.Locator("#from").FillAsync(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#to").FillAsync(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("dni").CheckAsync();
        await page.GetByLabel("kolumnowy").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż" }).ClickAsync();
        await page.ArrivedAtAsync("**/consumption?*by=day*");
        await browser.CheckPageAsync(page, nameof(Chart_SwitchTypeThenPeriod_RedrawsTheSvgAndTheTable), "consumption-days");
        var dayRows = await RowsAsync(page);

        Assert.NotEmpty(monthRows);
        Assert.Equal(monthRows.Count, columns);
        Assert.Equal(0, linesInColumnChart);
        Assert.Equal(monthRows, lineRows);
        Assert.Equal(1, paths);
        Assert.Equal(monthRows.Count, points);
        Assert.Equal(0, barsInLineChart);
        Assert.Equal(to.Day, dayRows.Count);
        Assert.Equal(to.Day, await page.Locator("svg.chart-column rect.chart-bar").CountAsync());
        Assert.StartsWith(from.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " ", dayRows[0], StringComparison.Ordinal);
        Assert.StartsWith(to.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " ", dayRows[^1], StringComparison.Ordinal);
        Assert.Equal("Dzień", await page.Locator("table.chart-table thead th").First.TextContentAsync());
        Assert.Equal(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), await page.Locator("#from").InputValueAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Chart_InEnglish_ShowsEnglishTexts()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/consumption?chart=line");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.WaitForSelectorAsync("html[lang=en]");

        Assert.Equal("Consumption", await page.Locator("h1").TextContentAsync());
        Assert.Equal("Show", (await page.Locator("form.chart-options button[type=submit]").TextContentAsync())?.Trim());
        Assert.Equal("Month", await page.Locator("table.chart-table thead th").First.TextContentAsync());
        Assert.EndsWith("/consumption?chart=line", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("svg.chart-line polyline.chart-line-path").CountAsync());
        await browser.CheckPageAsync(page, nameof(Chart_InEnglish_ShowsEnglishTexts), "consumption-en");
        await page.Context.CloseAsync();
    }

    /// <summary>The table's body rows as "label quantity" (the chart's figures).</summary>
    private static async Task<IReadOnlyList<string>> RowsAsync(IPage page) =>
        [.. (await page.Locator("table.chart-table tbody tr").AllInnerTextsAsync()).Select(row => string.Join(' ', row.Split(['\t', '\n'], StringSplitOptions.RemoveEmptyEntries)).Replace('\u00a0', ' '))];
}
