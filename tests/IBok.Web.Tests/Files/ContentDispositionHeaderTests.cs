using IBok.Web.Files;

namespace IBok.Web.Tests.Files;

public sealed class ContentDispositionHeaderTests
{
    [Fact]
    public void Attachment_AsciiName_IsTheSameInBothParameters() =>
        Assert.Equal("attachment; filename=\"faktura.pdf\"; filename*=UTF-8''faktura.pdf", ContentDispositionHeader.Attachment("faktura.pdf"));

    [Fact]
    public void Attachment_PolishLetters_FallBackToPlainLettersAndArePercentEncodedAsUtf8() =>
        Assert.Equal(
            "attachment; filename=\"Zazolc gesla jazn LODZ.pdf\"; filename*=UTF-8''Za%C5%BC%C3%B3%C5%82%C4%87%20g%C4%99%C5%9Bl%C4%85%20ja%C5%BA%C5%84%20%C5%81%C3%93D%C5%B9.pdf",
            ContentDispositionHeader.Attachment("Zażółć gęślą jaźń ŁÓDŹ.pdf"));

    [Fact]
    public void Attachment_QuotesBackslashesAndControls_NeverBreakTheHeader() =>
        Assert.Equal(
            "attachment; filename=\"b_c_d.pdf\"; filename*=UTF-8''b%22c%0Ad.pdf",
            ContentDispositionHeader.Attachment("a\\b\"c\nd.pdf"));

    [Fact]
    public void Attachment_PathInTheName_KeepsOnlyTheFileName() =>
        Assert.Equal("attachment; filename=\"skan.pdf\"; filename*=UTF-8''skan.pdf", ContentDispositionHeader.Attachment("../../etc/skan.pdf"));

    [Fact]
    public void Attachment_EmptyName_IsPlik() =>
        Assert.Equal("attachment; filename=\"plik\"; filename*=UTF-8''plik", ContentDispositionHeader.Attachment(""));
}
