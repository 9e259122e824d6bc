using AngleSharp.Dom;

namespace IBok.Web.Tests.Portal.Service;

/// <summary>Every customer and staff page is light (HTML, stylesheets and scripts under 100 KB) and keeps to the CSP (no inline code or styles).</summary>
public sealed class PageWeightTests(PortalHost host) : IClassFixture<PortalHost>
{
    private const int MaxPageBytes = 100 * 1024;

    [Theory]
    [InlineData("/notices")]
    [InlineData("/cases")]
    [InlineData("/cases/new")]
    [InlineData("/forms")]
    [InlineData("/settings")]
    [InlineData("/")]
    [InlineData("/premises")]
    [InlineData("/meters")]
    [InlineData("/readings")]
    [InlineData("/consumption")]
    [InlineData("/consumption?from=2025-11-22&to=2026-11-21&by=day&chart=line")]
    [InlineData("/consumption?from=2025-11-22&to=2026-11-21&by=day&chart=column")]
    [InlineData("/invoices")]
    [InlineData("/settlements")]
    public async Task CustomerPage_IsUnder100KilobytesWithoutInlineCode(string path)
    {
        using var browser = await host.SignInAsCustomerAsync();

        var (bytes, inline) = await WeighAsync(browser, path);

        Assert.True(bytes < MaxPageBytes, $"{path} weighs {bytes} bytes with its stylesheets and scripts.");
        Assert.Empty(inline);
    }

    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/readings")]
    [InlineData("/staff/outages")]
    public async Task StaffPage_IsUnder100KilobytesWithoutInlineCode(string path)
    {
        using var browser = await host.SignInAsOperatorAsync();

        var (bytes, inline) = await WeighAsync(browser, path);

        Assert.True(bytes < MaxPageBytes, $"{path} weighs {bytes} bytes with its stylesheets and scripts.");
        Assert.Empty(inline);
    }

    private static async Task<(long Bytes, IReadOnlyList<string> Inline)> WeighAsync(HttpClient browser, string path)
    {
        var html = await browser.GetByteArrayAsync(new Uri(path, UriKind.Relative));
        var page = PortalHost.Parse(System.Text.Encoding.UTF8.GetString(html));
        long bytes = html.Length;
        foreach (var asset in page.QuerySelectorAll("link[rel=stylesheet][href], script[src]").Select(element => element.GetAttribute("href") ?? element.GetAttribute("src")!))
        {
            bytes += (await browser.GetByteArrayAsync(new Uri(asset, UriKind.Relative))).Length;
        }

        var inline = page.QuerySelectorAll("script:not([src]), style, [style]").Select(element => element.LocalName)
            .Concat(page.All.SelectMany(element => element.Attributes).Where(attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal)).Select(attribute => attribute.Name))
            .ToList();
        return (bytes, inline);
    }
}
