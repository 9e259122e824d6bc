using System.Globalization;
using IBok.Domain.Tariffs;

namespace IBok.Domain.Billing;

/// <summary>One line of an invoice: a service over a span of days at one price (art. 106e ust. 1 pkt 7–12 of the VAT
/// act: name of the service, unit, quantity, net unit price, net value, VAT rate).</summary>
/// <param name="Component">The tariff component the line charges.</param>
/// <param name="Name">The service name as printed, in Polish, such as "Dostawa wody".</param>
/// <param name="Period">The days the line covers: one tariff sub-period, or one month (part) for monthly fees.</param>
/// <param name="Quantity">The quantity, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit as printed: "m³", "GJ", "mies." (billing point months) or "MW·mies." (ordered MW months).</param>
/// <param name="NetUnitPrice">The net unit price from the tariff.</param>
/// <param name="NetValue">The net value: <paramref name="Quantity"/> × <paramref name="NetUnitPrice"/>, rounded once to the grosz half away from zero.</param>
/// <param name="VatRate">The VAT rate of the component on those days.</param>
public sealed record InvoiceLine(
    TariffComponent Component,
    string Name,
    DatePeriod Period,
    decimal Quantity,
    string Unit,
    decimal NetUnitPrice,
    Money NetValue,
    VatRate VatRate)
{
    /// <summary>True when the quantity rests on an estimated reading (rozliczenie szacunkowe), to be settled by the next real one.</summary>
    public bool IsEstimated { get; init; }

    /// <summary>The name with the period as printed, and "(szacunek)" when estimated: <c>Dostawa wody 01.01.2026–28.02.2026</c>.</summary>
    public string Description =>
        Name + " " + Period.Start.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + "–" + Period.End.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
        + (IsEstimated ? " (szacunek)" : string.Empty);

    /// <summary>Creates a line whose net value is the quantity times the unit price, rounded once.</summary>
    public static InvoiceLine Priced(TariffComponent component, string name, DatePeriod period, decimal quantity, string unit, decimal netUnitPrice, VatRate vatRate, bool isEstimated = false) =>
        new(component, name, period, quantity, unit, netUnitPrice, Money.Pln(quantity * netUnitPrice), vatRate) { IsEstimated = isEstimated };
}
