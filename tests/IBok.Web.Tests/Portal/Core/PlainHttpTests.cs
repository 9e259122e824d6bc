using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IBok.Web.Tests.Portal.Core;

/// <summary>The run command serves plain http://localhost:5080 with <c>Auth:RequireHttps=false</c> (launch profile).</summary>
public sealed class PlainHttpTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task SignIn_OverPlainHttpWhenHttpsIsNotRequired_SignsInWithUnprefixedCookiesThatFollowTheScheme()
    {
        using var factory = host.WithWebHostBuilder(builder => builder.UseSetting("Auth:RequireHttps", "false"));
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://localhost"), HandleCookies = true, AllowAutoRedirect = false,
        });
        var login = PortalHost.Logins.Household;

        using var response = await PortalHost.PostFormAsync(
            browser, "/account/sign-in", new Dictionary<string, string> { ["Login"] = login.CustomerNumber, ["Password"] = login.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), header => header.StartsWith("ibok-session=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        using var dashboard = await browser.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task SignIn_OverHttpsByDefault_UsesHostPrefixedSecureCookies()
    {
        using var browser = host.CreateBrowser();
        var login = PortalHost.Logins.Business;

        using var response = await PortalHost.PostFormAsync(
            browser, "/account/sign-in", new Dictionary<string, string> { ["Login"] = login.CustomerNumber, ["Password"] = login.Password });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), header => header.StartsWith("__Host-ibok-session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
