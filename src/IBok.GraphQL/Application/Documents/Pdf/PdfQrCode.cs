using QRCoder;

namespace IBok.GraphQL.Application.Documents.Pdf;

/// <summary>
/// Draws a QR code as vector rectangles (sharp at any zoom and printer resolution, and a few hundred bytes instead of
/// an image). QRCoder computes the module matrix; each row's run of dark modules becomes one rectangle.
/// </summary>
public static class PdfQrCode
{
    /// <summary>Draws the QR code of <paramref name="payload"/> (UTF-8, error correction L) in a square of
    /// <paramref name="size"/> points whose top-left corner is (<paramref name="x"/>, <paramref name="top"/>); the
    /// square includes the standard 4-module quiet zone.</summary>
    public static void Draw(PdfPage page, string payload, double x, double top, double size)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.FillRectangles(Rectangles(ModuleMatrix(payload), x, top, size));
    }

    /// <summary>The code's modules, the quiet zone included: <c>[row][column]</c>, true for dark.</summary>
    public static bool[][] ModuleMatrix(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        using var code = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.L, forceUtf8: true);
        return [.. code.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(column => row[column]).ToArray())];
    }

    private static IEnumerable<(double, double, double, double)> Rectangles(bool[][] matrix, double x, double top, double size)
    {
        var module = size / matrix.Length;
        for (var row = 0; row < matrix.Length; row++)
        {
            var modules = matrix[row];
            var column = 0;
            while (column < modules.Length)
            {
                if (!modules[column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < modules.Length && modules[column])
                {
                    column++;
                }

                yield return (x + (start * module), top + (row * module), (column - start) * module, module);
            }
        }
    }
}
