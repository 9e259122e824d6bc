using System.Globalization;
using System.Text;

namespace IBok.GraphQL.Application.Documents.Pdf;

/// <summary>
/// One font as used by one document: a Type 0 font with Identity-H encoding over a CIDFontType2 descendant
/// (ISO 32000-1 §9.7). Glyphs get CIDs in the order text first uses them, and the embedded program is the font
/// subsetted to exactly those glyphs with glyph id = CID, so <c>/CIDToGIDMap /Identity</c> holds. A ToUnicode
/// CMap maps every CID back to its characters, so text extraction (pdftotext, copy and paste, screen readers)
/// gets the Polish letters exactly.
/// </summary>
public sealed class PdfFont
{
    private readonly TrueTypeFont _program;
    private readonly List<ushort> _glyphs = [0];
    private readonly Dictionary<ushort, ushort> _cidOfGlyph = new() { [0] = 0 };
    private readonly Dictionary<ushort, string> _textOfCid = [];

    internal PdfFont(TrueTypeFont program, string resourceName)
    {
        _program = program;
        ResourceName = resourceName;
    }

    /// <summary>The name in page resources, e.g. <c>F1</c>.</summary>
    public string ResourceName { get; }

    /// <summary>The width of <paramref name="text"/> set at <paramref name="size"/> points, in points.</summary>
    public double Width(string text, double size)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += _program.AdvanceWidth(_program.GlyphOf(rune.Value));
        }

        return units * size / _program.UnitsPerEm;
    }

    /// <summary>Writes <paramref name="text"/> as a hexadecimal string of 2-byte CIDs, registering new glyphs.</summary>
    internal void AppendEncoded(StringBuilder content, string text)
    {
        content.Append('<');
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = _program.GlyphOf(rune.Value);
            if (!_cidOfGlyph.TryGetValue(glyph, out var cid))
            {
                cid = (ushort)_glyphs.Count;
                _glyphs.Add(glyph);
                _cidOfGlyph[glyph] = cid;
            }

            if (cid != 0)
            {
                _textOfCid.TryAdd(cid, rune.ToString());
            }

            content.Append(cid.ToString("X4", CultureInfo.InvariantCulture));
        }

        content.Append('>');
    }

    /// <summary>Writes the font's five objects (Type 0 font, CID font, descriptor, program, ToUnicode); the Type 0 font gets the number reserved for it.</summary>
    internal void Write(PdfObjectWriter writer, int type0)
    {
        // Widths come from the glyphs used so far, so they are taken before subsetting appends composite components.
        var usedGlyphs = _glyphs.Count;
        var subsetGlyphs = new List<ushort>(_glyphs);
        var program = TrueTypeSubsetter.Subset(_program, subsetGlyphs);
        var baseFont = SubsetTag(subsetGlyphs) + "+" + _program.PostScriptName;
        var scale = 1000.0 / _program.UnitsPerEm;

        var cidFont = writer.Reserve();
        var descriptor = writer.Reserve();
        var fontFile = writer.Reserve();
        var toUnicode = writer.Reserve();

        writer.WriteObject(type0, $"<< /Type /Font /Subtype /Type0 /BaseFont /{baseFont} /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");

        var widths = new StringBuilder("[1 [");
        for (var cid = 1; cid < usedGlyphs; cid++)
        {
            widths.Append(Math.Round(_program.AdvanceWidth(_glyphs[cid]) * scale).ToString(CultureInfo.InvariantCulture)).Append(' ');
        }

        widths.Append("]]");
        writer.WriteObject(cidFont, string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW {Math.Round(_program.AdvanceWidth(0) * scale)} /W {widths} /CIDToGIDMap /Identity >>"));

        var box = _program.BoundingBox;
        writer.WriteObject(descriptor, string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /FontDescriptor /FontName /{baseFont} /Flags 32 /FontBBox [{Math.Round(box.XMin * scale)} {Math.Round(box.YMin * scale)} {Math.Round(box.XMax * scale)} {Math.Round(box.YMax * scale)}] /ItalicAngle 0 /Ascent {Math.Round(_program.Ascender * scale)} /Descent {Math.Round(_program.Descender * scale)} /CapHeight {Math.Round(_program.CapHeight * scale)} /StemV 80 /FontFile2 {fontFile} 0 R >>"));
        writer.WriteStream(fontFile, program, string.Create(CultureInfo.InvariantCulture, $"/Length1 {program.Length}"));
        writer.WriteStream(toUnicode, Encoding.ASCII.GetBytes(ToUnicodeCMap()), "");
    }

    /// <summary>The CMap that maps each CID to its Unicode text (ISO 32000-1 §9.10.3), 100 entries per block.</summary>
    private string ToUnicodeCMap()
    {
        var cmap = new StringBuilder(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = _textOfCid.OrderBy(entry => entry.Key).ToList();
        for (var start = 0; start < entries.Count; start += 100)
        {
            var block = entries.Skip(start).Take(100).ToList();
            cmap.Append(CultureInfo.InvariantCulture, $"{block.Count} beginbfchar\n");
            foreach (var (cid, text) in block)
            {
                cmap.Append('<').Append(cid.ToString("X4", CultureInfo.InvariantCulture)).Append("> <");
                foreach (var unit in text)
                {
                    cmap.Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
                }

                cmap.Append(">\n");
            }

            cmap.Append("endbfchar\n");
        }

        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.ToString();
    }

    /// <summary>Six capital letters that name this subset (ISO 32000-1 §9.6.4), derived from its glyphs.</summary>
    private static string SubsetTag(List<ushort> glyphs)
    {
        var hash = 17u;
        foreach (var glyph in glyphs)
        {
            hash = unchecked((hash * 31) + glyph);
        }

        Span<char> tag = stackalloc char[6];
        for (var i = 0; i < tag.Length; i++)
        {
            tag[i] = (char)('A' + (hash % 26));
            hash /= 26;
        }

        return new string(tag);
    }
}
