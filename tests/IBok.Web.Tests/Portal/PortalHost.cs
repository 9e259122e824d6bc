using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using IBok.GraphQL.Application.Demo;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.Portal;

/// <summary>
/// The real host (<c>Program</c>) over a fresh, migrated SQLite database in a temporary folder, seeded at start-up
/// with the demo utility (<see cref="CustomerCount"/> customers, seed <see cref="DemoOptions.DefaultSeed"/>, history
/// ending on <see cref="Today"/>), a clock that reads <see cref="Today"/> 10:00 in Poland when the host starts and
/// then runs on, and e-mails in <see cref="MailFolder"/>. Use one per test class (<c>IClassFixture&lt;PortalHost&gt;</c>);
/// tests that change accounts should use a customer no other test of the class uses.
/// </summary>
public partial class PortalHost : WebApplicationFactory<Program>
{
    /// <summary>How many demo customers the database holds (100001 … 100005; the first two have accounts).</summary>
    public const int CustomerCount = 5;

    /// <summary>The antiforgery form field every portal form carries.</summary>
    public const string AntiforgeryField = "__RequestVerificationToken";

    private static readonly HtmlParser Parser = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("ibok-portal-").FullName;

    /// <summary>The demo's "today": the utility's calendar day while the tests run.</summary>
    public static DateOnly Today { get; } = new(2026, 11, 21);

    /// <summary>The demo logins (household 100001, business 100002, operator) with their passwords.</summary>
    public static DemoLogins Logins { get; } = DemoUtilityGenerator.Generate(new DemoOptions { Today = Today, CustomerCount = CustomerCount }).Logins;

    /// <summary>The pickup folder demo e-mails are written to (one .eml file each).</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>A browser-like client: https (so the Secure cookies flow), keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>A browser signed in as a demo customer (the household 100001 unless another login is given).</summary>
    public async Task<HttpClient> SignInAsCustomerAsync(DemoCustomerLogin? login = null)
    {
        login ??= Logins.Household;
        return await SignInAsync(login.CustomerNumber, login.Password);
    }

    /// <summary>A browser signed in as the demo operator.</summary>
    public Task<HttpClient> SignInAsOperatorAsync() => SignInAsync(Logins.Operator.Email, Logins.Operator.Password);

    /// <summary>A browser signed in through the sign-in page with any login and password (fails the test if refused).</summary>
    public async Task<HttpClient> SignInAsync(string login, string password)
    {
        var browser = CreateBrowser();
        using var response = await PostFormAsync(browser, "/account/sign-in", new Dictionary<string, string> { ["Login"] = login, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {login} answered {(int)response.StatusCode}, not a redirect:\n{await response.Content.ReadAsStringAsync()}");
        }

        return browser;
    }

    /// <summary>
    /// Posts a form like a browser: GETs <paramref name="url"/> (or <paramref name="formPageUrl"/> when the form lives
    /// on another page), takes the antiforgery token of its first form, and POSTs the fields with it as
    /// application/x-www-form-urlencoded to <paramref name="url"/>. Repeat a key in <paramref name="fields"/> for
    /// multi-valued inputs.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? formPageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, formPageUrl ?? url);
        var content = new FormUrlEncodedContent([.. fields, new(AntiforgeryField, token)]);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>The antiforgery token of the first form on a page (fails when the page has none).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(pageUrl, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pageUrl} answered {(int)response.StatusCode}; a form page was expected.");
        }

        return (Parse(html).QuerySelector($"form input[name='{AntiforgeryField}']") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"GET {pageUrl} has no form with an antiforgery token.");
    }

    /// <summary>GETs a page and parses it (fails unless it answers 200 with HTML).</summary>
    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}:\n{html}");
        }

        return Parse(html);
    }

    /// <summary>Parses an HTML response body.</summary>
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Parses HTML.</summary>
    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Reads or writes the database as the system (sees every customer), e.g. to check that nothing changed.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<IBokDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.System;
        return await work(scope.ServiceProvider.GetRequiredService<IBokDbContext>());
    }

    /// <summary>Runs a service of the host as the given viewer (e.g. an operator issuing a one-time password).</summary>
    public async Task<T> AsViewerAsync<TService, T>(Viewer viewer, Func<TService, Task<T>> work)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>The newest e-mail in the pickup folder sent to <paramref name="recipient"/>, decoded (subject line and body).</summary>
    public string LastMailTo(string recipient)
    {
        var files = Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [];
        foreach (var file in files.Order(StringComparer.Ordinal).Reverse())
        {
            var text = File.ReadAllText(file);
            if (text.Contains(recipient, StringComparison.OrdinalIgnoreCase))
            {
                var body = text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Replace("\r\n", "", StringComparison.Ordinal);
                return Encoding.UTF8.GetString(Convert.FromBase64String(body));
            }
        }

        throw new InvalidOperationException($"No e-mail to {recipient} in {MailFolder}.");
    }

    /// <summary>The XXXX-XXXX confirmation code of the newest e-mail to <paramref name="recipient"/>.</summary>
    public string LastMailedCode(string recipient) => MailCode().Match(LastMailTo(recipient)).Value;

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_folder, "ibok.db")};Pooling=False");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:CustomerCount", CustomerCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Demo:Today", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new PortalTestClock(Today)));
        ConfigureTestHost(builder);
    }

    /// <summary>What a host for one kind of test adds (an environment, settings, a failing service); nothing here.</summary>
    protected virtual void ConfigureTestHost(IWebHostBuilder builder)
    {
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    [GeneratedRegex(@"\b[A-Z2-9]{4}-[A-Z2-9]{4}\b")]
    private static partial Regex MailCode();
}

/// <summary>
/// A clock that starts at 09:00 UTC (10:00 in Poland in winter) of a given day and runs at real speed, so dates are
/// fixed while waits (sign-in throttling, cookie lifetimes) still pass.
/// </summary>
public sealed class PortalTestClock(DateOnly today) : TimeProvider
{
    private readonly DateTimeOffset _start = new(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
    private readonly long _startTimestamp = System.GetTimestamp();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _start + System.GetElapsedTime(_startTimestamp);
}
