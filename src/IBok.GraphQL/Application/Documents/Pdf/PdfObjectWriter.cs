using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace IBok.GraphQL.Application.Documents.Pdf;

/// <summary>
/// Writes a PDF file's body: numbered indirect objects, Flate-compressed streams, the cross-reference table and
/// the trailer (ISO 32000-1 §7.5). Objects are reserved first and written in any order, so a page can name its
/// font before the font (whose subset is known only at the end) is written.
/// </summary>
internal sealed class PdfObjectWriter
{
    private readonly MemoryStream _output;
    private readonly List<long> _offsets = [0];

    public PdfObjectWriter(int capacity)
    {
        _output = new MemoryStream(capacity);
        // The binary comment line tells transfer programs the file is binary (§7.5.2).
        WriteAscii("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
    }

    /// <summary>Reserves the next object number.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Writes a non-stream object.</summary>
    public void WriteObject(int number, string body)
    {
        _offsets[number] = _output.Position;
        WriteAscii(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n"));
    }

    /// <summary>Writes a stream object, compressed with FlateDecode; <paramref name="extraEntries"/> go into its dictionary.</summary>
    public void WriteStream(int number, ReadOnlySpan<byte> data, string extraEntries)
    {
        var compressed = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        _offsets[number] = _output.Position;
        WriteAscii(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n<< /Length {compressed.Length} /Filter /FlateDecode {extraEntries}>>\nstream\n"));
        compressed.Position = 0;
        compressed.CopyTo(_output);
        WriteAscii("\nendstream\nendobj\n");
    }

    /// <summary>Writes the cross-reference table and trailer and returns the whole file.</summary>
    public byte[] Finish(int catalog, int info)
    {
        var missing = _offsets.FindIndex(1, offset => offset < 0);
        if (missing > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"PDF object {missing} was reserved but never written."));
        }

        var xref = _output.Position;
        var table = new StringBuilder(20 * (_offsets.Count + 2));
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {_offsets.Count}\n0000000000 65535 f \n");
        for (var number = 1; number < _offsets.Count; number++)
        {
            // Each entry is exactly 20 bytes, end of line included (§7.5.4).
            table.Append(_offsets[number].ToString("0000000000", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_offsets.Count} /Root {catalog} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        WriteAscii(table.ToString());
        return _output.ToArray();
    }

    private void WriteAscii(string text)
    {
        // Latin-1 keeps the binary marker bytes (0xE2…) as single bytes; everything else written here is ASCII.
        _output.Write(Encoding.Latin1.GetBytes(text));
    }
}
