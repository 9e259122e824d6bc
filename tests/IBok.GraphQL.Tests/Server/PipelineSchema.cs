using IBok.GraphQL.Execution;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Server;

/// <summary>The SDL schema the request pipeline tests run against, with call counters for its resolvers.</summary>
internal sealed class PipelineSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "World"): String!
          meters: [Meter!]!
          slow: String
        }

        type Meter {
          serial: String!
          readings: [Reading!]!
        }

        type Reading {
          value: Int!
        }

        type Mutation {
          reset: Boolean!
        }

        type Subscription {
          ticks: Int!
        }
        """;

    private int _resets;

    public PipelineSchema()
    {
        Schema = SchemaFromSdl.Build(Sdl, new SdlResolvers()
            .Field("Query.hello", context => ValueTask.FromResult<object?>("Hello, " + context.Arguments["name"]))
            .Field("Query.meters", _ => ValueTask.FromResult<object?>(new[]
            {
                new Dictionary<string, object?> { ["serial"] = "WM-1", ["readings"] = new[] { new Dictionary<string, object?> { ["value"] = 7 } } },
            }))
            .Field("Query.slow", async context =>
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "never";
            })
            .Field("Mutation.reset", _ =>
            {
                Interlocked.Increment(ref _resets);
                return ValueTask.FromResult<object?>(true);
            })
            .Subscription("Subscription.ticks", _ => ValueTask.FromResult(Ticks()))
            .Field("Subscription.ticks", context => ValueTask.FromResult(context.Source)));
    }

    public GraphQLSchema Schema { get; }

    public int Resets => Volatile.Read(ref _resets);

    private static async IAsyncEnumerable<object?> Ticks()
    {
        for (var tick = 1; tick <= 3; tick++)
        {
            await Task.Yield();
            yield return tick;
        }
    }

    /// <summary>The response as JSON, for whole-result assertions.</summary>
    public static string Json(ExecutionResult result) => ExecutionResultJson.Serialize(result);
}
