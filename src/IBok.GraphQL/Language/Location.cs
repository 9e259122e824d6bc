namespace IBok.GraphQL.Language;

/// <summary>
/// Where a token or syntax node sits in its source document.
/// <see cref="Start"/> and <see cref="End"/> are UTF-8 byte offsets (end exclusive);
/// <see cref="Line"/> and <see cref="Column"/> are 1-based and, like graphql-js, count columns in UTF-16 code units,
/// so that error locations agree with the reference implementation on any text.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
