using System.Globalization;
using IBok.Domain.Customers;

namespace IBok.Domain.Interest;

/// <summary>
/// Interest for delay in commercial transactions (odsetki ustawowe za opóźnienie w transakcjach handlowych, art. 4 pkt 3
/// lit. b of the act of 8 March 2013 on counteracting excessive delays in commercial transactions, consolidated text
/// Dz.U. 2023 poz. 1790): the NBP reference rate + 10 percentage points (+ 8 pp before 2020). The reference rate is the
/// one in force on 1 January for the first half-year and on 1 July for the second (art. 11b), so the rate is fixed per
/// half-year and announced in Monitor Polski (art. 11c). Owed by a business customer.
/// </summary>
/// <remarks>
/// <para><b><see cref="Table"/> is derived, not official.</b> It takes the reference rate as statutory interest − 5.5 pp
/// (art. 481 § 2 KC) from <see cref="StatutoryLateInterest.Table"/> on 1 January and 1 July of each half-year
/// from 2016 to the second half of 2026, and adds the margin. Where the official Monitor Polski announcement is at hand,
/// the caller should prefer it: <c>CommercialLateInterest.Table.With(new DateOnly(2027, 1, 1), 14.00m)</c> adds or
/// replaces a half-year's rate, or <see cref="DeriveFrom"/> builds a table from another statutory table.</para>
/// <para>Not covered: a public entity that is a medical provider (podmiot leczniczy) as debtor owes reference rate + 8 pp
/// (art. 4 pkt 3 lit. a); pass a table of your own for such a customer.</para>
/// </remarks>
public static class CommercialLateInterest
{
    /// <summary>The margin over the reference rate from 1 January 2020, in percentage points (amendment Dz.U. 2019 poz. 1649).</summary>
    public const decimal MarginSince2020 = 10m;

    /// <summary>The margin over the reference rate from 1 January 2016 to 31 December 2019, in percentage points.</summary>
    public const decimal MarginBefore2020 = 8m;

    /// <summary>The half-yearly rates derived from <see cref="StatutoryLateInterest.Table"/>, 2016 H1 to 2026 H2.</summary>
    public static InterestRateTable Table { get; } = DeriveFrom(StatutoryLateInterest.Table, new DateOnly(2026, 7, 1));

    /// <summary>Derives half-yearly commercial rates from a statutory late-interest table: for every 1 January and
    /// 1 July from the statutory table's first day up to <paramref name="lastHalfYearStart"/>, the statutory rate in
    /// force that day − 5.5 pp + the margin of that year.</summary>
    /// <exception cref="ArgumentException"><paramref name="lastHalfYearStart"/> is not a 1 January or 1 July, or is before the statutory table's first half-year.</exception>
    public static InterestRateTable DeriveFrom(InterestRateTable statutory, DateOnly lastHalfYearStart)
    {
        ArgumentNullException.ThrowIfNull(statutory);
        if (lastHalfYearStart.Day != 1 || (lastHalfYearStart.Month != 1 && lastHalfYearStart.Month != 7))
        {
            throw new ArgumentException($"A half-year starts on 1 January or 1 July; {lastHalfYearStart.ToIsoDate()} does not.", nameof(lastHalfYearStart));
        }

        var first = statutory.FirstDay;
        var halfYear = first is { Day: 1, Month: 1 or 7 }
            ? first
            : first.Month < 7 ? new DateOnly(first.Year, 7, 1) : new DateOnly(first.Year + 1, 1, 1);
        var changes = new List<InterestRateChange>();
        for (; halfYear <= lastHalfYearStart; halfYear = halfYear.AddMonths(6))
        {
            var referenceRate = statutory.RateOn(halfYear) - StatutoryLateInterest.MarginOverReferenceRate;
            var margin = halfYear.Year >= 2020 ? MarginSince2020 : MarginBefore2020;
            changes.Add(new InterestRateChange(halfYear, referenceRate + margin));
        }

        if (changes.Count == 0)
        {
            throw new ArgumentException($"No half-year between {first.ToIsoDate()} and {lastHalfYearStart.ToIsoDate()}.", nameof(lastHalfYearStart));
        }

        return InterestRateTable.Create("interest for delay in commercial transactions (derived from the reference rate)", changes);
    }
}

/// <summary>Picks the rate table for a debtor.</summary>
public static class LateInterestTables
{
    /// <summary><see cref="CommercialLateInterest.Table"/> for a business, <see cref="StatutoryLateInterest.Table"/> for a household.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined kind.</exception>
    public static InterestRateTable For(CustomerKind debtor) => debtor switch
    {
        CustomerKind.Household => StatutoryLateInterest.Table,
        CustomerKind.Business => CommercialLateInterest.Table,
        _ => throw new ArgumentOutOfRangeException(nameof(debtor), debtor, string.Create(CultureInfo.InvariantCulture, $"Unknown debtor kind {(int)debtor}.")),
    };
}
