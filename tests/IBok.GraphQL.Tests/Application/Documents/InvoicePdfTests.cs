using IBok.GraphQL.Application.Documents;
using IBok.GraphQL.Persistence.Model.Billing;

namespace IBok.GraphQL.Tests.Application.Documents;

public sealed class InvoicePdfTests
{
    [Fact]
    public void Render_Invoice_ExtractsEveryFieldOfArticle106e()
    {
        var document = InvoicePdf.Render(DocumentSamples.Invoice());

        var text = Poppler.Text(document.Content);
        string[] expected =
        [
            "Faktura VAT", "nr FV/2026/02/000123",
            "Data wystawienia:", "2026-02-03", "Data sprzedaży:", "2026-01-31",
            "Okres rozliczeniowy: 2026-01-01 – 2026-01-31", "Termin płatności:", "2026-02-17",
            "SPRZEDAWCA", "Przedsiębiorstwo Wodociągów i Kanalizacji", "„Zdrój” Sp. z o.o.", "Wodociągowa 2", "47-100 Strzelce Opolskie", "NIP: 1234563218",
            "NABYWCA", "Zażółć gęślą jaźń", "Źródlana 14/3", "47-150 Łąka Prudnicka", "NIP: 7751001452", "Umowa: U/2019/0457", "Grupa taryfowa: G1",
            "Nazwa towaru lub usługi", "Ilość", "J.m.", "Cena jedn.", "Wartość", "Stawka VAT",
            "Dostawa wody", "Odprowadzanie ścieków", "Opłata abonamentowa", "12 m³", "1 mies.",
            "5,43", "65,16", "6,12", "73,44", "3,76", "8%", "23%",
            "Podsumowanie według stawek VAT", "138,60", "11,09", "149,69", "0,86", "4,62",
            "Razem", "142,36", "11,95", "154,31",
            "Do zapłaty: 154,31 zł", "61 1090 1014 0000 0712 1981 2874", "Tytuł przelewu:", "Zapłać kodem QR w banku", "Strona 1 z 1",
        ];
        Poppler.AssertContainsAll(expected, text);
    }

    [Fact]
    public void Render_Invoice_ExtractsPolishLettersExactly()
    {
        var document = InvoicePdf.Render(DocumentSamples.Invoice(buyerName: "Zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ"));

        var text = Poppler.Text(document.Content);

        Assert.Contains("\nZażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Invoice_EmbedsSubsettedIdentityHFontsWithToUnicode()
    {
        var fonts = Poppler.Fonts(InvoicePdf.Render(DocumentSamples.Invoice()).Content);

        var rows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(row => string.Join(' ', row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(6)))
            .ToList();
        Assert.Equal(["CID TrueType Identity-H yes yes yes", "CID TrueType Identity-H yes yes yes"], rows);
        Assert.Matches(@"(?m)^[A-Z]{6}\+DejaVuSans ", fonts);
        Assert.Matches(@"(?m)^[A-Z]{6}\+DejaVuSans-Bold ", fonts);
    }

    [Fact]
    public void Render_TypicalInvoice_IsUnder100KilobytesAndNamedAfterItsNumber()
    {
        var document = InvoicePdf.Render(DocumentSamples.Invoice());

        Assert.True(document.Content.Length < 100 * 1024, $"The invoice PDF has {document.Content.Length} bytes.");
        Assert.Equal(("FV-2026-02-000123.pdf", "application/pdf"), (document.FileName, document.ContentType));
        Assert.Equal("%PDF-1.7"u8.ToArray(), document.Content[..8]);
    }

    [Fact]
    public void Render_Invoice_RendersToAPngArtifact()
    {
        var document = InvoicePdf.Render(DocumentSamples.Invoice());

        var png = Poppler.RenderArtifact(document.Content, "invoice");

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(png)[..4]);
    }

    [Fact]
    public void Render_Correction_PrintsTheCorrectedInvoiceReasonAndBothSides()
    {
        var document = InvoicePdf.Render(DocumentSamples.Correction());

        var text = Poppler.Text(document.Content);
        Poppler.RenderArtifact(document.Content, "correction");
        string[] expected =
        [
            "Faktura korygująca", "nr FK/2026/03/000007", "Dotyczy faktury nr FV/2026/02/000123",
            "Przyczyna korekty: Błędny odczyt wodomierza (zgłoszenie ZG/2026/000045)",
            "Przed korektą", "Po korekcie", "12 m³", "10 m³", "65,16", "54,30",
            "Podsumowanie według stawek VAT (różnica)", "-10,86", "-0,87", "-11,73", "Do zwrotu: 11,73 zł",
        ];
        Poppler.AssertContainsAll(expected, text);
        Assert.DoesNotContain("Zapłać kodem QR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyLines_ContinuesOnPagesThatRepeatTheHeading()
    {
        var invoice = DocumentSamples.Invoice();
        var line = invoice.Lines[0];
        invoice.Lines = [.. Enumerable.Range(1, 30).Select(number => new InvoiceLineRow
        {
            LineNumber = number, Component = line.Component, Name = $"Dostawa wody, punkt {number}", PeriodStart = line.PeriodStart, PeriodEnd = line.PeriodEnd,
            Quantity = 1, Unit = "m³", NetUnitPrice = 5.43m, NetGrosz = 543, VatPercent = 8m,
        })];

        var text = Poppler.Text(InvoicePdf.Render(invoice).Content);

        Assert.Contains("Strona 1 z 2", text, StringComparison.Ordinal);
        Assert.Contains("Strona 2 z 2", text, StringComparison.Ordinal);
        Assert.Contains("Dostawa wody, punkt 30", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("Nazwa towaru lub usługi").Length - 1);
    }
}
