using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace IBok.GraphQL.Application.Demo;

/// <summary>Small generated files for the demo: one-page PDF forms and a placeholder photo for case attachments.</summary>
internal static class DemoFiles
{
    // The 14 standard PDF fonts carry the Central European glyphs by name, but WinAnsiEncoding has no code for most of
    // them; a /Differences array gives the Polish letters codes 128–143 so the forms need no embedded font.
    private const string PolishLetters = "ąćęłńśźżĄĆĘŁŃŚŹŻ";
    private const string PolishGlyphNames =
        "/aogonek /cacute /eogonek /lslash /nacute /sacute /zacute /zdotaccent /Aogonek /Cacute /Eogonek /Lslash /Nacute /Sacute /Zacute /Zdotaccent";

    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>A one-page A4 PDF with a title and lines of text (lines starting with "_" become fill-in lines).</summary>
    public static byte[] FormPdf(string title, IReadOnlyList<string> lines)
    {
        var content = new StringBuilder();
        content.Append("BT /F2 16 Tf 56 780 Td (").Append(Escape(title)).Append(") Tj ET\n");
        var y = 740;
        foreach (var line in lines)
        {
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 11 Tf 56 {y} Td (").Append(Escape(line)).Append(") Tj ET\n");
            y -= line.StartsWith('_') ? 28 : 18;
        }

        var stream = Latin1.GetBytes(content.ToString());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
            FontObject("Helvetica"),
            FontObject("Helvetica-Bold"),
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {stream.Length} >>\nstream\n") + Latin1.GetString(stream) + "\nendstream",
            "<< /Title (" + Escape(title) + ") /Producer (iBOK demo) >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:0000000000} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info {objects.Length} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>A small PNG (a grey-blue gradient) standing in for a customer's photo of their meter.</summary>
    public static byte[] PlaceholderPhoto { get; } = GradientPng(48, 32);

    private static string FontObject(string baseFont) =>
        $"<< /Type /Font /Subtype /Type1 /BaseFont /{baseFont} /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 {PolishGlyphNames}] >> >>";

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var polish = PolishLetters.IndexOf(c, StringComparison.Ordinal);
            escaped.Append(c switch
            {
                '(' or ')' or '\\' => "\\" + c,
                '–' or '—' => "-",
                '„' or '”' => "\"",
                _ when polish >= 0 => ((char)(128 + polish)).ToString(),
                _ when c > 255 => "?",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static byte[] GradientPng(int width, int height)
    {
        var pixels = new byte[height * (1 + (width * 3))];
        for (var y = 0; y < height; y++)
        {
            var rowStart = y * (1 + (width * 3));
            for (var x = 0; x < width; x++)
            {
                pixels[rowStart + 1 + (x * 3)] = (byte)(90 + x);
                pixels[rowStart + 2 + (x * 3)] = (byte)(120 + y);
                pixels[rowStart + 3 + (x * 3)] = 200;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(pixels);
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour RGB
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    // PNG's CRC-32 (ISO 3309); System.IO.Hashing is not available here.
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
