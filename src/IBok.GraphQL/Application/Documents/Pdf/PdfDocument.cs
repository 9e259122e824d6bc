using System.Globalization;
using System.Text;

namespace IBok.GraphQL.Application.Documents.Pdf;

/// <summary>
/// A small PDF writer of our own (no PDF package fits the project's MIT licence here): A4 pages of text in the two
/// embedded DejaVu fonts, lines and filled rectangles, written as one PDF 1.7 file with subsetted fonts. Not thread
/// safe: one document per render; the fonts it reads are shared and immutable.
/// </summary>
public sealed class PdfDocument
{
    /// <summary>A4 width in points (210 mm).</summary>
    public const double A4Width = 595.28;

    /// <summary>A4 height in points (297 mm).</summary>
    public const double A4Height = 841.89;

    private readonly List<PdfPage> _pages = [];
    private readonly string _title;

    /// <summary>Starts an empty document.</summary>
    /// <param name="title">The document title shown by viewers (its Info dictionary).</param>
    public PdfDocument(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        _title = title;
        Regular = new PdfFont(EmbeddedFonts.Regular, "F1");
        Bold = new PdfFont(EmbeddedFonts.Bold, "F2");
    }

    /// <summary>DejaVu Sans.</summary>
    public PdfFont Regular { get; }

    /// <summary>DejaVu Sans Bold.</summary>
    public PdfFont Bold { get; }

    /// <summary>The pages so far.</summary>
    public IReadOnlyList<PdfPage> Pages => _pages;

    /// <summary>Adds an A4 portrait page.</summary>
    public PdfPage AddPage()
    {
        var page = new PdfPage(A4Width, A4Height);
        _pages.Add(page);
        return page;
    }

    /// <summary>Writes the file. The document should not be changed afterwards.</summary>
    public byte[] ToBytes()
    {
        if (_pages.Count == 0)
        {
            throw new InvalidOperationException("A PDF document needs at least one page.");
        }

        var writer = new PdfObjectWriter(64 * 1024);
        var catalog = writer.Reserve();
        var pageTree = writer.Reserve();
        var info = writer.Reserve();
        var regular = writer.Reserve();
        var bold = writer.Reserve();
        var resources = $"<< /Font << /{Regular.ResourceName} {regular} 0 R /{Bold.ResourceName} {bold} 0 R >> >>";
        var pageObjects = new List<int>(_pages.Count);
        foreach (var page in _pages)
        {
            var pageObject = writer.Reserve();
            var contents = writer.Reserve();
            pageObjects.Add(pageObject);
            writer.WriteStream(contents, Encoding.ASCII.GetBytes(page.Content.ToString()), "");
            writer.WriteObject(pageObject, string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent {pageTree} 0 R /MediaBox [0 0 {page.Width} {page.Height}] /Resources {resources} /Contents {contents} 0 R >>"));
        }

        Regular.Write(writer, regular);
        Bold.Write(writer, bold);
        writer.WriteObject(catalog, $"<< /Type /Catalog /Pages {pageTree} 0 R /Lang (pl-PL) >>");
        writer.WriteObject(pageTree, $"<< /Type /Pages /Kids [{string.Join(' ', pageObjects.Select(number => $"{number} 0 R"))}] /Count {_pages.Count} >>");
        writer.WriteObject(info, $"<< /Title {TextString(_title)} /Producer (iBOK) >>");
        return writer.Finish(catalog, info);
    }

    /// <summary>A PDF text string in UTF-16BE with its byte order mark, as hexadecimal (ISO 32000-1 §7.9.2.2).</summary>
    private static string TextString(string text)
    {
        var hex = new StringBuilder("<FEFF", 6 + (text.Length * 4));
        foreach (var unit in text)
        {
            hex.Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
        }

        return hex.Append('>').ToString();
    }
}
