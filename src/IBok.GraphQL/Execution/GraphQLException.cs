using IBok.GraphQL.Language;

namespace IBok.GraphQL.Execution;

/// <summary>
/// An exception whose message is meant for clients. A resolver throws it to report a field error such as
/// "Meter not found."; the executor puts <see cref="Exception.Message"/>, <see cref="Code"/> and
/// <see cref="Extensions"/> in the response. Any other exception from a resolver is reported as
/// "Unexpected error." with code <c>INTERNAL_SERVER_ERROR</c>, so internals never leak.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception with a client-facing message.</summary>
    public GraphQLException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a client-facing message and an error code (<c>extensions.code</c>).</summary>
    public GraphQLException(string message, string? code)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Creates the exception with a client-facing message and the (server-side) cause.</summary>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public GraphQLException()
        : base("Unexpected error.")
    {
    }

    internal GraphQLException(string message, IReadOnlyList<SyntaxNode> nodes, Exception? innerException = null)
        : base(message, innerException)
    {
        Nodes = nodes;
    }

    /// <summary>The error code written as <c>extensions.code</c>, or null.</summary>
    public string? Code { get; init; }

    /// <summary>Further entries for the error's <c>extensions</c> (written after <c>code</c>).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Syntax the error concerns when not the field being executed (e.g. an argument value).</summary>
    internal IReadOnlyList<SyntaxNode>? Nodes { get; }

    /// <summary>The error's extensions: <see cref="Code"/> first, then <see cref="Extensions"/>.</summary>
    internal IReadOnlyDictionary<string, object?>? BuildExtensions()
    {
        if (Code is null && Extensions is null)
        {
            return null;
        }

        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Code is not null)
        {
            extensions["code"] = Code;
        }

        foreach (var (key, value) in Extensions ?? new Dictionary<string, object?>())
        {
            extensions.TryAdd(key, value);
        }

        return extensions;
    }
}
