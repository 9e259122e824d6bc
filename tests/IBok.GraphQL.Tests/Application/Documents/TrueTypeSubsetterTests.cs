using IBok.GraphQL.Application.Documents.Pdf;

namespace IBok.GraphQL.Tests.Application.Documents;

public sealed class TrueTypeSubsetterTests
{
    [Fact]
    public void Subset_UsedGlyphs_KeepsThemInOrderWithTheirWidths()
    {
        var font = EmbeddedFonts.Regular;
        var ż = font.GlyphOf('ż');
        var a = font.GlyphOf('a');
        List<ushort> glyphs = [0, ż, a];

        var subset = TrueTypeFont.Parse("subset", TrueTypeSubsetter.Subset(font, glyphs));

        Assert.Equal(glyphs.Count, subset.GlyphCount);
        Assert.Equal((font.AdvanceWidth(ż), font.AdvanceWidth(a)), (subset.AdvanceWidth(1), subset.AdvanceWidth(2)));
        Assert.Equal(font.GlyphData(a).Length, subset.GlyphData(2).Length);
        Assert.True(subset.GlyphData(1).Length > 0);
    }

    [Fact]
    public void Subset_IsAFractionOfTheFullFont()
    {
        List<ushort> glyphs = [0, .. "Zażółć gęślą jaźń".Select(character => EmbeddedFonts.Regular.GlyphOf(character)).Distinct()];

        var subset = TrueTypeSubsetter.Subset(EmbeddedFonts.Regular, glyphs);

        Assert.InRange(subset.Length, 1, 10 * 1024);
    }

    [Fact]
    public void Subset_WithoutNotdefFirst_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => TrueTypeSubsetter.Subset(EmbeddedFonts.Regular, [EmbeddedFonts.Regular.GlyphOf('a')]));

        Assert.Equal("The first glyph of a subset must be .notdef (glyph 0). (Parameter 'glyphs')", error.Message);
    }
}
