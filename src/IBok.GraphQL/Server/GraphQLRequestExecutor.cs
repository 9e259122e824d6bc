using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;
using IBok.GraphQL.Validation;

namespace IBok.GraphQL.Server;

/// <summary>The <c>extensions.code</c> values of errors the request pipeline produces before execution.</summary>
public static class ServerErrorCodes
{
    /// <summary>The document is not syntactically valid or exceeds a parser limit (Apollo's code).</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed validation, including the depth and cost limits (Apollo's code).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The request itself is malformed: no query, variables that are not an object, a hash mismatch.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The operation's type is not allowed by the transport (e.g. a mutation over HTTP GET; answer 405).</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>Only a persisted query hash was sent and no document with that hash is cached (Apollo's code).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
}

/// <summary>A snapshot of a <see cref="GraphQLRequestExecutor"/>'s counters, for metrics.</summary>
/// <param name="CacheHits">Documents found in the operation cache.</param>
/// <param name="CacheMisses">Documents not found (then parsed and validated, unless over the size limit).</param>
/// <param name="CacheEvictions">Documents dropped from the full cache.</param>
/// <param name="CachedDocuments">Documents in the cache now.</param>
/// <param name="DocumentsParsed">Parser runs (cache misses plus uncached documents).</param>
/// <param name="DocumentsValidated">Validation runs (documents that parsed).</param>
public readonly record struct GraphQLRequestExecutorStatistics(
    long CacheHits,
    long CacheMisses,
    long CacheEvictions,
    int CachedDocuments,
    long DocumentsParsed,
    long DocumentsValidated);

/// <summary>
/// The one entry point a transport (HTTP, WebSocket) calls: parse, look up the operation cache, validate
/// (spec section 5 plus the configured depth and cost limits), refuse operation types the transport does not
/// allow, then execute (spec section 6) with the configured timeout and a per-request
/// <see cref="DataLoader.DataLoaderRegistry"/>. Create one per schema and share it; it is thread-safe.
/// </summary>
/// <remarks>
/// Errors before execution come back as a response without <c>data</c> (spec 7.1.1) whose errors carry a
/// <see cref="ServerErrorCodes"/> code; only cancellation by the caller throws
/// (<see cref="OperationCanceledException"/>).
/// </remarks>
public sealed class GraphQLRequestExecutor
{
    private const string PersistedQueryKey = "persistedQuery";
    private const string Sha256HashKey = "sha256Hash";

    private readonly IReadOnlyList<ValidationRuleFactory> _rules;
    private readonly RecentDocumentKeys _recentKeys = new();
    private long _documentsParsed;
    private long _documentsValidated;

    /// <summary>Creates the executor for <paramref name="schema"/> with <paramref name="options"/> (default: <see cref="GraphQLRequestExecutorOptions"/>'s defaults).</summary>
    public GraphQLRequestExecutor(GraphQLSchema schema, GraphQLRequestExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? new GraphQLRequestExecutorOptions();
        _rules = Options.BuildValidationRules();
        Cache = new OperationCache(Options.OperationCacheSize);
    }

    /// <summary>The schema requests run against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The limits applied to every request.</summary>
    public GraphQLRequestExecutorOptions Options { get; }

    /// <summary>The cache of parsed and validated documents.</summary>
    public OperationCache Cache { get; }

    /// <summary>The current counters.</summary>
    public GraphQLRequestExecutorStatistics Statistics => new(
        Cache.Hits,
        Cache.Misses,
        Cache.Evictions,
        Cache.Count,
        Interlocked.Read(ref _documentsParsed),
        Interlocked.Read(ref _documentsValidated));

