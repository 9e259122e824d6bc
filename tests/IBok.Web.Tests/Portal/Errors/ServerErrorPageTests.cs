using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.Portal.Errors;

/// <summary>An exception in a page (production settings) shows the portal's 500 page and nothing of the exception.</summary>
public sealed class ServerErrorPageTests(ServerErrorPageTests.FailingPortalHost host) : IClassFixture<ServerErrorPageTests.FailingPortalHost>
{
    [Fact]
    public async Task PageThatThrows_Shows500PageWithoutDetails()
    {
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await browser.GetAsync(new Uri(FailingPortalHost.FailingPath, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = PortalHost.Parse(html);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Wystąpił błąd serwera", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("/", page.QuerySelector("#error-home")?.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelector("#error-request-id code")?.TextContent ?? "");
        Assert.DoesNotContain(FailingPortalHost.Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPostThatThrows_Shows500Page()
    {
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await PortalHost.PostFormAsync(browser, FailingPortalHost.FailingPostPath, new Dictionary<string, string> { ["Amount"] = "1,00" }, formPageUrl: "/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Wystąpił błąd serwera", PortalHost.Parse(html).QuerySelector("main h1")?.TextContent);
        Assert.DoesNotContain(FailingPortalHost.Secret, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherPages_StillWork()
    {
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await browser.GetAsync(new Uri("/meters", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The portal in the Production environment, with the premises page and the settlements form failing.</summary>
    public sealed class FailingPortalHost : PortalHost
    {
        /// <summary>The page that throws on GET.</summary>
        public const string FailingPath = "/premises";

        /// <summary>The page that throws on POST.</summary>
        public const string FailingPostPath = "/settlements";

        /// <summary>The exception's message, which must never reach the browser.</summary>
        public const string Secret = "connection to db-internal-7 refused";

        /// <inheritdoc />
        protected override void ConfigureTestHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services => services.Configure<MvcOptions>(options => options.Filters.Add(new ThrowingPageFilter())));
        }

        private sealed class ThrowingPageFilter : IPageFilter
        {
            public void OnPageHandlerSelected(PageHandlerSelectedContext context)
            {
            }

            public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
            {
                var request = context.HttpContext.Request;
                if ((HttpMethods.IsGet(request.Method) && request.Path == FailingPath) || (HttpMethods.IsPost(request.Method) && request.Path == FailingPostPath))
                {
                    throw new InvalidOperationException(Secret);
                }
            }

            public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
            {
            }
        }
    }
}
