using IBok.Web.Pages.Settings;

namespace IBok.Web.Tests.Portal.Service;

public sealed class DeviceNamesTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0", "Firefox, Linux")]
    [InlineData("Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36", "Chrome, Android")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0", "Edge, Windows")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1", "Safari, iOS")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", "Safari, macOS")]
    [InlineData("curl/8.14.1", "curl/8.14.1")]
    [InlineData("iBOK-Integracja-Rozliczenia/1.0 (+https://wodociagi.example.pl/kontakt)", "iBOK-Integracja-Rozliczenia/1.0 (+https:…")]
    public void Shorten_UserAgent_NamesBrowserAndSystemOrCutsTheStart(string userAgent, string expected) =>
        Assert.Equal(expected, DeviceNames.Shorten(userAgent));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Shorten_NoUserAgent_IsNull(string? userAgent) => Assert.Null(DeviceNames.Shorten(userAgent));
}
