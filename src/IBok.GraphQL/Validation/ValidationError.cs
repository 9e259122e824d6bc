using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation;

/// <summary>
/// A problem a validation rule found: graphql-js's message and the locations of the nodes involved, in the
/// order the rule names them.
/// </summary>
public sealed record ValidationError(string Message, IReadOnlyList<ErrorLocation> Locations)
{
    /// <summary>An error located at the start of each of <paramref name="nodes"/>.</summary>
    public ValidationError(string message, params IEnumerable<SyntaxNode> nodes)
        : this(message, nodes.Select(ErrorLocation.Of).ToArray())
    {
    }

    /// <summary>The message followed by the locations, e.g. <c>Unknown type "Foo". (3:7)</c>.</summary>
    public override string ToString() =>
        Locations.Count == 0 ? Message : Message + " (" + string.Join(", ", Locations) + ")";
}
