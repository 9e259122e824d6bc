using System.Net;

namespace IBok.Web.Tests.Portal;

public sealed class PortalSkeletonTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Dashboard_NotSignedIn_RedirectsToSignInWithoutReturnUrl()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Dashboard_SignedInCustomer_GreetsByName()
    {
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/");

        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Pulpit", page.QuerySelector("h1")?.TextContent);
        Assert.Contains(PortalHost.Logins.Household.Name, page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }
}
