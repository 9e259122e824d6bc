using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser.Core;

/// <summary>The signed-in household's dashboard, premises and meters in chromium: axe-clean, with screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CustomerPagesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task DashboardPremisesAndMeters_HaveNoViolations()
    {
        var page = await browser.SignedInPageAsync();

        await browser.CheckPageAsync(page, nameof(DashboardPremisesAndMeters_HaveNoViolations), "dashboard");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Punkty i umowy" }).ClickAsync();
        await page.ArrivedAtAsync("**/premises");
        await browser.CheckPageAsync(page, nameof(DashboardPremisesAndMeters_HaveNoViolations), "premises");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Liczniki", Exact = true }).ClickAsync();
        await page.ArrivedAtAsync("**/meters");
        await browser.CheckPageAsync(page, nameof(DashboardPremisesAndMeters_HaveNoViolations), "meters");

        Assert.Equal(1, await page.Locator("#legalization-warning").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_InEnglish_HasNoViolations()
    {
        var page = await browser.SignedInPageAsync(BrowserFixture.Logins.Household.Email, BrowserFixture.Logins.Household.Password);

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.WaitForSelectorAsync("html[lang=en]");

        Assert.Equal("Dashboard", await page.Locator("h1").TextContentAsync());
        await browser.CheckPageAsync(page, nameof(Dashboard_InEnglish_HasNoViolations), "dashboard-en");
        await page.Context.CloseAsync();
    }
}
