using IBok.GraphQL.Execution;

namespace IBok.GraphQL.Tests.Execution;

/// <summary>The execution's work loop runs posted work in the order it was posted, also work posted by posted work.</summary>
public sealed class ExecutionWorkQueueTests
{
    [Fact]
    public async Task RunAsync_WorkPostingMoreWork_RunsEverythingFirstPostedFirstRun()
    {
        var order = new List<string>();
        var done = new TaskCompletionSource<string>();

        var result = await ExecutionWorkQueue.RunAsync(() =>
        {
            var loop = SynchronizationContext.Current!;
            loop.Post(_ =>
            {
                order.Add("a");
                loop.Post(_ => order.Add("c"), null);
                loop.Post(_ => done.SetResult(string.Join(",", order)), null);
            }, null);
            loop.Post(_ => order.Add("b"), null);
            return new ValueTask<string>(done.Task);
        });

        Assert.Equal("a,b,c", result);
        Assert.Equal(["a", "b", "c"], order);
    }
}
