namespace IBok.Domain.Tariffs;

/// <summary>A run of days over which one price list and one set of VAT rates apply.</summary>
/// <param name="Period">The days, both ends inclusive.</param>
/// <param name="Prices">The price list in force on every one of those days.</param>
/// <param name="VatRates">The VAT rates in force on every one of those days.</param>
public sealed record TariffSegment(DatePeriod Period, PriceList Prices, VatRates VatRates);
