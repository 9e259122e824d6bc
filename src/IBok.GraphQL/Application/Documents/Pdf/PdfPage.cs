using System.Globalization;
using System.Text;

namespace IBok.GraphQL.Application.Documents.Pdf;

/// <summary>
/// One page's content stream (ISO 32000-1 §8, §9.4). Coordinates are in points from the page's top-left corner,
/// the way layouts think; the page turns them into PDF's bottom-left space. A text position is its baseline.
/// </summary>
public sealed class PdfPage
{
    internal PdfPage(double width, double height)
    {
        Width = width;
        Height = height;
    }

    /// <summary>The page width in points.</summary>
    public double Width { get; }

    /// <summary>The page height in points.</summary>
    public double Height { get; }

    internal StringBuilder Content { get; } = new(8 * 1024);

    /// <summary>Writes <paramref name="text"/> with its baseline's left end at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    public void Text(PdfFont font, double size, double x, double baseline, string text, double gray = 0)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return;
        }

        Append("BT ").AppendGray(gray, fill: true).Append('/').Append(font.ResourceName).Append(' ').Append(size).Append(" Tf ")
            .Append(x).Append(' ').Append(Height - baseline).Append(" Td ");
        font.AppendEncoded(Content, text);
        Content.Append(" Tj ET\n");
    }

    /// <summary>Writes <paramref name="text"/> ending at <paramref name="right"/>.</summary>
    public void TextRight(PdfFont font, double size, double right, double baseline, string text, double gray = 0)
    {
        ArgumentNullException.ThrowIfNull(font);
        Text(font, size, right - font.Width(text, size), baseline, text, gray);
    }

    /// <summary>Fills a rectangle whose top-left corner is (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public void FillRectangle(double x, double top, double width, double height, double gray)
    {
        AppendGray(gray, fill: true).Append(x).Append(' ').Append(Height - top - height).Append(' ')
            .Append(width).Append(' ').Append(height).Append(" re f\n");
    }

    /// <summary>Fills many rectangles in one path (e.g. the modules of a QR code), in black.</summary>
    public void FillRectangles(IEnumerable<(double X, double Top, double Width, double Height)> rectangles)
    {
        ArgumentNullException.ThrowIfNull(rectangles);
        Append("0 g\n");
        foreach (var (x, top, width, height) in rectangles)
        {
            Append(x).Append(' ').Append(Height - top - height).Append(' ').Append(width).Append(' ').Append(height).Append(" re\n");
        }

        Content.Append("f\n");
    }

    /// <summary>Draws a straight line.</summary>
    public void Line(double x1, double y1, double x2, double y2, double lineWidth = 0.5, double gray = 0)
    {
        AppendGray(gray, fill: false).Append(lineWidth).Append(" w ").Append(x1).Append(' ').Append(Height - y1).Append(" m ")
            .Append(x2).Append(' ').Append(Height - y2).Append(" l S\n");
    }

    /// <summary>Outlines a rectangle whose top-left corner is (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public void StrokeRectangle(double x, double top, double width, double height, double lineWidth = 0.5, double gray = 0)
    {
        AppendGray(gray, fill: false).Append(lineWidth).Append(" w ").Append(x).Append(' ').Append(Height - top - height).Append(' ')
            .Append(width).Append(' ').Append(height).Append(" re S\n");
    }

    private PdfPage Append(string text)
    {
        Content.Append(text);
        return this;
    }

    private PdfPage Append(char character)
    {
        Content.Append(character);
        return this;
    }

    /// <summary>A number with at most 2 decimals (1/100 pt is far below what print or screen shows).</summary>
    private PdfPage Append(double number)
    {
        Span<char> buffer = stackalloc char[32];
        Math.Round(number, 2).TryFormat(buffer, out var written, "0.##", CultureInfo.InvariantCulture);
        Content.Append(buffer[..written]);
        return this;
    }

    private PdfPage AppendGray(double gray, bool fill)
    {
        Append(gray).Append(fill ? " g " : " G ");
        return this;
    }
}
