using System.Net;
using IBok.Web.Portal;

namespace IBok.Web.Tests.Portal.Core;

public sealed class AccessTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Theory]
    [InlineData("/meters", "/account/sign-in?returnUrl=%2Fmeters")]
    [InlineData("/premises?x=1", "/account/sign-in?returnUrl=%2Fpremises%3Fx%3D1")]
    [InlineData("/", "/account/sign-in")]
    public async Task CustomerPage_NotSignedIn_RedirectsToSignIn(string url, string expectedLocation)
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectedLocation, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task GraphQL_NotSignedInWithoutCredentials_StillAnswersJsonNotARedirect()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/graphql?query=%7B__typename%7D", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task CustomerPage_Operator_IsForbidden()
    {
        using var browser = await host.SignInAsOperatorAsync();

        using var response = await browser.GetAsync(new Uri("/meters", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Page_Anyone_CarriesTheSecurityHeaders()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.Equal(PortalSecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("script-src 'self';", PortalSecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", PortalSecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_IsServedWithoutSignIn()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/css/portal.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SignOut_EndsTheSessionEvenForACopiedCookie()
    {
        using var browser = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);
        using var before = await browser.GetAsync(new Uri("/premises", UriKind.Relative));
        var copiedSessionCookie = string.Join("; ", before.RequestMessage!.Headers.GetValues("Cookie"));

        using var signOut = await PortalHost.PostFormAsync(browser, "/account/sign-out", []);
        using var afterSignOut = await browser.GetAsync(new Uri("/premises", UriKind.Relative));
        using var replay = host.CreateBrowser();
        using var replayed = await replay.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/premises") { Headers = { { "Cookie", copiedSessionCookie } } });

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/sign-in?done=signed-out", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Fpremises", replayed.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Language_SwitchedToEnglish_IsRememberedAndGoesBack()
    {
        using var browser = host.CreateBrowser();

        using var response = await PortalHost.PostFormAsync(browser, "/language", new Dictionary<string, string> { ["lang"] = "en", ["returnUrl"] = "/account/register" }, formPageUrl: "/account/sign-in");
        var page = await PortalHost.GetPageAsync(browser, "/account/register");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/register", response.Headers.Location?.OriginalString);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Create an account", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Polski", page.QuerySelector(".language-switch button")?.TextContent);
    }

    [Fact]
    public async Task Language_Unknown_IsRefusedAndNothingIsRemembered()
    {
        using var browser = host.CreateBrowser();

        using var response = await PortalHost.PostFormAsync(browser, "/language", new Dictionary<string, string> { ["lang"] = "de", ["returnUrl"] = "/" }, formPageUrl: "/account/sign-in");
        var page = await PortalHost.GetPageAsync(browser, "/account/sign-in");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
    }
}
