using System.Globalization;

namespace IBok.Domain.Tariffs;

/// <summary>Validation of net unit prices as tariffs publish them.</summary>
internal static class UnitPrice
{
    /// <summary>The most decimal places a published net unit price may have (e.g. 5.1234 zł/m³).</summary>
    public const int MaxDecimals = 4;

    /// <summary>Returns <paramref name="price"/> when it is non-negative with at most four decimals.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The price is negative or has more than four decimals.</exception>
    public static decimal Validate(decimal price, string name)
    {
        if (price < 0m)
        {
            throw new ArgumentOutOfRangeException(name, price, $"A net unit price cannot be negative; {name} is {price.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (decimal.Round(price, MaxDecimals) != price)
        {
            throw new ArgumentOutOfRangeException(name, price, $"A net unit price has at most {MaxDecimals} decimals; {name} is {price.ToString(CultureInfo.InvariantCulture)}.");
        }

        return price;
    }
}
