namespace IBok.GraphQL.Execution;

/// <summary>
/// The response to a request (spec 7.1 Response Format): <c>data</c> (absent when the request failed before
/// execution started, null when a non-null root field failed), <c>errors</c> and <c>extensions</c>.
/// Write it with <see cref="ExecutionResultJson"/>.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(
        bool hasData,
        IReadOnlyDictionary<string, object?>? data,
        IReadOnlyList<GraphQLError> errors,
        IReadOnlyDictionary<string, object?>? extensions)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
        Extensions = extensions;
    }

    /// <summary>
    /// Whether the response has a <c>data</c> entry: false only for request errors (spec 7.1.1: "If an error
    /// was raised before execution begins, the data entry should not be present").
    /// </summary>
    public bool HasData { get; }

    /// <summary>The result of the operation's root selection set, or null (see <see cref="HasData"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>Request or field errors, in the order they were raised; empty when there were none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Extra response entries chosen by the host (e.g. tracing), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The result of an executed operation (<paramref name="data"/> null when a non-null root field failed).</summary>
    public static ExecutionResult FromData(
        IReadOnlyDictionary<string, object?>? data,
        IReadOnlyList<GraphQLError>? errors = null,
        IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(true, data, errors ?? [], extensions);

    /// <summary>A request error: execution never started, so the response has no <c>data</c> entry.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A request error result needs at least one error.", nameof(errors));
        }

        return new(false, null, errors, extensions);
    }

    /// <summary>The same result with <paramref name="extensions"/> as its <c>extensions</c> entry.</summary>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?>? extensions) =>
        new(HasData, Data, Errors, extensions);
}
