using System.Text.Json;
using System.Text.Json.Nodes;

namespace IBok.GraphQL.Tests.Conformance;

/// <summary>
/// Reads the conformance corpus: every <c>cases/**/*.json</c> file with its <c>expected/</c> twin. Any inconsistency
/// (unknown key, missing file, case without expected outcome) is an <see cref="InvalidDataException"/> naming the file and case.
/// </summary>
public static class ConformanceCorpus
{
    private static readonly HashSet<string> CaseKeys =
    [
        "name", "description", "schema", "schemaFile", "rootValue", "rootValueFile", "document", "documentFile",
        "variables", "operationName", "rule", "valid", "tags", "introspection",
    ];

    private static readonly HashSet<string> OutcomeKeys = ["name", "stage", "data", "errors", "rules"];

    /// <summary>The corpus copied next to the test assembly.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Conformance");

    /// <summary>Loads every case and its expected outcome, ordered by file then position in the file.</summary>
    public static IReadOnlyList<ConformanceEntry> Load(string? directory = null)
    {
        var root = directory ?? DefaultDirectory;
        var casesRoot = Path.Combine(root, "cases");
        var entries = new List<ConformanceEntry>();
        foreach (var caseFile in Directory.EnumerateFiles(casesRoot, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(casesRoot, caseFile).Replace('\\', '/');
            var cases = ReadArray(caseFile, relative).Select((node, i) => ReadCase(root, relative, node, i)).ToList();
            var duplicate = cases.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw Invalid(relative, duplicate.Key, "duplicate case name");

            var expectedFile = Path.Combine(root, "expected", relative);
            if (!File.Exists(expectedFile)) throw Invalid(relative, null, "no expected/ file; run the oracle");
            var outcomes = ReadArray(expectedFile, "expected/" + relative);
            if (outcomes.Count != cases.Count)
            {
                throw Invalid(relative, null, $"{cases.Count} cases but {outcomes.Count} expected outcomes; run the oracle");
            }

            for (var i = 0; i < cases.Count; i++)
            {
                var outcome = outcomes[i] as JsonObject ?? throw Invalid(relative, cases[i].Name, "expected outcome is not an object");
                var expectedName = outcome["name"]?.GetValue<string>();
                if (expectedName != cases[i].Name)
                {
                    throw Invalid(relative, cases[i].Name, $"expected outcome #{i} is for \"{expectedName}\"; run the oracle");
                }

                entries.Add(new ConformanceEntry(cases[i], ReadOutcome(relative, cases[i].Name, outcome)));
            }
        }

        return entries;
    }

    private static JsonArray ReadArray(string file, string relative)
    {
        var node = JsonNode.Parse(File.ReadAllText(file));
        return node as JsonArray ?? throw Invalid(relative, null, "a case file must hold a JSON array");
    }

    private static ConformanceCase ReadCase(string root, string relative, JsonNode? node, int index)
    {
        var obj = node as JsonObject ?? throw Invalid(relative, $"#{index}", "a case must be a JSON object");
        var name = obj["name"]?.GetValue<string>() is { Length: > 0 } n ? n : throw Invalid(relative, $"#{index}", "\"name\" is required");
        foreach (var (key, _) in obj)
        {
            if (!CaseKeys.Contains(key)) throw Invalid(relative, name, $"unknown key \"{key}\"");
        }

        var schema = InlineOrFile(root, relative, name, obj, "schema", "schemaFile", "schemas");
        var document = InlineOrFile(root, relative, name, obj, "document", "documentFile", "documents");
        if (obj.ContainsKey("rootValue") && obj.ContainsKey("rootValueFile"))
        {
            throw Invalid(relative, name, "at most one of \"rootValue\", \"rootValueFile\"");
        }

        var rootValue = obj["rootValueFile"] is { } rootFile
            ? JsonNode.Parse(ReadReferenced(root, relative, name, "data", rootFile.GetValue<string>()))!
            : obj["rootValue"]?.DeepClone() ?? new JsonObject();
        var variables = obj["variables"] switch
        {
            null => null,
            JsonObject v => (JsonObject)v.DeepClone(),
            _ => throw Invalid(relative, name, "\"variables\" must be a JSON object"),
        };
        var rule = obj["rule"]?.GetValue<string>();
        var valid = obj["valid"]?.GetValue<bool>();
        if ((rule is null) != (valid is null)) throw Invalid(relative, name, "\"rule\" and \"valid\" go together");
        var tags = obj["tags"] is JsonArray t ? t.Select(x => x!.GetValue<string>()).ToList() : [];
        var introspection = obj["introspection"]?.GetValue<string>();
        if (introspection is not (null or "full" or "sorted")) throw Invalid(relative, name, "\"introspection\" must be \"full\" or \"sorted\"");

        return new ConformanceCase(
            relative, name, schema, document, rootValue, variables, obj["operationName"]?.GetValue<string>(), rule, valid, tags, introspection);
    }

    private static string InlineOrFile(string root, string relative, string name, JsonObject obj, string inlineKey, string fileKey, string folder)
    {
        return (obj[inlineKey], obj[fileKey]) switch
        {
            ({ } inline, null) => inline.GetValue<string>(),
            (null, { } file) => ReadReferenced(root, relative, name, folder, file.GetValue<string>()),
            _ => throw Invalid(relative, name, $"exactly one of \"{inlineKey}\", \"{fileKey}\""),
        };
    }

    private static string ReadReferenced(string root, string relative, string name, string folder, string file)
    {
        var path = Path.Combine(root, folder, file);
        return File.Exists(path) ? File.ReadAllText(path) : throw Invalid(relative, name, $"missing {folder}/{file}");
    }

    private static ConformanceOutcome ReadOutcome(string relative, string name, JsonObject obj)
    {
        foreach (var (key, _) in obj)
        {
            if (!OutcomeKeys.Contains(key)) throw Invalid("expected/" + relative, name, $"unknown key \"{key}\"");
        }

        var stage = obj["stage"]?.GetValue<string>() switch
        {
            "parse" => ConformanceStage.Parse,
            "schema" => ConformanceStage.Schema,
            "validation" => ConformanceStage.Validation,
            "request" => ConformanceStage.Request,
            "execution" => ConformanceStage.Execution,
            var other => throw Invalid("expected/" + relative, name, $"unknown stage \"{other}\""),
        };
        if (stage == ConformanceStage.Execution && !obj.ContainsKey("data"))
        {
            throw Invalid("expected/" + relative, name, "an execution outcome must have \"data\"");
        }

        var errors = obj["errors"] is JsonArray e ? e.Select(ReadError).ToList() : [];
        var rules = obj["rules"] is JsonArray r ? r.Select(x => x!.GetValue<string>()).ToList() : [];
        return new ConformanceOutcome(stage, obj["data"]?.DeepClone(), errors, rules);
    }

    /// <summary>Reads one error in the response format (<c>message</c>, optional <c>locations</c> and <c>path</c>).</summary>
    public static ConformanceError ReadError(JsonNode? node)
    {
        var obj = node!.AsObject();
        var locations = obj["locations"] is JsonArray l
            ? l.Select(x => (x!["line"]!.GetValue<int>(), x["column"]!.GetValue<int>())).ToList()
            : [];
        var path = obj["path"] is JsonArray p
            ? p.Select(x => x!.GetValueKind() == JsonValueKind.Number ? (object)x.GetValue<int>() : x.GetValue<string>()).ToList()
            : null;
        return new ConformanceError(obj["message"]!.GetValue<string>(), locations, path);
    }

    private static InvalidDataException Invalid(string file, string? caseName, string problem) =>
        new(caseName is null ? $"{file}: {problem}" : $"{file} [{caseName}]: {problem}");
}
