using System.Globalization;

namespace IBok.Domain.Interest;

/// <summary>An annual interest rate in force from a day until the next change.</summary>
/// <param name="EffectiveFrom">The first day the rate applies.</param>
/// <param name="AnnualRatePercent">The rate per year in percent, e.g. <c>10.50m</c> for 10.50%.</param>
public readonly record struct InterestRateChange(DateOnly EffectiveFrom, decimal AnnualRatePercent);

/// <summary>
/// Annual interest rates with the days they take effect: each rate applies from its day until the day before the next
/// change. Immutable; <see cref="With"/> returns a new table, so an operator can add a rate change announced after a
/// release (from configuration) without a new release.
/// </summary>
public sealed class InterestRateTable
{
    private readonly InterestRateChange[] _changes;

    private InterestRateTable(string name, InterestRateChange[] sortedChanges)
    {
        Name = name;
        _changes = sortedChanges;
    }

    /// <summary>What the table holds, e.g. "statutory late interest (art. 481 § 2 KC)".</summary>
    public string Name { get; }

    /// <summary>The changes, earliest first, at most one per day.</summary>
    public IReadOnlyList<InterestRateChange> Changes => Array.AsReadOnly(_changes);

    /// <summary>The first day the table defines a rate for.</summary>
    public DateOnly FirstDay => _changes[0].EffectiveFrom;

    /// <summary>Creates a table from rate changes in any order.</summary>
    /// <exception cref="ArgumentException">No changes, two changes on the same day, a blank name, or a negative rate.</exception>
    public static InterestRateTable Create(string name, IEnumerable<InterestRateChange> changes)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("An interest rate table needs a name.", nameof(name));
        }

        ArgumentNullException.ThrowIfNull(changes);
        var sorted = changes.OrderBy(c => c.EffectiveFrom).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException($"Interest rate table '{name}' needs at least one rate.", nameof(changes));
        }

        for (var i = 0; i < sorted.Length; i++)
        {
            CheckRate(sorted[i]);
            if (i > 0 && sorted[i].EffectiveFrom == sorted[i - 1].EffectiveFrom)
            {
                throw new ArgumentException($"Interest rate table '{name}' has two rates effective from {sorted[i].EffectiveFrom.ToIsoDate()}.", nameof(changes));
            }
        }

        return new InterestRateTable(name, sorted);
    }

    /// <summary>A copy of this table with a rate effective from <paramref name="effectiveFrom"/>; a rate already
    /// effective from that day is replaced (a correction), later changes are kept. Pure: this table is unchanged.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative.</exception>
    public InterestRateTable With(DateOnly effectiveFrom, decimal annualRatePercent)
    {
        var change = new InterestRateChange(effectiveFrom, annualRatePercent);
        CheckRate(change);
        return new InterestRateTable(Name, [.. _changes.Where(c => c.EffectiveFrom != effectiveFrom).Append(change).OrderBy(c => c.EffectiveFrom)]);
    }

    /// <summary>The annual rate in percent in force on <paramref name="day"/>.</summary>
    /// <exception cref="InterestRateNotDefinedException">The day is before the table's first rate.</exception>
    public decimal RateOn(DateOnly day) => _changes[IndexOn(day)].AnnualRatePercent;

    /// <summary>Cuts <paramref name="period"/> at every rate change inside it: the parts in order, each with its rate.</summary>
    /// <exception cref="InterestRateNotDefinedException">The period starts before the table's first rate.</exception>
    public IEnumerable<(DatePeriod Period, decimal AnnualRatePercent)> Split(DatePeriod period)
    {
        var index = IndexOn(period.Start);
        var start = period.Start;
        while (true)
        {
            var nextChange = index + 1 < _changes.Length ? _changes[index + 1].EffectiveFrom : (DateOnly?)null;
            if (nextChange is null || nextChange.Value > period.End)
            {
                yield return (new DatePeriod(start, period.End), _changes[index].AnnualRatePercent);
                yield break;
            }

            yield return (new DatePeriod(start, nextChange.Value.AddDays(-1)), _changes[index].AnnualRatePercent);
            start = nextChange.Value;
            index++;
        }
    }

    private int IndexOn(DateOnly day)
    {
        if (day < FirstDay)
        {
            throw new InterestRateNotDefinedException(Name, day, FirstDay);
        }

        var index = 0;
        while (index + 1 < _changes.Length && _changes[index + 1].EffectiveFrom <= day)
        {
            index++;
        }

        return index;
    }

    private static void CheckRate(InterestRateChange change)
    {
        if (change.AnnualRatePercent < 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(change),
                string.Create(CultureInfo.InvariantCulture, $"An interest rate must not be negative; got {change.AnnualRatePercent}% from {change.EffectiveFrom.ToIsoDate()}."));
        }
    }
}

/// <summary>Interest was asked for a day before the first rate its table knows.</summary>
public sealed class InterestRateNotDefinedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public InterestRateNotDefinedException(string tableName, DateOnly day, DateOnly firstDay)
        : base($"Interest rate table '{tableName}' has no rate for {day.ToIsoDate()}; its first rate is effective from {firstDay.ToIsoDate()}.")
    {
        TableName = tableName;
        Day = day;
        FirstDay = firstDay;
    }

    /// <summary>The table's name.</summary>
    public string TableName { get; }

    /// <summary>The day asked for.</summary>
    public DateOnly Day { get; }

    /// <summary>The first day the table knows.</summary>
    public DateOnly FirstDay { get; }
}
