using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IBok.Web.Tests;

public sealed class HostTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Health_AnswersOk()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Root_ShowsTheBanner()
    {
        // The portal's pages need https: their antiforgery and session cookies are Secure (__Host-).
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var body = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Internetowe Biuro Obsługi Klienta", body, StringComparison.Ordinal);
    }
}
