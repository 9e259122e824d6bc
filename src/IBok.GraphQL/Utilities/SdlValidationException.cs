using IBok.GraphQL.Execution;

namespace IBok.GraphQL.Utilities;

/// <summary>
/// An SDL document does not describe a schema (graphql-js <c>assertValidSDL</c>): unknown types or directives,
/// duplicate names, extensions of undefined types. <see cref="Errors"/> lists every problem with its locations.
/// </summary>
public sealed class SdlValidationException : FormatException
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public SdlValidationException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n\n", (errors ?? throw new ArgumentNullException(nameof(errors))).Select(e => e.Message)))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message and no itemized errors.</summary>
    public SdlValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no itemized errors.</summary>
    public SdlValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message, a cause and no itemized errors.</summary>
    public SdlValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>The problems in document order.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
