using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser;

/// <summary>
/// Waits for a navigation by polling the page's URL and its <c>document.readyState</c>, not Playwright's lifecycle events:
/// a <c>WaitForURLAsync</c> once waited its whole 30 s for the "load" event of a page that had loaded (only
/// "networkidle" arrived), failing a CI run.
/// </summary>
internal static class PageNavigation
{
    // Generous because CI machines are shared; this asserts where a click leads, not how fast.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Waits until the page's URL matches the Playwright-style glob (<c>**</c> any text, <c>*</c> no slash) and the document has loaded.</summary>
    public static Task ArrivedAtAsync(this IPage page, string urlGlob) => page.ArrivedAtAsync(GlobRegex(urlGlob).IsMatch, urlGlob);

    /// <summary>Waits until the page's URL satisfies the condition and the document has loaded.</summary>
    public static async Task ArrivedAtAsync(this IPage page, Func<string, bool> isTarget, string description = "the expected page")
    {
        var waited = Stopwatch.StartNew();
        while (!(isTarget(page.Url) && await HasLoadedAsync(page)))
        {
            if (waited.Elapsed > Patience)
            {
                Assert.Fail($"The page never arrived at {description}: after {Patience.TotalSeconds} s it is at {page.Url}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    private static async Task<bool> HasLoadedAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<bool>("document.readyState === 'complete'");
        }
        catch (PlaywrightException)
        {
            // The document was replaced while the question was asked: ask the next one.
            return false;
        }
    }

    private static Regex GlobRegex(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$");
}
