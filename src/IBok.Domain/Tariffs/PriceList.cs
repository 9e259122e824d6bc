using IBok.Domain.Customers;

namespace IBok.Domain.Tariffs;

/// <summary>The net prices of one tariff group (grupa taryfowa) in force over a span of days.</summary>
/// <remarks>
/// <para>Water and sewage tariffs are approved by Wody Polskie for three years in yearly steps and take effect seven
/// days after publication (art. 24b–24f of the act of 7 June 2001 on collective water supply and sewage disposal,
/// Dz.U. 2024 poz. 757), so each step of a tariff is its own <see cref="PriceList"/> with its own dates.</para>
/// <para>All prices are net (VAT is added per component from the <see cref="VatRateTable"/>) with at most four decimals.</para>
/// </remarks>
public sealed class PriceList
{
    private readonly SubscriptionFeeRate?[] subscriptionFees;

    /// <summary>Creates a price list.</summary>
    /// <param name="tariffGroup">The tariff group code, such as "G1"; compared case-sensitively after trimming.</param>
    /// <param name="effectiveFrom">The first day the prices apply.</param>
    /// <param name="effectiveUntil">The last day the prices apply (inclusive), or null while no end is set.</param>
    /// <param name="waterPerCubicMetre">Net price of water supply per m³.</param>
    /// <param name="sewagePerCubicMetre">Net price of sewage disposal per m³.</param>
    /// <param name="subscriptionFees">The monthly subscription fee per billing point for each reading method the group bills.</param>
    /// <param name="heat">Heat prices, or null when the group does not sell heat.</param>
    /// <exception cref="ArgumentException">The group code is blank, the end is before the start, or a reading method is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A price is negative or has more than four decimals.</exception>
    public PriceList(
        string tariffGroup,
        DateOnly effectiveFrom,
        DateOnly? effectiveUntil,
        decimal waterPerCubicMetre,
        decimal sewagePerCubicMetre,
        IEnumerable<KeyValuePair<ReadingMethod, SubscriptionFeeRate>> subscriptionFees,
        HeatPrices? heat = null)
    {
        if (string.IsNullOrWhiteSpace(tariffGroup))
        {
            throw new ArgumentException("A price list needs a tariff group code.", nameof(tariffGroup));
        }

        ArgumentNullException.ThrowIfNull(subscriptionFees);
        TariffGroup = tariffGroup.Trim();
        Validity = new DatePeriod(effectiveFrom, effectiveUntil ?? DateOnly.MaxValue);
        WaterPerCubicMetre = UnitPrice.Validate(waterPerCubicMetre, nameof(waterPerCubicMetre));
        SewagePerCubicMetre = UnitPrice.Validate(sewagePerCubicMetre, nameof(sewagePerCubicMetre));
        Heat = heat;
        this.subscriptionFees = new SubscriptionFeeRate?[Enum.GetValues<ReadingMethod>().Length];
        foreach (var (method, fee) in subscriptionFees)
        {
            ArgumentNullException.ThrowIfNull(fee);
            if (this.subscriptionFees[(int)method] is not null)
            {
                throw new ArgumentException($"Tariff group {TariffGroup} lists the subscription fee for {method} twice.", nameof(subscriptionFees));
            }

            this.subscriptionFees[(int)method] = fee;
        }
    }

    /// <summary>The tariff group code, such as "G1".</summary>
    public string TariffGroup { get; }

    /// <summary>The days the prices apply, both ends inclusive; an open end is <see cref="DateOnly.MaxValue"/>.</summary>
    public DatePeriod Validity { get; }

    /// <summary>Net price of water supply per m³.</summary>
    public decimal WaterPerCubicMetre { get; }

    /// <summary>Net price of sewage disposal per m³.</summary>
    public decimal SewagePerCubicMetre { get; }

    /// <summary>Heat prices, or null when the group does not sell heat.</summary>
    public HeatPrices? Heat { get; }

    /// <summary>The net monthly subscription fee per billing point for a reading method and e-invoice consent.</summary>
    /// <exception cref="TariffComponentMissingException">The price list has no fee for <paramref name="method"/>.</exception>
    public decimal MonthlySubscriptionFee(ReadingMethod method, bool eInvoiceConsent)
    {
        var index = (int)method;
        var fee = index >= 0 && index < subscriptionFees.Length ? subscriptionFees[index] : null;
        return fee?.For(eInvoiceConsent)
            ?? throw new TariffComponentMissingException(TariffGroup, Validity.Start, $"subscription fee for reading method {method}");
    }

    /// <summary>The heat prices.</summary>
    /// <exception cref="TariffComponentMissingException">The group does not sell heat.</exception>
    public HeatPrices RequireHeat() => Heat ?? throw new TariffComponentMissingException(TariffGroup, Validity.Start, "heat prices");

    /// <summary><c>G1 2026-01-01..2026-06-30</c>.</summary>
    public override string ToString() =>
        TariffGroup + " " + Validity.Start.ToIsoDate() + ".."
        + (Validity.End == DateOnly.MaxValue ? string.Empty : Validity.End.ToIsoDate());
}
