namespace IBok.Domain.Interest;

/// <summary>The interest for one stretch of days at one rate.</summary>
/// <param name="Period">The days, both ends inclusive.</param>
/// <param name="AnnualRatePercent">The annual rate in force on those days.</param>
/// <param name="ExactInterest">principal × rate / 100 × days / 365, not rounded; the total is rounded once.</param>
public sealed record InterestSegment(DatePeriod Period, decimal AnnualRatePercent, decimal ExactInterest)
{
    /// <summary>The number of days in <see cref="Period"/>.</summary>
    public int Days => Period.Days;
}

/// <summary>Late interest on one amount paid (or still unpaid) after its due date.</summary>
/// <param name="Principal">The amount paid late (or still owed).</param>
/// <param name="DueDate">The payment deadline.</param>
/// <param name="Through">The payment day (or the day interest is counted to), inclusive.</param>
/// <param name="Segments">One per rate in force, in date order; empty when not late.</param>
/// <param name="Total">The sum of the exact segment interest, rounded once to the grosz (half away from zero).</param>
public sealed record InterestCalculation(Money Principal, DateOnly DueDate, DateOnly Through, IReadOnlyList<InterestSegment> Segments, Money Total)
{
    /// <summary>The days of delay: from the day after the due date to <see cref="Through"/>, inclusive; zero when not late.</summary>
    public int Days => Segments.Sum(s => s.Days);
}

/// <summary>Computes late-payment interest (odsetki za opóźnienie).</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Days: from the day after the due date to the payment day, both inclusive (art. 481 § 1 KC: interest for the time
/// of delay; the due day itself is not late). A bank transfer is paid on the day the creditor's account is credited
/// (Supreme Court resolution of 4 January 1995, III CZP 164/94), which is the ledger's payment value date. A due date falling on a
/// Saturday or public holiday moves to the next working day (art. 115 KC): the caller passes the moved date.</item>
/// <item>Rates: the table's rate in force on each day; a period crossing rate changes is cut into segments.</item>
/// <item>Year: 365 days, also in leap years. Neither the Civil Code nor the late-payment act fixes a day count; 365 is
/// the common practice of courts, ZUS and the tax authorities' calculators, so a leap day is simply one more day at 1/365.</item>
/// <item>Rounding: each segment's interest is kept exact (decimal), and only the total is rounded to the grosz, half away
/// from zero, so splitting a period at rate changes never adds or loses a grosz.</item>
/// </list>
/// </remarks>
public static class LateInterest
{
    /// <summary>Days in the interest year, leap years included.</summary>
    public const int DaysInYear = 365;

    /// <summary>Interest on <paramref name="principal"/> due on <paramref name="dueDate"/> and paid (or counted) through
    /// <paramref name="through"/>. Zero with no segments when <paramref name="through"/> is not after the due date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The principal is negative.</exception>
    /// <exception cref="InterestRateNotDefinedException">The table has no rate for a day of delay.</exception>
    public static InterestCalculation Calculate(Money principal, DateOnly dueDate, DateOnly through, InterestRateTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (principal.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(principal), $"Interest is computed on a non-negative amount; got {principal.ToString()}.");
        }

        if (through <= dueDate)
        {
            return new InterestCalculation(principal, dueDate, through, [], Money.Zero);
        }

        var segments = table.Split(new DatePeriod(dueDate.AddDays(1), through))
            .Select(part => new InterestSegment(part.Period, part.AnnualRatePercent, principal.Amount * part.AnnualRatePercent * part.Period.Days / (100m * DaysInYear)))
            .ToArray();
        return new InterestCalculation(principal, dueDate, through, segments, Money.Pln(segments.Sum(s => s.ExactInterest)));
    }
}
