namespace IBok.Web.Pages.Settings;

/// <summary>
/// A short, recognisable name for a session's User-Agent on the list of signed-in devices ("Firefox, Linux"), so
/// people see their devices rather than 150 characters of product tokens.
/// </summary>
public static class DeviceNames
{
    // Order matters: Edge and Opera also say Chrome, Chrome also says Safari, Android also says Linux.
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chromium/", "Chromium"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Windows", "Windows"), ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    /// <summary>The longest fallback name (the User-Agent's start) shown when no browser or system is recognised.</summary>
    public const int FallbackLength = 40;

    /// <summary>"Browser, system", whichever of them is recognised, or the start of the User-Agent; null when there is none.</summary>
    public static string? Shorten(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return null;
        }

        var browser = First(Browsers, userAgent);
        var system = First(Systems, userAgent);
        if (browser is null && system is null)
        {
            var trimmed = userAgent.Trim();
            return trimmed.Length <= FallbackLength ? trimmed : trimmed[..FallbackLength] + "…";
        }

        return string.Join(", ", new[] { browser, system }.OfType<string>());
    }

    private static string? First((string Token, string Name)[] candidates, string userAgent) =>
        candidates.FirstOrDefault(candidate => userAgent.Contains(candidate.Token, StringComparison.Ordinal)).Name;
}
