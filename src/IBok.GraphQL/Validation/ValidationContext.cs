using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation;

/// <summary>
/// A variable used in an operation or fragment, with the input type its position expects (graphql-js
/// <c>VariableUsage</c>). <see cref="DefaultValueSource"/> is the argument or input field whose default
/// applies there; <see cref="ParentType"/> the enclosing input type (to apply the OneOf restriction).
/// </summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, InputValueDefinition? DefaultValueSource, GraphQLType? ParentType);

/// <summary>
/// What the rules share during one validation run (graphql-js <c>ValidationContext</c>): the schema, the
/// document, the current <see cref="Validation.TypeInfo"/>, memoized fragment and variable lookups, and the
/// error list with its limit.
/// </summary>
public sealed class ValidationContext
{
    /// <summary>The message of the error added when the limit is reached; validation stops after it.</summary>
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>The message of the error added when a rule exhausts its work budget.</summary>
    public const string AbortedMessage = "Validation aborted.";

    private readonly List<ValidationError> _errors = [];
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = [];
    private readonly Dictionary<SyntaxNode, IReadOnlyList<VariableUsage>> _variableUsages = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = [];

    /// <summary>Starts a run over <paramref name="document"/> reporting at most <paramref name="maxErrors"/> errors.</summary>
    public ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxErrors);
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _maxErrors = maxErrors;
    }

    /// <summary>The schema validated against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The document validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>Where the walk currently stands in terms of the schema.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The errors reported so far, in reporting order.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>
    /// Adds an error. When this reaches the limit, adds <see cref="TooManyErrorsMessage"/> and aborts the run
    /// (as graphql-js's <c>validate</c> does).
    /// </summary>
    public void ReportError(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new ValidationError(TooManyErrorsMessage, Array.Empty<ErrorLocation>()));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    /// <summary>
    /// Stops the run with a final "Validation aborted." error, for a rule whose work budget is spent
    /// (graphql-js <c>validationAbortedError</c>), so that hostile documents cannot make validation slow.
    /// </summary>
    public void Abort()
    {
        _errors.Add(new ValidationError(AbortedMessage, Array.Empty<ErrorLocation>()));
        throw new ValidationAbortedException();
    }

    /// <summary>Adds an error with <paramref name="message"/> located at <paramref name="nodes"/>.</summary>
    public void ReportError(string message, params IEnumerable<SyntaxNode> nodes) => ReportError(new ValidationError(message, nodes));

    /// <summary>The fragment definition named <paramref name="name"/> (the first one if repeated), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads in <paramref name="selectionSet"/>, including those in nested fields and inline fragments, not following spreads.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every defined fragment <paramref name="operation"/> uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        // Breadth-first over fragment names in first-seen order, as graphql-js 16.15 collects them.
        var fragments = new List<FragmentDefinitionNode>();
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
        {
            if (collected.Add(spread.Name.Value))
            {
                names.Add(spread.Name.Value);
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            foreach (var spread in GetFragmentSpreads(fragment.SelectionSet))
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used directly in an operation or fragment definition, with the types their positions expect.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(SyntaxNode operationOrFragment)
    {
        if (_variableUsages.TryGetValue(operationOrFragment, out var cached))
        {
            return cached;
        }

        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        SyntaxWalker.Walk(operationOrFragment, collector);
        _variableUsages[operationOrFragment] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used in <paramref name="operation"/> and in every fragment it references recursively.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : SyntaxVisitor
    {
        public List<VariableUsage> Usages { get; } = [];

        public override bool Enter(SyntaxNode node)
        {
            if (node is VariableDefinitionNode)
            {
                return false;
            }

            typeInfo.Enter(node);
            if (node is VariableNode variable)
            {
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValueSource, typeInfo.ParentInputType));
            }

            return true;
        }

        public override void Leave(SyntaxNode node) => typeInfo.Leave(node);
    }
}

/// <summary>Thrown inside a run when the error limit is reached; <see cref="DocumentValidator"/> catches it.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base(ValidationContext.TooManyErrorsMessage)
    {
    }
}
