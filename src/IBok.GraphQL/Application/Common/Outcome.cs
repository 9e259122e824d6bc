namespace IBok.GraphQL.Application.Common;

/// <summary>What a use case returns: a value on success, or the business-rule errors that stopped it (and changed nothing).</summary>
/// <typeparam name="T">The success value.</typeparam>
public sealed class Outcome<T>
    where T : class
{
    private Outcome(T? value, IReadOnlyList<UserError> errors) => (Value, Errors) = (value, errors);

    /// <summary>The value, or null when the operation failed.</summary>
    public T? Value { get; }

    /// <summary>Why the operation failed; empty on success.</summary>
    public IReadOnlyList<UserError> Errors { get; }

    /// <summary>A successful outcome.</summary>
    public static Outcome<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), []);

    /// <summary>A failed outcome with at least one error.</summary>
    public static Outcome<T> Failure(UserError error, params UserError[] more) => new(null, [error, .. more]);

    /// <summary>Wraps a value as success.</summary>
    public static implicit operator Outcome<T>(T value) => Success(value);

    /// <summary>Wraps an error as failure.</summary>
    public static implicit operator Outcome<T>(UserError error) => Failure(error);
}
