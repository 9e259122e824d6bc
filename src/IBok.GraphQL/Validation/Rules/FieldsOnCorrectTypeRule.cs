using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Every field selected must be defined on the type of its selection set, or be <c>__typename</c> (spec
/// 5.3.1 "Field Selections", https://spec.graphql.org/September2025/#sec-Field-Selections).
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not FieldNode field || Context.TypeInfo.ParentType is not { } parentType || Context.TypeInfo.FieldDefinition is not null)
        {
            return true;
        }

        var fieldName = field.Name.Value;
        var suggestion = SuggestionList.DidYouMean(SuggestedTypeNames(parentType, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = SuggestionList.DidYouMean(SuggestedFieldNames(parentType, fieldName));
        }

        Context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + suggestion, field);
        return true;
    }

    /// <summary>
    /// For abstract types: the possible types and their interfaces that do define the field, the most used
    /// first, then interfaces before their sub-interfaces, then by name (graphql-js <c>getSuggestedTypeNames</c>).
    /// </summary>
    private string[] SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!type.IsAbstractType())
        {
            return [];
        }

        var schema = Context.Schema;
        var suggestedTypes = new List<ComplexOutputType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.FindField(fieldName) is null)
            {
                continue;
            }

            if (!suggestedTypes.Contains(possibleType))
            {
                suggestedTypes.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.FindField(fieldName) is null)
                {
                    continue;
                }

                if (!suggestedTypes.Contains(possibleInterface))
                {
                    suggestedTypes.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }

        return suggestedTypes
            .Order(Comparer<ComplexOutputType>.Create((typeA, typeB) =>
            {
                var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
                if (usageCountDiff != 0)
                {
                    return usageCountDiff;
                }

                if (typeA is InterfaceType && schema.IsSubType(typeA, typeB))
                {
                    return -1;
                }

                if (typeB is InterfaceType && schema.IsSubType(typeB, typeA))
                {
                    return 1;
                }

                return NaturalComparer.Instance.Compare(typeA.Name, typeB.Name);
            }))
            .Select(suggested => suggested.Name)
            .ToArray();
    }

    private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName) =>
        type is ComplexOutputType complex ? SuggestionList.For(fieldName, complex.Fields.Select(field => field.Name)) : [];
}
