using System.Net;

namespace IBok.Web.Tests.Portal.Service;

/// <summary>A password changed on /settings keeps this browser signed in and ends the others; its own host (the password changes).</summary>
public sealed class PasswordChangeDevicesTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Password_ChangedOnTheLaptop_KeepsItAndSignsThePhoneOut()
    {
        var login = PortalHost.Logins.Household;
        using var laptop = await host.SignInAsCustomerAsync(login);
        using var phone = await host.SignInAsCustomerAsync(login);

        using var changed = await PortalHost.PostFormAsync(
            laptop, "/settings?handler=Password",
            new Dictionary<string, string> { ["CurrentPassword"] = login.Password, ["NewPassword"] = "Nowe-Haslo-2026", ["ConfirmPassword"] = "Nowe-Haslo-2026" },
            "/settings");

        Assert.Equal("/settings?done=password#password", changed.Headers.Location?.OriginalString);
        using var laptopAfter = await laptop.GetAsync(new Uri("/settings", UriKind.Relative));
        using var phoneAfter = await phone.GetAsync(new Uri("/settings", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, laptopAfter.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/account/sign-in?returnUrl=%2Fsettings"), (phoneAfter.StatusCode, phoneAfter.Headers.Location?.OriginalString));
        var devices = PortalHost.Parse(await laptopAfter.Content.ReadAsStringAsync()).QuerySelectorAll("#session-table tbody tr");
        Assert.Single(devices);
    }
}
