using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spreads must not form cycles, directly or through other fragments (spec 5.5.2.2 "Fragment Spreads
/// Must Not Form Cycles", https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles).
/// Each cycle is reported once, at the spreads forming it.
/// </summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                return false;
            case FragmentDefinitionNode fragment:
                DetectCycleRecursive(fragment);
                return false;
            default:
                return true;
        }
    }

    private void DetectCycleRecursive(FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visitedFragments.Add(fragmentName))
        {
            return;
        }

        var spreadNodes = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreadNodes.Count == 0)
        {
            return;
        }

        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spreadNode in spreadNodes)
        {
            var spreadName = spreadNode.Name.Value;
            _spreadPath.Add(spreadNode);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycleRecursive(spreadFragment);
                }
            }
            else
            {
                var cyclePath = _spreadPath[cycleIndex..];
                var viaPath = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(spread => "\"" + spread.Name.Value + "\""));
                Context.ReportError(
                    $"Cannot spread fragment \"{spreadName}\" within itself" + (viaPath.Length != 0 ? $" via {viaPath}." : "."),
                    cyclePath);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }
}
