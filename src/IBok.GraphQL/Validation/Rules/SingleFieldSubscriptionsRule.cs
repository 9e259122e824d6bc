using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// A subscription operation must select exactly one root field, and not an introspection field (spec 5.2.4.1
/// "Single Root Field", https://spec.graphql.org/September2025/#sec-Single-Root-Field). Fields are collected
/// as the executor would with no variables: literal <c>@skip</c>/<c>@include</c> conditions apply.
/// </summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation
            || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return true;
        }

        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var responseKeys = new List<string>();
        CollectFields(subscriptionType, operation.SelectionSet, fields, responseKeys, new HashSet<string>(StringComparer.Ordinal));
        var operationName = operation.Name?.Value;
        if (responseKeys.Count > 1)
        {
            Context.ReportError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                responseKeys.Skip(1).SelectMany(key => fields[key]));
        }

        foreach (var key in responseKeys)
        {
            var fieldNodes = fields[key];
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes);
            }
        }

        return true;
    }

    /// <summary>CollectFields (spec 6.3.2) without variables, keeping the response keys in first-seen order.</summary>
    private void CollectFields(
        ObjectType runtimeType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> fields,
        List<string> responseKeys,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        list = [];
                        fields[key] = list;
                        responseKeys.Add(key);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline when DoesConditionMatch(inline.TypeCondition, runtimeType):
                    CollectFields(runtimeType, inline.SelectionSet, fields, responseKeys, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value):
                    if (Context.GetFragment(spread.Name.Value) is { } fragment && DoesConditionMatch(fragment.TypeCondition, runtimeType))
                    {
                        CollectFields(runtimeType, fragment.SelectionSet, fields, responseKeys, visitedFragments);
                    }

                    break;
            }
        }
    }

    private bool DoesConditionMatch(NamedTypeNode? condition, ObjectType runtimeType)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = Context.Schema.GetType(condition.Name.Value);
        return ReferenceEquals(conditionType, runtimeType)
            || (conditionType is not null && conditionType.IsAbstractType() && Context.Schema.IsSubType(conditionType, runtimeType));
    }

    private static bool ShouldInclude(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var literal = directive.Arguments.FirstOrDefault(argument => argument.Name.Value == "if")?.Value as BooleanValueNode;
            if ((directive.Name.Value == "skip" && literal is { Value: true }) || (directive.Name.Value == "include" && literal is { Value: false }))
            {
                return false;
            }
        }

        return true;
    }
}
