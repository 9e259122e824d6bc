using System.Globalization;

namespace IBok.Domain.Metering;

/// <summary>
/// How long a meter's legalization (cecha legalizacyjna) lasts, per <see cref="MeterKind"/>: configuration, not constants.
/// </summary>
/// <remarks>
/// <para>A legalization made in year Y with a validity of N years lasts from the legalization day until 31 December of
/// year Y + N: the N years are counted from 1 January of the year after the legalization. So a water meter legalized on
/// 2021-06-15 may be used for billing until 2026-12-31 inclusive.</para>
/// <para>Water meters (cold and hot water, up to 500 m³/h, which includes submeters): 5 years counted from 1 January
/// of the year after legalization (DOMAIN-FACTS.md "Meters"; the
/// periods are set by the Rozporządzenie Ministra Rozwoju i Finansów z 13 grudnia 2017 r. w sprawie rodzajów przyrządów
/// pomiarowych podlegających prawnej kontroli metrologicznej, Dz.U. 2017 poz. 2373, annex).</para>
/// <para>Heat meters: legalization is required, but the period is UNCONFIRMED; <see cref="Default"/> assumes 5 years,
/// counted the same way. Configure it with <see cref="WithValidityYears"/> once confirmed.</para>
/// </remarks>
public sealed class LegalizationPolicy
{
    private readonly IReadOnlyDictionary<MeterKind, int> validityYears;

    private LegalizationPolicy(IReadOnlyDictionary<MeterKind, int> validityYears) => this.validityYears = validityYears;

    /// <summary>5 years for every kind: the legal period for water meters, the common assumption (UNCONFIRMED) for heat meters.</summary>
    public static LegalizationPolicy Default { get; } = new(Enum.GetValues<MeterKind>().ToDictionary(kind => kind, _ => 5));

    /// <summary>How many years (counted from 1 January of the year after legalization) a legalization of this kind lasts.</summary>
    public int ValidityYears(MeterKind kind) => validityYears[kind];

    /// <summary>A copy of this policy with another validity for one meter kind; pure.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is not 1 to 50.</exception>
    public LegalizationPolicy WithValidityYears(MeterKind kind, int years)
    {
        if (years is < 1 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, string.Create(CultureInfo.InvariantCulture, $"A legalization validity must be 1 to 50 years; got {years} for {kind}."));
        }

        var copy = validityYears.ToDictionary(pair => pair.Key, pair => pair.Value);
        copy[kind] = years;
        return new LegalizationPolicy(copy);
    }

    /// <summary>The last day (inclusive) on which <paramref name="meter"/> may be used for billing: 31 December of the
    /// legalization year plus the validity in years.</summary>
    public DateOnly ValidUntil(Meter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        return new DateOnly(meter.LegalizedOn.Year + ValidityYears(meter.Kind), 12, 31);
    }

    /// <summary>True when <paramref name="date"/> lies between the legalization day and <see cref="ValidUntil"/>, both inclusive.</summary>
    public bool IsLegalOn(Meter meter, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(meter);
        return date >= meter.LegalizedOn && date <= ValidUntil(meter);
    }

    /// <summary>
    /// True when the meter is legal on <paramref name="date"/> but no longer legal <paramref name="days"/> days later:
    /// the trigger for a "legalization expiring" notice. A meter already expired on <paramref name="date"/> is not
    /// "expiring" (it is expired) and gives false.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public bool ExpiresWithin(Meter meter, DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return IsLegalOn(meter, date) && !IsLegalOn(meter, date.AddDays(days));
    }
}
