using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec Section 5 "Validation"; graphql-js
/// <c>validate</c>): all rules walk the document together once, each seeing the current type information.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The error limit graphql-js uses by default.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>
    /// The errors <paramref name="rules"/> (default: <see cref="SpecifiedRules.All"/>) find in
    /// <paramref name="document"/>, in reporting order; empty when the document is valid. After
    /// <paramref name="maxErrors"/> errors a final "Too many validation errors" error is added and validation stops.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IEnumerable<ValidationRuleFactory>? rules = null,
        int maxErrors = DefaultMaxErrors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, maxErrors);
        var visitors = (rules ?? SpecifiedRules.All).Select(factory => factory(context)).ToArray();
        try
        {
            SyntaxWalker.Walk(document, new ParallelVisitor(typeInfo, visitors));
        }
        catch (ValidationAbortedException)
        {
            // The context has recorded the final "too many errors" error.
        }

        return context.Errors;
    }

    /// <summary>
    /// Runs several rules in one walk (graphql-js <c>visitInParallel</c> with <c>visitWithTypeInfo</c>): a rule
    /// that skips a node's children is not called again until the walk leaves that node.
    /// </summary>
    private sealed class ParallelVisitor(TypeInfo typeInfo, ValidationRule[] rules) : SyntaxVisitor
    {
        private readonly SyntaxNode?[] _skipping = new SyntaxNode?[rules.Length];

        public override bool Enter(SyntaxNode node)
        {
            typeInfo.Enter(node);
            for (var i = 0; i < rules.Length; i++)
            {
                if (_skipping[i] is null && !rules[i].Enter(node))
                {
                    _skipping[i] = node;
                }
            }

            return true;
        }

        public override void Leave(SyntaxNode node)
        {
            for (var i = 0; i < rules.Length; i++)
            {
                if (_skipping[i] is null)
                {
                    rules[i].Leave(node);
                }
                else if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                }
            }

            typeInfo.Leave(node);
        }
    }
}
