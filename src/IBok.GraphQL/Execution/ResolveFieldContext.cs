using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

/// <summary>
/// The executor's <see cref="IFieldResolveContext"/> (graphql-js's <c>GraphQLResolveInfo</c> together with
/// source, arguments and context): what a resolver may know about the field it resolves and the request.
/// </summary>
public sealed class ResolveFieldContext : IFieldResolveContext
{
    private readonly ExecutionContext _execution;

    internal ResolveFieldContext(
        ExecutionContext execution,
        ObjectType parentType,
        FieldDefinition field,
        IReadOnlyList<FieldNode> fieldNodes,
        object? source,
        IReadOnlyDictionary<string, object?> arguments,
        ResponsePath path)
    {
        _execution = execution;
        ParentType = parentType;
        Field = field;
        FieldNodes = fieldNodes;
        Source = source;
        Arguments = arguments;
        ResponsePath = path;
    }

    /// <inheritdoc />
    public GraphQLSchema Schema => _execution.Schema;

    /// <inheritdoc />
    public ObjectType ParentType { get; }

    /// <inheritdoc />
    public FieldDefinition Field { get; }

    /// <summary>The field's name (not its alias).</summary>
    public string FieldName => Field.Name;

    /// <summary>The field's declared type.</summary>
    public GraphQLType ReturnType => Field.Type;

    /// <summary>The field selections merged into this response key (spec 6.3.2 CollectFields); at least one.</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <inheritdoc />
    public object? Source { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The response path of this field (for errors and logging).</summary>
    public ResponsePath ResponsePath { get; }

    /// <summary>The response path as segments: response keys and list indexes.</summary>
    public IReadOnlyList<object> Path => ResponsePath.ToList();

    /// <summary>The operation being executed.</summary>
    public OperationDefinitionNode Operation => _execution.Operation;

    /// <summary>The document's fragments by name.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _execution.Fragments;

    /// <summary>The coerced variable values (spec 6.1.2 CoerceVariableValues).</summary>
    public IReadOnlyDictionary<string, object?> Variables => _execution.VariableValues;

    /// <summary>The request's initial value.</summary>
    public object? RootValue => _execution.RootValue;

    /// <inheritdoc />
    public CancellationToken CancellationToken => _execution.CancellationToken;

    /// <inheritdoc />
    public IServiceProvider Services => _execution.Services;

    /// <inheritdoc />
    public object? RequestContext => _execution.RequestContext;

    /// <summary>
    /// What <paramref name="resolve"/> gives for <paramref name="type"/>, resolved once per execution (the compiled
    /// resolvers' service, DataLoader and resolver-class parameters).
    /// </summary>
    internal object? GetRequestService(Type type, Func<IFieldResolveContext, Type, object?> resolve) =>
        _execution.GetRequestService(type, this, resolve);

    /// <summary>The argument <paramref name="name"/> as <typeparamref name="T"/>, or default when absent or null.</summary>
    public T? GetArgument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : default;
}
