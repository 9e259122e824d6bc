using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Limits;

/// <summary>
/// Our own limit, not a spec rule: an operation may nest fields at most <see cref="MaxDepth"/> levels deep.
/// Root fields are at depth 1; each field's sub-selection adds one level; fragments (named and inline) add no
/// level of their own but are followed, and introspection fields count like any other. A fragment spread
/// that would repeat a fragment already on the path is not followed (<see cref="Rules.NoFragmentCyclesRule"/>
/// reports such cycles).
/// </summary>
public sealed class MaxDepthRule : ValidationRule
{
    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fragmentPath = new(StringComparer.Ordinal);

    /// <summary>Creates the rule for one run with the given limit.</summary>
    public MaxDepthRule(ValidationContext context, int maxDepth)
        : base(context)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        MaxDepth = maxDepth;
    }

    /// <summary>The deepest nesting allowed.</summary>
    public int MaxDepth { get; }

    /// <summary>A factory for <see cref="DocumentValidator.Validate"/> with the given limit.</summary>
    public static ValidationRuleFactory WithMaximum(int maxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDepth);
        return context => new MaxDepthRule(context, maxDepth);
    }

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                var depth = Depth(operation.SelectionSet);
                if (depth > MaxDepth)
                {
                    Context.ReportError($"The operation depth {depth} exceeds the maximum of {MaxDepth}.", operation);
                }

                return false;
            case FragmentDefinitionNode:
                return false;
            default:
                return true;
        }
    }

    private int Depth(SelectionSetNode selectionSet)
    {
        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode field => 1 + (field.SelectionSet is { } fieldSet ? Depth(fieldSet) : 0),
                InlineFragmentNode inline => Depth(inline.SelectionSet),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private int FragmentDepth(string name)
    {
        if (_fragmentDepths.TryGetValue(name, out var known))
        {
            return known;
        }

        if (Context.GetFragment(name) is not { } fragment || !_fragmentPath.Add(name))
        {
            return 0;
        }

        var depth = Depth(fragment.SelectionSet);
        _fragmentPath.Remove(name);
        _fragmentDepths[name] = depth;
        return depth;
    }
}
