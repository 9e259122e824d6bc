using IBok.Domain;
using IBok.Domain.Customers;
using IBok.Domain.Tariffs;
using IBok.GraphQL.Persistence.Model.Tariffs;

namespace IBok.GraphQL.Persistence.Mapping;

/// <summary>Price list and VAT rows ↔ IBok.Domain's <see cref="PriceList"/>, <see cref="VatRates"/> and
/// <see cref="TariffBook"/>.</summary>
public static class TariffMapping
{
    /// <summary>The tariff book of every stored price list (with their subscription fees loaded) and VAT rate row.</summary>
    public static TariffBook ToTariffBook(IEnumerable<PriceListRow> priceLists, IEnumerable<VatRatesRow> vatRates)
    {
        ArgumentNullException.ThrowIfNull(priceLists);
        ArgumentNullException.ThrowIfNull(vatRates);
        return new TariffBook(priceLists.Select(ToDomain), new VatRateTable(vatRates.Select(ToDomain)));
    }

    /// <summary>Rebuilds one price list from its row and its subscription fee rows.</summary>
    public static PriceList ToDomain(PriceListRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        HeatPrices? heat = (row.HeatFixedNetPerMegawattMonth, row.HeatVariableNetPerGigajoule) switch
        {
            (null, null) => null,
            ({ } fixedPrice, { } variablePrice) => new HeatPrices(fixedPrice, variablePrice),
            _ => throw new FormatException($"Price list {row.TariffGroup} from {row.EffectiveFrom:yyyy-MM-dd} has only one of the two heat prices."),
        };
        return new PriceList(
            row.TariffGroup,
            row.EffectiveFrom,
            row.EffectiveUntil,
            row.WaterNetPerCubicMetre,
            row.SewageNetPerCubicMetre,
            row.SubscriptionFees.Select(fee => KeyValuePair.Create(fee.ReadingMethod, new SubscriptionFeeRate(fee.StandardNet, fee.WithEInvoiceNet))),
            heat);
    }

    /// <summary>A new row (with its subscription fee rows) for a price list.</summary>
    public static PriceListRow ToRow(PriceList priceList)
    {
        ArgumentNullException.ThrowIfNull(priceList);
        var row = new PriceListRow
        {
            TariffGroup = priceList.TariffGroup,
            EffectiveFrom = priceList.Validity.Start,
            EffectiveUntil = priceList.Validity.End == DateOnly.MaxValue ? null : priceList.Validity.End,
            WaterNetPerCubicMetre = priceList.WaterPerCubicMetre,
            SewageNetPerCubicMetre = priceList.SewagePerCubicMetre,
            HeatFixedNetPerMegawattMonth = priceList.Heat?.FixedPerMegawattMonth,
            HeatVariableNetPerGigajoule = priceList.Heat?.VariablePerGigajoule,
        };
        foreach (var method in Enum.GetValues<ReadingMethod>())
        {
            // PriceList exposes a fee only through MonthlySubscriptionFee, which throws for a method it does not list.
            try
            {
                row.SubscriptionFees.Add(new SubscriptionFeeRow
                {
                    ReadingMethod = method,
                    StandardNet = priceList.MonthlySubscriptionFee(method, eInvoiceConsent: false),
                    WithEInvoiceNet = priceList.MonthlySubscriptionFee(method, eInvoiceConsent: true),
                });
            }
            catch (TariffComponentMissingException)
            {
            }
        }

        return row;
    }

    /// <summary>Rebuilds one VAT rates entry.</summary>
    public static VatRates ToDomain(VatRatesRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new VatRates(
            row.EffectiveFrom,
            VatRate.FromPercent(row.WaterPercent),
            VatRate.FromPercent(row.SewagePercent),
            VatRate.FromPercent(row.SubscriptionPercent),
            VatRate.FromPercent(row.HeatFixedPercent),
            VatRate.FromPercent(row.HeatVariablePercent));
    }

    /// <summary>A new row for a VAT rates entry.</summary>
    public static VatRatesRow ToRow(VatRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return new VatRatesRow
        {
            EffectiveFrom = rates.EffectiveFrom,
            WaterPercent = rates.Water.Percent,
            SewagePercent = rates.Sewage.Percent,
            SubscriptionPercent = rates.Subscription.Percent,
            HeatFixedPercent = rates.HeatFixed.Percent,
            HeatVariablePercent = rates.HeatVariable.Percent,
        };
    }
}
