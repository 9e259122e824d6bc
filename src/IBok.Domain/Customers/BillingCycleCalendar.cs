using System.Globalization;

namespace IBok.Domain.Customers;

/// <summary>The calendar-aligned periods of each <see cref="BillingCycle"/>.</summary>
public static class BillingCycleCalendar
{
    /// <summary>The number of calendar months in one period of the cycle: 1, 2 or 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cycle is not a defined value.</exception>
    public static int MonthsPerPeriod(this BillingCycle cycle) => cycle switch
    {
        BillingCycle.Monthly => 1,
        BillingCycle.BiMonthly => 2,
        BillingCycle.Quarterly => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(cycle), cycle, string.Create(CultureInfo.InvariantCulture, $"Unknown billing cycle {(int)cycle}.")),
    };

    /// <summary>The whole calendar period of the cycle that contains <paramref name="day"/>, ignoring any contract.</summary>
    /// <remarks>Periods start on the first of January and follow each other without gaps: Monthly is the calendar
    /// month; BiMonthly is January–February, March–April, …, November–December; Quarterly is January–March,
    /// April–June, July–September, October–December. Each ends on the last day of its last month, so February's
    /// 29th in a leap year belongs to the period like any other day.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The cycle is not a defined value.</exception>
    public static DatePeriod PeriodContaining(this BillingCycle cycle, DateOnly day)
    {
        var months = cycle.MonthsPerPeriod();
        var firstMonth = ((day.Month - 1) / months * months) + 1;
        var lastMonth = firstMonth + months - 1;
        return new DatePeriod(
            new DateOnly(day.Year, firstMonth, 1),
            new DateOnly(day.Year, lastMonth, DateTime.DaysInMonth(day.Year, lastMonth)));
    }
}
