using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.GraphQL;

/// <summary>The host on Kestrel at a random loopback port, reached through real sockets.</summary>
public sealed class KestrelGraphQLServerFactory : GraphQLServerFactory
{
    public KestrelGraphQLServerFactory()
    {
        UseKestrel(0);
        StartServer();
    }

    public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
}

public sealed class LoopbackServerTests(KestrelGraphQLServerFactory server) : IClassFixture<KestrelGraphQLServerFactory>
{
    [Fact]
    public async Task Post_OverRealHttp_IsExecuted()
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        using var content = new StringContent("{\"query\":\"mutation { setGreeting(text: \\\"Kraków\\\") }\"}", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Add("Accept", "application/graphql-response+json");

        using var response = await client.SendAsync(request);

        Assert.Equal(IPAddress.Loopback.ToString(), server.Address.Host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("{\"data\":{\"setGreeting\":\"Greeting set to Kraków.\"}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_OverRealHttp_IsExecutedAndMutationsAreRefused()
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Add("Accept", "application/json");

        using var query = await client.GetAsync(new Uri("/graphql?query=%7B%20hello%20%7D", UriKind.Relative));
        using var mutation = await client.GetAsync(new Uri("/graphql?query=mutation%7BsetGreeting(text%3A%22x%22)%7D", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal("application/json; charset=utf-8", query.Content.Headers.ContentType?.ToString());
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", await query.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Equal(["POST"], mutation.Content.Headers.Allow);
    }

    [Fact]
    public async Task Post_OverTheLimitOverRealHttp_Is413()
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        using var content = new StringContent("{\"query\":\"{ hello }\"}" + new string(' ', 5000), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(
            GraphQLHttp.RequestError("The request body is larger than the limit of 2048 bytes.", "REQUEST_TOO_LARGE"),
            await response.Content.ReadAsStringAsync());
    }
}
