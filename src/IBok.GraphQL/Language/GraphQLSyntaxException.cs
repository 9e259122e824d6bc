using System.Globalization;

namespace IBok.GraphQL.Language;

/// <summary>
/// A GraphQL document that does not follow the grammar of the GraphQL specification, Section 2 (Language),
/// or that exceeds a limit in <see cref="ParserOptions"/>. The message is phrased as graphql-js phrases it
/// (e.g. <c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>).
/// </summary>
public sealed class GraphQLSyntaxException : FormatException
{
    /// <summary>Creates the error for <paramref name="description"/> at a 1-based line and column.</summary>
    public GraphQLSyntaxException(string description, int offset, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Offset = offset;
        Line = line;
        Column = column;
    }

    /// <summary>The error without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>UTF-8 byte offset of the offending position in the source.</summary>
    public int Offset { get; }

    /// <summary>1-based line of the offending position.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending position, in UTF-16 code units (as graphql-js counts).</summary>
    public int Column { get; }

    /// <summary>The message followed by the location, e.g. for logs.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Message} ({Line}:{Column})");
}
