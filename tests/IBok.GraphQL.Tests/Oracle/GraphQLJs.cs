using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace IBok.GraphQL.Tests.Oracle;

/// <summary>What graphql-js made of one document: its printed form, or its syntax error.</summary>
public sealed record GraphQLJsResult(string? Printed, GraphQLJsError? Error);

/// <summary>A graphql-js syntax error: the full message and the 1-based location of its first position.</summary>
public sealed record GraphQLJsError(string Message, int Line, int Column);

/// <summary>
/// Runs graphql-js (npm <c>graphql</c>, pinned in the repository's package.json) through
/// <c>Oracle/print-or-error.js</c>, so tests can compare our language implementation with the reference one.
/// Needs <c>node</c> on the PATH and <c>npm ci</c> run in the repository root (test.sh does both).
/// </summary>
public static class GraphQLJs
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds IBok.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// Runs a node script of this test project (path relative to the repository root) with graphql-js resolvable,
    /// passes it <paramref name="arguments"/>, writes <paramref name="input"/> to its standard input and returns what it prints.
    /// </summary>
    /// <exception cref="InvalidOperationException">graphql-js is not installed, or the script failed (its standard error is in the message).</exception>
    public static string Run(string script, string input, params string[] arguments)
    {
        var modules = Path.Combine(RepositoryRoot, "node_modules");
        if (!Directory.Exists(Path.Combine(modules, "graphql")))
        {
            throw new InvalidOperationException($"graphql-js is not installed in {modules}: run `npm ci` in {RepositoryRoot}.");
        }

        var start = new ProcessStartInfo("node", [Path.Combine(RepositoryRoot, script), .. arguments])
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["NODE_PATH"] = modules;

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stderr = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(input);
        node.StandardInput.Close();
        var stdout = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        return node.ExitCode == 0
            ? stdout
            : throw new InvalidOperationException($"The graphql-js script {script} failed ({node.ExitCode}): {stderr.Result}{stdout}");
    }

    /// <summary>For each document, in order, graphql-js's <c>print(parse(document))</c> or its syntax error.</summary>
    public static IReadOnlyList<GraphQLJsResult> PrintOrError(IReadOnlyList<string> documents)
    {
        var stdout = Run("tests/IBok.GraphQL.Tests/Oracle/print-or-error.js", JsonSerializer.Serialize(documents));
        using var json = JsonDocument.Parse(stdout);
        var results = new List<GraphQLJsResult>();
        foreach (var item in json.RootElement.GetProperty("results").EnumerateArray())
        {
            results.Add(item.TryGetProperty("printed", out var printed)
                ? new GraphQLJsResult(printed.GetString(), null)
                : new GraphQLJsResult(null, new GraphQLJsError(
                    item.GetProperty("error").GetProperty("message").GetString()!,
                    item.GetProperty("error").GetProperty("line").GetInt32(),
                    item.GetProperty("error").GetProperty("column").GetInt32())));
        }

        return results;
    }

    /// <summary>
    /// Our error as the oracle reports errors: lone surrogates (half of a pair quoted by a message) become U+FFFD,
    /// as print-or-error.js does for transport.
    /// </summary>
    public static GraphQLJsError Comparable(IBok.GraphQL.Language.GraphQLSyntaxException error)
    {
        var message = new StringBuilder(error.Message.Length);
        for (var i = 0; i < error.Message.Length; i++)
        {
            var c = error.Message[i];
            if (char.IsHighSurrogate(c) && i + 1 < error.Message.Length && char.IsLowSurrogate(error.Message[i + 1]))
            {
                message.Append(c).Append(error.Message[++i]);
            }
            else
            {
                message.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return new GraphQLJsError(message.ToString(), error.Line, error.Column);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IBok.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No IBok.sln above {AppContext.BaseDirectory}.");
    }
}
