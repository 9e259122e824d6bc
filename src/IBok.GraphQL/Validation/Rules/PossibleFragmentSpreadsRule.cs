using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// A fragment may be spread only where its type condition can apply: the fragment's type and the parent type
/// must share at least one possible object type (spec 5.5.2.3 "Fragment Spread Is Possible",
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible).
/// </summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                if (Context.TypeInfo.Type is NamedType fragmentType && RuleSupport.IsCompositeType(fragmentType)
                    && Context.TypeInfo.ParentType is { } parentType
                    && !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType))
                {
                    Context.ReportError(
                        $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                        inline);
                }

                break;
            case FragmentSpreadNode spread:
                if (GetFragmentType(spread.Name.Value) is { } spreadType
                    && Context.TypeInfo.ParentType is { } spreadParent
                    && !TypeComparators.DoTypesOverlap(Context.Schema, spreadType, spreadParent))
                {
                    Context.ReportError(
                        $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{spreadParent}\" can never be of type \"{spreadType}\".",
                        spread);
                }

                break;
        }

        return true;
    }

    private NamedType? GetFragmentType(string name) =>
        Context.GetFragment(name) is { } fragment
        && TypeFromAst.Resolve(Context.Schema, fragment.TypeCondition) is NamedType type
        && RuleSupport.IsCompositeType(type)
            ? type
            : null;
}
