using System.Collections.Concurrent;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

/// <summary>
/// Everything one execution of an operation shares (graphql-js's <c>ExecutionContext</c>): the schema, the
/// chosen operation, fragments, coerced variables, the initial value, the request's services, the
/// cancellation token and the field errors raised so far.
/// </summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly ConcurrentDictionary<(ObjectType, IReadOnlyList<FieldNode>), SelectionPlan> _subfields;

    // GetRequestService's memo (a dashboard asks for about a dozen types: a scan beats hashing). Guarded by _errors's lock.
    private (Type Type, Func<IFieldResolveContext, Type, object?> Resolve, object? Service)[]? _requestServices;
    private int _requestServiceCount;

    public ExecutionContext(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues,
        object? rootValue,
        IServiceProvider services,
        object? requestContext,
        CancellationToken cancellationToken,
        DocumentNode? document = null,
        ConcurrentDictionary<(ObjectType, IReadOnlyList<FieldNode>), SelectionPlan>? plans = null)
    {
        // With the document, plans are shared by every execution of it (SelectionPlanCache); without, per execution.
        _subfields = plans ?? (document is null ? new() : SelectionPlanCache.For(document, schema, operation, variableValues));
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        VariableValues = variableValues;
        RootValue = rootValue;
        Services = services;
        RequestContext = requestContext;
        CancellationToken = cancellationToken;
    }

    public GraphQLSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public object? RootValue { get; }

    public IServiceProvider Services { get; }

    public object? RequestContext { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The same request for another initial value and token (one subscription event), with no errors yet.</summary>
    public ExecutionContext With(object? rootValue, CancellationToken cancellationToken) =>
        new(Schema, Operation, Fragments, VariableValues, rootValue, Services, RequestContext, cancellationToken, plans: _subfields);

    /// <summary>
    /// What <paramref name="resolve"/> gives for <paramref name="type"/> in this execution, asked once: resolvers' service
    /// and DataLoader parameters get the same instance for every field without a dependency-injection lookup per
    /// field (the request's scoped and singleton services are the same for every field anyway).
    /// </summary>
    public object? GetRequestService(Type type, IFieldResolveContext context, Func<IFieldResolveContext, Type, object?> resolve)
    {
        lock (_errors)
        {
            if (TryFindRequestService(type, resolve, out var known))
            {
                return known;
            }
        }

        // Resolved outside the lock: a service's construction may resolve fields' services of its own.
        var service = resolve(context, type);
        lock (_errors)
        {
            if (TryFindRequestService(type, resolve, out var known))
            {
                return known;
            }

            if (_requestServices is null || _requestServiceCount == _requestServices.Length)
            {
                Array.Resize(ref _requestServices, Math.Max(16, _requestServiceCount * 2));
            }

            _requestServices![_requestServiceCount++] = (type, resolve, service);
        }

        return service;
    }

    // Called under the lock on _errors.
    private bool TryFindRequestService(Type type, Func<IFieldResolveContext, Type, object?> resolve, out object? service)
    {
        for (var index = 0; index < _requestServiceCount; index++)
        {
            ref readonly var entry = ref _requestServices![index];
            if (ReferenceEquals(entry.Type, type) && ReferenceEquals(entry.Resolve, resolve))
            {
                service = entry.Service;
                return true;
            }
        }

        service = null;
        return false;
    }

    /// <summary>Field errors are added from concurrently running resolvers, hence the lock.</summary>
    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToArray();
            }
        }
    }

    /// <summary>The plan of the operation's root selection set (spec 6.2 CollectFields on the root type), memoized like subfields.</summary>
    public SelectionPlan GetRootPlan(ObjectType rootType) =>
        _subfields.GetOrAdd((rootType, SelectionPlanCache.RootSelection), key => new SelectionPlan(Schema, key.Item1, FieldCollector.CollectFields(this, key.Item1, Operation.SelectionSet)));

    /// <summary>
    /// CollectSubfields memoized per runtime type and field selection, as graphql-js does: every item of a
    /// list collects the same fields.
    /// </summary>
    public SelectionPlan GetSubfields(ObjectType returnType, IReadOnlyList<FieldNode> fieldNodes) =>
        _subfields.GetOrAdd((returnType, fieldNodes), key => new SelectionPlan(Schema, key.Item1, FieldCollector.CollectSubfields(this, key.Item1, key.Item2)));
}
