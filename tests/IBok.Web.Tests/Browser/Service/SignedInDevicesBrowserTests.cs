using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser.Service;

/// <summary>The signed-in devices section of /settings in chromium: two browser contexts are two devices.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignedInDevicesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Devices_EndTheOtherThenEverywhere_SignsEachOutAndHasNoViolations()
    {
        var laptop = await browser.SignedInPageAsync();
        var phone = await browser.SignedInPageAsync();
        await laptop.GotoAsync("/settings");
        var devices = laptop.Locator("#session-table tbody tr");
        var current = await devices.Filter(new() { HasText = "(to urządzenie)" }).CountAsync();
        await browser.CheckPageAsync(laptop, nameof(Devices_EndTheOtherThenEverywhere_SignsEachOutAndHasNoViolations), "settings-devices");

        // The phone signed in last, so its session is the most recently used one: the first row.
        await devices.First.GetByRole(AriaRole.Button).ClickAsync();
        await laptop.ArrivedAtAsync("**/settings?done=session-ended#devices");
        var ended = await laptop.GetByRole(AriaRole.Status).TextContentAsync();
        await phone.GotoAsync("/premises");
        var phoneAfterEnd = phone.Url;
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Wyloguj ze wszystkich urządzeń", Exact = true }).ClickAsync();
        await laptop.ArrivedAtAsync("**/account/sign-in?done=signed-out-everywhere");
        var everywhere = await laptop.GetByRole(AriaRole.Status).TextContentAsync();
        await browser.CheckPageAsync(laptop, nameof(Devices_EndTheOtherThenEverywhere_SignsEachOutAndHasNoViolations), "signed-out-everywhere");
        await laptop.GotoAsync("/premises");

        Assert.Equal(1, current);
        Assert.Equal("Sesja na wybranym urządzeniu została zakończona.", ended);
        Assert.EndsWith("/account/sign-in?returnUrl=%2Fpremises", phoneAfterEnd, StringComparison.Ordinal);
        Assert.Equal("Wylogowano ze wszystkich urządzeń.", everywhere);
        Assert.EndsWith("/account/sign-in?returnUrl=%2Fpremises", laptop.Url, StringComparison.Ordinal);
        await laptop.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }
}
