using System.Runtime.CompilerServices;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

/// <summary>
/// The outcome of <see cref="Executor.SubscribeAsync"/>: either a stream of responses, one per source event,
/// or a single response with the request errors that prevented the subscription.
/// </summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(IAsyncEnumerable<ExecutionResult>? responses, ExecutionResult? failure)
    {
        Responses = responses;
        Failure = failure;
    }

    /// <summary>The response stream (spec 6.2.3.2 MapSourceToResponseEvent), or null when the subscription failed.</summary>
    public IAsyncEnumerable<ExecutionResult>? Responses { get; }

    /// <summary>The errors that prevented the subscription, or null when it started.</summary>
    public ExecutionResult? Failure { get; }

    /// <summary>Whether the subscription started.</summary>
    public bool IsStream => Responses is not null;

    internal static SubscriptionResult FromStream(IAsyncEnumerable<ExecutionResult> responses) => new(responses, null);

    internal static SubscriptionResult FromFailure(ExecutionResult failure) => new(null, failure);
}

// Spec 6.2.3 Subscription.
public static partial class Executor
{
    /// <summary>
    /// Subscribe (spec 6.2.3): CreateSourceEventStream from the single root field's
    /// <see cref="FieldDefinition.Subscribe"/> (or, without one, the root value's member of that name, which
    /// must be an <see cref="IAsyncEnumerable{T}"/> of object?), then MapSourceToResponseEvent. Enumerating the
    /// responses enumerates the source with the request's cancellation token linked to the consumer's;
    /// the source enumerator is disposed when the consumer stops, the source ends, fails or is cancelled.
    /// </summary>
    public static async Task<SubscriptionResult> SubscribeAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (context, errors) = BuildExecutionContext(request, request.CancellationToken);
        if (context is null)
        {
            return SubscriptionResult.FromFailure(ExecutionResult.FromErrors(errors));
        }

        if (context.Operation.Operation != OperationType.Subscription)
        {
            return SubscriptionResult.FromFailure(ExecutionResult.FromErrors(
                [new GraphQLError($"Subscribe expects a subscription operation, not a {context.Operation.Operation.ToString().ToLowerInvariant()}.")]));
        }

        try
        {
            var sourceStream = await CreateSourceEventStream(context).ConfigureAwait(false);
            return SubscriptionResult.FromStream(MapSourceToResponseEvent(request, context, sourceStream));
        }
        catch (FieldErrorException failure)
        {
            return SubscriptionResult.FromFailure(ExecutionResult.FromErrors([failure.Error]));
        }
    }

    /// <summary>CreateSourceEventStream (spec 6.2.3.1) with ResolveFieldEventStream.</summary>
    private static async Task<IAsyncEnumerable<object?>> CreateSourceEventStream(ExecutionContext context)
    {
        var rootType = context.Schema.SubscriptionType
            ?? throw new FieldErrorException(LocateError(
                new GraphQLException("Schema is not configured to execute subscription operation.", [context.Operation]), [], null));
        IReadOnlyDictionary<string, List<FieldNode>> groupedFields;
        try
        {
            groupedFields = FieldCollector.CollectFields(context, rootType, context.Operation.SelectionSet);
        }
        catch (GraphQLException exception)
        {
            throw new FieldErrorException(LocateError(exception, [], null));
        }

        // Spec 5.2.3.1 Single Root Field: validation ensures there is exactly one.
        var (responseKey, fieldNodes) = groupedFields.First();
        var fieldName = fieldNodes[0].Name.Value;
        var path = new ResponsePath(null, responseKey);
        var field = context.Schema.FindField(rootType, fieldName)
            ?? throw new FieldErrorException(LocateError(new GraphQLException($"The subscription field \"{fieldName}\" is not defined.", fieldNodes), [], null));
        try
        {
            var arguments = ArgumentValues.CoerceArgumentValues(field.Arguments, fieldNodes[0], fieldNodes[0].Arguments, context.VariableValues);
            var resolveContext = new ResolveFieldContext(context, rootType, field, fieldNodes, context.RootValue, arguments, path);
            object? eventStream = field.Subscribe is { } subscribe
                ? await subscribe(resolveContext).ConfigureAwait(false)
                : DefaultFieldResolver.ReadMember(context.RootValue, field.Name);
            return eventStream switch
            {
                IAsyncEnumerable<object?> stream => stream,
                Exception returnedError => throw returnedError,
                _ => throw new InvalidOperationException(
                    $"Subscription field must return Async Iterable. Received: {ValueInspector.Inspect(eventStream)}."),
            };
        }
        catch (Exception exception) when (!IsCancellation(context, exception))
        {
            throw new FieldErrorException(LocateError(exception, fieldNodes, path));
        }
    }

    /// <summary>MapSourceToResponseEvent (spec 6.2.3.2): ExecuteSubscriptionEvent for every source event.</summary>
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvent(
        ExecutionRequest request,
        ExecutionContext context,
        IAsyncEnumerable<object?> sourceStream,
        [EnumeratorCancellation] CancellationToken consumerCancellation = default)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(request.CancellationToken, consumerCancellation);
        var token = cancellation.Token;
        var source = sourceStream.GetAsyncEnumerator(token);
        await using (source.ConfigureAwait(false))
        {
            while (await source.MoveNextAsync().ConfigureAwait(false))
            {
                var sourceEvent = source.Current;
                yield return request.Timeout is { } timeout
                    ? await RunWithTimeout(timeout, token, (context, sourceEvent), static (state, eventToken) => ExecuteOperation(state.context.With(state.sourceEvent, eventToken)))
                        .ConfigureAwait(false)
                    : await ExecuteOperation(context.With(sourceEvent, token)).ConfigureAwait(false);
            }
        }
    }
}
