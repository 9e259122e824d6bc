namespace IBok.Domain;

/// <summary>How VAT on an invoice is computed.</summary>
public enum VatCalculationMethod
{
    /// <summary>
    /// The default and the method art. 106e ust. 1 pkt 14 of the VAT act describes: net values are summed per rate,
    /// and VAT is computed once per rate on that net total, then rounded to the grosz.
    /// </summary>
    PerRateTotals,

    /// <summary>VAT is computed and rounded on every line, then summed per rate. Offered for utilities whose
    /// legacy billing did this; it can differ from <see cref="PerRateTotals"/> by a few grosze.</summary>
    PerLine,
}

/// <summary>One row of an invoice's VAT summary: the totals at one rate.</summary>
/// <param name="Rate">The VAT rate.</param>
/// <param name="Net">Net total at this rate.</param>
/// <param name="Vat">VAT at this rate.</param>
public readonly record struct VatSummaryRow(VatRate Rate, Money Net, Money Vat)
{
    /// <summary>Gross total at this rate: <see cref="Net"/> plus <see cref="Vat"/>.</summary>
    public Money Gross => Net + Vat;
}

/// <summary>The VAT summary of a document: one row per rate, ordered by rate, and the totals.</summary>
public sealed class VatBreakdown
{
    private VatBreakdown(IReadOnlyList<VatSummaryRow> rows, VatCalculationMethod method)
    {
        Rows = rows;
        Method = method;
        foreach (var row in rows)
        {
            Net += row.Net;
            Vat += row.Vat;
        }
    }

    /// <summary>One row per distinct rate, in ascending order of rate.</summary>
    public IReadOnlyList<VatSummaryRow> Rows { get; }

    /// <summary>The method the VAT was computed with.</summary>
    public VatCalculationMethod Method { get; }

    /// <summary>Net total of the document.</summary>
    public Money Net { get; }

    /// <summary>VAT total of the document.</summary>
    public Money Vat { get; }

    /// <summary>Gross total of the document: the amount due.</summary>
    public Money Gross => Net + Vat;

    /// <summary>Computes the VAT summary of a set of net line values.</summary>
    /// <param name="lines">Each line's VAT rate and net value (already rounded to the grosz).</param>
    /// <param name="method">Per-rate totals (art. 106e, the default) or per line.</param>
    public static VatBreakdown Compute(IEnumerable<(VatRate Rate, Money Net)> lines, VatCalculationMethod method = VatCalculationMethod.PerRateTotals)
    {
        ArgumentNullException.ThrowIfNull(lines);

        // Invoices carry one to three rates, so a small list beats a dictionary; this runs once per invoice in billing.
        var rates = new List<(VatRate Rate, decimal Net, decimal VatOfLines)>(2);
        foreach (var (rate, net) in lines)
        {
            var lineVat = method == VatCalculationMethod.PerLine ? rate.VatOn(net).Amount : 0m;
            var index = -1;
            for (var i = 0; i < rates.Count && index < 0; i++)
            {
                index = rates[i].Rate == rate ? i : -1;
            }

            if (index < 0)
            {
                rates.Add((rate, net.Amount, lineVat));
            }
            else
            {
                var row = rates[index];
                rates[index] = (rate, row.Net + net.Amount, row.VatOfLines + lineVat);
            }
        }

        rates.Sort((left, right) => left.Rate.CompareTo(right.Rate));
        var rows = new VatSummaryRow[rates.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var (rate, net, vatOfLines) = rates[i];
            var netMoney = Money.Pln(net);
            var vat = method == VatCalculationMethod.PerRateTotals ? rate.VatOn(netMoney) : Money.Pln(vatOfLines);
            rows[i] = new VatSummaryRow(rate, netMoney, vat);
        }

        return new VatBreakdown(rows, method);
    }
}
