using System.Diagnostics;
using System.Text;

namespace IBok.GraphQL.Tests.Application.Documents;

/// <summary>
/// Scans barcodes in an image with <c>zbarimg</c> (Debian <c>zbar-tools</c>, installed by tools/install-test-deps.sh):
/// a decoder that is not ours, reading the rendered page as a bank's app reads the printed one.
/// </summary>
internal static class Zbar
{
    /// <summary>The text of every QR code in the image, in zbar's order.</summary>
    public static IReadOnlyList<string> ScanQrCodes(string imagePath)
    {
        // --raw: only the decoded text; -q: no statistics; -Sdisable -Sqrcode.enable: QR codes only, so a stray
        // one-dimensional match in the page's text or lines cannot appear as a second code.
        var start = new ProcessStartInfo("zbarimg")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in (string[])["--raw", "-q", "-Sdisable", "-Sqrcode.enable", imagePath])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("zbarimg did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        // zbarimg exits 4 when it finds no code at all.
        Assert.True(process.ExitCode == 0, $"zbarimg found no QR code in {imagePath} (exit {process.ExitCode}): {error}");
        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
