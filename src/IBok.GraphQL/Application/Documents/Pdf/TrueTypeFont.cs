using System.Buffers.Binary;
using System.Globalization;

namespace IBok.GraphQL.Application.Documents.Pdf;

/// <summary>
/// A TrueType font program read once (the tables a PDF needs: metrics, the Unicode cmap, glyph outlines); immutable,
/// so one instance serves every document on every thread. Layout follows the OpenType specification
/// (https://learn.microsoft.com/typography/opentype/spec/): big-endian tables located by the table directory.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables;
    private readonly ushort[] _basicPlaneGlyphs;
    private readonly ushort[] _advanceWidths;
    private readonly int[] _glyphOffsets;

    private TrueTypeFont(string postScriptName, byte[] data)
    {
        PostScriptName = postScriptName;
        _data = data;
        _tables = ReadTableDirectory(data);

        var head = Table("head");
        UnitsPerEm = ReadUInt16(head.Offset + 18);
        BoundingBox = (ReadInt16(head.Offset + 36), ReadInt16(head.Offset + 38), ReadInt16(head.Offset + 40), ReadInt16(head.Offset + 42));
        var longOffsets = ReadInt16(head.Offset + 50) == 1;

        var hhea = Table("hhea");
        Ascender = ReadInt16(hhea.Offset + 4);
        Descender = ReadInt16(hhea.Offset + 6);
        var horizontalMetricsCount = ReadUInt16(hhea.Offset + 34);

        GlyphCount = ReadUInt16(Table("maxp").Offset + 4);
        _advanceWidths = ReadAdvanceWidths(horizontalMetricsCount);
        _glyphOffsets = ReadGlyphOffsets(longOffsets);
        _basicPlaneGlyphs = ReadUnicodeCmap();
        CapHeight = (short)(Ascender * 0.73);
    }

    /// <summary>The PostScript name used in the PDF (after the subset tag), e.g. <c>DejaVuSans-Bold</c>.</summary>
    public string PostScriptName { get; }

    /// <summary>Font design units per em (2048 for DejaVu).</summary>
    public int UnitsPerEm { get; }

    /// <summary>The number of glyphs in the font.</summary>
    public int GlyphCount { get; }

    /// <summary>Typographic ascender, design units.</summary>
    public short Ascender { get; }

    /// <summary>Typographic descender (negative), design units.</summary>
    public short Descender { get; }

    /// <summary>An estimate of capital letter height (the font's OS/2 table is version 1, without sCapHeight).</summary>
    public short CapHeight { get; }

    /// <summary>The bounding box of all glyphs, design units.</summary>
    public (short XMin, short YMin, short XMax, short YMax) BoundingBox { get; }

    /// <summary>Reads a font program.</summary>
    /// <exception cref="InvalidDataException">A table the writer needs is missing or the data is cut short.</exception>
    public static TrueTypeFont Parse(string postScriptName, byte[] data)
    {
        try
        {
            return new TrueTypeFont(postScriptName, data);
        }
        catch (ArgumentOutOfRangeException error)
        {
            throw new InvalidDataException($"The TrueType font '{postScriptName}' is truncated or malformed.", error);
        }
    }

    /// <summary>The glyph of a Unicode scalar value; 0 (.notdef) when the font has none.</summary>
    public ushort GlyphOf(int codePoint) =>
        codePoint is >= 0 and < 0x10000 ? _basicPlaneGlyphs[codePoint] : (ushort)0;

    /// <summary>The advance width of a glyph in design units.</summary>
    public int AdvanceWidth(ushort glyph) => _advanceWidths[glyph < _advanceWidths.Length ? glyph : 0];

    /// <summary>The glyph's outline data (empty for a glyph without contours, e.g. the space).</summary>
    public ReadOnlySpan<byte> GlyphData(ushort glyph)
    {
        var glyf = Table("glyf");
        var start = _glyphOffsets[glyph];
        return _data.AsSpan(glyf.Offset + start, _glyphOffsets[glyph + 1] - start);
    }

    /// <summary>A table's bytes, or empty when the font has none.</summary>
    public ReadOnlySpan<byte> TableData(string tag) =>
        _tables.TryGetValue(tag, out var table) ? _data.AsSpan(table.Offset, table.Length) : [];

    /// <summary>The left side bearing of a glyph in design units (from <c>hmtx</c>).</summary>
    public short LeftSideBearing(ushort glyph)
    {
        var hmtx = Table("hmtx");
        var longMetrics = ReadUInt16(Table("hhea").Offset + 34);
        return glyph < longMetrics
            ? ReadInt16(hmtx.Offset + (glyph * 4) + 2)
            : ReadInt16(hmtx.Offset + (longMetrics * 4) + ((glyph - longMetrics) * 2));
    }

    private (int Offset, int Length) Table(string tag) =>
        _tables.TryGetValue(tag, out var table)
            ? table
            : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The TrueType font '{PostScriptName}' has no '{tag}' table."));

    private static Dictionary<string, (int, int)> ReadTableDirectory(byte[] data)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        var tables = new Dictionary<string, (int, int)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = data.AsSpan(12 + (i * 16), 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        return tables;
    }

    private ushort[] ReadAdvanceWidths(int longMetrics)
    {
        var hmtx = Table("hmtx");
        var widths = new ushort[GlyphCount];
        for (var glyph = 0; glyph < GlyphCount; glyph++)
        {
            // Glyphs past the long metrics repeat the last advance width (monospaced tails).
            widths[glyph] = ReadUInt16(hmtx.Offset + (Math.Min(glyph, longMetrics - 1) * 4));
        }

        return widths;
    }

    private int[] ReadGlyphOffsets(bool longOffsets)
    {
        var loca = Table("loca");
        var offsets = new int[GlyphCount + 1];
        for (var glyph = 0; glyph <= GlyphCount; glyph++)
        {
            offsets[glyph] = longOffsets
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(loca.Offset + (glyph * 4)))
                : ReadUInt16(loca.Offset + (glyph * 2)) * 2;
        }

        return offsets;
    }

    /// <summary>Reads the Windows Unicode BMP subtable (platform 3, encoding 1, format 4) into a lookup array; a
    /// font without a cmap (such as the subsets this writer embeds, which PDF addresses by glyph id) maps nothing.</summary>
    private ushort[] ReadUnicodeCmap()
    {
        if (!_tables.ContainsKey("cmap"))
        {
            return new ushort[0x10000];
        }

        var cmap = Table("cmap").Offset;
        var subtables = ReadUInt16(cmap + 2);
        for (var i = 0; i < subtables; i++)
        {
            var record = cmap + 4 + (i * 8);
            var subtable = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(record + 4));
            if (ReadUInt16(record) == 3 && ReadUInt16(record + 2) == 1 && ReadUInt16(subtable) == 4)
            {
                return ReadFormat4(subtable);
            }
        }

        throw new InvalidDataException($"The TrueType font '{PostScriptName}' has no Windows Unicode (3,1) format 4 cmap.");
    }

    private ushort[] ReadFormat4(int subtable)
    {
        var glyphs = new ushort[0x10000];
        var segments = ReadUInt16(subtable + 6) / 2;
        var endCodes = subtable + 14;
        var startCodes = endCodes + (segments * 2) + 2;
        var deltas = startCodes + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        for (var segment = 0; segment < segments; segment++)
        {
            int start = ReadUInt16(startCodes + (segment * 2));
            int end = ReadUInt16(endCodes + (segment * 2));
            var delta = ReadInt16(deltas + (segment * 2));
            var rangeOffsetAt = rangeOffsets + (segment * 2);
            var rangeOffset = ReadUInt16(rangeOffsetAt);
            for (var code = start; code <= end && code != 0xFFFF; code++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (code + delta) & 0xFFFF;
                }
                else
                {
                    glyph = ReadUInt16(rangeOffsetAt + rangeOffset + ((code - start) * 2));
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                glyphs[code] = glyph < GlyphCount ? (ushort)glyph : (ushort)0;
            }
        }

        return glyphs;
    }

    private ushort ReadUInt16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(offset));

    private short ReadInt16(int offset) => BinaryPrimitives.ReadInt16BigEndian(_data.AsSpan(offset));
}
