using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Fields of scalar or enum type must not have a selection set, and fields of object, interface or union type
/// must have one (spec 5.3.3 "Leaf Field Selections", https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections).
/// </summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not FieldNode field || Context.TypeInfo.Type is not { } type)
        {
            return true;
        }

        var fieldName = field.Name.Value;
        if (type.GetNamedType().IsLeafType())
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Context.ReportError($"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            Context.ReportError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            Context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}
