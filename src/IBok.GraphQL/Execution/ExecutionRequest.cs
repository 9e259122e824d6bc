using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

/// <summary>
/// What <see cref="Executor"/> needs to run one request (spec 6.1 Executing Requests: schema, document,
/// operation name, variable values, initial value), plus the host's services and limits.
/// </summary>
/// <remarks>
/// The document is expected to have passed validation (spec section 5); the executor still fails safely
/// (with field or request errors) on documents that have not.
/// </remarks>
public sealed class ExecutionRequest
{
    /// <summary>The schema to execute against.</summary>
    public required GraphQLSchema Schema { get; init; }

    /// <summary>The parsed (and validated) request document.</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>The operation to run; may be null when the document holds exactly one operation.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Raw variable values as runtime values (use <c>Utilities.JsonInputValues.ToVariables</c> for JSON);
    /// a missing key means "not provided", a null value means null.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The initial value: the source of root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The request's services, given to resolvers; empty when null.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The host's per-request context (for example the signed-in user), given to resolvers.</summary>
    public object? RequestContext { get; init; }

    /// <summary>
    /// Aborts execution when cancelled by the caller: the executor throws <see cref="OperationCanceledException"/>
    /// (there is nobody left to answer).
    /// </summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// The longest a query or mutation (or the execution of one subscription event) may run. When exceeded,
    /// the resolvers' cancellation token is cancelled and the response is <c>data: null</c> with one error,
    /// "The request exceeded the execution timeout of N seconds.", code <c>TIMEOUT</c>. Null means no limit.
    /// </summary>
    public TimeSpan? Timeout { get; init; }
}
