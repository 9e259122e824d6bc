using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Variables may only be of input types: scalars, enums, input objects, or lists and non-nulls of them (spec
/// 5.8.2 "Variables Are Input Types", https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types).
/// </summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is VariableDefinitionNode definition
            && TypeFromAst.Resolve(Context.Schema, definition.Type) is { } type
            && !type.IsInputType())
        {
            Context.ReportError(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                definition.Type);
        }

        return true;
    }
}
