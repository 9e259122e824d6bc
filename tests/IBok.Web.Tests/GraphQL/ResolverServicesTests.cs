using System.Reflection;
using IBok.GraphQL.Api;
using IBok.GraphQL.CodeFirst;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.GraphQL;

/// <summary>The host registers every service a resolver of iBOK's schema asks for with <c>[Service]</c>.</summary>
public sealed class ResolverServicesTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task EveryServiceParameter_OfEveryApiResolver_ResolvesInARequestScope()
    {
        var wanted = typeof(IBokSchema).Assembly.GetTypes()
            .Where(type => type.Namespace?.StartsWith("IBok.GraphQL.Api", StringComparison.Ordinal) == true)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(method => method.GetParameters())
            .Where(parameter => parameter.IsDefined(typeof(ServiceAttribute)))
            .Select(parameter => parameter.ParameterType)
            .Distinct()
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();
        await using var scope = factory.Services.CreateAsyncScope();

        var missing = wanted.Where(type => scope.ServiceProvider.GetService(type) is null).Select(type => type.FullName).ToList();

        Assert.True(wanted.Count > 10, $"Only {wanted.Count} service parameters found; the reflection no longer sees the resolvers.");
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Post_TrackCase_UnknownSignature_IsNotFoundThroughTheWholeHost()
    {
        var response = await GraphQLHttp.PostAsync(
            factory.CreateClient(),
            "{\"query\":\"{ trackCase(signature: \\\"ZG/2026/999999\\\", secret: \\\"nope\\\") { case { status } errors { code } } }\"}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"trackCase\":{\"case\":null,\"errors\":[{\"code\":\"NOT_FOUND\"}]}}}", response.Body);
    }
}
