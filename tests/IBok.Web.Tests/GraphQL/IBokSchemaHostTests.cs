using Microsoft.AspNetCore.Mvc.Testing;

namespace IBok.Web.Tests.GraphQL;

/// <summary>The host as Program.cs builds it: iBOK's schema on a migrated database.</summary>
public sealed class IBokSchemaHostTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Post_Viewer_WithoutSignIn_IsAnonymous()
    {
        var response = await GraphQLHttp.PostAsync(factory.CreateClient(), "{\"query\":\"{ viewer { role isSignedIn } }\"}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"viewer\":{\"role\":\"ANONYMOUS\",\"isSignedIn\":false}}}", response.Body);
    }

    [Fact]
    public async Task SchemaDocument_IsIBoksSchema()
    {
        var sdl = await factory.CreateClient().GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        Assert.Contains("viewer: ViewerInfo!", sdl, StringComparison.Ordinal);
        Assert.Contains("enum ViewerRole", sdl, StringComparison.Ordinal);
    }
}
