using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation;

/// <summary>Creates a rule's visitor for one validation run (graphql-js <c>ValidationRule</c>).</summary>
public delegate ValidationRule ValidationRuleFactory(ValidationContext context);

/// <summary>
/// A validation rule: a visitor that sees every node of the document (together with the other rules, in one
/// walk) and reports problems to its <see cref="ValidationContext"/>. A rule instance lives for one run, so
/// it may keep state between nodes. <see cref="SyntaxVisitor.Enter"/> returning false skips the node's
/// children for this rule only.
/// </summary>
public abstract class ValidationRule(ValidationContext context) : SyntaxVisitor
{
    /// <summary>The document, schema, type information and error sink of this run.</summary>
    protected ValidationContext Context { get; } = context ?? throw new ArgumentNullException(nameof(context));
}
