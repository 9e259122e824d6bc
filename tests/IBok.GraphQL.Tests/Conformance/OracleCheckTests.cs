using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace IBok.GraphQL.Tests.Conformance;

/// <summary>
/// Re-runs graphql-js over the corpus (<c>node oracle.cjs --check</c> in the source folder) and fails on any difference
/// from the committed expected files. It runs only where node can resolve the npm package <c>graphql</c> from the
/// source folder (the repository root's node_modules, or NODE_PATH); elsewhere the committed expected files stand alone.
/// </summary>
public sealed class OracleCheckTests
{
    [Fact]
    public void Oracle_RecomputedByGraphQlJs_MatchesTheCommittedExpectedFiles()
    {
        var folder = SourceFolder();
        if (!File.Exists(Path.Combine(folder, "oracle.cjs")) || Run(folder, "-e", "require.resolve('graphql')").ExitCode != 0)
        {
            return;
        }

        var (exitCode, output) = Run(folder, "oracle.cjs", "--check");

        Assert.True(exitCode == 0, output);
        Assert.Contains(": all match", output, StringComparison.Ordinal);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static (int ExitCode, string Output) Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "node is not installed");
        }
    }
}
