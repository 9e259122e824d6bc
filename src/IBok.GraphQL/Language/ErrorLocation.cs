namespace IBok.GraphQL.Language;

/// <summary>A 1-based line and column (columns in UTF-16 code units) in a document, as GraphQL errors report them
/// (spec 7.1.2 "Errors").</summary>
public readonly record struct ErrorLocation(int Line, int Column)
{
    /// <summary>Where <paramref name="node"/> starts.</summary>
    public static ErrorLocation Of(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new ErrorLocation(node.Location.Line, node.Location.Column);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
