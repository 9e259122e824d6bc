using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser.Core;

[Collection(BrowserCollection.Name)]
public sealed class SmokeBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignIn_Page_HasNoViolations()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/account/sign-in");

        Assert.Equal("Logowanie", await page.Locator("h1").TextContentAsync());
        await browser.CheckPageAsync(page, nameof(SignIn_Page_HasNoViolations), "sign-in");
        await page.Context.CloseAsync();
    }
}
