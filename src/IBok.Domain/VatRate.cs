using System.Globalization;

namespace IBok.Domain;

/// <summary>A VAT rate in percent, such as 8% for water and sewage or 23% for heat.</summary>
/// <remarks>Rates are configuration with effective dates (see the tariffs), never constants in billing code;
/// <see cref="Reduced8"/> and <see cref="Standard23"/> exist for readability of tests and defaults.</remarks>
public readonly record struct VatRate : IComparable<VatRate>
{
    private VatRate(decimal percent) => Percent = percent;

    /// <summary>The rate in percent, 0 to 100 inclusive, for example 8 or 23.</summary>
    public decimal Percent { get; }

    /// <summary>8%, the reduced rate applied to water supply and sewage disposal in 2026.</summary>
    public static VatRate Reduced8 => new(8m);

    /// <summary>23%, the standard rate, applied to district heat in 2026.</summary>
    public static VatRate Standard23 => new(23m);

    /// <summary>Creates a rate from a percentage.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is below 0 or above 100.</exception>
    public static VatRate FromPercent(decimal percent)
    {
        if (percent < 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, $"A VAT rate must be between 0% and 100%; got {percent.ToString(CultureInfo.InvariantCulture)}%.");
        }

        return new VatRate(percent);
    }

    /// <summary>The VAT on a net amount at this rate, rounded to the grosz half away from zero.</summary>
    public Money VatOn(Money net) => Money.Pln(net.Amount * Percent / 100m);

    /// <inheritdoc />
    public int CompareTo(VatRate other) => Percent.CompareTo(other.Percent);

    /// <summary>The rate as Polish invoices print it: <c>8%</c>.</summary>
    public override string ToString() => Percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
