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
        Assert.Contains("  message(\n    \"\"\"The language of the message; Polish when not given.\"\"\"\n    language: PreferredLanguage! = POLISH\n  ): String!\n", sdl, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "ibok-write-schema.graphql"), sdl);
    }
}
