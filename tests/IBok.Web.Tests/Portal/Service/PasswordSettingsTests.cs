using System.Net;

namespace IBok.Web.Tests.Portal.Service;

/// <summary>The password form of /settings; its own host, because a changed password would break other classes' sign-ins.</summary>
public sealed class PasswordSettingsTests(PortalHost host) : IClassFixture<PortalHost>
{
    private const string NewPassword = "Nowe-Haslo-2026";

    [Fact]
    public async Task Password_Changed_SignsInWithTheNewOneOnly()
    {
        var login = PortalHost.Logins.Business;
        using var browser = await host.SignInAsCustomerAsync(login);

        using var response = await PortalHost.PostFormAsync(browser, "/settings?handler=Password", Fields(login.Password, NewPassword, NewPassword), "/settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/settings?done=password#password", response.Headers.Location?.OriginalString);
        var page = await PortalHost.GetPageAsync(browser, "/settings?done=password");
        Assert.Equal("Hasło zostało zmienione. Pozostałe sesje zostały zakończone.", page.QuerySelector("[role=status]")?.TextContent);
        using var withNew = await host.SignInAsync(login.CustomerNumber, NewPassword);
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.SignInAsync(login.CustomerNumber, login.Password));
    }

    [Theory]
    [InlineData(null, NewPassword, "Inne-Haslo-2026", "confirmPassword", "Powtórzone hasło różni się od nowego hasła.")]
    [InlineData(null, "krotkie1", "krotkie1", "newPassword", "Hasło musi mieć co najmniej 10 znaków.")]
    [InlineData("", NewPassword, NewPassword, "currentPassword", "Podaj obecne hasło.")]
    public async Task Password_Refused_ShowsTheMessageAndKeepsTheOldPassword(string? current, string newPassword, string confirmation, string field, string message)
    {
        var login = PortalHost.Logins.Household;
        using var browser = await host.SignInAsCustomerAsync(login);

        using var response = await PortalHost.PostFormAsync(browser, "/settings?handler=Password", Fields(current ?? login.Password, newPassword, confirmation), "/settings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalHost.ParseAsync(response);
        Assert.Equal([message], ServicePages.ErrorSummary(page));
        Assert.Equal(message, page.QuerySelector($"#{field}-error")?.TextContent);
        using var stillWorks = await host.SignInAsync(login.CustomerNumber, login.Password);
    }

    private static Dictionary<string, string> Fields(string current, string newPassword, string confirmation) =>
        new() { ["CurrentPassword"] = current, ["NewPassword"] = newPassword, ["ConfirmPassword"] = confirmation };
}

/// <summary>
/// A wrong current password on /settings, on its own host: the failure starts the account's sign-in throttle, which
/// would refuse the next case of <see cref="PasswordSettingsTests"/> run within a second with "Zbyt wiele nieudanych prób".
/// </summary>
public sealed class PasswordSettingsWrongCurrentTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Password_WrongCurrentPassword_ShowsTheMessage()
    {
        var login = PortalHost.Logins.Household;
        using var browser = await host.SignInAsCustomerAsync(login);

        using var response = await PortalHost.PostFormAsync(
            browser, "/settings?handler=Password",
            new Dictionary<string, string> { ["CurrentPassword"] = "wrong-password-1", ["NewPassword"] = "Nowe-Haslo-2026", ["ConfirmPassword"] = "Nowe-Haslo-2026" },
            "/settings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(["Obecne hasło jest nieprawidłowe."], ServicePages.ErrorSummary(page));
        Assert.Equal("Obecne hasło jest nieprawidłowe.", page.QuerySelector("#currentPassword-error")?.TextContent);
    }
}
