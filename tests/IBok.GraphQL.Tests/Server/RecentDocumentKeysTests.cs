using System.Text;
using IBok.GraphQL.Server;

namespace IBok.GraphQL.Tests.Server;

/// <summary>
/// Recently used document texts skip the SHA-256 of the document cache's key: only the very same text gets a kept
/// key, and the cache itself still decides whether the document is there.
/// </summary>
public sealed class RecentDocumentKeysTests
{
    private readonly PipelineSchema _fixture = new();

    [Fact]
    public void Find_RememberedText_IsItsKey()
    {
        var keys = new RecentDocumentKeys();
        var text = "query Dashboard { hello meters { serial } }"u8;

        var before = keys.Find(text);
        keys.Remember(text, OperationCache.ComputeKey(text));

        Assert.Null(before);
        Assert.Equal(OperationCache.ComputeKey(text), keys.Find(text));
    }

    [Fact]
    public void Find_TextOfTheSameSlotDifferingInOneByte_IsNull()
    {
        var keys = new RecentDocumentKeys();
        // Same length, same middle and same end: the same slot, a different document.
        var remembered = "{ hello meters { serial } }"u8;
        var other = "[ hello meters { serial } }"u8;
        keys.Remember(remembered, OperationCache.ComputeKey(remembered));

        Assert.Null(keys.Find(other));
    }

    [Fact]
    public async Task ExecuteAsync_RepeatedTextWhoseDocumentWasEvicted_IsPreparedAgainAndAnswersRight()
    {
        var executor = new GraphQLRequestExecutor(_fixture.Schema, new GraphQLRequestExecutorOptions { OperationCacheSize = 1 });
        var hello = Encoding.UTF8.GetBytes("{ hello }");
        var meters = Encoding.UTF8.GetBytes("{ meters { serial } }");

        var results = new List<string>();
        foreach (var text in new[] { hello, hello, hello, meters, hello })
        {
            results.Add(PipelineSchema.Json(await executor.ExecuteAsync(new GraphQLRequest { QueryUtf8 = text })));
        }

        Assert.Equal(
            [
                """{"data":{"hello":"Hello, World"}}""",
                """{"data":{"hello":"Hello, World"}}""",
                """{"data":{"hello":"Hello, World"}}""",
                """{"data":{"meters":[{"serial":"WM-1"}]}}""",
                """{"data":{"hello":"Hello, World"}}""",
            ],
            results);
        Assert.Equal(
            new GraphQLRequestExecutorStatistics(
                CacheHits: 2, CacheMisses: 3, CacheEvictions: 2, CachedDocuments: 1, DocumentsParsed: 3, DocumentsValidated: 3),
            executor.Statistics);
    }
}
