using System.Globalization;

namespace IBok.Domain.Tariffs;

/// <summary>No price list of a tariff group is in force on a day that has to be billed (a gap in the tariff book).</summary>
public sealed class TariffNotInForceException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public TariffNotInForceException(string tariffGroup, DateOnly day)
        : base(string.Create(CultureInfo.InvariantCulture, $"No price list of tariff group '{tariffGroup}' is in force on {day:yyyy-MM-dd}."))
    {
        TariffGroup = tariffGroup;
        Day = day;
    }

    /// <summary>The tariff group.</summary>
    public string TariffGroup { get; }

    /// <summary>The first day without prices.</summary>
    public DateOnly Day { get; }
}

/// <summary>Two price lists of the same tariff group share a day, so the price on that day would be ambiguous.</summary>
public sealed class OverlappingTariffsException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public OverlappingTariffsException(string tariffGroup, DatePeriod first, DatePeriod second)
        : base(string.Create(CultureInfo.InvariantCulture, $"Price lists of tariff group '{tariffGroup}' overlap: {Describe(first)} and {Describe(second)}."))
    {
        TariffGroup = tariffGroup;
        First = first;
        Second = second;
    }

    /// <summary>The tariff group.</summary>
    public string TariffGroup { get; }

    /// <summary>The validity of the earlier price list.</summary>
    public DatePeriod First { get; }

    /// <summary>The validity of the later price list.</summary>
    public DatePeriod Second { get; }

    private static string Describe(DatePeriod period) =>
        period.End == DateOnly.MaxValue ? period.Start.ToIsoDate() + ".." : period.ToString();
}

/// <summary>The VAT rate table has no entry in force on a day that has to be billed.</summary>
public sealed class VatRatesNotInForceException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public VatRatesNotInForceException(DateOnly day, DateOnly firstEffectiveFrom)
        : base(string.Create(CultureInfo.InvariantCulture, $"No VAT rates are configured for {day:yyyy-MM-dd}; the first entry takes effect on {firstEffectiveFrom:yyyy-MM-dd}."))
    {
        Day = day;
        FirstEffectiveFrom = firstEffectiveFrom;
    }

    /// <summary>The day without VAT rates.</summary>
    public DateOnly Day { get; }

    /// <summary>The day the first configured entry takes effect.</summary>
    public DateOnly FirstEffectiveFrom { get; }
}

/// <summary>A price list lacks a component that billing needs, such as heat prices for a heat contract.</summary>
public sealed class TariffComponentMissingException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="tariffGroup">The tariff group.</param>
    /// <param name="effectiveFrom">The first day of the price list that lacks the component.</param>
    /// <param name="missing">What is missing, in words, such as "heat prices".</param>
    public TariffComponentMissingException(string tariffGroup, DateOnly effectiveFrom, string missing)
        : base(string.Create(CultureInfo.InvariantCulture, $"The price list of tariff group '{tariffGroup}' effective from {effectiveFrom:yyyy-MM-dd} has no {missing}."))
    {
        TariffGroup = tariffGroup;
        EffectiveFrom = effectiveFrom;
        Missing = missing;
    }

    /// <summary>The tariff group.</summary>
    public string TariffGroup { get; }

    /// <summary>The first day of the price list that lacks the component.</summary>
    public DateOnly EffectiveFrom { get; }

    /// <summary>What is missing, in words.</summary>
    public string Missing { get; }
}
