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
    [InlineData("wrong-password-1", NewPassword, NewPassword, "currentPassword", "Obecne hasło jest nieprawidłowe.")]
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
