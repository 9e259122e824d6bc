using System.Runtime.CompilerServices;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Query { ok: Boolean }
        type Subscription { counter(from: Int = 0): Tick! plain: Int }
        type Tick { n: Int! label: String }
        """;

    [Fact]
    public async Task Subscribe_MapsEachSourceEventToAResponse()
    {
        var source = new TrackedSource(1, 2, 3);
        var schema = Schema(source);

        var subscription = await Executor.SubscribeAsync(Request(schema, "subscription { counter(from: 1) { n label } }"));

        Assert.True(subscription.IsStream);
        var responses = new List<string>();
        await foreach (var response in subscription.Responses!)
        {
            responses.Add(ExecutionResultJson.Serialize(response));
        }

        Assert.Equal(
        [
            """{"data":{"counter":{"n":1,"label":"tick 1"}}}""",
            """{"data":{"counter":{"n":2,"label":"tick 2"}}}""",
            """{"data":{"counter":{"n":3,"label":"tick 3"}}}""",
        ], responses);
        Assert.Equal(1, source.ReceivedFrom);
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task Subscribe_ConsumerStopsEarly_DisposesTheSource()
    {
        var source = new TrackedSource(1, 2, 3);
        var subscription = await Executor.SubscribeAsync(Request(Schema(source), "subscription { counter { n } }"));

        await foreach (var response in subscription.Responses!)
        {
            Assert.Equal("""{"data":{"counter":{"n":1}}}""", ExecutionResultJson.Serialize(response));
            break;
        }

        Assert.True(source.Disposed);
        Assert.Equal(1, source.Yielded);
    }

    [Fact]
    public async Task Subscribe_RequestCancelled_ThrowsAndDisposesTheSource()
    {
        using var cancellation = new CancellationTokenSource();
        var source = new TrackedSource(1, 2, 3) { WaitForeverAfter = 1 };
        var subscription = await Executor.SubscribeAsync(Request(Schema(source), "subscription { counter { n } }", cancellation.Token));
        var received = new List<string>();

        var consume = Task.Run(async () =>
        {
            await foreach (var response in subscription.Responses!)
            {
                received.Add(ExecutionResultJson.Serialize(response));
                await cancellation.CancelAsync();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consume);
        Assert.Equal(["""{"data":{"counter":{"n":1}}}"""], received);
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task Subscribe_ConsumerToken_CancelsTheSource()
    {
        using var cancellation = new CancellationTokenSource();
        var source = new TrackedSource(1) { WaitForeverAfter = 1 };
        var subscription = await Executor.SubscribeAsync(Request(Schema(source), "subscription { counter { n } }"));

        var enumerator = subscription.Responses!.GetAsyncEnumerator(cancellation.Token);
        Assert.True(await enumerator.MoveNextAsync());
        var waiting = enumerator.MoveNextAsync().AsTask();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await enumerator.DisposeAsync();
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task Subscribe_NonNullFieldNullInEvent_GivesDataNullForThatEventOnly()
    {
        var source = new TrackedSource(1, -1, 3);
        var subscription = await Executor.SubscribeAsync(Request(Schema(source), "subscription { counter { n } }"));
        var responses = new List<string>();
        await foreach (var response in subscription.Responses!)
        {
            responses.Add(ExecutionResultJson.Serialize(response));
        }

        Assert.Equal(
        [
            """{"data":{"counter":{"n":1}}}""",
            """{"errors":[{"message":"Cannot return null for non-nullable field Subscription.counter.","locations":[{"line":1,"column":16}],"path":["counter"]}],"data":null}""",
            """{"data":{"counter":{"n":3}}}""",
        ], responses);
    }

    [Fact]
    public async Task Subscribe_StreamResolverThrows_ReturnsTheErrorWithoutData()
    {
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers()
            .Subscription("Subscription.counter", _ => throw new GraphQLException("Not allowed to watch the counter.", "FORBIDDEN")));

        var subscription = await Executor.SubscribeAsync(Request(schema, "subscription { counter { n } }"));

        Assert.False(subscription.IsStream);
        Assert.Equal(
            """{"errors":[{"message":"Not allowed to watch the counter.","locations":[{"line":1,"column":16}],"path":["counter"],"extensions":{"code":"FORBIDDEN"}}]}""",
            ExecutionResultJson.Serialize(subscription.Failure!));
    }

    [Fact]
    public async Task Subscribe_VariableErrors_ReturnRequestErrors()
    {
        var subscription = await Executor.SubscribeAsync(Request(Schema(new TrackedSource()), "subscription S($f: Int!) { counter(from: $f) { n } }"));

        Assert.Equal(
            """{"errors":[{"message":"Variable \"$f\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":16}]}]}""",
            ExecutionResultJson.Serialize(subscription.Failure!));
    }

    [Fact]
    public async Task Subscribe_WithoutStreamResolver_ReadsTheRootValueMember()
    {
        var schema = SchemaFromSdl.Build(Sdl);
        var source = new TrackedSource(5);
        var events = source.Select(n => (object?)new Dictionary<string, object?> { ["plain"] = n });

        var subscription = await Executor.SubscribeAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("subscription { plain }"),
            RootValue = new Dictionary<string, object?> { ["plain"] = events },
        });
        var responses = new List<string>();
        await foreach (var response in subscription.Responses!)
        {
            responses.Add(ExecutionResultJson.Serialize(response));
        }

        Assert.Equal(["""{"data":{"plain":5}}"""], responses);
    }

    [Fact]
    public async Task Subscribe_QueryOperation_IsARequestError()
    {
        var subscription = await Executor.SubscribeAsync(Request(Schema(new TrackedSource()), "{ ok }"));

        Assert.Equal("Subscribe expects a subscription operation, not a query.", Assert.Single(subscription.Failure!.Errors).Message);
    }

    private static ExecutionRequest Request(GraphQLSchema schema, string document, CancellationToken cancellationToken = default) => new()
    {
        Schema = schema,
        Document = Parser.Parse(document),
        CancellationToken = cancellationToken,
    };

    private static GraphQLSchema Schema(TrackedSource source) => SchemaFromSdl.Build(Sdl, new SdlResolvers()
        .Subscription("Subscription.counter", context =>
        {
            source.ReceivedFrom = (int)context.Arguments["from"]!;
            return ValueTask.FromResult<IAsyncEnumerable<object?>>(source.Select(n => (object?)n));
        })
        .Field("Subscription.counter", context => ValueTask.FromResult<object?>(context.Source is -1 ? null : context.Source))
        .Field("Tick.n", FieldResolvers.FromSource<int>(n => n))
        .Field("Tick.label", FieldResolvers.FromSource<int>(n => "tick " + n)));

    /// <summary>A source stream that records how far it was read and whether it was disposed.</summary>
    private sealed class TrackedSource(params int[] values) : IAsyncEnumerable<int>
    {
        public int Yielded { get; private set; }

        public bool Disposed { get; private set; }

        public int? WaitForeverAfter { get; init; }

        public int ReceivedFrom { get; set; } = -1;

        public async IAsyncEnumerator<int> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            try
            {
                foreach (var value in values)
                {
                    if (Yielded == WaitForeverAfter)
                    {
                        await Task.Delay(Timeout.Infinite, cancellationToken);
                    }

                    await Task.Yield();
                    Yielded++;
                    yield return value;
                }

                if (WaitForeverAfter is not null)
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
