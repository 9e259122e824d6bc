using System.Text;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Fields with the same response name in a selection set (including through fragments) must be mergeable:
/// the same field with the same arguments, unless their parents are distinct object types, and always with
/// compatible return shapes (spec 5.3.2 "Field Selection Merging",
/// https://spec.graphql.org/September2025/#sec-Field-Selection-Merging).
/// </summary>
/// <remarks>
/// Follows graphql-js 16.15's algorithm rather than the spec's quadratic one: collected fields are cached
/// per (parent type, selection set), fragment pairs and field-against-fragment comparisons are memoized,
/// and a work budget aborts validation of hostile documents.
/// </remarks>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private readonly List<SyntaxNode> _ancestors = [];
    private readonly FragmentPairSet _comparedFragmentPairs = new();
    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collectedFields = [];
    private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
    private int _remainingBudget = MaxComplexityBudget;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is SelectionSetNode selectionSet && ShouldCheck(selectionSet))
        {
            var conflicts = FindConflictsWithinSelectionSet(Context.TypeInfo.ParentType, selectionSet);
            foreach (var conflict in conflicts)
            {
                Context.ReportError(
                    $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    conflict.Fields1.Concat(conflict.Fields2));
            }
        }

        _ancestors.Add(node);
        return true;
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node) => _ancestors.RemoveAt(_ancestors.Count - 1);

    /// <summary>
    /// Inline fragments are flattened into their enclosing selection set, and a set with a single field
    /// cannot conflict within itself (its sub-selections are checked on their own).
    /// </summary>
    private bool ShouldCheck(SelectionSetNode selectionSet) =>
        !(_ancestors.Count > 0 && _ancestors[^1] is InlineFragmentNode)
        && (selectionSet.Selections.Count > 1 || (selectionSet.Selections.Count == 1 && selectionSet.Selections[0] is InlineFragmentNode));

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected);
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.Fields.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields collected, string fragmentName)
    {
        SpendBudget(1);
        if (collected.Fields.Count == 0)
        {
            return;
        }

        // A non-exclusive comparison also covers an exclusive one, not the other way round.
        if (collected.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusive)
            && (!comparedExclusive || areMutuallyExclusive))
        {
            return;
        }

        collected.ComparedFragments[fragmentName] = areMutuallyExclusive;
        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentFields = CollectFragmentFields(fragment);
        if (ReferenceEquals(collected, fragmentFields))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentFields);
        foreach (var referencedFragmentName in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referencedFragmentName);
        }
    }

    private void CollectConflictsBetweenFragments(
        List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        SpendBudget(2);
        if (fragmentName1 == fragmentName2 || _comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
        if (Context.GetFragment(fragmentName1) is not { } fragment1 || Context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var collected1 = CollectFragmentFields(fragment1);
        var collected2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        foreach (var referencedFragmentName2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referencedFragmentName2);
        }

        foreach (var referencedFragmentName1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referencedFragmentName1, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        foreach (var fragmentName2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1, fragmentName2);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2, fragmentName1);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields collected)
    {
        foreach (var (responseName, fields) in collected.Fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(
        List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Fields.Count == 0 || collected2.Fields.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1, fields2) in GetOverlappingFields(collected1, collected2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> GetOverlappingFields(
        CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.OverlappingFields.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, fields1) in collected1.Fields)
        {
            SpendBudget(1);
            if (collected2.Fields.TryGetValue(responseName, out var fields2))
            {
                overlapping.Add((responseName, fields1, fields2));
            }
        }

        collected1.OverlappingFields[collected2] = overlapping;
        return overlapping;
    }

    /// <summary>Whether two fields with the same response name conflict, including through their sub-selections.</summary>
    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
    {
        var node1 = details1.Node;
        var node2 = details2.Node;
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(details1.ParentType, details2.ParentType) && details1.ParentType is ObjectType && details2.ParentType is ObjectType);
        SpendBudget(2);
        var type1 = details1.Definition?.Type;
        var type2 = details2.Definition?.Type;
        if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            if (!details1.Comparisons.TryGetValue(details2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                    : SameArguments(node1.Arguments, node2.Arguments) ? null : "they have differing arguments";
                details1.Comparisons[details2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive, type1?.GetNamedType(), selectionSet1, type2?.GetNamedType(), selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count == 0)
        {
            return arguments2.Count == 0;
        }

        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            SpendBudget(1);
            ArgumentNode? argument2 = null;
            foreach (var candidate in arguments2)
            {
                if (candidate.Name.Value == argument1.Name.Value)
                {
                    argument2 = candidate;
                }
            }

            if (argument2 is null || Stringify(argument1.Value) != Stringify(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A canonical text of a value literal: object fields sorted by name, string block-ness kept (graphql-js <c>stringifyValue</c>).</summary>
    private string Stringify(ValueNode value)
    {
        if (_stringifiedValues.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var builder = new StringBuilder();
        Append(builder, value);
        var text = builder.ToString();
        _stringifiedValues[value] = text;
        return text;

        static void Append(StringBuilder builder, ValueNode node)
        {
            switch (node)
            {
                case VariableNode variable:
                    builder.Append("$(").Append(variable.Name.Value).Append(')');
                    break;
                case ObjectValueNode obj:
                    builder.Append('{');
                    foreach (var field in obj.Fields.OrderBy(field => field.Name.Value, StringComparer.Ordinal))
                    {
                        builder.Append(Printer.PrintString(field.Name.Value)).Append(':');
                        Append(builder, field.Value);
                        builder.Append(',');
                    }

                    builder.Append('}');
                    break;
                case ListValueNode list:
                    builder.Append('[');
                    foreach (var item in list.Values)
                    {
                        Append(builder, item);
                        builder.Append(',');
                    }

                    builder.Append(']');
                    break;
                case StringValueNode text:
                    builder.Append(text.Block ? "block" : "string").Append(Printer.PrintString(text.Value));
                    break;
                case IntValueNode integer:
                    builder.Append("int:").Append(integer.Value);
                    break;
                case FloatValueNode number:
                    builder.Append("float:").Append(number.Value);
                    break;
                case BooleanValueNode flag:
                    builder.Append(flag.Value ? "true" : "false");
                    break;
                case EnumValueNode enumValue:
                    builder.Append("enum:").Append(enumValue.Value);
                    break;
                default:
                    builder.Append("null");
                    break;
            }
        }
    }

    /// <summary>Two types conflict when no value could satisfy both: different list/non-null shapes or different leaf types.</summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        SpendBudget(1);
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        return (type1.IsLeafType() || type2.IsLeafType()) && !ReferenceEquals(type1, type2);
    }

    private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collectedFields.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var collected = new CollectedFields();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectFieldsInto(parentType, selectionSet, collected, fragmentNames);
        _collectedFields[(parentType, selectionSet)] = collected;
        return collected;
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(TypeFromAst.Resolve(Context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

    private void CollectFieldsInto(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected, HashSet<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = (parentType as ComplexOutputType)?.FindField(field.Name.Value);
                    var responseName = field.ResponseKey;
                    if (!collected.Fields.TryGetValue(responseName, out var list))
                    {
                        list = [];
                        collected.Fields[responseName] = list;
                    }

                    list.Add(new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (fragmentNames.Add(spread.Name.Value))
                    {
                        collected.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition
                        ? TypeFromAst.Resolve(Context.Schema, condition) as NamedType
                        : parentType;
                    CollectFieldsInto(inlineType, inline.SelectionSet, collected, fragmentNames);
                    break;
            }
        }
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? "" : " and ")
                .Append($"subfields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            MaybeAbbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, conflict => conflict.Fields1),
            CollectConflictNodes(node2, conflicts, conflict => conflict.Fields2));
    }

    /// <summary>The enclosing field then the conflicting sub-fields, at most 20, favouring the deepest ones.</summary>
    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxConflictNodes - nodes.Count;
            var fields = side(conflict);
            nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private void SpendBudget(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            Context.Abort();
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;
        public FieldNode Node { get; } = node;
        public FieldDefinition? Definition { get; } = definition;
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;
        public Dictionary<FieldDetails, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);
    }

    private sealed class CollectedFields
    {
        public Dictionary<string, List<FieldDetails>> Fields { get; } = new(StringComparer.Ordinal);
        public List<string> FragmentNames { get; } = [];
        public Dictionary<string, bool> ComparedFragments { get; } = new(StringComparer.Ordinal);
        public Dictionary<CollectedFields, List<(string, List<FieldDetails>, List<FieldDetails>)>> OverlappingFields { get; } = new(ReferenceEqualityComparer.Instance);
    }

    /// <summary>
    /// Fragment pairs already compared, unordered; a pair compared as not mutually exclusive also answers for
    /// the mutually exclusive case (graphql-js <c>PairSet</c>).
    /// </summary>
    private sealed class FragmentPairSet
    {
        private readonly Dictionary<(string, string), bool> _data = [];

        public bool Has(string a, string b, bool areMutuallyExclusive) =>
            HasOrdered(a, b, areMutuallyExclusive) || HasOrdered(b, a, areMutuallyExclusive);

        public void Add(string a, string b, bool areMutuallyExclusive) => _data[(a, b)] = areMutuallyExclusive;

        private bool HasOrdered(string a, string b, bool areMutuallyExclusive) =>
            _data.TryGetValue((a, b), out var stored) && (areMutuallyExclusive || stored == areMutuallyExclusive);
    }
}
