using IBok.Domain.Customers;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.Staff;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Application.Staff.Tariffs;
using IBok.GraphQL.Persistence.Model.Tariffs;

namespace IBok.GraphQL.Api.Staff.Tariffs;

/// <summary>A monthly subscription fee of a new price list.</summary>
/// <param name="ReadingMethod">The reading method it applies to.</param>
/// <param name="StandardNet">Net fee per billing point per month.</param>
/// <param name="WithEInvoiceNet">Net fee with e-invoice consent (not above the standard fee).</param>
public sealed record SubscriptionFeeInput(ReadingMethod ReadingMethod, decimal StandardNet, decimal WithEInvoiceNet);

/// <summary>A monthly subscription fee of a price list.</summary>
/// <param name="ReadingMethod">The reading method it applies to.</param>
/// <param name="StandardNet">Net fee per billing point per month.</param>
/// <param name="WithEInvoiceNet">Net fee with e-invoice consent.</param>
public sealed record PriceListSubscriptionFee(ReadingMethod ReadingMethod, decimal StandardNet, decimal WithEInvoiceNet);

/// <summary>A tariff group's net prices over an effective period.</summary>
/// <param name="Id">The price list id.</param>
/// <param name="TariffGroup">The tariff group code.</param>
/// <param name="EffectiveFrom">First day in force.</param>
/// <param name="EffectiveUntil">Last day in force; null while open-ended.</param>
/// <param name="WaterNetPerCubicMetre">Water per m³.</param>
/// <param name="SewageNetPerCubicMetre">Sewage disposal per m³.</param>
/// <param name="HeatFixedNetPerMegawattMonth">Heat: per MW of ordered power per month.</param>
/// <param name="HeatVariableNetPerGigajoule">Heat: per GJ.</param>
/// <param name="SubscriptionFees">Monthly subscription fees per reading method.</param>
/// <param name="UsedByInvoices">An issued invoice was priced with it, so it can no longer change.</param>
public sealed record StaffPriceList(
    [property: ID] string Id, string TariffGroup, DateOnly EffectiveFrom, DateOnly? EffectiveUntil, decimal WaterNetPerCubicMetre, decimal SewageNetPerCubicMetre,
    decimal? HeatFixedNetPerMegawattMonth, decimal? HeatVariableNetPerGigajoule, IReadOnlyList<PriceListSubscriptionFee> SubscriptionFees, bool UsedByInvoices)
{
    /// <summary>From a row with its fees.</summary>
    public static StaffPriceList Of(PriceListRow row, bool usedByInvoices)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new StaffPriceList(
            TypedIds.Of("PriceList", row.Id), row.TariffGroup, row.EffectiveFrom, row.EffectiveUntil, TariffNumbers.Plain(row.WaterNetPerCubicMetre), TariffNumbers.Plain(row.SewageNetPerCubicMetre),
            TariffNumbers.Plain(row.HeatFixedNetPerMegawattMonth), TariffNumbers.Plain(row.HeatVariableNetPerGigajoule),
            [.. row.SubscriptionFees.OrderBy(fee => fee.ReadingMethod).Select(fee =>
                new PriceListSubscriptionFee(fee.ReadingMethod, TariffNumbers.Plain(fee.StandardNet), TariffNumbers.Plain(fee.WithEInvoiceNet)))],
            usedByInvoices);
    }
}

/// <summary>The VAT rates per tariff component from a day on, until the next entry.</summary>
/// <param name="EffectiveFrom">First day in force.</param>
/// <param name="WaterPercent">On water, %.</param>
/// <param name="SewagePercent">On sewage disposal, %.</param>
/// <param name="SubscriptionPercent">On the subscription fee, %.</param>
/// <param name="HeatFixedPercent">On the fixed heat charge, %.</param>
/// <param name="HeatVariablePercent">On the variable heat charge, %.</param>
public sealed record StaffVatRates(DateOnly EffectiveFrom, decimal WaterPercent, decimal SewagePercent, decimal SubscriptionPercent, decimal HeatFixedPercent, decimal HeatVariablePercent)
{
    /// <summary>From a row.</summary>
    public static StaffVatRates Of(VatRatesRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new StaffVatRates(
            row.EffectiveFrom, TariffNumbers.Plain(row.WaterPercent), TariffNumbers.Plain(row.SewagePercent), TariffNumbers.Plain(row.SubscriptionPercent),
            TariffNumbers.Plain(row.HeatFixedPercent), TariffNumbers.Plain(row.HeatVariablePercent));
    }
}

/// <summary>The result of <c>addPriceList</c>.</summary>
/// <param name="PriceList">The new price list, unless refused.</param>
/// <param name="ClosedPriceList">The group's previous price list, now ending the day before, if it was open.</param>
/// <param name="Errors">Why nothing was stored.</param>
public sealed record AddPriceListPayload(StaffPriceList? PriceList, StaffPriceList? ClosedPriceList, IReadOnlyList<StaffActionError> Errors)
{
    /// <summary>From the application's result.</summary>
    public static AddPriceListPayload Of(AddPriceListResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Error is { } error
            ? new AddPriceListPayload(null, null, [error])
            : new AddPriceListPayload(StaffPriceList.Of(result.PriceList!, usedByInvoices: false), result.ClosedPriceList is { } closed ? StaffPriceList.Of(closed, usedByInvoices: false) : null, []);
    }
}

/// <summary>Prices and rates as written, whatever scale the database returned them with (PostgreSQL's NUMERIC(12,4)
/// gives 5.9000, SQLite's text 5.9), so both providers answer alike.</summary>
internal static class TariffNumbers
{
    public static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    public static decimal? Plain(decimal? value) => value is { } present ? Plain(present) : null;
}
