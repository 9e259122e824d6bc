namespace IBok.Domain.Tariffs;

/// <summary>The VAT rate of every tariff component, in force from a day until the next entry of the <see cref="VatRateTable"/>.</summary>
/// <remarks>In 2026 water supply and sewage disposal are taxed at 8% (art. 41 ust. 2 and załącznik nr 3 poz. 140–142
/// of the VAT act) and heat at 23% (art. 41 ust. 1; the reduced heat rates of the anti-inflation shields ended with
/// 2022). Rates change by law, so they are data with an effective date, never constants in billing code.</remarks>
/// <param name="EffectiveFrom">The first day these rates apply.</param>
/// <param name="Water">Rate on water supply.</param>
/// <param name="Sewage">Rate on sewage disposal.</param>
/// <param name="Subscription">Rate on the subscription fee.</param>
/// <param name="HeatFixed">Rate on the fixed heat fee.</param>
/// <param name="HeatVariable">Rate on the variable heat fee.</param>
public sealed record VatRates(DateOnly EffectiveFrom, VatRate Water, VatRate Sewage, VatRate Subscription, VatRate HeatFixed, VatRate HeatVariable)
{
    /// <summary>The rate of one component.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="component"/> is not a defined component.</exception>
    public VatRate For(TariffComponent component) => component switch
    {
        TariffComponent.Water => Water,
        TariffComponent.Sewage => Sewage,
        TariffComponent.Subscription => Subscription,
        TariffComponent.HeatFixed => HeatFixed,
        TariffComponent.HeatVariable => HeatVariable,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "Unknown tariff component."),
    };
}
