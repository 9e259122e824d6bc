using IBok.Domain.Payments;
using IBok.GraphQL.Application.Documents.Pdf;

namespace IBok.GraphQL.Application.Documents;

/// <summary>A seller, buyer, creditor or debtor as a document prints it.</summary>
/// <param name="Heading">The box heading, e.g. <c>Sprzedawca</c>.</param>
/// <param name="Name">The name.</param>
/// <param name="StreetLine">Street, building and apartment.</param>
/// <param name="CityLine">Postal code and city.</param>
/// <param name="Nip">The NIP, when the party has one.</param>
/// <param name="Extra">More lines (customer number, contract).</param>
internal sealed record DocumentParty(string Heading, string Name, string StreetLine, string CityLine, string? Nip, IReadOnlyList<string> Extra);

/// <summary>The blocks every document of ours shares: title with dates, the two parties, and the payment block.</summary>
internal static class DocumentBlocks
{
    private const double PartyGap = 15;

    /// <summary>The title at the left and label/value pairs (dates) at the right.</summary>
    public static void Title(PageFlow flow, string title, string number, IReadOnlyList<(string Label, string Value)> facts)
    {
        var page = flow.Page;
        var document = flow.Document;
        page.Text(document.Bold, 15, PageFlow.Left, flow.Y + 15, title);
        page.Text(document.Bold, 11, PageFlow.Left, flow.Y + 32, "nr " + number);
        var baseline = flow.Y + 8;
        foreach (var (label, value) in facts)
        {
            page.Text(document.Regular, 8.5, 345, baseline, label + ":", 0.3);
            page.TextRight(document.Bold, 8.5, PageFlow.Right, baseline, value);
            baseline += 12;
        }

        flow.Y = Math.Max(flow.Y + 44, baseline) + 8;
    }

    /// <summary>Two boxes side by side.</summary>
    public static void Parties(PageFlow flow, DocumentParty left, DocumentParty right)
    {
        var width = (PageFlow.Width - PartyGap) / 2;
        var top = flow.Y;
        var leftBottom = Party(flow, left, PageFlow.Left, top, width);
        var rightBottom = Party(flow, right, PageFlow.Left + width + PartyGap, top, width);
        flow.Y = Math.Max(leftBottom, rightBottom) + 12;
    }

    /// <summary>A paragraph of regular text across the content width.</summary>
    public static void Paragraph(PageFlow flow, string text, double size = 8, bool bold = false)
    {
        var font = bold ? flow.Document.Bold : flow.Document.Regular;
        foreach (var line in PageFlow.Wrap(font, size, text, PageFlow.Width))
        {
            flow.Ensure(size * 1.4);
            flow.Page.Text(font, size, PageFlow.Left, flow.Y + size, line);
            flow.Y += size * 1.4;
        }
    }

    /// <summary>
    /// The amount due in large type and the transfer details — the customer's individual account (NRB), title,
    /// recipient — beside the payment QR code (standard 2D of the Polish banks) when the amount can be encoded.
    /// </summary>
    public static void Payment(PageFlow flow, string amountLabel, long amountGrosze, DateOnly dueDate, string recipientName, string recipientNip, string accountNumber, string title)
    {
        const double qrSize = 96;
        var payload = PaymentQrPayload.TryBuild(recipientNip, accountNumber, amountGrosze, recipientName, title);
        flow.Ensure(qrSize + 40);
        var page = flow.Page;
        var document = flow.Document;
        var top = flow.Y + 6;
        page.Text(document.Bold, 13, PageFlow.Left, top + 13, $"{amountLabel}: {DocumentFormat.AmountPln(Math.Abs(amountGrosze))}");
        var rows = new List<(string Label, string Value)>
        {
            ("Termin płatności", DocumentFormat.Date(dueDate)),
            ("Rachunek do wpłat", BankAccountNumber.TryParse(accountNumber, out var account, out _) ? account.ToDisplayString() : accountNumber),
            ("Tytuł przelewu", title),
            ("Odbiorca", recipientName),
        };
        var baseline = top + 32;
        foreach (var (label, value) in rows)
        {
            page.Text(document.Regular, 8, PageFlow.Left, baseline, label + ":", 0.3);
            foreach (var line in PageFlow.Wrap(document.Bold, 8.5, value, PageFlow.Width - qrSize - 160))
            {
                page.Text(document.Bold, 8.5, PageFlow.Left + 140, baseline, line);
                baseline += 11;
            }

            baseline += 2;
        }

        var bottom = baseline;
        if (payload is not null)
        {
            var qrLeft = PageFlow.Right - qrSize;
            PdfQrCode.Draw(page, payload, qrLeft, top - 4, qrSize);
            page.Text(document.Regular, 6.5, qrLeft + 8, top + qrSize + 2, "Zapłać kodem QR w banku", 0.3);
            bottom = Math.Max(bottom, top + qrSize + 6);
        }

        page.StrokeRectangle(PageFlow.Left - 6, top - 8, PageFlow.Width + 12, bottom - top + 8, 0.5, 0.6);
        flow.Y = bottom + 12;
    }

    private static double Party(PageFlow flow, DocumentParty party, double x, double top, double width)
    {
        var page = flow.Page;
        var document = flow.Document;
        page.Text(document.Regular, 7.5, x, top + 8, party.Heading.ToUpperInvariant(), 0.35);
        page.Line(x, top + 11, x + width, top + 11, 0.4, 0.6);
        var baseline = top + 22;
        foreach (var line in PageFlow.Wrap(document.Bold, 9, party.Name, width))
        {
            page.Text(document.Bold, 9, x, baseline, line);
            baseline += 11;
        }

        IEnumerable<string> lines = [party.StreetLine, party.CityLine, .. party.Nip is null ? Array.Empty<string>() : ["NIP: " + party.Nip], .. party.Extra];
        foreach (var line in lines)
        {
            foreach (var wrapped in PageFlow.Wrap(document.Regular, 8.5, line, width))
            {
                page.Text(document.Regular, 8.5, x, baseline, wrapped);
                baseline += 11;
            }
        }

        return baseline;
    }
}
