using IBok.GraphQL.Language;
using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Limits;

namespace IBok.GraphQL.Server;

/// <summary>The limits a <see cref="GraphQLRequestExecutor"/> applies to every request; set once per schema.</summary>
public sealed record GraphQLRequestExecutorOptions
{
    /// <summary>The number of operations the cache keeps unless configured.</summary>
    public const int DefaultOperationCacheSize = 1000;

    /// <summary>Parser limits (document size, tokens, nesting); a document over the size limit is never hashed or cached.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>Validation stops after this many errors (graphql-js's <c>maxErrors</c>); must be positive.</summary>
    public int MaxValidationErrors
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            field = value;
        }
    } = DocumentValidator.DefaultMaxErrors;

    /// <summary>The deepest field nesting an operation may have (<see cref="MaxDepthRule"/>); null for no limit.</summary>
    public int? MaxDepth
    {
        get;
        init
        {
            if (value is { } depth)
            {
                ArgumentOutOfRangeException.ThrowIfNegativeOrZero(depth);
            }

            field = value;
        }
    }

    /// <summary>The highest estimated cost an operation may have (<see cref="MaxCostRule"/>); null for no limit.</summary>
    public long? MaxCost
    {
        get;
        init
        {
            if (value is { } cost)
            {
                ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cost);
            }

            field = value;
        }
    }

    /// <summary>The cost multiplier of list fields without a literal <c>first</c>/<c>last</c> argument (see <see cref="MaxCostRule"/>).</summary>
    public int CostDefaultListSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            field = value;
        }
    } = MaxCostRule.DefaultDefaultListSize;

    /// <summary>The longest a query or mutation (or one subscription event) may execute; null for no limit.</summary>
    public TimeSpan? ExecutionTimeout
    {
        get;
        init
        {
            if (value is { } timeout)
            {
                ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(ExecutionTimeout));
            }

            field = value;
        }
    }

    /// <summary>How many parsed and validated documents the cache keeps (least recently used are evicted); 0 disables it.</summary>
    public int OperationCacheSize
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    } = DefaultOperationCacheSize;

    /// <summary>The host's own rules (e.g. forbidding introspection), run after the specified rules and the limits.</summary>
    public IReadOnlyList<ValidationRuleFactory> AdditionalValidationRules { get; init; } = [];

    /// <summary>The validation rules: <see cref="SpecifiedRules.All"/>, the configured depth and cost limits, then <see cref="AdditionalValidationRules"/>.</summary>
    internal IReadOnlyList<ValidationRuleFactory> BuildValidationRules()
    {
        var rules = new List<ValidationRuleFactory>(SpecifiedRules.All);
        if (MaxDepth is { } depth)
        {
            rules.Add(MaxDepthRule.WithMaximum(depth));
        }

        if (MaxCost is { } cost)
        {
            rules.Add(MaxCostRule.WithMaximum(cost, CostDefaultListSize));
        }

        rules.AddRange(AdditionalValidationRules);
        return rules;
    }
}
