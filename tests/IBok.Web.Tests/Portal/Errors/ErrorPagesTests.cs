using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace IBok.Web.Tests.Portal.Errors;

/// <summary>The portal's 404 and 403 pages, and that the machine endpoints keep their own answers.</summary>
public sealed class ErrorPagesTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task UnknownPage_SignedIn_Shows404PageWithALinkHome()
    {
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await browser.GetAsync(new Uri("/nie-ma-takiej-strony", UriKind.Relative));
        var page = await PortalHost.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Nie znaleziono strony", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("/", page.QuerySelector("#error-home")?.GetAttribute("href"));
        Assert.Equal("Przejdź do strony głównej", page.QuerySelector("#error-home")?.TextContent);
        Assert.NotNull(page.QuerySelector("nav.main-nav"));
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task UnknownPage_Anonymous_Shows404PageInsteadOfSignIn()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/faktury/stara-strona", UriKind.Relative));
        var page = await PortalHost.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Nie znaleziono strony", page.QuerySelector("main h1")?.TextContent);
        Assert.Null(page.QuerySelector("nav.main-nav"));
    }

    [Fact]
    public async Task UnknownPage_InEnglish_Shows404PageInEnglish()
    {
        using var browser = await host.SignInAsCustomerAsync();
        using var switched = await PortalHost.PostFormAsync(browser, "/language", new Dictionary<string, string> { ["lang"] = "en", ["returnUrl"] = "/" }, formPageUrl: "/");

        using var response = await browser.GetAsync(new Uri("/no-such-page", UriKind.Relative));
        var page = await PortalHost.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("Go to the home page", page.QuerySelector("#error-home")?.TextContent);
    }

    [Fact]
    public async Task AnotherCustomersInvoice_Shows404Page()
    {
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await browser.GetAsync(new Uri("/invoices/999999999", UriKind.Relative));
        var page = await PortalHost.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Nie znaleziono strony", page.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task StaffPage_AsCustomer_Shows403Page()
    {
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await browser.GetAsync(new Uri("/staff/outages", UriKind.Relative));
        var page = await PortalHost.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Brak dostępu", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("/", page.QuerySelector("#error-home")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#error-request-id"));
    }

    [Fact]
    public async Task CustomerPage_AsOperator_Shows403PageLeadingToTheStaffArea()
    {
        using var browser = await host.SignInAsOperatorAsync();

        using var response = await browser.GetAsync(new Uri("/meters", UriKind.Relative));
        var page = await PortalHost.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Brak dostępu", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("/staff", page.QuerySelector("#error-home")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ErrorPage_IsStyledByThePortalAndCarriesTheSecurityHeaders()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/nie-ma", UriKind.Relative));
        var page = await PortalHost.ParseAsync(response);

        Assert.Equal("/css/portal.css", page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task GraphQL_UnknownPath_Still404WithoutAPage()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/graphql/no-such-thing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GraphQL_InvalidDocument_StillAnswersGraphQLJson()
    {
        using var browser = host.CreateBrowser();
        using var content = new StringContent("{\"query\":\"{ nosuchfield }\"}", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await browser.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("{\"errors\":[{\"message\":\"Cannot query field \\\"nosuchfield\\\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_Missing_Still404WithoutAPage()
    {
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await browser.GetAsync(new Uri("/files/customer/999999999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Stylesheet_Missing_Still404WithoutAPage()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/css/no-such.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LanguageSwitch_UnknownLanguage_KeepsItsOwnMessage()
    {
        using var browser = host.CreateBrowser();

        using var response = await PortalHost.PostFormAsync(browser, "/language", new Dictionary<string, string> { ["lang"] = "de", ["returnUrl"] = "/" }, formPageUrl: "/account/sign-in");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Nieznany język: wybierz polski albo angielski.", await response.Content.ReadAsStringAsync());
    }
}
