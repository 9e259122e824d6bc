namespace IBok.GraphQL.Types;

/// <summary>
/// A scalar or enum rejected a value during result coercion (<c>Serialize</c>) or input coercion
/// (<c>ParseValue</c>). The message is phrased as graphql-js phrases it, e.g.
/// <c>Int cannot represent non-integer value: 1.5</c>, so the executor can put it in a GraphQL error as is.
/// </summary>
public sealed class ValueCoercionException : FormatException
{
    /// <summary>Creates the exception with a client-facing message.</summary>
    public ValueCoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a client-facing message and the underlying cause.</summary>
    public ValueCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ValueCoercionException()
        : base("The value cannot be coerced.")
    {
    }
}
