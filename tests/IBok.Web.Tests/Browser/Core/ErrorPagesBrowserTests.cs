using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser.Core;

/// <summary>The 404 and 403 pages of the real server (Production) in chromium: axe-clean, with screenshots, and the way home works.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ErrorPagesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task NotFoundAndForbidden_HaveNoViolationsAndLeadHome()
    {
        var page = await browser.SignedInPageAsync();

        var notFound = await page.GotoAsync("/nie-ma-takiej-strony");
        await browser.CheckPageAsync(page, nameof(NotFoundAndForbidden_HaveNoViolationsAndLeadHome), "404");
        var forbidden = await page.GotoAsync("/staff");
        await browser.CheckPageAsync(page, nameof(NotFoundAndForbidden_HaveNoViolationsAndLeadHome), "403");
        await page.GetByRole(AriaRole.Link, new() { Name = "Przejdź do strony głównej" }).ClickAsync();
        await page.ArrivedAtAsync(url => new Uri(url).AbsolutePath == "/");

        Assert.Equal(404, notFound?.Status);
        Assert.Equal(403, forbidden?.Status);
        Assert.Equal("Pulpit", await page.Locator("h1").TextContentAsync());
        await page.Context.CloseAsync();
    }
}
