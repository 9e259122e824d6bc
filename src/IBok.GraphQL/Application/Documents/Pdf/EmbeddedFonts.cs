namespace IBok.GraphQL.Application.Documents.Pdf;

/// <summary>
/// The fonts shipped inside this assembly (DejaVu Sans and DejaVu Sans Bold, Bitstream Vera licence: see
/// Fonts/LICENSE-DejaVu.txt), so documents look the same on every server and never depend on system fonts. Each is
/// read once, on first use.
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly Lazy<TrueTypeFont> RegularFont = new(() => Load("DejaVuSans.ttf", "DejaVuSans"));
    private static readonly Lazy<TrueTypeFont> BoldFont = new(() => Load("DejaVuSans-Bold.ttf", "DejaVuSans-Bold"));

    /// <summary>DejaVu Sans.</summary>
    public static TrueTypeFont Regular => RegularFont.Value;

    /// <summary>DejaVu Sans Bold.</summary>
    public static TrueTypeFont Bold => BoldFont.Value;

    private static TrueTypeFont Load(string fileName, string postScriptName)
    {
        var resource = "Fonts/" + fileName;
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font resource '{resource}' is missing from the assembly.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return TrueTypeFont.Parse(postScriptName, data);
    }
}
