namespace IBok.GraphQL.Api.Common;

/// <summary>
/// One written form per kind of decimal, whatever the database returned (SQLite keeps the text it was given,
/// PostgreSQL the column's scale), so a client never sees "131.0" from one server and "131.000" from another.
/// </summary>
internal static class Decimals
{
    /// <summary>A meter quantity (m³, GJ) with the three decimals the meters are stored with, e.g. "131.000".</summary>
    public static decimal Quantity(decimal value) => decimal.Round(value, 3, MidpointRounding.AwayFromZero) + 0.000m;

    /// <summary>A value without trailing zeros (prices, rates, fractional quantities), e.g. "8", "5.2345".</summary>
    public static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;
}
