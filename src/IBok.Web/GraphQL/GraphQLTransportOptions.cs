using IBok.GraphQL.Language;
using IBok.GraphQL.Server;

namespace IBok.Web.GraphQL;

/// <summary>
/// The limits of the GraphQL endpoint, bound from the configuration section <c>GraphQL</c>
/// (e.g. <c>GraphQL__ExecutionTimeout=00:00:05</c>). Every refusal they cause is a GraphQL error, never a crash.
/// </summary>
public sealed class GraphQLTransportOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL";

    /// <summary>The highest <see cref="MaxRequestBytes"/> allowed: a body is read into one array.</summary>
    public const long MaxRequestBytesCeiling = 1024 * 1024 * 1024;

    /// <summary>The largest accepted POST body in bytes (413 above it); at most <see cref="MaxRequestBytesCeiling"/>.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest accepted GraphQL document in UTF-8 bytes (a parse error above it).</summary>
    public int MaxDocumentBytes { get; set; } = ParserOptions.Default.MaxDocumentBytes;

    /// <summary>The most lexical tokens a document may have.</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>The deepest field nesting an operation may have; null for no limit.</summary>
    public int? MaxDepth { get; set; } = 15;

    /// <summary>The highest estimated cost an operation may have; null for no limit.</summary>
    public long? MaxCost { get; set; } = 50_000;

    /// <summary>The longest a query or mutation may execute; null for no limit.</summary>
    public TimeSpan? ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Validation stops after this many errors.</summary>
    public int MaxValidationErrors { get; set; } = 100;

    /// <summary>How many parsed and validated documents are cached; 0 disables the cache.</summary>
    public int OperationCacheSize { get; set; } = GraphQLRequestExecutorOptions.DefaultOperationCacheSize;

    /// <summary>Whether <c>GET /graphql</c> from a browser shows the GraphQL IDE.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>The problems with these values, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        RequirePositive(MaxRequestBytes, nameof(MaxRequestBytes));
        if (MaxRequestBytes > MaxRequestBytesCeiling)
        {
            problems.Add($"{SectionName}:{nameof(MaxRequestBytes)} must be at most {MaxRequestBytesCeiling}, but is {MaxRequestBytes}.");
        }

        RequirePositive(MaxDocumentBytes, nameof(MaxDocumentBytes));
        RequirePositive(MaxTokens, nameof(MaxTokens));
        RequirePositive(MaxValidationErrors, nameof(MaxValidationErrors));
        if (MaxDepth is { } depth)
        {
            RequirePositive(depth, nameof(MaxDepth));
        }

        if (MaxCost is { } cost)
        {
            RequirePositive(cost, nameof(MaxCost));
        }

        if (ExecutionTimeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:{nameof(ExecutionTimeout)} must be positive, but is {timeout}.");
        }

        if (OperationCacheSize < 0)
        {
            problems.Add($"{SectionName}:{nameof(OperationCacheSize)} must not be negative, but is {OperationCacheSize}.");
        }

        return problems;

        void RequirePositive(long value, string name)
        {
            if (value <= 0)
            {
                problems.Add($"{SectionName}:{name} must be positive, but is {value}.");
            }
        }
    }

    /// <summary>The engine's options for these limits.</summary>
    public GraphQLRequestExecutorOptions ToExecutorOptions() => new()
    {
        ParserOptions = ParserOptions.Default with { MaxDocumentBytes = MaxDocumentBytes, MaxTokens = MaxTokens },
        MaxDepth = MaxDepth,
        MaxCost = MaxCost,
        ExecutionTimeout = ExecutionTimeout,
        MaxValidationErrors = MaxValidationErrors,
        OperationCacheSize = OperationCacheSize,
    };
}