    /// <summary>
    /// Runs a query or mutation (a subscription operation runs once with no event, as graphql-js's
    /// <c>execute</c> does; use <see cref="SubscribeAsync"/> for streams).
    /// </summary>
    /// <param name="request">What the client sent.</param>
    /// <param name="services">The host's services for this request (wrapped in <see cref="RequestServices"/>).</param>
    /// <param name="requestContext">The host's per-request context, e.g. the signed-in user.</param>
    /// <param name="cancellationToken">Cancelled when nobody waits for the answer any more.</param>
    public Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        IServiceProvider? services = null,
        object? requestContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (executionRequest, _, failure) = Prepare(request, services, requestContext, cancellationToken);
        return failure is not null ? Task.FromResult(failure) : Executor.ExecuteAsync(executionRequest!);
    }

    /// <summary>
    /// Runs any operation as a stream of responses, the way a streaming transport (graphql-transport-ws,
    /// server-sent events) sends them: a subscription gives one response per event; a query or mutation gives
    /// its one response; a request that fails before execution gives one response without <c>data</c>
    /// (<see cref="ExecutionResult.HasData"/> false, the transport's "error" message).
    /// </summary>
    /// <remarks>Nothing runs until the stream is enumerated. The per-request DataLoader registry lives as long as
    /// the subscription (its cache spans events).</remarks>
    public async IAsyncEnumerable<ExecutionResult> SubscribeAsync(
        GraphQLRequest request,
        IServiceProvider? services = null,
        object? requestContext = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (executionRequest, operationType, failure) = Prepare(request, services, requestContext, cancellationToken);
        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        if (operationType != OperationType.Subscription)
        {
            yield return await Executor.ExecuteAsync(executionRequest!).ConfigureAwait(false);
            yield break;
        }

        var subscription = await Executor.SubscribeAsync(executionRequest!).ConfigureAwait(false);
        if (subscription.Failure is { } subscribeFailure)
        {
            yield return subscribeFailure;
            yield break;
        }

        await foreach (var response in subscription.Responses!.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return response;
        }
    }

    /// <summary>
    /// Everything before execution: the document (cached), the variables, the operation type check. Either an
    /// execution request or a failure response.
    /// </summary>
    private (ExecutionRequest? Request, OperationType? OperationType, ExecutionResult? Failure) Prepare(
        GraphQLRequest request,
        IServiceProvider? services,
        object? requestContext,
        CancellationToken cancellationToken)
    {
        var prepared = GetDocument(request);
        if (prepared.Errors.Count > 0)
        {
            return (null, null, ExecutionResult.FromErrors(prepared.Errors));
        }

        IReadOnlyDictionary<string, object?> variables;
        try
        {
            variables = request.Variables ?? JsonInputValues.ToVariables(request.VariablesJson);
        }
        catch (ArgumentException)
        {
            return (null, null, Failure("Variables must be a JSON object.", ServerErrorCodes.BadRequest));
        }

        var document = prepared.Document!;
        var operationName = string.IsNullOrEmpty(request.OperationName) ? null : request.OperationName;

        // When the operation cannot be selected, the executor reports why (graphql-js's messages).
        var (operation, _, _) = Executor.GetOperation(document, operationName);
        if (operation is not null && !IsAllowed(operation.Operation, request.AllowedOperations))
        {
            return (null, operation.Operation, ExecutionResult.FromErrors(
                [new GraphQLError(NotAllowedMessage(operation.Operation), [ErrorLocation.Of(operation)], extensions: Code(ServerErrorCodes.OperationNotAllowed))]));
        }

        var executionRequest = new ExecutionRequest
        {
            Schema = Schema,
            Document = document,
            OperationName = operationName,
            VariableValues = variables,
            Services = new RequestServices(services),
            RequestContext = requestContext,
            CancellationToken = cancellationToken,
            Timeout = Options.ExecutionTimeout,
        };
        return (executionRequest, operation?.Operation, null);
    }

    /// <summary>The request's document from the cache, or parsed and validated (and cached).</summary>
    private PreparedDocument GetDocument(GraphQLRequest request)
    {
        var clientHash = PersistedQueryHash(request.Extensions);
        var query = request.Query;
        if (string.IsNullOrEmpty(query) && request.QueryUtf8.IsEmpty)
        {
            if (clientHash is null)
            {
                return new PreparedDocument(null, [new GraphQLError("The query is missing.", extensions: Code(ServerErrorCodes.BadRequest))]);
            }

            return Cache.TryGet(clientHash, out var persisted)
                ? persisted!
                : new PreparedDocument(null, [new GraphQLError("PersistedQueryNotFound", extensions: Code(ServerErrorCodes.PersistedQueryNotFound))]);
        }

        if (string.IsNullOrEmpty(query))
        {
            return GetDocument(request.QueryUtf8.Span, clientHash);
        }

        var byteCount = Encoding.UTF8.GetByteCount(query);
        if (byteCount > Options.ParserOptions.MaxDocumentBytes)
        {
            // Never hashed nor cached: the parser rejects it by its size alone.
            return Prepare(() => Parser.Parse(query, Options.ParserOptions));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(byteCount, 1));
        try
        {
            var length = Encoding.UTF8.GetBytes(query, buffer);
            return GetDocument(buffer.AsSpan(0, length), clientHash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The document whose UTF-8 text is <paramref name="utf8Query"/>: a cache lookup that allocates nothing when it hits.</summary>
    private PreparedDocument GetDocument(ReadOnlySpan<byte> utf8Query, string? clientHash)
    {
        if (utf8Query.Length > Options.ParserOptions.MaxDocumentBytes)
        {
            // Never hashed nor cached: the parser rejects it by its size alone.
            var oversized = utf8Query.ToArray();
            return Prepare(() => Parser.Parse(oversized.AsSpan(), Options.ParserOptions));
        }

        if (clientHash is null && _recentKeys.Find(utf8Query) is { } recentKey && Cache.TryGet(recentKey, countMiss: false, out var recent))
        {
            return recent!;
        }

        Span<char> key = stackalloc char[OperationCache.KeyLength];
        OperationCache.ComputeKey(utf8Query, key);
        if (clientHash is not null && !key.Equals(clientHash, StringComparison.OrdinalIgnoreCase))
        {
            return new PreparedDocument(null, [new GraphQLError("The persisted query hash does not match the query.", extensions: Code(ServerErrorCodes.BadRequest))]);
        }

        if (Cache.TryGet(key, countMiss: false, out var cached))
        {
            _recentKeys.Remember(utf8Query, new string(key));
            return cached!;
        }

        // A miss (rare): the preparation may run on another request's thread, so it gets its own copy of the text.
        var text = utf8Query.ToArray();
        return Cache.GetOrAdd(new string(key), () => Prepare(() => Parser.Parse(text.AsSpan(), Options.ParserOptions)));
    }

    private PreparedDocument Prepare(Func<DocumentNode> parse)
    {
        DocumentNode document;
        try
        {
            Interlocked.Increment(ref _documentsParsed);
            document = parse();
        }
        catch (GraphQLSyntaxException syntaxError)
        {
            return new PreparedDocument(null, [new GraphQLError(
                syntaxError.Message,
                [new ErrorLocation(syntaxError.Line, syntaxError.Column)],
                extensions: Code(ServerErrorCodes.ParseFailed))]);
        }

        Interlocked.Increment(ref _documentsValidated);
        IReadOnlyList<ValidationError> errors;
        try
        {
            errors = DocumentValidator.Validate(Schema, document, _rules, Options.MaxValidationErrors);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A failing rule (ours or the host's) must not take the server down nor leak its message. The outcome is
            // cached like any other: the same document fails the same way.
            return new PreparedDocument(null, [new GraphQLError(
                "Unexpected error.",
                extensions: Code(ErrorCodes.InternalServerError),
                originalException: exception)]);
        }

        return errors.Count == 0
            ? new PreparedDocument(document, [])
            : new PreparedDocument(null, errors
                .Select(error => new GraphQLError(error.Message, error.Locations, extensions: Code(ServerErrorCodes.ValidationFailed)))
                .ToArray());
    }

    private static bool IsAllowed(OperationType type, AllowedOperations allowed) => type switch
    {
        OperationType.Query => allowed.HasFlag(AllowedOperations.Query),
        OperationType.Mutation => allowed.HasFlag(AllowedOperations.Mutation),
        _ => allowed.HasFlag(AllowedOperations.Subscription),
    };

    private static string NotAllowedMessage(OperationType type) => type switch
    {
        // GraphQL over HTTP: "GET requests MUST NOT be used for executing mutation operations".
        OperationType.Mutation => "Mutations cannot be sent with GET (a read-only transport); use POST.",
        OperationType.Query => "Query operations are not allowed for this request.",
        _ => "Subscription operations are not allowed for this request.",
    };

    /// <summary>Apollo's automatic persisted queries: <c>extensions.persistedQuery.sha256Hash</c>, or null.</summary>
    private static string? PersistedQueryHash(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(PersistedQueryKey, out var persistedQuery))
        {
            return null;
        }

        var hash = persistedQuery switch
        {
            JsonElement { ValueKind: JsonValueKind.Object } json when json.TryGetProperty(Sha256HashKey, out var value)
                && value.ValueKind == JsonValueKind.String => value.GetString(),
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(Sha256HashKey) as string,
            _ => null,
        };
        return string.IsNullOrEmpty(hash) ? null : hash.ToLowerInvariant();
    }

    private static ExecutionResult Failure(string message, string code) =>
        ExecutionResult.FromErrors([new GraphQLError(message, extensions: Code(code))]);

    private static Dictionary<string, object?> Code(string code) => new(StringComparer.Ordinal) { ["code"] = code };
}
