namespace IBok.Domain.Interest;

/// <summary>
/// Statutory interest for delay (odsetki ustawowe za opóźnienie, art. 481 § 2 of the Civil Code): the NBP reference
/// rate + 5.5 percentage points. Owed by a household (consumer) customer who pays late.
/// </summary>
/// <remarks>
/// <para>Sources: 2016-01-01 (when the present formula took effect) to 2023-10-05, the ZUS list of statutory interest
/// rates; 2025–2026, infor.pl, rankia.pl and dorzeczy.pl. The last three (2025-11-06, 2025-12-04, 2026-03-05) are computed
/// from the NBP reference rate (reference rate + 5.5 pp) and worth checking against an official announcement.</para>
/// <para>Rates announced later are added with <see cref="InterestRateTable.With"/> (by configuration), not by a new release.</para>
/// </remarks>
public static class StatutoryLateInterest
{
    /// <summary>The margin over the NBP reference rate, in percentage points (art. 481 § 2 KC).</summary>
    public const decimal MarginOverReferenceRate = 5.5m;

    /// <summary>The statutory late-interest rates from 2016-01-01, as known at release.</summary>
    public static InterestRateTable Table { get; } = InterestRateTable.Create(
        "statutory late interest (art. 481 § 2 KC)",
        [
            new(new DateOnly(2016, 1, 1), 7.00m),
            new(new DateOnly(2020, 3, 18), 6.50m),
            new(new DateOnly(2020, 4, 9), 6.00m),
            new(new DateOnly(2020, 5, 29), 5.60m),
            new(new DateOnly(2021, 10, 7), 6.00m),
            new(new DateOnly(2021, 11, 4), 6.75m),
            new(new DateOnly(2021, 12, 9), 7.25m),
            new(new DateOnly(2022, 1, 5), 7.75m),
            new(new DateOnly(2022, 2, 9), 8.25m),
            new(new DateOnly(2022, 3, 9), 9.00m),
            new(new DateOnly(2022, 4, 7), 10.00m),
            new(new DateOnly(2022, 5, 6), 10.75m),
            new(new DateOnly(2022, 6, 9), 11.50m),
            new(new DateOnly(2022, 7, 8), 12.00m),
            new(new DateOnly(2022, 9, 8), 12.25m),
            new(new DateOnly(2023, 9, 7), 11.50m),
            new(new DateOnly(2023, 10, 5), 11.25m),
            new(new DateOnly(2025, 5, 8), 10.75m),
            new(new DateOnly(2025, 7, 3), 10.50m),
            new(new DateOnly(2025, 9, 4), 10.25m),
            new(new DateOnly(2025, 10, 9), 10.00m),
            new(new DateOnly(2025, 11, 6), 9.75m),
            new(new DateOnly(2025, 12, 4), 9.50m),
            new(new DateOnly(2026, 3, 5), 9.25m),
        ]);
}
