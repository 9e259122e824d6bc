namespace IBok.GraphQL.Types;

/// <summary>
/// One broken Type Validation rule: the schema coordinate of the offending element (<c>User</c>,
/// <c>User.name</c>, <c>User.name(first:)</c>, <c>@auth(role:)</c>, <c>Color.RED</c>, or <c>schema</c>)
/// and the message, worded as graphql-js's <c>validateSchema</c> words it where graphql-js has the rule.
/// </summary>
public sealed record SchemaValidationError(string Coordinate, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Coordinate + ": " + Message;
}

/// <summary>A schema failed validation at build time; <see cref="Errors"/> lists every problem found.</summary>
public sealed class SchemaValidationException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="errors"/> (at least one).</summary>
    public SchemaValidationException(IReadOnlyList<SchemaValidationError> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with a message and no itemized errors.</summary>
    public SchemaValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no itemized errors.</summary>
    public SchemaValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message, a cause and no itemized errors.</summary>
    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>The problems, in the order validation found them.</summary>
    public IReadOnlyList<SchemaValidationError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<SchemaValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return "The schema is invalid:" + string.Concat(errors.Select(e => "\n- " + e));
    }
}
