using System.Text;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Server;

namespace IBok.GraphQL.Tests.Server;

/// <summary>The operation cache behind <see cref="GraphQLRequestExecutor"/>: hits, LRU eviction, invalid documents, concurrency.</summary>
public sealed class OperationCacheTests
{
    private const string Hello = "{ hello }";
    private readonly PipelineSchema _fixture = new();

    [Fact]
    public async Task ExecuteAsync_SecondIdenticalRequest_IsACacheHitThatSkipsParseAndValidate()
    {
        var executor = Executor();

        var first = await executor.ExecuteAsync(new GraphQLRequest { Query = Hello });
        var second = await executor.ExecuteAsync(new GraphQLRequest { Query = Hello });

        Assert.Equal(new GraphQLRequestExecutorStatistics(
            CacheHits: 1, CacheMisses: 1, CacheEvictions: 0, CachedDocuments: 1, DocumentsParsed: 1, DocumentsValidated: 1),
            executor.Statistics);
        Assert.Equal(PipelineSchema.Json(first), PipelineSchema.Json(second));
        Assert.Equal("""{"data":{"hello":"Hello, World"}}""", PipelineSchema.Json(second));
    }

    [Fact]
    public async Task ExecuteAsync_SameDocumentOtherVariablesAndOperation_SharesTheEntry()
    {
        var executor = Executor();
        const string query = "query A($name: String!) { hello(name: $name) }\nquery B { hello }";

        var a = await executor.ExecuteAsync(new GraphQLRequest { Query = query, OperationName = "A", Variables = new Dictionary<string, object?> { ["name"] = "Ala" } });
        var b = await executor.ExecuteAsync(new GraphQLRequest { Query = query, OperationName = "B" });

        Assert.Equal("""{"data":{"hello":"Hello, Ala"}}""", PipelineSchema.Json(a));
        Assert.Equal("""{"data":{"hello":"Hello, World"}}""", PipelineSchema.Json(b));
        Assert.Equal((1, 1, 1L), (executor.Statistics.CacheHits, executor.Statistics.CacheMisses, executor.Statistics.DocumentsParsed));
    }

