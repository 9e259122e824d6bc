using System.Collections.Concurrent;
using System.Collections.ObjectModel;

namespace IBok.Domain.Tariffs;

/// <summary>The catalogue of all price lists of all tariff groups, with the VAT configuration: finds the prices in
/// force on a day and cuts a period where prices or VAT rates change.</summary>
/// <remarks>
/// <para>Price lists of one group must not overlap (checked here, <see cref="OverlappingTariffsException"/>); they may
/// leave gaps, which only matter when a day in a gap is billed (<see cref="TariffNotInForceException"/>).</para>
/// <para>A tariff change inside a billing period is settled by splitting the period by days; no legal rule prescribes
/// it, it is the common practice of Polish utilities (see DOMAIN-FACTS.md, "Mid-period tariff change").</para>
/// </remarks>
public sealed class TariffBook
{
    /// <summary>How many distinct (group, period) splits are remembered; a billing run bills many contracts over the same few periods.</summary>
    private const int SplitCacheCapacity = 4096;

    private readonly Dictionary<string, PriceList[]> priceListsByGroup;
    private readonly ConcurrentDictionary<(string Group, DatePeriod Period), ReadOnlyCollection<TariffSegment>> splitCache = new();

    /// <summary>Creates the catalogue.</summary>
    /// <param name="priceLists">All price lists of all groups, in any order.</param>
    /// <param name="vatRates">The effective-dated VAT configuration.</param>
    /// <exception cref="OverlappingTariffsException">Two price lists of one group share a day.</exception>
    public TariffBook(IEnumerable<PriceList> priceLists, VatRateTable vatRates)
    {
        ArgumentNullException.ThrowIfNull(priceLists);
        ArgumentNullException.ThrowIfNull(vatRates);
        VatRates = vatRates;
        priceListsByGroup = new Dictionary<string, PriceList[]>(StringComparer.Ordinal);
        foreach (var group in priceLists.GroupBy(list => list.TariffGroup, StringComparer.Ordinal))
        {
            var sorted = group.OrderBy(list => list.Validity.Start).ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].Validity.Overlaps(sorted[i - 1].Validity))
                {
                    throw new OverlappingTariffsException(group.Key, sorted[i - 1].Validity, sorted[i].Validity);
                }
            }

            priceListsByGroup.Add(group.Key, sorted);
        }
    }

    /// <summary>The VAT configuration.</summary>
    public VatRateTable VatRates { get; }

    /// <summary>The tariff group codes known to the catalogue, in ordinal order.</summary>
    public IReadOnlyList<string> TariffGroups => priceListsByGroup.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The price list of <paramref name="tariffGroup"/> in force on <paramref name="day"/>.</summary>
    /// <exception cref="TariffNotInForceException">The group is unknown or has no price list covering the day.</exception>
    public PriceList PriceListInForce(string tariffGroup, DateOnly day) =>
        FindPriceList(tariffGroup, day) ?? throw new TariffNotInForceException(tariffGroup, day);

    /// <summary>
    /// Cuts <paramref name="period"/> into consecutive segments, starting a new one on every day a price list of
    /// <paramref name="tariffGroup"/> or the VAT rates change; the segments together cover the period exactly.
    /// </summary>
    /// <exception cref="TariffNotInForceException">Some day of the period has no price list (the first such day is named).</exception>
    /// <exception cref="VatRatesNotInForceException">Some day of the period precedes the VAT configuration.</exception>
    /// <remarks>The catalogue is immutable, so splits are remembered (up to a few thousand distinct periods) and a billing
    /// run pays for each period's split once; the answer is the same either way.</remarks>
    public IReadOnlyList<TariffSegment> Split(string tariffGroup, DatePeriod period)
    {
        ArgumentNullException.ThrowIfNull(tariffGroup);
        if (splitCache.TryGetValue((tariffGroup, period), out var cached))
        {
            return cached;
        }

        var segments = Array.AsReadOnly(ComputeSplit(tariffGroup, period));
        if (splitCache.Count < SplitCacheCapacity)
        {
            splitCache.TryAdd((tariffGroup, period), segments);
        }

        return segments;
    }

    private TariffSegment[] ComputeSplit(string tariffGroup, DatePeriod period)
    {
        var segments = new List<TariffSegment>(2);
        var cursor = period.Start;
        while (true)
        {
            var prices = PriceListInForce(tariffGroup, cursor);
            var vat = VatRates.InForceOn(cursor);
            var end = prices.Validity.End < period.End ? prices.Validity.End : period.End;
            var vatChange = VatRates.NextChangeAfter(cursor);
            if (vatChange is { } change && change <= end)
            {
                end = change.AddDays(-1);
            }

            segments.Add(new TariffSegment(new DatePeriod(cursor, end), prices, vat));
            if (end == period.End)
            {
                return [.. segments];
            }

            cursor = end.AddDays(1);
        }
    }

    private PriceList? FindPriceList(string tariffGroup, DateOnly day)
    {
        if (!priceListsByGroup.TryGetValue(tariffGroup, out var lists))
        {
            return null;
        }

        foreach (var list in lists)
        {
            if (list.Validity.Contains(day))
            {
                return list;
            }
        }

        return null;
    }
}
