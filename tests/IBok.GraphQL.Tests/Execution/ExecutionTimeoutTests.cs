using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Execution;

/// <summary>The execution timeout's reused cancellation sources: every execution gets a fresh, uncancelled token.</summary>
public sealed class ExecutionTimeoutTests
{
    private const string Sdl = "type Query { a: String }";

    [Fact]
    public async Task Execute_TimeoutAfterManyInTimeExecutions_StillTimesOutAndTheNextIsFine()
    {
        var slow = true;
        var tokens = new List<CancellationToken>();
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().Field("Query.a", async context =>
        {
            tokens.Add(context.CancellationToken);
            if (slow)
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }

            return context.CancellationToken.IsCancellationRequested ? "cancelled" : "in time";
        }));
        slow = false;
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal("""{"data":{"a":"in time"}}""", ExecutionResultJson.Serialize(await ExecuteAsync(schema, TimeSpan.FromSeconds(30))));
        }

        slow = true;
        var timedOut = await ExecuteAsync(schema, TimeSpan.FromMilliseconds(40));
        slow = false;
        var after = await ExecuteAsync(schema, TimeSpan.FromSeconds(30));

        Assert.Equal(
            """{"errors":[{"message":"The request exceeded the execution timeout of 40 milliseconds.","extensions":{"code":"TIMEOUT"}}],"data":null}""",
            ExecutionResultJson.Serialize(timedOut));
        Assert.Equal("""{"data":{"a":"in time"}}""", ExecutionResultJson.Serialize(after));
        Assert.True(tokens[100].IsCancellationRequested);
        Assert.False(tokens[101].IsCancellationRequested);
    }

    [Fact]
    public async Task Execute_CallerCancelsWithATimeoutSet_ThrowsOperationCanceledAndTheNextIsFine()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().Field("Query.a", async context =>
        {
            if (context.Source is "cancel")
            {
                await cancellation.CancelAsync();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }

            return context.CancellationToken.IsCancellationRequested ? "cancelled" : "in time";
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ a }"),
            RootValue = "cancel",
            CancellationToken = cancellation.Token,
            Timeout = TimeSpan.FromSeconds(30),
        }));
        var after = await ExecuteAsync(schema, TimeSpan.FromSeconds(30));

        Assert.Equal("""{"data":{"a":"in time"}}""", ExecutionResultJson.Serialize(after));
    }

    [Fact]
    public void Return_UncancelledSource_IsRentedAgainReset()
    {
        var source = ExecutionTimeoutSources.Rent();
        source.CancelAfter(TimeSpan.FromMilliseconds(20));
        ExecutionTimeoutSources.Return(source);
        Thread.Sleep(100);

        var rented = new List<CancellationTokenSource>();
        for (var i = 0; i < 100; i++)
        {
            rented.Add(ExecutionTimeoutSources.Rent());
        }

        // Another test may hold the source now; whoever has it, no reset source carries its old timer.
        Assert.All(rented, candidate => Assert.False(candidate.IsCancellationRequested));
        rented.ForEach(ExecutionTimeoutSources.Return);
    }

    [Fact]
    public void Return_CancelledSource_IsNeverRentedAgain()
    {
        var source = ExecutionTimeoutSources.Rent();
        source.Cancel();
        ExecutionTimeoutSources.Return(source);

        var rented = new List<CancellationTokenSource>();
        for (var i = 0; i < 100; i++)
        {
            rented.Add(ExecutionTimeoutSources.Rent());
        }

        Assert.DoesNotContain(source, rented);
        Assert.All(rented, candidate => Assert.False(candidate.IsCancellationRequested));
        rented.ForEach(ExecutionTimeoutSources.Return);
    }

    private static Task<ExecutionResult> ExecuteAsync(GraphQLSchema schema, TimeSpan timeout) =>
        Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ a }"), Timeout = timeout });
}
