using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace IBok.Domain.Tests.Snapshots;

/// <summary>
/// Approved-file snapshots: the expected text lives in <c>__snapshots__/&lt;Test&gt;.snap</c> next to the test file.
/// A missing file (or any file while <c>UPDATE_SNAPSHOTS=1</c>) is written from the actual text; a missing file under
/// CI (<c>CI=true</c>) is written and the test fails, so snapshots are always committed. Otherwise the text must match,
/// and a mismatch fails with a line diff.
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the approved snapshot named after the calling test.</summary>
    public static void Match(string actual, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "") =>
        new SnapshotStore(
                Path.Combine(Path.GetDirectoryName(SourcePath(testFile, AppContext.BaseDirectory))!, "__snapshots__"),
                isContinuousIntegration: string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                update: Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
            .Match(testName, actual);

    /// <summary>
    /// The real path of a test source file. A CI build (<c>ContinuousIntegrationBuild</c>) maps source paths to
    /// <c>/_/…</c> for deterministic output, and [CallerFilePath] then names a directory that does not exist; the
    /// mapped path is resolved by looking for it under the directories above the test assembly.
    /// </summary>
    public static string SourcePath(string callerFilePath, string searchFrom)
    {
        if (File.Exists(callerFilePath) || !(callerFilePath.StartsWith("/_/", StringComparison.Ordinal) || callerFilePath.StartsWith("/_\\", StringComparison.Ordinal)))
        {
            return callerFilePath;
        }

        var relative = callerFilePath[3..];
        for (var directory = new DirectoryInfo(searchFrom); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new XunitException($"Cannot find the test source {callerFilePath} (a path-mapped CI build) under any directory above {searchFrom}.");
    }
}

/// <summary>The snapshot rules over one directory, with the environment passed in so the rules can be tested.</summary>
public sealed class SnapshotStore(string directory, bool isContinuousIntegration, bool update)
{
    /// <summary>The file a snapshot is kept in.</summary>
    public string PathOf(string name) => Path.Combine(directory, name + ".snap");

    /// <summary>Applies the snapshot rules to <paramref name="actual"/>.</summary>
    /// <exception cref="XunitException">The snapshot differs, or was missing under CI.</exception>
    public void Match(string name, string actual)
    {
        var path = PathOf(name);
        var normalized = Normalize(actual);
        var exists = File.Exists(path);
        if (!exists || update)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, normalized, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            if (!exists && isContinuousIntegration)
            {
                throw new XunitException($"Snapshot {path} was missing and has been written; under CI every snapshot must be committed. Review and commit it.");
            }

            return;
        }

        var expected = Normalize(File.ReadAllText(path));
        if (expected != normalized)
        {
            throw new XunitException($"Snapshot {path} differs (- approved, + actual); set UPDATE_SNAPSHOTS=1 to approve:\n{LineDiff.Render(expected, normalized)}");
        }
    }

    private static string Normalize(string text)
    {
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return unified.EndsWith('\n') ? unified : unified + "\n";
    }
}

/// <summary>A readable line diff (longest common subsequence): unchanged lines are indented, removed ones start with
/// "-", added ones with "+"; long unchanged runs are elided to their first and last line of context.</summary>
public static class LineDiff
{
    /// <summary>The diff from <paramref name="expected"/> to <paramref name="actual"/>.</summary>
    public static string Render(string expected, string actual)
    {
        var a = expected.TrimEnd('\n').Split('\n');
        var b = actual.TrimEnd('\n').Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var entries = new List<(char Mark, string Line)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                entries.Add((' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                entries.Add(('-', a[x++]));
            }
            else
            {
                entries.Add(('+', b[y++]));
            }
        }

        var output = new StringBuilder();
        for (var k = 0; k < entries.Count; k++)
        {
            var nearChange = false;
            for (var d = Math.Max(0, k - 1); d <= Math.Min(entries.Count - 1, k + 1); d++)
            {
                nearChange |= entries[d].Mark != ' ';
            }

            if (nearChange)
            {
                output.Append(entries[k].Mark).Append(' ').Append(entries[k].Line).Append('\n');
            }
            else if (output.Length == 0 || !output.ToString().EndsWith("...\n", StringComparison.Ordinal))
            {
                output.Append("  ...\n");
            }
        }

        return output.ToString();
    }
}
