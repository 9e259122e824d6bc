using System.Text.Json;
using IBok.GraphQL.Application.Demo;
using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser;

/// <summary>
/// One real server (<see cref="PortalServer"/>) and one headless Debian chromium (<c>/usr/bin/chromium</c>, driven by
/// Playwright; no browser is ever downloaded) shared by every test class in <see cref="BrowserCollection"/>. Each test
/// opens its own context (<see cref="NewPageAsync"/>: separate cookies), and calls <see cref="CheckPageAsync"/> on every
/// page it visits: axe-core (npm, from node_modules) with the WCAG 2.1 A/AA rules must report no violation, and a full-page
/// screenshot goes to <c>artifacts/screenshots/&lt;test&gt;-&lt;page&gt;.png</c>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The Debian package's browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private PortalServer? _server;
    private string? _axeSource;

    /// <summary>The running server.</summary>
    public PortalServer Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The demo logins of the server's database (household 100001, business 100002, operator).</summary>
    public static DemoLogins Logins { get; } =
        DemoUtilityGenerator.Generate(new DemoOptions { Today = DateOnly.FromDateTime(DateTime.Now), CustomerCount = PortalServer.CustomerCount }).Logins;

    /// <summary>Where screenshots are saved.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(PortalServer.RepositoryRoot, "artifacts", "screenshots");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var axe = Path.Combine(PortalServer.RepositoryRoot, "node_modules", "axe-core", "axe.min.js");
        _axeSource = File.Exists(axe) ? await File.ReadAllTextAsync(axe) : throw new FileNotFoundException("Run npm ci in the repository first (axe-core).", axe);
        if (!File.Exists(ChromiumPath))
        {
            throw new FileNotFoundException("Install the Debian package chromium (tools/install-test-deps.sh).", ChromiumPath);
        }

        Directory.CreateDirectory(ScreenshotFolder);
        _server = await PortalServer.StartAsync();
        // Playwright must never fetch browsers of its own: the Debian chromium is the one under test.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A page in a new browser context (its own cookies) on the server, Polish locale, JavaScript on unless asked.</summary>
    public async Task<IPage> NewPageAsync(bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            IgnoreHTTPSErrors = true,
            Locale = "pl-PL",
            JavaScriptEnabled = javaScriptEnabled,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in through the sign-in form (the household unless other credentials are given).</summary>
    public async Task<IPage> SignedInPageAsync(string? login = null, string? password = null, bool javaScriptEnabled = true)
    {
        var page = await NewPageAsync(javaScriptEnabled);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Numer klienta lub adres e-mail").FillAsync(login ?? Logins.Household.CustomerNumber);
        await page.GetByLabel("Hasło", new() { Exact = true }).FillAsync(password ?? Logins.Household.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();
        await page.ArrivedAtAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        return page;
    }

    /// <summary>
    /// Checks the page as it is now: saves a full-page screenshot as <c>artifacts/screenshots/{test}-{pageName}.png</c>,
    /// then runs axe-core with the WCAG 2.1 A and AA rules and fails listing every violation (rule, impact, elements).
    /// </summary>
    public async Task CheckPageAsync(IPage page, string test, string pageName)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{test}-{pageName}.png"), FullPage = true });
        // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') neither blocks nor needs changing.
        await page.EvaluateAsync(_axeSource + "\n;undefined");
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async (tags) => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }));
            }
            """,
            WcagTags);
        var problems = violations.EnumerateArray()
            .Select(violation => $"{violation.GetProperty("id").GetString()} ({violation.GetProperty("impact").GetString()}): {violation.GetProperty("help").GetString()} — " +
                string.Join(", ", violation.GetProperty("nodes").EnumerateArray().Select(node => node.GetString())))
            .ToList();
        Assert.True(problems.Count == 0, $"axe-core found WCAG 2.1 AA violations on {pageName} ({page.Url}):\n" + string.Join("\n", problems));
    }
}

/// <summary>The xUnit collection sharing one <see cref="BrowserFixture"/>: put <c>[Collection(BrowserCollection.Name)]</c> on browser test classes.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Browser";
}
