using IBok.GraphQL.Server;
using IBok.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IBok.Web.GraphQL;

/// <summary>Maps the GraphQL endpoint, its IDE and its SDL.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>The SDL document's path under the endpoint.</summary>
    public const string SchemaDocumentSegment = "schema.graphql";

    /// <summary>
    /// Maps <paramref name="pattern"/> (every method: GET and POST run GraphQL, others get a GraphQL 405),
    /// <c>{pattern}/schema.graphql</c> (the schema as SDL) and <c>{pattern}/ide/{file}</c> (the IDE's files).
    /// Needs <see cref="GraphQLServiceCollectionExtensions.AddIBokGraphQLTransport"/>.
    /// </summary>
    /// <returns>The group of the three endpoints, e.g. to add authorization or CORS.</returns>
    public static RouteGroupBuilder MapIBokGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var services = endpoints.ServiceProvider;
        var executor = services.GetService<GraphQLRequestExecutor>()
            ?? throw new InvalidOperationException($"Call services.{nameof(GraphQLServiceCollectionExtensions.AddIBokGraphQLTransport)}() before mapping the GraphQL endpoint.");
        var ide = new GraphQLIde(pattern);
        var endpoint = new GraphQLHttpEndpoint(
            executor,
            services.GetRequiredService<IOptions<GraphQLTransportOptions>>(),
            ide,
            services.GetRequiredService<ILogger<GraphQLHttpEndpoint>>());
        var sdl = new Lazy<string>(() => SchemaPrinter.Print(executor.Schema) + "\n");

        var group = endpoints.MapGroup(pattern);
        group.Map(string.Empty, endpoint.HandleAsync).WithDisplayName("GraphQL");
        group.MapGet("/" + SchemaDocumentSegment, () => SchemaDocument(sdl.Value)).WithDisplayName("GraphQL schema (SDL)");
        group.MapGet("/" + GraphQLIde.AssetsSegment + "/{file}", (string file) => ide.Asset(file)).WithDisplayName("GraphQL IDE files");
        return group;
    }

    private static IResult SchemaDocument(string sdl) => Results.Text(sdl, "text/plain; charset=utf-8");
}
