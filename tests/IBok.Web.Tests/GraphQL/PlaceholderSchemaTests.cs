using Microsoft.AspNetCore.Mvc.Testing;

namespace IBok.Web.Tests.GraphQL;

/// <summary>The host as Program.cs builds it, before the iBOK schema exists: the placeholder schema is served.</summary>
public sealed class PlaceholderSchemaTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Post_Health_AnswersFromThePlaceholderSchema()
    {
        var response = await GraphQLHttp.PostAsync(factory.CreateClient(), "{\"query\":\"{ health }\"}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"health\":\"ok\"}}", response.Body);
    }

    [Fact]
    public async Task SchemaDocument_IsThePlaceholder()
    {
        var sdl = await factory.CreateClient().GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        Assert.Equal("type Query {\n  health: String!\n}\n", sdl);
    }
}
