using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// An anonymous operation must be the only operation in its document (spec 5.2.3.1 "Lone Anonymous
/// Operation", https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation).
/// </summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private int _operationCount;

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                _operationCount = document.Definitions.Count(definition => definition is OperationDefinitionNode);
                return true;
            case OperationDefinitionNode operation:
                if (operation.Name is null && _operationCount > 1)
                {
                    Context.ReportError("This anonymous operation must be the only defined operation.", operation);
                }

                return false;
            default:
                return true;
        }
    }
}
