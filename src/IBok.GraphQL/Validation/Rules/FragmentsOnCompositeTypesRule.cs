using IBok.GraphQL.Language;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Fragments may only be declared on object, interface or union types (spec 5.5.1.3 "Fragments on Object,
/// Interface or Union Types", https://spec.graphql.org/September2025/#sec-Fragments-on-Object-Interface-or-Union-Types).
/// </summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                Context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                break;
            case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                Context.ReportError(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                    fragment.TypeCondition);
                break;
        }

        return true;
    }

    private bool IsNonComposite(NamedTypeNode condition) =>
        TypeFromAst.Resolve(Context.Schema, condition) is { } type && !RuleSupport.IsCompositeType(type);
}
