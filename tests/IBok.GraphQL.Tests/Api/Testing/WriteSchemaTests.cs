using IBok.GraphQL.Api;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Api.Testing;

public sealed class WriteSchemaTests
{
    [Fact]
    public void Schema_UserError_IsAnInterfaceWithCodeAndLocalizedMessage()
    {
        var sdl = SchemaPrinter.Print(IBokSchema.Instance);
        Assert.Contains("interface UserError {", sdl, StringComparison.Ordinal);
        Assert.Contains("message(language: PreferredLanguage! = POLISH): String!", sdl, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "ibok-write-schema.graphql"), sdl);
    }
}
