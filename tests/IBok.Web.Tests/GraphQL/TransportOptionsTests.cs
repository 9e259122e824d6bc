using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace IBok.Web.Tests.GraphQL;

/// <summary>The limits come from the configuration section "GraphQL" and are checked when the host starts.</summary>
public sealed class TransportOptionsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Configuration_SetsTheLimits()
    {
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:MaxDepth", "1"));

        var response = await GraphQLHttp.PostAsync(configured.CreateClient(), "{\"query\":\"{ __schema { queryType { name } } }\"}");

        Assert.Equal(422, response.StatusCode);
        Assert.Equal(
            "{\"errors\":[{\"message\":\"The operation depth 3 exceeds the maximum of 1.\",\"locations\":[{\"line\":1,\"column\":1}],\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}",
            response.Body);
    }

    [Theory]
    [InlineData("GraphQL:MaxRequestBytes", "0", "GraphQL:MaxRequestBytes must be positive, but is 0.")]
    [InlineData("GraphQL:MaxRequestBytes", "2147483648", "GraphQL:MaxRequestBytes must be at most 1073741824, but is 2147483648.")]
    [InlineData("GraphQL:MaxDepth", "-1", "GraphQL:MaxDepth must be positive, but is -1.")]
    [InlineData("GraphQL:ExecutionTimeout", "00:00:00", "GraphQL:ExecutionTimeout must be positive, but is 00:00:00.")]
    [InlineData("GraphQL:OperationCacheSize", "-5", "GraphQL:OperationCacheSize must not be negative, but is -5.")]
    public void InvalidLimit_StopsTheHostWithAClearMessage(string key, string value, string message)
    {
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting(key, value));

        var failure = Assert.Throws<OptionsValidationException>(() => configured.CreateClient());

        Assert.Equal([message], failure.Failures);
    }
}
