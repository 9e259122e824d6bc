using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

/// <summary>
/// Selection plans shared by every execution of the same parsed document (a server's cached operation): field
/// collection (spec 6.3.2) depends only on the document, the schema and the values of the variables used by
/// <c>@skip</c>/<c>@include</c>, so the plans are memoized per (schema, operation, those values). Documents are
/// held weakly: a plan lives as long as its document.
/// </summary>
internal static class SelectionPlanCache
{
    /// <summary>The memo key of an operation's root selection set (no field nodes lead to it).</summary>
    public static readonly IReadOnlyList<FieldNode> RootSelection = [];

    private static readonly ConditionalWeakTable<DocumentNode, DocumentPlans> Documents = new();

    /// <summary>The plan memo for one execution of <paramref name="operation"/> of <paramref name="document"/>.</summary>
    public static ConcurrentDictionary<(ObjectType, IReadOnlyList<FieldNode>), SelectionPlan> For(
        DocumentNode document,
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variableValues)
    {
        var plans = Documents.GetValue(document, static d => new DocumentPlans(d));
        var (code, text) = plans.Signature(variableValues);
        return plans.Memos.GetOrAdd((schema, operation, code, text), static _ => new());
    }

    /// <summary>
    /// <see cref="Executor.GetOperation"/> remembered per document and operation name when it finds the
    /// operation (so at most one entry per operation of the document); the fragments map is then shared, frozen,
    /// by every execution instead of built for each.
    /// </summary>
    public static (OperationDefinitionNode? Operation, IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments, GraphQLError? Error) GetOperation(
        DocumentNode document,
        string? operationName)
    {
        var plans = Documents.GetValue(document, static d => new DocumentPlans(d));
        var key = operationName ?? string.Empty;
        if (plans.Operations.TryGetValue(key, out var found))
        {
            return (found.Operation, found.Fragments, null);
        }

        var (operation, fragments, error) = Executor.GetOperation(document, operationName);
        if (operation is null || (operationName is not null && operationName.Length == 0))
        {
            return (operation, fragments, error);
        }

        var shared = fragments.ToFrozenDictionary(StringComparer.Ordinal);
        plans.Operations.TryAdd(key, (operation, shared));
        return (operation, shared, null);
    }

    private sealed class DocumentPlans
    {
        private readonly string[] _directiveVariables;

        /// <summary>Found operations by requested name (the empty string: no name given).</summary>
        public ConcurrentDictionary<string, (OperationDefinitionNode Operation, IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments)> Operations { get; } =
            new(StringComparer.Ordinal);

        public DocumentPlans(DocumentNode document)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case OperationDefinitionNode operation:
                        CollectDirectiveVariables(operation.SelectionSet, names);
                        break;
                    case FragmentDefinitionNode fragment:
                        CollectDirectiveVariables(fragment.SelectionSet, names);
                        break;
                }
            }

            _directiveVariables = [.. names];
        }

        public ConcurrentDictionary<(GraphQLSchema, OperationDefinitionNode, long, string?), ConcurrentDictionary<(ObjectType, IReadOnlyList<FieldNode>), SelectionPlan>> Memos { get; } = new();

        /// <summary>
        /// The values of the variables @skip/@include use, each one of five states: true, false, null, absent or
        /// other. Up to <see cref="MaxCodedVariables"/> variables as a number (a base-5 digit per variable, no
        /// allocation per request), more as text (T, F, N, A, O per variable).
        /// </summary>
        public (long Code, string? Text) Signature(IReadOnlyDictionary<string, object?> variableValues)
        {
            if (_directiveVariables.Length > MaxCodedVariables)
            {
                var signature = new StringBuilder(_directiveVariables.Length);
                foreach (var name in _directiveVariables)
                {
                    signature.Append("TFNAO"[StateOf(variableValues, name)]);
                }

                return (0, signature.ToString());
            }

            long code = 0;
            foreach (var name in _directiveVariables)
            {
                code = (code * 5) + StateOf(variableValues, name);
            }

            return (code, null);
        }

        /// <summary>5^27 &lt; 2^63.</summary>
        private const int MaxCodedVariables = 27;

        private static int StateOf(IReadOnlyDictionary<string, object?> variableValues, string name) =>
            !variableValues.TryGetValue(name, out var value) ? 3 : value switch
            {
                true => 0,
                false => 1,
                null => 2,
                _ => 4,
            };

        private static void CollectDirectiveVariables(SelectionSetNode? selectionSet, SortedSet<string> names)
        {
            if (selectionSet is null)
            {
                return;
            }

            foreach (var selection in selectionSet.Selections)
            {
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        foreach (var argument in directive.Arguments)
                        {
                            if (argument.Value is VariableNode variable)
                            {
                                names.Add(variable.Name.Value);
                            }
                        }
                    }
                }

                CollectDirectiveVariables(
                    selection switch
                    {
                        FieldNode field => field.SelectionSet,
                        InlineFragmentNode inline => inline.SelectionSet,
                        _ => null,
                    },
                    names);
            }
        }
    }
}
