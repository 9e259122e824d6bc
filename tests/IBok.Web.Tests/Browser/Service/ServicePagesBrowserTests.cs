using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser.Service;

/// <summary>The remaining service pages in chromium, each visited once: axe-clean, with screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServicePagesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task FormsAndSettings_HaveNoViolations()
    {
        var page = await browser.SignedInPageAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Formularze" }).ClickAsync();
        await page.ArrivedAtAsync("**/forms");
        var forms = await page.Locator("h1").TextContentAsync();
        await browser.CheckPageAsync(page, nameof(FormsAndSettings_HaveNoViolations), "forms");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Ustawienia" }).ClickAsync();
        await page.ArrivedAtAsync("**/settings");

        Assert.Equal("Formularze do pobrania", forms);
        Assert.Equal("Ustawienia", await page.Locator("h1").TextContentAsync());
        await browser.CheckPageAsync(page, nameof(FormsAndSettings_HaveNoViolations), "settings");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StaffReadings_HasNoViolations()
    {
        var page = await browser.SignedInPageAsync(BrowserFixture.Logins.Operator.Email, BrowserFixture.Logins.Operator.Password);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Odczyty do sprawdzenia" }).ClickAsync();
        await page.ArrivedAtAsync("**/staff/readings");

        Assert.Equal("Odczyty do sprawdzenia", await page.Locator("h1").TextContentAsync());
        await browser.CheckPageAsync(page, nameof(StaffReadings_HasNoViolations), "staff-readings");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NoticesInEnglish_ShowEnglishTexts()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/notices");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.WaitForSelectorAsync("html[lang=en]");

        Assert.Equal("Notices", await page.Locator("h1").TextContentAsync());
        Assert.StartsWith("Unread:", await page.Locator("#notice-summary").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("New notice:", await page.Locator("#notice-live").GetAttributeAsync("data-text-new"));
        await browser.CheckPageAsync(page, nameof(NoticesInEnglish_ShowEnglishTexts), "notices-en");
        await page.Context.CloseAsync();
    }
}
