namespace IBok.Domain.Tariffs;

/// <summary>The effective-dated VAT configuration: each <see cref="VatRates"/> entry applies from its date until the day before the next one.</summary>
/// <remarks>Entries have only a start date, so the table can have neither gaps nor overlaps after its first entry;
/// a day before the first entry has no rates and is an error.</remarks>
public sealed class VatRateTable
{
    private readonly VatRates[] entries;

    /// <summary>Creates the table from its entries in any order.</summary>
    /// <exception cref="ArgumentException">No entries, or two entries take effect on the same day.</exception>
    public VatRateTable(IEnumerable<VatRates> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = entries.ToArray();
        foreach (var entry in sorted)
        {
            ArgumentNullException.ThrowIfNull(entry);
        }

        Array.Sort(sorted, static (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        if (sorted.Length == 0)
        {
            throw new ArgumentException("A VAT rate table needs at least one entry.", nameof(entries));
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].EffectiveFrom == sorted[i - 1].EffectiveFrom)
            {
                throw new ArgumentException(
                    $"Two VAT rate entries take effect on {sorted[i].EffectiveFrom.ToIsoDate()}.", nameof(entries));
            }
        }

        this.entries = sorted;
    }

    /// <summary>The entries in order of their effective dates.</summary>
    public IReadOnlyList<VatRates> Entries => entries;

    /// <summary>The rates in force on <paramref name="day"/>.</summary>
    /// <exception cref="VatRatesNotInForceException"><paramref name="day"/> is before the first entry.</exception>
    public VatRates InForceOn(DateOnly day)
    {
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            if (entries[i].EffectiveFrom <= day)
            {
                return entries[i];
            }
        }

        throw new VatRatesNotInForceException(day, entries[0].EffectiveFrom);
    }

    /// <summary>The first day after <paramref name="day"/> on which the rates change, or null when none is configured.</summary>
    public DateOnly? NextChangeAfter(DateOnly day)
    {
        foreach (var entry in entries)
        {
            if (entry.EffectiveFrom > day)
            {
                return entry.EffectiveFrom;
            }
        }

        return null;
    }
}
