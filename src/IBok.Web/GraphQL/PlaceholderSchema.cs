using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.Web.GraphQL;

/// <summary>
/// The schema served until the iBOK schema is registered: one field, so the endpoint, the IDE and the SDL
/// download work on a fresh host. Registering any <see cref="GraphQLSchema"/> replaces it.
/// </summary>
public static class PlaceholderSchema
{
    /// <summary>The placeholder's SDL.</summary>
    public const string Sdl = "type Query { health: String! }";

    /// <summary>Builds the placeholder; <c>health</c> answers <c>"ok"</c>.</summary>
    public static GraphQLSchema Create() => SchemaFromSdl.Build(
        Sdl,
        new SdlResolvers().Field("Query.health", _ => ValueTask.FromResult<object?>("ok")));
}
