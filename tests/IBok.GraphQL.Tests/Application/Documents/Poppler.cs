using System.Diagnostics;

namespace IBok.GraphQL.Tests.Application.Documents;

/// <summary>
/// Reads PDFs with poppler-utils (Debian package, installed by tools/install-test-deps.sh): <c>pdftotext</c> for the
/// text a reader extracts, <c>pdftoppm</c> for a PNG kept under artifacts/pdf/ for people to look at.
/// </summary>
internal static class Poppler
{
    /// <summary>The text pdftotext extracts (UTF-8), in <c>-layout</c> mode when asked.</summary>
    public static string Text(byte[] pdf, bool layout = false)
    {
        var folder = Directory.CreateTempSubdirectory("ibok-pdf-").FullName;
        try
        {
            var input = Path.Combine(folder, "document.pdf");
            var output = Path.Combine(folder, "document.txt");
            File.WriteAllBytes(input, pdf);
            Run("pdftotext", layout ? ["-enc", "UTF-8", "-layout", input, output] : ["-enc", "UTF-8", input, output]);
            return File.ReadAllText(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Renders the first page to artifacts/pdf/<paramref name="name"/>.png (and keeps the PDF beside it); returns the PNG's path.</summary>
    public static string RenderArtifact(byte[] pdf, string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "pdf");
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(input, pdf);
        Run("pdftoppm", ["-png", "-r", "110", "-singlefile", input, Path.Combine(folder, name)]);
        return Path.Combine(folder, name + ".png");
    }

    /// <summary>What pdffonts reports (one line per font: name, type, encoding, embedded, subset, ToUnicode).</summary>
    public static string Fonts(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("ibok-pdf-").FullName;
        try
        {
            var input = Path.Combine(folder, "document.pdf");
            File.WriteAllBytes(input, pdf);
            return Run("pdffonts", [input]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Fails naming every expected piece the text lacks, and showing the text.</summary>
    public static void AssertContainsAll(IEnumerable<string> expected, string text)
    {
        var missing = expected.Where(piece => !text.Contains(piece, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"Missing: {string.Join(" | ", missing)}\n--- extracted text ---\n{text}");
    }

    private static string Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        // Poppler reports damaged files and missing glyphs on stderr even when it exits 0: a clean PDF prints nothing.
        Assert.True(process.ExitCode == 0 && error.Length == 0, $"{program} failed ({process.ExitCode}): {error}");
        return output.Result;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IBok.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("IBok.sln not found above the test binaries.");
    }
}
