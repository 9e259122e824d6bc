using System.Globalization;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation.Limits;

/// <summary>
/// Our own limit, not a spec rule: an operation's estimated cost may be at most <see cref="MaxCost"/>.
/// </summary>
/// <remarks>
/// The cost model, an upper bound computed from the document alone:
/// <list type="bullet">
/// <item>every field costs 1, plus the cost of its sub-selection times a multiplier;</item>
/// <item>the multiplier of a field returning a list is its <c>first</c> or <c>last</c> argument given as an
/// integer literal (the larger if both), otherwise <see cref="DefaultListSize"/> (also when the argument is
/// a variable, whose value is not known during validation); fields not returning lists multiply by 1;</item>
/// <item>fragments (inline and named) add the cost of their selections, all of them, even when their type
/// conditions exclude each other; a fragment already on the path is not followed again.</item>
/// </list>
/// Sums and products saturate at <see cref="long.MaxValue"/>.
/// </remarks>
public sealed class MaxCostRule : ValidationRule
{
    /// <summary>The multiplier used for list fields without a literal <c>first</c>/<c>last</c> argument, unless configured.</summary>
    public const int DefaultDefaultListSize = 10;

    private readonly HashSet<string> _fragmentPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _fragmentCosts = new(StringComparer.Ordinal);

    /// <summary>Creates the rule for one run with the given limit.</summary>
    public MaxCostRule(ValidationContext context, long maxCost, int defaultListSize = DefaultDefaultListSize)
        : base(context)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCost);
        ArgumentOutOfRangeException.ThrowIfNegative(defaultListSize);
        MaxCost = maxCost;
        DefaultListSize = defaultListSize;
    }

    /// <summary>The highest cost allowed.</summary>
    public long MaxCost { get; }

    /// <summary>The multiplier of list fields without a literal <c>first</c>/<c>last</c>.</summary>
    public int DefaultListSize { get; }

    /// <summary>A factory for <see cref="DocumentValidator.Validate"/> with the given limit and default list size.</summary>
    public static ValidationRuleFactory WithMaximum(long maxCost, int defaultListSize = DefaultDefaultListSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCost);
        ArgumentOutOfRangeException.ThrowIfNegative(defaultListSize);
        return context => new MaxCostRule(context, maxCost, defaultListSize);
    }

    /// <summary>The cost of <paramref name="operation"/> under the model above.</summary>
    public long Cost(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var rootType = operation.Operation switch
        {
            OperationType.Query => Context.Schema.QueryType,
            OperationType.Mutation => Context.Schema.MutationType,
            _ => Context.Schema.SubscriptionType,
        };
        return SelectionSetCost(rootType, operation.SelectionSet);
    }

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                var cost = Cost(operation);
                if (cost > MaxCost)
                {
                    Context.ReportError($"The operation cost {cost} exceeds the maximum of {MaxCost}.", operation);
                }

                return false;
            case FragmentDefinitionNode:
                return false;
            default:
                return true;
        }
    }

    private long SelectionSetCost(NamedType? parentType, SelectionSetNode selectionSet)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total = SaturatingAdd(total, selection switch
            {
                FieldNode field => FieldCost(parentType, field),
                InlineFragmentNode inline => SelectionSetCost(
                    inline.TypeCondition is { } condition ? Context.Schema.GetType(condition.Name.Value) : parentType,
                    inline.SelectionSet),
                FragmentSpreadNode spread => FragmentCost(spread.Name.Value),
                _ => 0,
            });
        }

        return total;
    }

    private long FieldCost(NamedType? parentType, FieldNode field)
    {
        if (field.SelectionSet is not { } selectionSet)
        {
            return 1;
        }

        var type = parentType is null ? null : Context.Schema.FindField(parentType, field.Name.Value)?.Type;
        var multiplier = type?.GetNullableType() is ListType ? ListSize(field) : 1;
        return SaturatingAdd(1, SaturatingMultiply(multiplier, SelectionSetCost(type?.GetNamedType(), selectionSet)));
    }

    private long ListSize(FieldNode field)
    {
        long? size = null;
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value is "first" or "last"
                && argument.Value is IntValueNode literal
                && long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                size = Math.Max(size ?? 0, Math.Max(value, 0));
            }
        }

        return size ?? DefaultListSize;
    }

    private long FragmentCost(string name)
    {
        if (_fragmentCosts.TryGetValue(name, out var known))
        {
            return known;
        }

        if (Context.GetFragment(name) is not { } fragment || !_fragmentPath.Add(name))
        {
            return 0;
        }

        var cost = SelectionSetCost(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
        _fragmentPath.Remove(name);
        _fragmentCosts[name] = cost;
        return cost;
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long SaturatingMultiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
}
