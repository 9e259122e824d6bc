using IBok.GraphQL.Application.Documents;

namespace IBok.GraphQL.Tests.Application.Documents;

/// <summary>The payment QR code on a rendered invoice, read back by a real scanner (zbarimg) from the page's PNG.</summary>
public sealed class PaymentQrScanTests
{
    [Fact]
    public void Render_InvoiceWithPolishLetters_ScansToTheStandard2DPayloadOfTheInvoice()
    {
        var invoice = DocumentSamples.Invoice(number: "FV/ŻÓŁĆ/2026/02/000123", buyerName: "Zażółć gęślą jaźń");
        invoice.SellerName = "Zakład Wodociągów Łęczna";
        var payload = PaymentQrPayload.TryBuild(invoice.SellerNip, invoice.SellerBankAccount, invoice.GrossGrosz, invoice.SellerName, invoice.Number);

        var png = Poppler.RenderArtifact(InvoicePdf.Render(invoice).Content, "invoice-payment-qr");
        var scanned = Assert.Single(Zbar.ScanQrCodes(png));

        Assert.Equal(payload, scanned);
        var fields = scanned.Split('|');
        Assert.Equal(
            [DocumentSamples.SellerNip, "PL", DocumentSamples.IndividualAccount, "015431", "Zakład Wodociągów Łę", "FV/ŻÓŁĆ/2026/02/000123", "", "", ""],
            fields);
    }
}
