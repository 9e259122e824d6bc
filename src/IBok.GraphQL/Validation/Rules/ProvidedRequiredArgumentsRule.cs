using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Every required argument (non-null without a default) of a field or directive must be given (spec 5.4.2.1
/// "Required Arguments", https://spec.graphql.org/September2025/#sec-Required-Arguments).
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private readonly Dictionary<string, IReadOnlyList<(string Name, string Type)>> _requiredByDirective = new(StringComparer.Ordinal);

    /// <summary>Creates the rule for one run; directives defined in the document itself are included.</summary>
    public ProvidedRequiredArgumentsRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _requiredByDirective[directive.Name] = directive.Arguments
                .Where(argument => argument.IsRequired)
                .Select(argument => (argument.Name, argument.Type.ToString()))
                .ToArray();
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                _requiredByDirective[directiveDefinition.Name.Value] = directiveDefinition.Arguments
                    .Where(argument => argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    .Select(argument => (argument.Name.Value, Printer.Print(argument.Type)))
                    .ToArray();
            }
        }
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case FieldNode field when Context.TypeInfo.FieldDefinition is { } definition:
                foreach (var argument in definition.Arguments)
                {
                    if (argument.IsRequired && !field.Arguments.Any(given => given.Name.Value == argument.Name))
                    {
                        Context.ReportError(
                            $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            field);
                    }
                }

                break;
            case DirectiveNode directive when _requiredByDirective.TryGetValue(directive.Name.Value, out var required):
                foreach (var (name, type) in required)
                {
                    if (!directive.Arguments.Any(given => given.Name.Value == name))
                    {
                        Context.ReportError(
                            $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                            directive);
                    }
                }

                break;
        }
    }
}
