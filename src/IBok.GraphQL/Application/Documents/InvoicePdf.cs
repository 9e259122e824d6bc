using IBok.GraphQL.Application.Documents.Pdf;
using IBok.GraphQL.Persistence.Model.Billing;

namespace IBok.GraphQL.Application.Documents;

/// <summary>
/// The printable invoice and correction invoice. Prints every field art. 106e ust. 1 of the VAT act (ustawa o
/// podatku od towarów i usług) requires: issue date (pkt 1), sequential number (pkt 2), names and addresses of seller
/// and buyer (pkt 3), seller's and buyer's NIP (pkt 4, 5), sale date or period (pkt 6), service name (pkt 7), unit and
/// quantity (pkt 8), net unit price (pkt 9), net value (pkt 11), VAT rate (pkt 12), net totals per rate (pkt 13), VAT
/// per rate (pkt 14) and the amount due (pkt 15); a correction also names the corrected invoice and the reason
/// (art. 106j ust. 2). Beyond the act: the due date, the customer's individual account and the payment QR code.
/// </summary>
public static class InvoicePdf
{
    private static readonly PdfColumn[] LineColumns =
    [
        new("Lp.", 22),
        new("Nazwa towaru lub usługi", 175),
        new("Okres", 78),
        new("Ilość", 45, AlignRight: true),
        new("J.m.", 30),
        new("Cena jedn. netto [zł]", 55, AlignRight: true),
        new("Wartość netto [zł]", 65, AlignRight: true),
        new("Stawka VAT", 45, AlignRight: true),
    ];

    private static readonly PdfColumn[] VatColumns =
    [
        new("Stawka VAT", 60, AlignRight: true),
        new("Wartość netto [zł]", 80, AlignRight: true),
        new("Kwota VAT [zł]", 80, AlignRight: true),
        new("Wartość brutto [zł]", 80, AlignRight: true),
    ];

    /// <summary>The PDF of an invoice or correction with its lines and VAT summary loaded.</summary>
    public static RenderedDocument Render(InvoiceRow invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var correction = invoice.Kind == InvoiceKind.Correction;
        var title = correction ? "Faktura korygująca" : "Faktura VAT";
        var document = new PdfDocument($"{title} {invoice.Number}");
        var flow = new PageFlow(document);

        DocumentBlocks.Title(flow, title, invoice.Number,
        [
            ("Data wystawienia", DocumentFormat.Date(invoice.IssueDate)),
            ("Data sprzedaży", DocumentFormat.Date(invoice.SaleDate)),
            ("Okres rozliczeniowy", $"{DocumentFormat.Date(invoice.PeriodStart)} – {DocumentFormat.Date(invoice.PeriodEnd)}"),
            ("Termin płatności", DocumentFormat.Date(invoice.DueDate)),
        ]);
        DocumentBlocks.Parties(
            flow,
            new DocumentParty("Sprzedawca", invoice.SellerName, DocumentFormat.StreetLine(invoice.SellerStreet, invoice.SellerBuildingNumber, invoice.SellerApartmentNumber),
                $"{invoice.SellerPostalCode} {invoice.SellerCity}", invoice.SellerNip, []),
            new DocumentParty("Nabywca", invoice.BuyerName, DocumentFormat.StreetLine(invoice.BuyerStreet, invoice.BuyerBuildingNumber, invoice.BuyerApartmentNumber),
                $"{invoice.BuyerPostalCode} {invoice.BuyerCity}", string.IsNullOrWhiteSpace(invoice.BuyerNip) ? null : invoice.BuyerNip,
                [$"Umowa: {invoice.ContractNumber}", $"Grupa taryfowa: {invoice.TariffGroup}"]));

        if (correction)
        {
            DocumentBlocks.Paragraph(flow, $"Dotyczy faktury nr {invoice.CorrectedInvoiceNumber}", 9, bold: true);
            DocumentBlocks.Paragraph(flow, $"Przyczyna korekty: {invoice.CorrectionReason}", 9);
            flow.Y += 6;
        }

        var lines = new PdfTable(flow, LineColumns);
        lines.Heading();
        if (correction)
        {
            lines.Caption("Przed korektą");
            WriteLines(lines, invoice.Lines.Where(line => line.CorrectionSide == CorrectionSide.Before));
            lines.Caption("Po korekcie");
            WriteLines(lines, invoice.Lines.Where(line => line.CorrectionSide == CorrectionSide.After));
        }
        else
        {
            WriteLines(lines, invoice.Lines);
        }

        flow.Y += 10;
        WriteVatSummary(flow, invoice, correction);
        flow.Y += 8;

        var label = !correction ? "Do zapłaty" : invoice.GrossGrosz < 0 ? "Do zwrotu" : "Do dopłaty";
        DocumentBlocks.Payment(flow, label, invoice.GrossGrosz, invoice.DueDate, invoice.SellerName, invoice.SellerNip, invoice.SellerBankAccount, invoice.Number);
        if (correction && invoice.GrossGrosz < 0)
        {
            DocumentBlocks.Paragraph(flow, "Kwota korekty zostanie zaliczona na poczet należności lub zwrócona na wniosek odbiorcy.", 7.5);
        }

        flow.Finish($"{title} {invoice.Number} · {invoice.SellerName}");
        return new RenderedDocument(DocumentFormat.FileName(invoice.Number), "application/pdf", document.ToBytes());
    }

    private static void WriteLines(PdfTable table, IEnumerable<InvoiceLineRow> rows)
    {
        var position = 0;
        foreach (var line in rows.OrderBy(row => row.LineNumber).ThenBy(row => row.Id))
        {
            position++;
            table.Row(
            [
                position.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
                line.IsEstimated ? line.Name + " (szacunek)" : line.Name,
                $"{DocumentFormat.Date(line.PeriodStart)} – {DocumentFormat.Date(line.PeriodEnd)}",
                DocumentFormat.Quantity(line.Quantity),
                line.Unit,
                DocumentFormat.UnitPrice(line.NetUnitPrice),
                DocumentFormat.Amount(line.NetGrosz),
                DocumentFormat.Percent(line.VatPercent),
            ]);
        }
    }

    /// <summary>Net, VAT and gross per rate (VAT computed on each rate's net total), then the totals.</summary>
    private static void WriteVatSummary(PageFlow flow, InvoiceRow invoice, bool correction)
    {
        var left = PageFlow.Right - VatColumns.Sum(column => column.Width);
        flow.Ensure(60);
        flow.Page.Text(flow.Document.Bold, 8.5, left, flow.Y + 9, correction ? "Podsumowanie według stawek VAT (różnica)" : "Podsumowanie według stawek VAT");
        flow.Y += 14;
        var table = new PdfTable(flow, VatColumns, left);
        table.Heading();
        foreach (var rate in invoice.VatSummary.OrderByDescending(row => row.VatPercent))
        {
            table.Row([DocumentFormat.Percent(rate.VatPercent), DocumentFormat.Amount(rate.NetGrosz), DocumentFormat.Amount(rate.VatGrosz), DocumentFormat.Amount(rate.GrossGrosz)]);
        }

        table.Row(["Razem", DocumentFormat.Amount(invoice.NetGrosz), DocumentFormat.Amount(invoice.VatGrosz), DocumentFormat.Amount(invoice.GrossGrosz)], bold: true, shade: 0.95);
    }
}
