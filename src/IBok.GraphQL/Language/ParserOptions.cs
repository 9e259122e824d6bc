namespace IBok.GraphQL.Language;

/// <summary>
/// Limits that keep the parser safe against hostile documents: each is checked before the work it bounds,
/// so an oversized or deeply nested document fails fast with a <see cref="GraphQLSyntaxException"/>
/// instead of exhausting memory or the stack. Every limit must be positive.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>Limits for documents sent by clients: 1 MiB, 50,000 tokens, nesting depth 64.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Largest accepted document in UTF-8 bytes. Error (at 1:1):
    /// <c>Syntax Error: Document size of {size} bytes exceeds the maximum of {max} bytes.</c>
    /// </summary>
    public int MaxDocumentBytes
    {
        get;
        init => field = Positive(value, nameof(MaxDocumentBytes));
    } = 1024 * 1024;

    /// <summary>
    /// Largest number of lexical tokens (punctuators, names, numbers, strings; ignored tokens such as comments and
    /// commas do not count). Error (at the first token over the limit):
    /// <c>Syntax Error: Document contains more than {max} tokens. Parsing aborted.</c>
    /// </summary>
    public int MaxTokens
    {
        get;
        init => field = Positive(value, nameof(MaxTokens));
    } = 50_000;

    /// <summary>
    /// Deepest accepted nesting of selection sets, list values, object values and list types, counted together
    /// because together they make the parser's recursion. Error (at the token opening the level over the limit):
    /// <c>Syntax Error: Document nesting depth exceeds the maximum of {max}. Parsing aborted.</c>
    /// The same error is raised, whatever the limit, when the thread's stack runs short.
    /// </summary>
    public int MaxNestingDepth
    {
        get;
        init => field = Positive(value, nameof(MaxNestingDepth));
    } = 64;

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "A parser limit must be positive.");
}
