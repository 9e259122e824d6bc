using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Every literal value must be valid for the input type expected where it stands, including input object
/// field names, required input fields and OneOf input objects (spec 5.6.1 "Values of Correct Type", 5.6.2
/// "Input Object Field Names", 5.6.4 "Input Object Required Fields", 3.10.1 OneOf Input Objects;
/// https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type).
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        var typeInfo = Context.TypeInfo;
        switch (node)
        {
            case ListValueNode list:
                if (typeInfo.ParentInputType?.GetNullableType() is not ListType)
                {
                    CheckLiteral(list);
                    return false;
                }

                return true;
            case ObjectValueNode obj:
                if (typeInfo.InputType?.GetNamedType() is not InputObjectType inputObject)
                {
                    CheckLiteral(obj);
                    return false;
                }

                CheckInputObject(obj, inputObject);
                return true;
            case ObjectFieldNode field:
                if (typeInfo.InputType is null && typeInfo.ParentInputType?.GetNamedType() is InputObjectType parentType)
                {
                    var suggestions = SuggestionList.For(field.Name.Value, parentType.Fields.Select(definition => definition.Name));
                    Context.ReportError(
                        $"Field \"{field.Name.Value}\" is not defined by type \"{parentType.Name}\"." + SuggestionList.DidYouMean(suggestions),
                        field);
                }

                return true;
            case NullValueNode nullValue:
                if (typeInfo.InputType is NonNullType nonNull)
                {
                    Context.ReportError($"Expected value of type \"{nonNull}\", found null.", nullValue);
                }

                return true;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLiteral((ValueNode)node);
                return true;
            default:
                return true;
        }
    }

    private void CheckInputObject(ObjectValueNode obj, InputObjectType type)
    {
        var givenFields = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            givenFields[field.Name.Value] = field;
        }

        foreach (var definition in type.Fields)
        {
            if (definition.IsRequired && !givenFields.ContainsKey(definition.Name))
            {
                Context.ReportError($"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.", obj);
            }
        }

        if (!type.IsOneOf)
        {
            return;
        }

        if (givenFields.Count != 1)
        {
            Context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", obj);
            return;
        }

        var (onlyName, onlyField) = givenFields.First();
        if (onlyField.Value is NullValueNode)
        {
            Context.ReportError($"Field \"{type.Name}.{onlyName}\" must be non-null.", obj);
        }
    }

    /// <summary>graphql-js <c>isValidValueNode</c>: checks a literal against the leaf type expected at its position.</summary>
    private void CheckLiteral(ValueNode node)
    {
        if (Context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var message = locationType.GetNamedType() switch
        {
            EnumType enumType => CheckEnumLiteral(enumType, node),
            ScalarType scalar => ScalarLiteralChecker.Check(scalar, locationType, node),
            _ => $"Expected value of type \"{locationType}\", found {Printer.Print(node)}.",
        };
        if (message is not null)
        {
            Context.ReportError(message, node);
        }
    }

    private static string? CheckEnumLiteral(EnumType type, ValueNode node)
    {
        if (node is EnumValueNode enumValue && type.FindValue(enumValue.Value) is not null)
        {
            return null;
        }

        var printed = Printer.Print(node);
        var suggestion = SuggestionList.DidYouMean(SuggestionList.For(printed, type.Values.Select(value => value.Name)), "the enum value");
        return node is EnumValueNode
            ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum." + suggestion
            : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + suggestion;
    }
}
