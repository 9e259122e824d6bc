using System.Globalization;
using System.Text;
using IBok.Domain.Billing;

namespace IBok.Domain.Tests.Billing;

/// <summary>Renders an invoice as plain text in the layout of a printed Polish invoice, for snapshot tests.</summary>
internal static class InvoiceTextRenderer
{
    public static string Render(Invoice invoice)
    {
        var text = new StringBuilder();
        text.Append("FAKTURA VAT nr ").Append(invoice.Number).Append('\n');
        text.Append("Data wystawienia: ").Append(Date(invoice.IssueDate)).Append('\n');
        text.Append("Okres rozliczeniowy: ").Append(Date(invoice.SalePeriod.Start)).Append('–').Append(Date(invoice.SalePeriod.End)).Append('\n');
        text.Append("Termin płatności: ").Append(Date(invoice.DueDate)).Append(" (").Append(invoice.PaymentTermDays).Append(" dni)\n");
        text.Append("Umowa: ").Append(invoice.ContractNumber).Append(", grupa taryfowa ").Append(invoice.TariffGroup).Append('\n');
        text.Append('\n');
        text.Append("Sprzedawca: ").Append(invoice.Seller.Name).Append('\n');
        text.Append("  ").Append(invoice.Seller.Address.Line1).Append(", ").Append(invoice.Seller.Address.Line2).Append('\n');
        text.Append("  NIP ").Append(invoice.Seller.Nip.ToDisplayString()).Append('\n');
        text.Append("  Rachunek ").Append(Account(invoice.Seller.BankAccountNumber)).Append('\n');
        text.Append("Nabywca: ").Append(invoice.Buyer.Name).Append('\n');
        text.Append("  ").Append(invoice.Buyer.Address.Line1).Append(", ").Append(invoice.Buyer.Address.Line2).Append('\n');
        if (invoice.Buyer.Nip is { } nip)
        {
            text.Append("  NIP ").Append(nip.ToDisplayString()).Append('\n');
        }

        text.Append('\n');
        text.Append(Row("Lp.", "Nazwa usługi", "Ilość", "J.m.", "Cena netto", "Wartość netto", "VAT")).Append('\n');
        for (var i = 0; i < invoice.Lines.Count; i++)
        {
            var line = invoice.Lines[i];
            text.Append(Row(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                line.Description,
                Number(line.Quantity, "0.000#"),
                line.Unit,
                Number(line.NetUnitPrice, "0.00##"),
                Number(line.NetValue.Amount, "0.00"),
                line.VatRate.ToString())).Append('\n');
        }

        text.Append('\n');
        text.Append("Stawka".PadRight(8)).Append("Netto".PadLeft(12)).Append("VAT".PadLeft(12)).Append("Brutto".PadLeft(12)).Append('\n');
        foreach (var row in invoice.Vat.Rows)
        {
            text.Append(row.Rate.ToString().PadRight(8)).Append(Number(row.Net.Amount, "0.00").PadLeft(12)).Append(Number(row.Vat.Amount, "0.00").PadLeft(12)).Append(Number(row.Gross.Amount, "0.00").PadLeft(12)).Append('\n');
        }

        text.Append("Razem".PadRight(8)).Append(Number(invoice.Net.Amount, "0.00").PadLeft(12)).Append(Number(invoice.VatTotal.Amount, "0.00").PadLeft(12)).Append(Number(invoice.AmountDue.Amount, "0.00").PadLeft(12)).Append('\n');
        text.Append(invoice.Vat.Method == VatCalculationMethod.PerRateTotals
            ? "VAT obliczony od sumy wartości netto w każdej stawce.\n"
            : "VAT obliczony od każdej pozycji.\n");
        text.Append('\n');
        text.Append("Do zapłaty: ").Append(Number(invoice.AmountDue.Amount, "0.00")).Append(" zł\n");
        return text.ToString();
    }

    public static string Render(CorrectionInvoice correction)
    {
        var text = new StringBuilder();
        text.Append("FAKTURA KORYGUJĄCA nr ").Append(correction.Number).Append('\n');
        text.Append("Data wystawienia: ").Append(Date(correction.IssueDate)).Append('\n');
        text.Append("Do faktury nr ").Append(correction.OriginalNumber).Append(" z dnia ").Append(Date(correction.OriginalIssueDate)).Append('\n');
        text.Append("Okres rozliczeniowy: ").Append(Date(correction.BillingKey.Period.Start)).Append('–').Append(Date(correction.BillingKey.Period.End)).Append('\n');
        text.Append("Umowa: ").Append(correction.BillingKey.ContractNumber).Append('\n');
        text.Append("Przyczyna korekty: ").Append(correction.Reason).Append('\n');
        text.Append("Sprzedawca: ").Append(correction.Seller.Name).Append(", NIP ").Append(correction.Seller.Nip.ToDisplayString()).Append('\n');
        text.Append("Nabywca: ").Append(correction.Buyer.Name).Append(", ").Append(correction.Buyer.Address).Append('\n');
        text.Append('\n');
        for (var i = 0; i < correction.Lines.Count; i++)
        {
            var line = correction.Lines[i];
            text.Append(i + 1).Append(". ").Append(line.Name).Append(' ').Append(Date(line.Period.Start)).Append('–').Append(Date(line.Period.End)).Append('\n');
            text.Append("   przed:   ").Append(Side(line.Before)).Append('\n');
            text.Append("   po:      ").Append(Side(line.After)).Append('\n');
            text.Append("   różnica: ").Append(Number(line.QuantityDifference, "0.000#")).Append(", netto ").Append(Number(line.NetDifference.Amount, "0.00")).Append('\n');
        }

        text.Append('\n');
        text.Append("Stawka".PadRight(8)).Append("Netto".PadLeft(12)).Append("VAT".PadLeft(12)).Append("Brutto".PadLeft(12)).Append('\n');
        foreach (var row in correction.VatDifferences)
        {
            text.Append(row.Rate.ToString().PadRight(8)).Append(Number(row.Net.Amount, "0.00").PadLeft(12)).Append(Number(row.Vat.Amount, "0.00").PadLeft(12)).Append(Number(row.Gross.Amount, "0.00").PadLeft(12)).Append('\n');
        }

        text.Append('\n');
        text.Append(correction.AmountDue.IsNegative ? "Do zwrotu: " : "Do zapłaty: ").Append(Number(Math.Abs(correction.AmountDue.Amount), "0.00")).Append(" zł\n");
        return text.ToString();
    }

    private static string Side(InvoiceLine? line) =>
        line is null
            ? "—"
            : Number(line.Quantity, "0.000#") + " " + line.Unit + " × " + Number(line.NetUnitPrice, "0.00##") + " = " + Number(line.NetValue.Amount, "0.00") + " netto, VAT " + line.VatRate;

    private static string Row(string number, string name, string quantity, string unit, string price, string net, string vat) =>
        number.PadRight(4) + name.PadRight(52) + quantity.PadLeft(10) + " " + unit.PadRight(9) + price.PadLeft(11) + net.PadLeft(14) + vat.PadLeft(5);

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Number(decimal value, string format) => value.ToString(format, CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Account(string digits) =>
        digits[..2] + " " + string.Join(' ', Enumerable.Range(0, 6).Select(i => digits.Substring(2 + (i * 4), 4)));
}
