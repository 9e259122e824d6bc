using System.Globalization;

namespace IBok.GraphQL.Application.Documents.Pdf;

/// <summary>
/// Lays content down A4 pages from top to bottom: a cursor (<see cref="Y"/>), margins, a new page when a block does
/// not fit, and "Strona i z n" footers once the page count is known.
/// </summary>
public sealed class PageFlow
{
    /// <summary>Left margin, points.</summary>
    public const double Left = 40;

    /// <summary>Right edge of the content, points.</summary>
    public const double Right = PdfDocument.A4Width - 40;

    /// <summary>The first baseline area below the top margin, points.</summary>
    public const double Top = 42;

    /// <summary>The lowest point content may reach (the footer lives below it).</summary>
    public const double Bottom = PdfDocument.A4Height - 56;

    /// <summary>Starts a document with its first page.</summary>
    public PageFlow(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Page = document.AddPage();
        Y = Top;
    }

    /// <summary>The content width between the margins.</summary>
    public static double Width => Right - Left;

    /// <summary>The document written.</summary>
    public PdfDocument Document { get; }

    /// <summary>The page being filled.</summary>
    public PdfPage Page { get; private set; }

    /// <summary>The cursor: the top of the next block, points from the page top.</summary>
    public double Y { get; set; }

    /// <summary>Starts a new page when <paramref name="height"/> points do not fit below the cursor; returns whether it did.</summary>
    public bool Ensure(double height)
    {
        if (Y + height <= Bottom || Y <= Top)
        {
            return false;
        }

        Page = Document.AddPage();
        Y = Top;
        return true;
    }

    /// <summary>Writes the footer of every page: <paramref name="leftText"/> and the page number "Strona i z n".</summary>
    public void Finish(string leftText)
    {
        ArgumentNullException.ThrowIfNull(leftText);
        var pages = Document.Pages;
        for (var index = 0; index < pages.Count; index++)
        {
            var page = pages[index];
            var baseline = PdfDocument.A4Height - 32;
            page.Line(Left, baseline - 11, Right, baseline - 11, 0.4, 0.6);
            page.Text(Document.Regular, 7, Left, baseline, leftText, 0.35);
            page.TextRight(Document.Regular, 7, Right, baseline, string.Create(CultureInfo.InvariantCulture, $"Strona {index + 1} z {pages.Count}"), 0.35);
        }
    }

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/> (at spaces; a word
    /// wider than the line is cut between characters).</summary>
    public static IReadOnlyList<string> Wrap(PdfFont font, double size, string text, double width)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(text);
        if (font.Width(text, size) <= width)
        {
            return [text];
        }

        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.Width(candidate, size) <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (font.Width(line, size) > width && line.Length > 1)
            {
                var cut = line.Length - 1;
                while (cut > 1 && font.Width(line[..cut], size) > width)
                {
                    cut--;
                }

                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
