using System.Globalization;
using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser.Billing;

/// <summary>
/// Submitting a meter reading in chromium: accepted with its consumption, rejected with the specific error, with the
/// keyboard only and with JavaScript off. A new reading is dated the day after the meter's latest one, so the tests pass
/// in any order on the shared server.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingBrowserTests(BrowserFixture browser)
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    [Fact]
    public async Task SubmitReading_Valid_ShowsTheConfirmationWithConsumption()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/readings");
        await browser.CheckPageAsync(page, nameof(SubmitReading_Valid_ShowsTheConfirmationWithConsumption), "readings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Podaj odczyt" }).First.ClickAsync();
        await page.ArrivedAtAsync("**/readings/submit?meterId=*");
        await browser.CheckPageAsync(page, nameof(SubmitReading_Valid_ShowsTheConfirmationWithConsumption), "submit");
        var meterId = MeterFacts.MeterIdOf(page.Url);
        var previous = MeterFacts.ParsePrevious(await page.Locator("#previous-reading").InnerTextAsync());
        var day = MeterFacts.NextFreeDay(browser.Server.DatabaseFile, meterId);

        await page.Locator("#date").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#value").FillAsync((previous.Value + 2).ToString("0.###", Polish));
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij odczyt" }).ClickAsync();
        await page.ArrivedAtAsync("**/readings/confirmation/*");

        Assert.Equal("Odczyt przyjęty", await page.Locator("h1").TextContentAsync());
        Assert.Equal(day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), await page.Locator("#reading-date").TextContentAsync());
        Assert.Equal("2,000\u00a0m³", await page.Locator("#consumption").TextContentAsync());
        await browser.CheckPageAsync(page, nameof(SubmitReading_Valid_ShowsTheConfirmationWithConsumption), "confirmation");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SubmitReading_LowerThanPrevious_ShowsTheErrorAndStoresNothing()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/readings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Podaj odczyt" }).First.ClickAsync();
        await page.ArrivedAtAsync("**/readings/submit?meterId=*");
        var meterId = MeterFacts.MeterIdOf(page.Url);
        var previous = MeterFacts.ParsePrevious(await page.Locator("#previous-reading").InnerTextAsync());
        var readingsBefore = MeterFacts.ReadingCount(browser.Server.DatabaseFile, meterId);

        await page.Locator("#date").FillAsync(MeterFacts.NextFreeDay(browser.Server.DatabaseFile, meterId).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#value").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij odczyt" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();

        var expected = $"Odczyt jest niższy niż poprzedni odczyt ({previous.Value.ToString("0.###", Polish)} m³ z dnia {previous.Date:dd.MM.yyyy}).";
        Assert.Equal(expected, await page.Locator("#value-error").TextContentAsync());
        Assert.Equal(expected, (await page.Locator(".error-summary a[href='#value']").TextContentAsync())?.Trim());
        Assert.Equal("true", await page.Locator("#value").GetAttributeAsync("aria-invalid"));
        Assert.Equal("0", await page.Locator("#value").InputValueAsync());
        Assert.Equal(readingsBefore, MeterFacts.ReadingCount(browser.Server.DatabaseFile, meterId));
        await browser.CheckPageAsync(page, nameof(SubmitReading_LowerThanPrevious_ShowsTheErrorAndStoresNothing), "submit-error");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SubmitReading_KeyboardOnly_ReachesTheFormAndSubmitsWithEnter()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/readings");
        // The second meter: the other tests use the first, and this one keeps the form's own date (today).
        var target = await page.GetByRole(AriaRole.Link, new() { Name = "Podaj odczyt" }).Nth(1).GetAttributeAsync("href");

        await TabToAsync(page, $"document.activeElement.getAttribute('href') === {Quote(target!)}");
        await page.Keyboard.PressAsync("Enter");
        await page.ArrivedAtAsync("**/readings/submit?meterId=*");
        await browser.CheckPageAsync(page, nameof(SubmitReading_KeyboardOnly_ReachesTheFormAndSubmitsWithEnter), "submit");
        var previous = MeterFacts.ParsePrevious(await page.Locator("#previous-reading").InnerTextAsync());
        var today = DateOnly.ParseExact(await page.Locator("#date").InputValueAsync(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await TabToAsync(page, "document.activeElement.id === 'value'");
        await page.Keyboard.TypeAsync((previous.Value + 3).ToString("0.###", Polish));
        await page.Keyboard.PressAsync("Enter");
        await page.ArrivedAtAsync("**/readings/confirmation/*");

        Assert.Equal(today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), await page.Locator("#reading-date").TextContentAsync());
        Assert.Equal("3,000\u00a0m³", await page.Locator("#consumption").TextContentAsync());
        await browser.CheckPageAsync(page, nameof(SubmitReading_KeyboardOnly_ReachesTheFormAndSubmitsWithEnter), "confirmation");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SubmitReading_WithoutJavaScript_RejectsAnEmptyValueThenAcceptsAReading()
    {
        var page = await browser.SignedInPageAsync(javaScriptEnabled: false);
        await page.GotoAsync("/readings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Podaj odczyt" }).First.ClickAsync();
        await page.ArrivedAtAsync("**/readings/submit?meterId=*");
        var meterId = MeterFacts.MeterIdOf(page.Url);
        var previous = MeterFacts.ParsePrevious(await page.Locator("#previous-reading").InnerTextAsync());
        await page.Locator("#value").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij odczyt" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        var emptyError = await page.Locator("#value-error").TextContentAsync();
        // Screenshots only: axe-core cannot run where scripts are off (the same pages are axe-checked with scripts on above).
        await ScreenshotAsync(page, nameof(SubmitReading_WithoutJavaScript_RejectsAnEmptyValueThenAcceptsAReading), "submit-error");

        var day = MeterFacts.NextFreeDay(browser.Server.DatabaseFile, meterId);
        await page.Locator("#date").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#value").FillAsync((previous.Value + 1).ToString("0.###", Polish));
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij odczyt" }).ClickAsync();
        await page.ArrivedAtAsync("**/readings/confirmation/*");

        Assert.Equal("Podaj stan licznika.", emptyError);
        Assert.Equal(day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), await page.Locator("#reading-date").TextContentAsync());
        Assert.Equal("1,000\u00a0m³", await page.Locator("#consumption").TextContentAsync());
        await ScreenshotAsync(page, nameof(SubmitReading_WithoutJavaScript_RejectsAnEmptyValueThenAcceptsAReading), "confirmation");
        await page.Context.CloseAsync();
    }

    /// <summary>Presses Tab until the condition holds for the focused element (at most 100 times: the page is finite).</summary>
    private static async Task TabToAsync(IPage page, string condition)
    {
        for (var press = 0; press < 100; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }
        }

        Assert.Fail("Tab never reached the element where " + condition);
    }

    private static Task<byte[]> ScreenshotAsync(IPage page, string test, string pageName) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{test}-{pageName}.png"), FullPage = true });

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
