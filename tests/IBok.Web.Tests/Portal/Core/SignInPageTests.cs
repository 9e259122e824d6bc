using System.Net;

namespace IBok.Web.Tests.Portal.Core;

public sealed class SignInPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static Dictionary<string, string> Form(string login, string password) => new() { ["Login"] = login, ["Password"] = password };

    [Fact]
    public async Task Post_WrongPassword_ShowsTheGenericMessageAndKeepsTheLogin()
    {
        using var browser = host.CreateBrowser();

        using var response = await PortalHost.PostFormAsync(browser, "/account/sign-in", Form("100001", "Zle-Haslo-12345"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalHost.ParseAsync(response);
        Assert.Equal("Nieprawidłowy login lub hasło.", page.QuerySelector(".error-summary li")?.TextContent.Trim());
        Assert.Equal("#login", page.QuerySelector(".error-summary a")?.GetAttribute("href"));
        Assert.Equal("100001", page.QuerySelector("#login")?.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#login")?.GetAttribute("aria-invalid"));
        Assert.Equal("login-error", page.QuerySelector("#login")?.GetAttribute("aria-describedby"));
        Assert.Null(page.QuerySelector("#password")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_UnknownLogin_ShowsTheSameMessageAsAWrongPassword()
    {
        using var browser = host.CreateBrowser();

        using var response = await PortalHost.PostFormAsync(browser, "/account/sign-in", Form("nikt@example.pl", "Zle-Haslo-12345"));

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nieprawidłowy login lub hasło.", page.QuerySelector(".error-summary li")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_EmptyPassword_AsksForThePassword()
    {
        using var browser = host.CreateBrowser();

        using var response = await PortalHost.PostFormAsync(browser, "/account/sign-in", Form("100002", ""));

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal("Podaj hasło.", page.QuerySelector("#password-error")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_RightPassword_RedirectsToTheLocalReturnUrl()
    {
        using var browser = host.CreateBrowser();
        var fields = Form(PortalHost.Logins.Household.Email, PortalHost.Logins.Household.Password);
        fields["ReturnUrl"] = "/meters";

        using var response = await PortalHost.PostFormAsync(browser, "/account/sign-in?returnUrl=%2Fmeters", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/meters", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("__Host-ibok-session=", StringComparison.Ordinal)
            && cookie.Contains("secure", StringComparison.OrdinalIgnoreCase) && cookie.Contains("httponly", StringComparison.OrdinalIgnoreCase)
            && cookie.Contains("samesite=lax", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("//evil.example.com/")]
    [InlineData("https://evil.example.com/")]
    [InlineData("/\\evil.example.com")]
    public async Task Post_ForeignReturnUrl_GoesToTheDashboardInstead(string returnUrl)
    {
        using var browser = host.CreateBrowser();
        var fields = Form(PortalHost.Logins.Business.CustomerNumber, PortalHost.Logins.Business.Password);
        fields["ReturnUrl"] = returnUrl;

        using var response = await PortalHost.PostFormAsync(browser, "/account/sign-in", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_Operator_GoesToTheStaffArea()
    {
        using var browser = host.CreateBrowser();

        using var response = await PortalHost.PostFormAsync(browser, "/account/sign-in", Form(PortalHost.Logins.Operator.Email, PortalHost.Logins.Operator.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(Form("100001", PortalHost.Logins.Household.Password)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(cookie => cookie.StartsWith("__Host-ibok-session=", StringComparison.Ordinal)));
    }
}
