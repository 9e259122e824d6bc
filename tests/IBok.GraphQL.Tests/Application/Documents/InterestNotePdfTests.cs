using IBok.GraphQL.Application.Documents;

namespace IBok.GraphQL.Tests.Application.Documents;

public sealed class InterestNotePdfTests
{
    private static readonly DocumentIssuer Issuer = new(
        DocumentSamples.SellerName, "Wodociągowa 2", "47-100 Strzelce Opolskie", DocumentSamples.SellerNip, "07109010140000000000000001");

    [Fact]
    public void Render_InterestNote_PrintsTheChargedPaymentsAndHowToPay()
    {
        var document = InterestNotePdf.Render(DocumentSamples.InterestNote(), DocumentSamples.Customer(), Issuer);

        var text = Poppler.Text(document.Content);
        Poppler.RenderArtifact(document.Content, "interest-note");
        string[] expected =
        [
            "Nota odsetkowa", "nr NO/2026/04/000012", "Data wystawienia:", "2026-04-02", "Termin płatności:", "2026-04-16",
            "WIERZYCIEL", "NIP: 1234563218", "DŁUŻNIK", "Zażółć gęślą jaźń", "Źródlana 14/3", "47-150 Łąka Prudnicka", "Numer klienta: 100200",
            "art. 481 § 1 i 2 Kodeksu cywilnego", "FV/2026/02/000123", "154,31", "2026-02-17", "2026-03-20", "31", "9,5% / 9,25%", "12,34",
            "Do zapłaty: 12,34 zł", "61 1090 1014 0000 0712 1981 2874", "NO/2026/04/000012", "Nota odsetkowa nie jest fakturą VAT",
        ];
        Poppler.AssertContainsAll(expected, text);
        Assert.Equal("NO-2026-04-000012.pdf", document.FileName);
    }

    [Fact]
    public void Render_CustomerWithoutIndividualAccount_PrintsTheMainAccount()
    {
        var customer = DocumentSamples.Customer();
        customer.IndividualAccountNumber = null;

        var text = Poppler.Text(InterestNotePdf.Render(DocumentSamples.InterestNote(), customer, Issuer).Content);

        Assert.Contains("07 1090 1014 0000 0000 0000 0001", text, StringComparison.Ordinal);
    }
}
