using System.Globalization;
using IBok.Domain.Interest;
using IBok.GraphQL.Application.Documents.Pdf;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Interest;

namespace IBok.GraphQL.Application.Documents;

/// <summary>
/// The printable interest note (nota odsetkowa, e-nota): the late payments charged, the days and annual rates, the
/// interest per payment and in total, and how to pay it (the customer's individual account and the payment QR code).
/// Interest for delay is compensation, not a supply of services, so the note is not a VAT invoice and carries no VAT.
/// </summary>
public static class InterestNotePdf
{
    private static readonly PdfColumn[] Columns =
    [
        new("Lp.", 22),
        new("Dokument", 95),
        new("Kwota zapłacona po terminie [zł]", 75, AlignRight: true),
        new("Termin płatności", 62),
        new("Data zapłaty", 62),
        new("Dni opóźnienia", 57, AlignRight: true),
        new("Stawka roczna", 62, AlignRight: true),
        new("Odsetki [zł]", 80, AlignRight: true),
    ];

    /// <summary>The PDF of an interest note with its lines loaded, for its customer, issued by <paramref name="issuer"/>.</summary>
    public static RenderedDocument Render(InterestNoteRow note, CustomerRow customer, DocumentIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(issuer);
        const string title = "Nota odsetkowa";
        var document = new PdfDocument($"{title} {note.Number}");
        var flow = new PageFlow(document);

        DocumentBlocks.Title(flow, title, note.Number,
        [
            ("Data wystawienia", DocumentFormat.Date(note.IssueDate)),
            ("Termin płatności", DocumentFormat.Date(note.DueDate)),
        ]);
        DocumentBlocks.Parties(
            flow,
            new DocumentParty("Wierzyciel", issuer.Name, issuer.StreetLine, issuer.CityLine, issuer.Nip, []),
            new DocumentParty("Dłużnik", customer.Name, DocumentFormat.StreetLine(customer.Street, customer.BuildingNumber, customer.ApartmentNumber),
                $"{customer.PostalCode} {customer.City}", string.IsNullOrWhiteSpace(customer.Nip) ? null : customer.Nip, [$"Numer klienta: {customer.Number}"]));

        DocumentBlocks.Paragraph(flow, $"Na podstawie {LegalBasis(note.RateTableName)} naliczyliśmy odsetki za zapłatę po terminie następujących dokumentów:", 8.5);
        flow.Y += 6;
        var table = new PdfTable(flow, Columns);
        table.Heading();
        var position = 0;
        foreach (var line in note.Lines.OrderBy(line => line.DueDate).ThenBy(line => line.Id))
        {
            position++;
            table.Row(
            [
                position.ToString(CultureInfo.InvariantCulture) + ".",
                line.DocumentNumber,
                DocumentFormat.Amount(line.AmountPaidLateGrosz),
                DocumentFormat.Date(line.DueDate),
                DocumentFormat.Date(line.PaidOn),
                line.Days.ToString(CultureInfo.InvariantCulture),
                Rates(line.Rates),
                DocumentFormat.Amount(line.InterestGrosz),
            ]);
        }

        table.Row(["", "Razem", "", "", "", "", "", DocumentFormat.Amount(note.TotalGrosz)], bold: true, shade: 0.95);
        flow.Y += 14;

        var account = string.IsNullOrWhiteSpace(customer.IndividualAccountNumber) ? issuer.MainBankAccount : customer.IndividualAccountNumber;
        DocumentBlocks.Payment(flow, "Do zapłaty", note.TotalGrosz, note.DueDate, issuer.Name, issuer.Nip, account, note.Number);
        DocumentBlocks.Paragraph(flow, "Nota odsetkowa nie jest fakturą VAT: odsetki za opóźnienie nie podlegają opodatkowaniu podatkiem VAT.", 7.5);

        flow.Finish($"{title} {note.Number} · {issuer.Name}");
        return new RenderedDocument(DocumentFormat.FileName(note.Number), "application/pdf", document.ToBytes());
    }

    /// <summary>The law behind the rate table's interest (the tables IBok.Domain names; another name prints as is).</summary>
    private static string LegalBasis(string rateTable) =>
        rateTable == StatutoryLateInterest.Table.Name ? "art. 481 § 1 i 2 Kodeksu cywilnego (odsetki ustawowe za opóźnienie)"
        : rateTable == CommercialLateInterest.Table.Name ? "art. 7 i 8 ustawy o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych (odsetki za opóźnienie w transakcjach handlowych)"
        : $"tabeli stóp odsetek „{rateTable}”";

    /// <summary>The stored rates (<c>11.25;10.75</c>) as printed: <c>11,25% / 10,75%</c>.</summary>
    private static string Rates(string rates) =>
        string.Join(" / ", rates.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(rate => decimal.TryParse(rate, NumberStyles.Number, CultureInfo.InvariantCulture, out var percent) ? DocumentFormat.Percent(percent) : rate));
}
