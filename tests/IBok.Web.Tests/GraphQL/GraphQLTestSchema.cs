using IBok.GraphQL.Execution;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.GraphQL;

/// <summary>A service the tests register, to show resolvers get the request's services.</summary>
public sealed record GreetingPrefix(string Value);

/// <summary>The small schema the transport tests serve instead of the host's.</summary>
public static class GraphQLTestSchema
{
    /// <summary>The message of the exception <c>boom</c> throws; it must only ever reach the log.</summary>
    public const string SecretFailure = "database password is hunter2";

    public const string Sdl = """
        type Query {
          hello(name: String): String!
          slow: String
          boom: String
          requestContext: String
          prefix: String
          nested: Nested
        }

        type Nested {
          nested: Nested
          value: Int
        }

        type Mutation {
          setGreeting(text: String!): String!
        }

        type Subscription {
          ticks: Int
        }
        """;

    public static GraphQLSchema Create() => SchemaFromSdl.Build(Sdl, new SdlResolvers()
        .Field("Query.hello", context => ValueTask.FromResult<object?>("Hello, " + ((string?)context.Arguments.GetValueOrDefault("name") ?? "world") + "!"))
        .Field("Query.slow", async context =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        })
        .Field("Query.boom", _ => throw new InvalidOperationException(SecretFailure))
        .Field("Query.requestContext", context => ValueTask.FromResult(context.RequestContext))
        .Field("Query.prefix", context => ValueTask.FromResult<object?>(context.Services.GetService<GreetingPrefix>()?.Value))
        .Field("Query.nested", _ => ValueTask.FromResult<object?>(new Dictionary<string, object?> { ["value"] = 1 }))
        .Field("Mutation.setGreeting", context => ValueTask.FromResult<object?>("Greeting set to " + (string)context.Arguments["text"]! + ".")));
}
