using IBok.GraphQL.Language;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using IBok.GraphQL.Tests.Oracle;
using IBok.GraphQL.Validation;

namespace IBok.GraphQL.Tests.Validation;

/// <summary>Runs graphql-js's <c>validate</c> through <c>Validation/validate.js</c> (see <see cref="GraphQLJs"/> for the set-up).</summary>
internal static class ValidationOracle
{
    /// <summary>For each document, in order, the errors graphql-js reports against the schema built from <paramref name="sdl"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<ValidationError>> Validate(string sdl, IReadOnlyList<string> documents)
    {
        var root = GraphQLJs.RepositoryRoot;
        var start = new ProcessStartInfo("node", [Path.Combine(root, "tests", "IBok.GraphQL.Tests", "Validation", "validate.js")])
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["NODE_PATH"] = Path.Combine(root, "node_modules");

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stderr = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(JsonSerializer.Serialize(new { schema = sdl, documents }));
        node.StandardInput.Close();
        var stdout = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"The graphql-js validation oracle failed ({node.ExitCode}): {stderr.Result}");
        }

        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.EnumerateArray()
            .Select(errors => (IReadOnlyList<ValidationError>)errors.EnumerateArray()
                .Select(error => new ValidationError(
                    error.GetProperty("message").GetString()!,
                    error.GetProperty("locations").EnumerateArray()
                        .Select(location => new ErrorLocation(location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()))
                        .ToArray()))
                .ToArray())
            .ToArray();
    }
}
