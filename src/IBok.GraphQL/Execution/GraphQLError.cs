using IBok.GraphQL.Language;

namespace IBok.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values the engine itself produces.</summary>
public static class ErrorCodes
{
    /// <summary>A resolver failed in a way not meant for clients; the details stay on the server.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The request ran longer than <see cref="ExecutionRequest.Timeout"/>.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The request was cancelled by the caller (for example the client disconnected).</summary>
    public const string Cancelled = "CANCELLED";
}

/// <summary>
/// One entry of a response's <c>errors</c> list (spec 7.1.2 Errors): a message for the client, the locations of
/// the syntax it concerns, the response path of the field it concerns, and optional extensions (the engine
/// puts an error <c>code</c> there for errors it makes up itself).
/// </summary>
/// <remarks>
/// <see cref="OriginalException"/> keeps the exception that caused the error for server-side logging; it is
/// never written to a response, so neither stack traces nor messages of unexpected exceptions reach clients.
/// </remarks>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalException = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path;
        Extensions = extensions is { Count: > 0 } ? extensions : null;
        OriginalException = originalException;
    }

    /// <summary>The message meant for the client (spec 7.1.2: "message" is required).</summary>
    public string Message { get; }

    /// <summary>Where in the document the error arose, or null when it concerns no particular syntax.</summary>
    public IReadOnlyList<ErrorLocation>? Locations { get; }

    /// <summary>
    /// The response path of the field the error concerns: response keys (strings) and list indexes (ints), or
    /// null for request errors.
    /// </summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional information, e.g. <c>code</c>; null when there is none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The error code in <see cref="Extensions"/>, if any.</summary>
    public string? Code => Extensions?.GetValueOrDefault("code") as string;

    /// <summary>The exception that caused the error, for the server's logs only (never serialized).</summary>
    public Exception? OriginalException { get; }

    /// <summary>The locations of <paramref name="nodes"/> as an error reports them.</summary>
    public static IReadOnlyList<ErrorLocation> LocationsOf(IEnumerable<SyntaxNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return nodes.Select(node => new ErrorLocation(node.Location.Line, node.Location.Column)).ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
