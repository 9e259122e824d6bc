using System.Text.Json;

namespace IBok.GraphQL.Server;

/// <summary>The operation types a transport lets a request run.</summary>
[Flags]
public enum AllowedOperations
{
    /// <summary>No operation may run.</summary>
    None = 0,

    /// <summary>Query operations.</summary>
    Query = 1,

    /// <summary>Mutation operations.</summary>
    Mutation = 2,

    /// <summary>Subscription operations.</summary>
    Subscription = 4,

    /// <summary>
    /// What a safe (read-only) transport allows, e.g. HTTP GET: GraphQL over HTTP, "GET requests MUST NOT be used
    /// for executing mutation operations".
    /// </summary>
    ReadOnly = Query | Subscription,

    /// <summary>Every operation type (the default, e.g. HTTP POST or WebSocket).</summary>
    All = Query | Mutation | Subscription,
}

/// <summary>
/// One GraphQL request as a transport received it (GraphQL over HTTP, "Request Parameters": <c>query</c>,
/// <c>operationName</c>, <c>variables</c>, <c>extensions</c>), plus what the transport allows.
/// </summary>
/// <remarks>
/// Nothing here has been checked yet: <see cref="GraphQLRequestExecutor"/> turns every problem (a missing or
/// malformed query, variables that are not an object, a refused operation type) into a response with errors.
/// </remarks>
public sealed class GraphQLRequest
{
    /// <summary>
    /// The document text. Null or empty (with an empty <see cref="QueryUtf8"/>) means "not given" (GraphQL over
    /// HTTP: "Specifying the empty string for optional request parameters is equivalent to not specifying them at
    /// all"), allowed only when <see cref="Extensions"/> carries a persisted query hash.
    /// </summary>
    public string? Query { get; init; }

    /// <summary>
    /// The document text as UTF-8, used when <see cref="Query"/> is null or empty: a transport that received the
    /// text as UTF-8 passes it on as it is, so a cached document costs no decoding nor re-encoding. The memory must
    /// stay valid until the request's response has been produced.
    /// </summary>
    public ReadOnlyMemory<byte> QueryUtf8 { get; init; }

    /// <summary>The operation to run; null or empty when the document holds exactly one operation.</summary>
    public string? OperationName { get; init; }

    /// <summary>Variables as runtime values (integers as <see cref="long"/>, objects as maps); wins over <see cref="VariablesJson"/>.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Variables as the JSON the client sent: an object, or null/absent for none.</summary>
    public JsonElement? VariablesJson { get; init; }

    /// <summary>
    /// The request's <c>extensions</c> (values may be <see cref="JsonElement"/>s or maps). The executor reads
    /// <c>persistedQuery.sha256Hash</c> (Apollo's automatic persisted queries convention) and ignores the rest.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>
    /// The operation types the transport allows; an operation of another type is refused before execution
    /// with code <c>OPERATION_NOT_ALLOWED</c>. Use <see cref="AllowedOperations.ReadOnly"/> for HTTP GET.
    /// </summary>
    public AllowedOperations AllowedOperations { get; init; } = AllowedOperations.All;
}
