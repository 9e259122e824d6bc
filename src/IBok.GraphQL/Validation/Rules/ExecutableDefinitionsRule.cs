using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// A document submitted for execution may contain only operations and fragments (spec 5.1.1
/// "Executable Definitions", https://spec.graphql.org/September2025/#sec-Executable-Definitions).
/// </summary>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is not DocumentNode document)
        {
            return true;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var definitionName = definition is SchemaDefinitionNode or SchemaExtensionNode
                ? "schema"
                : "\"" + (RuleSupport.GetTypeSystemName(definition) ?? ((DirectiveDefinitionNode)definition).Name.Value) + "\"";
            Context.ReportError($"The {definitionName} definition is not executable.", definition);
        }

        return false;
    }
}
