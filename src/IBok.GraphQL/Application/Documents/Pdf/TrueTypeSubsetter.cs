using System.Buffers.Binary;

namespace IBok.GraphQL.Application.Documents.Pdf;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document uses, renumbered in the order given (new glyph id = index in
/// the list, so a PDF can use the new ids as CIDs with <c>/CIDToGIDMap /Identity</c>). Composite glyphs keep working:
/// their components are appended and the component references rewritten. Keeps only the tables a PDF renderer needs
/// for an embedded CIDFontType2 program (ISO 32000-1 §9.9: head, hhea, maxp, hmtx, loca, glyf and the hinting
/// tables cvt, fpgm, prep, which the glyphs' instructions call).
/// </summary>
internal static class TrueTypeSubsetter
{
    private const ushort ArgumentsAreWords = 0x0001;
    private const ushort HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasXAndYScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;

    private static readonly string[] CopiedTables = ["OS/2", "cvt ", "fpgm", "prep"];

    /// <summary>Builds the subset font program.</summary>
    /// <param name="font">The full font.</param>
    /// <param name="glyphs">Original glyph ids in their new order; element 0 must be 0 (.notdef). Components of
    /// composite glyphs are appended to it.</param>
    public static byte[] Subset(TrueTypeFont font, List<ushort> glyphs)
    {
        if (glyphs.Count == 0 || glyphs[0] != 0)
        {
            throw new ArgumentException("The first glyph of a subset must be .notdef (glyph 0).", nameof(glyphs));
        }

        var newIds = new Dictionary<ushort, ushort>(glyphs.Count);
        for (var i = 0; i < glyphs.Count; i++)
        {
            newIds[glyphs[i]] = (ushort)i;
        }

        // Appending while iterating walks nested composites too.
        for (var i = 0; i < glyphs.Count; i++)
        {
            foreach (var component in ComponentsOf(font.GlyphData(glyphs[i])))
            {
                if (newIds.TryAdd(component, (ushort)glyphs.Count))
                {
                    glyphs.Add(component);
                }
            }
        }

        var glyf = new MemoryStream();
        var loca = new byte[(glyphs.Count + 1) * 4];
        var hmtx = new byte[glyphs.Count * 4];
        for (var i = 0; i < glyphs.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(i * 4), (uint)glyf.Length);
            var data = font.GlyphData(glyphs[i]).ToArray();
            RenumberComponents(data, newIds);
            glyf.Write(data);
            // Glyphs start at even (here: 4-byte) offsets.
            while (glyf.Length % 4 != 0)
            {
                glyf.WriteByte(0);
            }

            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(i * 4), (ushort)font.AdvanceWidth(glyphs[i]));
            BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan((i * 4) + 2), font.LeftSideBearing(glyphs[i]));
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(glyphs.Count * 4), (uint)glyf.Length);

        var head = font.TableData("head").ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, set below
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // indexToLocFormat: long offsets
        var hhea = font.TableData("hhea").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)glyphs.Count);
        var maxp = font.TableData("maxp").ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)glyphs.Count);

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf.ToArray(),
            ["head"] = head,
            ["hhea"] = hhea,
            ["hmtx"] = hmtx,
            ["loca"] = loca,
            ["maxp"] = maxp,
        };
        foreach (var tag in CopiedTables)
        {
            var data = font.TableData(tag);
            if (!data.IsEmpty)
            {
                tables[tag] = data.ToArray();
            }
        }

        return Assemble(tables);
    }

    /// <summary>The glyph ids a composite glyph refers to (none for a simple glyph).</summary>
    private static List<ushort> ComponentsOf(ReadOnlySpan<byte> glyph)
    {
        var components = new List<ushort>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components;
        }

        var offset = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[offset..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(offset + 2)..]));
            offset += ComponentLength(flags);
        }
        while ((flags & MoreComponents) != 0);
        return components;
    }

    private static void RenumberComponents(Span<byte> glyph, Dictionary<ushort, ushort> newIds)
    {
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return;
        }

        var offset = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[offset..]);
            var component = BinaryPrimitives.ReadUInt16BigEndian(glyph[(offset + 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(glyph[(offset + 2)..], newIds[component]);
            offset += ComponentLength(flags);
        }
        while ((flags & MoreComponents) != 0);
    }

    /// <summary>Bytes of one component record: flags, glyph index, two arguments, and the optional transform.</summary>
    private static int ComponentLength(ushort flags)
    {
        var length = 4 + ((flags & ArgumentsAreWords) != 0 ? 4 : 2);
        if ((flags & HasScale) != 0)
        {
            length += 2;
        }
        else if ((flags & HasXAndYScale) != 0)
        {
            length += 4;
        }
        else if ((flags & HasTwoByTwo) != 0)
        {
            length += 8;
        }

        return length;
    }

    /// <summary>Writes the table directory and the 4-byte aligned tables, with checksums and head's adjustment.</summary>
    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var size = 12 + (16 * count) + tables.Values.Sum(table => (table.Length + 3) & ~3);
        var font = new byte[size];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((count * 16) - searchRange));

        var record = 12;
        var offset = 12 + (16 * count);
        var headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            System.Text.Encoding.ASCII.GetBytes(tag, font.AsSpan(record));
            data.CopyTo(font.AsSpan(offset));
            var padded = (data.Length + 3) & ~3;
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Checksum(font.AsSpan(offset, padded)));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)data.Length);
            if (tag == "head")
            {
                headOffset = offset;
            }

            record += 16;
            offset += padded;
        }

        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        return sum;
    }
}