    [Fact]
    public async Task ExecuteAsync_DifferentText_IsADifferentEntry()
    {
        var executor = Executor();

        await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "{hello}" });

        Assert.Equal((0L, 2L, 2), (executor.Statistics.CacheHits, executor.Statistics.CacheMisses, executor.Statistics.CachedDocuments));
    }

    [Fact]
    public async Task ExecuteAsync_RepeatedInvalidDocument_IsCachedWithItsErrors()
    {
        var executor = Executor();

        var first = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ helo }" });
        var second = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ helo }" });
        var syntax1 = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello" });
        var syntax2 = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello" });

        Assert.Equal(PipelineSchema.Json(first), PipelineSchema.Json(second));
        Assert.Equal(PipelineSchema.Json(syntax1), PipelineSchema.Json(syntax2));
        Assert.Equal(ServerErrorCodes.ValidationFailed, Assert.Single(second.Errors).Code);
        Assert.Equal(ServerErrorCodes.ParseFailed, Assert.Single(syntax2.Errors).Code);
        Assert.Equal(new GraphQLRequestExecutorStatistics(2, 2, 0, 2, DocumentsParsed: 2, DocumentsValidated: 1), executor.Statistics);
    }

    [Fact]
    public async Task ExecuteAsync_FullCache_EvictsTheLeastRecentlyUsed()
    {
        var executor = Executor(new GraphQLRequestExecutorOptions { OperationCacheSize = 2 });
        const string a = "{ a: hello }", b = "{ b: hello }", c = "{ c: hello }";

        await Run(executor, a); // miss
        await Run(executor, b); // miss
        await Run(executor, a); // hit: b is now the least recently used
        await Run(executor, c); // miss, evicts b

        Assert.True(executor.Cache.Contains(Key(a)));
        Assert.False(executor.Cache.Contains(Key(b)));
        Assert.True(executor.Cache.Contains(Key(c)));

        await Run(executor, b); // miss, evicts a
        await Run(executor, c); // hit

        Assert.False(executor.Cache.Contains(Key(a)));
        Assert.Equal(new GraphQLRequestExecutorStatistics(2, 4, 2, 2, 4, 4), executor.Statistics);
    }

    [Fact]
    public async Task ExecuteAsync_CacheSizeZero_CachesNothing()
    {
        var executor = Executor(new GraphQLRequestExecutorOptions { OperationCacheSize = 0 });

        await Run(executor, Hello);
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = Hello });

        Assert.Equal("""{"data":{"hello":"Hello, World"}}""", PipelineSchema.Json(result));
        Assert.Equal(new GraphQLRequestExecutorStatistics(0, 2, 0, 0, 2, 2), executor.Statistics);
    }

    [Fact]
    public async Task ExecuteAsync_DocumentOverTheSizeLimit_IsNeitherHashedNorCached()
    {
        var executor = Executor(new GraphQLRequestExecutorOptions { ParserOptions = new ParserOptions { MaxDocumentBytes = 16 } });
        const string query = "{ hello hello hello }"; // 21 bytes

        var first = await executor.ExecuteAsync(new GraphQLRequest { Query = query });
        await executor.ExecuteAsync(new GraphQLRequest { Query = query });

        Assert.Equal(
            """{"errors":[{"message":"Syntax Error: Document size of 21 bytes exceeds the maximum of 16 bytes.","locations":[{"line":1,"column":1}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""",
            PipelineSchema.Json(first));
        Assert.Equal(new GraphQLRequestExecutorStatistics(0, 0, 0, 0, 2, 0), executor.Statistics);
    }

    [Fact]
    public async Task ExecuteAsync_HundredParallelIdenticalRequests_PrepareTheDocumentOnce()
    {
        var executor = Executor();
        using var start = new ManualResetEventSlim();

        var requests = Enumerable.Range(0, 100)
            .Select(_ => Task.Run(async () =>
            {
                start.Wait();
                return await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello meters { serial } }" });
            }))
            .ToArray();
        start.Set();
        var results = await Task.WhenAll(requests);

        Assert.All(results, result => Assert.Equal(
            """{"data":{"hello":"Hello, World","meters":[{"serial":"WM-1"}]}}""",
            PipelineSchema.Json(result)));
        // Concurrent misses share one preparation, so exactly one request parses and validates.
        Assert.Equal(new GraphQLRequestExecutorStatistics(99, 1, 0, 1, 1, 1), executor.Statistics);
    }

    [Fact]
    public async Task ExecuteAsync_ParallelDistinctRequests_AllSucceedWithinCapacity()
    {
        var executor = Executor(new GraphQLRequestExecutorOptions { OperationCacheSize = 8 });

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            executor.ExecuteAsync(new GraphQLRequest { Query = $"{{ alias{i % 20}: hello }}" }))));

        Assert.All(results.Select((result, i) => (result, i)), pair => Assert.Equal(
            "{\"data\":{\"alias" + (pair.i % 20) + "\":\"Hello, World\"}}",
            PipelineSchema.Json(pair.result)));
        var statistics = executor.Statistics;
        Assert.Equal(200, statistics.CacheHits + statistics.CacheMisses);
        Assert.Equal(8, statistics.CachedDocuments);
        Assert.Equal(statistics.CacheMisses - 8, statistics.CacheEvictions);
    }

    [Fact]
    public async Task ExecuteAsync_PersistedQueryHashOnly_IsServedFromTheCache()
    {
        var executor = Executor();
        var hash = Key(Hello);

        var register = await executor.ExecuteAsync(new GraphQLRequest { Query = Hello, Extensions = Persisted(hash) });
        var byHash = await executor.ExecuteAsync(new GraphQLRequest { Extensions = Persisted(hash.ToUpperInvariant()) });

        Assert.Equal("""{"data":{"hello":"Hello, World"}}""", PipelineSchema.Json(register));
        Assert.Equal("""{"data":{"hello":"Hello, World"}}""", PipelineSchema.Json(byHash));
        Assert.Equal((1L, 1L), (executor.Statistics.CacheHits, executor.Statistics.DocumentsParsed));
    }

    [Fact]
    public async Task ExecuteAsync_PersistedQueryHashAsJson_IsRead()
    {
        var executor = Executor();
        await Run(executor, Hello);
        using var extensions = System.Text.Json.JsonDocument.Parse($$"""{"version":1,"sha256Hash":"{{Key(Hello)}}"}""");

        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Extensions = new Dictionary<string, object?> { ["persistedQuery"] = extensions.RootElement },
        });

        Assert.Equal("""{"data":{"hello":"Hello, World"}}""", PipelineSchema.Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_UnknownPersistedQueryHash_AsksForTheQuery()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest { Extensions = Persisted(Key(Hello)) });

        Assert.Equal(
            """{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}""",
            PipelineSchema.Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_PersistedQueryHashOfAnotherQuery_IsABadRequest()
    {
        var executor = Executor();

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = Hello, Extensions = Persisted(Key("{ slow }")) });

        Assert.Equal(
            """{"errors":[{"message":"The persisted query hash does not match the query.","extensions":{"code":"BAD_REQUEST"}}]}""",
            PipelineSchema.Json(result));
        Assert.Equal(0, executor.Statistics.CachedDocuments);
    }

    [Fact]
    public void ComputeKey_IsTheSha256OfTheUtf8Text()
    {
        // SHA-256 of "{ hello }", as `printf '{ hello }' | sha256sum` prints it.
        Assert.Equal("001c3174e099bd72b729d0c0a529ba9f5a740c446e2a6e1d71b283cb84ec3065", Key(Hello));
    }

    private static Dictionary<string, object?> Persisted(string hash) => new()
    {
        ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = 1, ["sha256Hash"] = hash },
    };

    private static string Key(string query) => OperationCache.ComputeKey(Encoding.UTF8.GetBytes(query));

    private static async Task<ExecutionResult> Run(GraphQLRequestExecutor executor, string query)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query });
        Assert.Empty(result.Errors);
        return result;
    }

    private GraphQLRequestExecutor Executor(GraphQLRequestExecutorOptions? options = null) => new(_fixture.Schema, options);
}
