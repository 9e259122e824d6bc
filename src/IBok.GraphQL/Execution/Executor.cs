using System.Globalization;
using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

/// <summary>
/// Executes requests as spec section 6 (Execution) describes, function by function: ExecuteRequest,
/// GetOperation, CoerceVariableValues, ExecuteQuery, ExecuteMutation, Subscribe, ExecuteSelectionSet,
/// CollectFields, ExecuteField, CoerceArgumentValues, ResolveFieldValue, CompleteValue, ResolveAbstractType.
/// graphql-js 16 is the reference for behaviour and messages.
/// </summary>
/// <remarks>
/// <para>Fields of a query's selection set run concurrently: every resolver is started before any is awaited;
/// fields of a mutation's root selection set run one after another (spec 6.3.1 "Normal and Serial
/// Execution"). The response keeps document order either way.</para>
/// <para>A resolver's exception becomes a field error located at the field: a <see cref="GraphQLException"/>
/// (or a scalar's <see cref="ValueCoercionException"/>) with its message, any other exception as
/// "Unexpected error." with code <c>INTERNAL_SERVER_ERROR</c> (the exception is kept in
/// <see cref="GraphQLError.OriginalException"/>). A resolver may also return an <see cref="Exception"/> (as
/// graphql-js allows returning an Error), for a field or for one list item.</para>
/// <para>Cancellation by the caller throws <see cref="OperationCanceledException"/>; a
/// <see cref="ExecutionRequest.Timeout"/> ends the request with <c>data: null</c> and one error with code
/// <c>TIMEOUT</c>. A subscription operation passed to <see cref="ExecuteAsync"/> is executed once with the
/// root value as the event, as graphql-js's <c>execute</c> does; use <see cref="SubscribeAsync"/> for streams.</para>
/// </remarks>
public static partial class Executor
{
    /// <summary>ExecuteRequest (spec 6.1) for queries and mutations.</summary>
    public static Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Timeout is { } timeout)
        {
            // The context is made with the timeout's token, so no second context and no closure per request.
            return RunWithTimeout(timeout, request.CancellationToken, request, static (request, token) =>
            {
                var (context, errors) = BuildExecutionContext(request, token);
                return context is null ? new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(errors)) : ExecuteOperation(context);
            });
        }

        return ExecuteWithoutTimeoutAsync(request);
    }

    private static async Task<ExecutionResult> ExecuteWithoutTimeoutAsync(ExecutionRequest request)
    {
        var (context, errors) = BuildExecutionContext(request, request.CancellationToken);
        return context is null ? ExecutionResult.FromErrors(errors) : await ExecuteOperation(context).ConfigureAwait(false);
    }

    /// <summary>
    /// GetOperation (spec 6.1.1): the operation named <paramref name="operationName"/>, or the only operation
    /// when no name is given; plus the document's fragments by name. Errors are graphql-js's.
    /// </summary>
    public static (OperationDefinitionNode? Operation, IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments, GraphQLError? Error) GetOperation(
        DocumentNode document,
        string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinitionNode? operation = null;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate when operationName is null:
                    if (operation is not null)
                    {
                        return (null, fragments, new GraphQLError("Must provide operation name if query contains multiple operations."));
                    }

                    operation = candidate;
                    break;
                case OperationDefinitionNode candidate when candidate.Name?.Value == operationName:
                    operation = candidate;
                    break;
                case FragmentDefinitionNode fragment:
                    fragments[fragment.Name.Value] = fragment;
                    break;
            }
        }

        if (operation is null)
        {
            return (null, fragments, new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\"."));
        }

        return (operation, fragments, null);
    }

    private static (ExecutionContext? Context, IReadOnlyList<GraphQLError> Errors) BuildExecutionContext(ExecutionRequest request, CancellationToken cancellationToken)
    {
        var (operation, fragments, operationError) = SelectionPlanCache.GetOperation(request.Document, request.OperationName);
        if (operation is null)
        {
            return (null, [operationError!]);
        }

        var (variableValues, variableErrors) = VariableValues.CoerceVariableValues(request.Schema, operation, request.VariableValues);
        if (variableErrors.Count > 0)
        {
            return (null, variableErrors);
        }

        var context = new ExecutionContext(
            request.Schema,
            operation,
            fragments,
            variableValues,
            request.RootValue,
            request.Services ?? NoServices.Instance,
            request.RequestContext,
            cancellationToken,
            request.Document);
        return (context, []);
    }

    private static ValueTask<ExecutionResult> ExecuteOperation(ExecutionContext context) => context.Operation.Operation switch
    {
        OperationType.Mutation => ExecuteMutation(context),
        OperationType.Subscription => ExecuteSubscriptionEvent(context),
        _ => ExecuteQuery(context),
    };

    /// <summary>ExecuteQuery (spec 6.2.1): the root selection set on the query type, fields concurrently.</summary>
    private static ValueTask<ExecutionResult> ExecuteQuery(ExecutionContext context) =>
        ExecuteRootSelectionSet(context, context.Schema.QueryType, serially: false);

    /// <summary>ExecuteMutation (spec 6.2.2): the root selection set on the mutation type, fields one after another.</summary>
    private static ValueTask<ExecutionResult> ExecuteMutation(ExecutionContext context) =>
        ExecuteRootSelectionSet(context, context.Schema.MutationType, serially: true);

    /// <summary>ExecuteSubscriptionEvent (spec 6.2.3.2): the root selection set with the event as the initial value.</summary>
    private static ValueTask<ExecutionResult> ExecuteSubscriptionEvent(ExecutionContext context) =>
        ExecuteRootSelectionSet(context, context.Schema.SubscriptionType, serially: false);

    /// <summary>
    /// The shared tail of the three: collect the root fields, execute them, and turn a null propagated to the
    /// root into <c>data: null</c> (spec 6.4.4).
    /// </summary>
    private static async ValueTask<ExecutionResult> ExecuteRootSelectionSet(ExecutionContext context, ObjectType? rootType, bool serially)
    {
        var operation = context.Operation;
        IReadOnlyDictionary<string, object?>? data;
        try
        {
            if (rootType is null)
            {
                throw new GraphQLException(
                    $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", [operation]);
            }

            var plan = context.GetRootPlan(rootType);
            if (context.Services.GetService(typeof(DataLoaderRegistry)) is DataLoaderRegistry)
            {
                // Loads are dispatched when the execution's ready work runs out, not on a timer.
                data = (IReadOnlyDictionary<string, object?>?)await ExecutionWorkQueue.RunAsync(() => serially
                    ? ExecuteSelectionSetSerially(context, rootType, context.RootValue, null, plan)
                    : ExecuteSelectionSet(context, rootType, context.RootValue, PendingPath.Root, plan)).ConfigureAwait(false);
            }
            else
            {
                // Started without the caller's context, so the executor's awaits never resume on it.
                var previous = SynchronizationContext.Current;
                ValueTask<object?> running;
                SynchronizationContext.SetSynchronizationContext(null);
                try
                {
                    running = serially
                        ? ExecuteSelectionSetSerially(context, rootType, context.RootValue, null, plan)
                        : ExecuteSelectionSet(context, rootType, context.RootValue, PendingPath.Root, plan);
                }
                finally
                {
                    SynchronizationContext.SetSynchronizationContext(previous);
                }

                data = (IReadOnlyDictionary<string, object?>?)await running.ConfigureAwait(false);
            }
        }
        catch (FieldErrorException propagated)
        {
            context.AddError(propagated.Error);
            data = null;
        }
        catch (GraphQLException exception) when (!IsCancellation(context, exception))
        {
            context.AddError(LocateError(exception, [], null));
            data = null;
        }

        return ExecutionResult.FromData(data, context.Errors);
    }

    /// <summary>
    /// Runs an execution under <paramref name="timeout"/>: its token is cancelled when the time is up or when
    /// <paramref name="cancellationToken"/> is; only the former answers with the timeout error.
    /// </summary>
    private static async Task<ExecutionResult> RunWithTimeout<TState>(
        TimeSpan timeout,
        CancellationToken cancellationToken,
        TState state,
        Func<TState, CancellationToken, ValueTask<ExecutionResult>> run)
    {
        // One reused source with its own timer, linked to the caller's token by a registration: the common case (in
        // time, not cancelled) allocates neither a linked source nor a timer.
        var timeoutSource = ExecutionTimeoutSources.Rent();
        var callerLink = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), timeoutSource);
        try
        {
            timeoutSource.CancelAfter(timeout);
            var running = run(state, timeoutSource.Token);
            // WaitAsync answers on time even when a resolver ignores its cancellation token.
            return running.IsCompleted
                ? await running.ConfigureAwait(false)
                : await running.AsTask().WaitAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.FromData(null, [TimeoutError(timeout)]);
        }
        finally
        {
            // Unlinked first (waiting for a running cancellation), so the source is not cancelled once reset.
            callerLink.Dispose();
            ExecutionTimeoutSources.Return(timeoutSource);
        }
    }

    /// <summary>The error reported when <see cref="ExecutionRequest.Timeout"/> is exceeded.</summary>
    public static GraphQLError TimeoutError(TimeSpan timeout)
    {
        var amount = timeout.TotalMilliseconds % 1000 == 0
            ? Plural((long)timeout.TotalSeconds, "second")
            : Plural((long)timeout.TotalMilliseconds, "millisecond");
        return new GraphQLError(
            $"The request exceeded the execution timeout of {amount}.",
            extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.Timeout });

        static string Plural(long count, string unit) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? string.Empty : "s");
    }

    private sealed class NoServices : IServiceProvider
    {
        public static NoServices Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
