using System.Text.Json.Nodes;

namespace IBok.GraphQL.Tests.Conformance;

/// <summary>
/// One differential conformance case, with every file reference already resolved (see README.md for the format).
/// </summary>
/// <param name="File">The case file, relative to <c>cases/</c>, with forward slashes (e.g. <c>validation/ScalarLeafsRule.json</c>).</param>
/// <param name="Name">The case name, unique within its file.</param>
/// <param name="Schema">The SDL text (inline, or read from <c>schemas/</c>).</param>
/// <param name="Document">The executable document text (inline, or read from <c>documents/</c>).</param>
/// <param name="RootValue">The static data the resolvers read; an empty object when the case gives none.</param>
/// <param name="Variables">The raw variable values, or null when the request carries none.</param>
/// <param name="OperationName">The operation to run, or null.</param>
/// <param name="Rule">For validation cases: the graphql-js rule the case is about.</param>
/// <param name="Valid">For validation cases: whether the document is valid (true) or must be rejected by <paramref name="Rule"/> (false).</param>
/// <param name="Tags">Free topic tags (e.g. <c>oneOf</c>).</param>
/// <param name="Introspection">Null, <c>full</c> (the full introspection query) or <c>sorted</c>: the introspection normalisation applies.</param>
public sealed record ConformanceCase(
    string File,
    string Name,
    string Schema,
    string Document,
    JsonNode RootValue,
    JsonObject? Variables,
    string? OperationName,
    string? Rule,
    bool? Valid,
    IReadOnlyList<string> Tags,
    string? Introspection)
{
    /// <summary>The topic folder of the case file (e.g. <c>validation</c>).</summary>
    public string Topic => File[..File.IndexOf('/', StringComparison.Ordinal)];

    /// <summary>A display name for test output: <c>file: name</c>.</summary>
    public string DisplayName => $"{File}: {Name}";

    public override string ToString() => DisplayName;
}

/// <summary>The stage at which a request stopped (or <see cref="Execution"/> when it ran).</summary>
public enum ConformanceStage
{
    /// <summary>The document did not parse.</summary>
    Parse,

    /// <summary>The SDL did not build a valid schema.</summary>
    Schema,

    /// <summary>The document failed validation.</summary>
    Validation,

    /// <summary>A request error before execution (no operation to run, variable coercion failed): errors and no data.</summary>
    Request,

    /// <summary>Execution ran: there is data (possibly null) and possibly field errors.</summary>
    Execution,
}

/// <summary>One error of an outcome: its message (informational), locations and response path.</summary>
public sealed record ConformanceError(string Message, IReadOnlyList<(int Line, int Column)> Locations, IReadOnlyList<object>? Path)
{
    /// <summary>The path rendered like <c>items.1.name</c>, or an empty string when the error has no path.</summary>
    public string PathText => Path is null ? string.Empty : string.Join('.', Path);
}

/// <summary>
/// The outcome of running one case: what graphql-js produced (read from <c>expected/</c>), or what an
/// <see cref="IEngineUnderTest"/> produced.
/// </summary>
/// <param name="Stage">Where the request stopped.</param>
/// <param name="Data">The execution data (only at <see cref="ConformanceStage.Execution"/>; may be a JSON null).</param>
/// <param name="Errors">The errors, in the engine's order.</param>
/// <param name="Rules">At <see cref="ConformanceStage.Validation"/>: the rules that reported errors, when the engine knows them.</param>
public sealed record ConformanceOutcome(
    ConformanceStage Stage,
    JsonNode? Data,
    IReadOnlyList<ConformanceError> Errors,
    IReadOnlyList<string> Rules);

/// <summary>A case together with the outcome graphql-js produced for it.</summary>
public sealed record ConformanceEntry(ConformanceCase Case, ConformanceOutcome Expected)
{
    public override string ToString() => Case.DisplayName;
}
