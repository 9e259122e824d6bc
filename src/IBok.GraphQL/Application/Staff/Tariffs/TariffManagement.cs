using System.Globalization;
using IBok.Domain;
using IBok.Domain.Customers;
using IBok.Domain.Tariffs;
using IBok.GraphQL.Application.Staff.Auditing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Tariffs;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Staff.Tariffs;

/// <summary>A monthly subscription fee of a new price list.</summary>
/// <param name="ReadingMethod">The reading method it applies to.</param>
/// <param name="StandardNet">Net fee per billing point per month.</param>
/// <param name="WithEInvoiceNet">Net fee with e-invoice consent (not above the standard fee).</param>
public sealed record SubscriptionFeeToAdd(ReadingMethod ReadingMethod, decimal StandardNet, decimal WithEInvoiceNet);

/// <summary>A new price list of a tariff group (net prices, at most 4 decimals).</summary>
/// <param name="TariffGroup">The tariff group code, e.g. <c>G1</c>.</param>
/// <param name="EffectiveFrom">The first day in force.</param>
/// <param name="EffectiveUntil">The last day in force, or null while it has no end.</param>
/// <param name="WaterNetPerCubicMetre">Water per m³.</param>
/// <param name="SewageNetPerCubicMetre">Sewage disposal per m³.</param>
/// <param name="SubscriptionFees">The monthly subscription fees per reading method.</param>
/// <param name="HeatFixedNetPerMegawattMonth">Heat: per MW of ordered power per month; with the variable price or neither.</param>
/// <param name="HeatVariableNetPerGigajoule">Heat: per GJ; with the fixed price or neither.</param>
public sealed record PriceListToAdd(
    string TariffGroup,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveUntil,
    decimal WaterNetPerCubicMetre,
    decimal SewageNetPerCubicMetre,
    IReadOnlyList<SubscriptionFeeToAdd> SubscriptionFees,
    decimal? HeatFixedNetPerMegawattMonth = null,
    decimal? HeatVariableNetPerGigajoule = null);

/// <summary>The outcome of <see cref="TariffManagement.AddPriceListAsync"/>.</summary>
/// <param name="PriceList">The stored price list, unless refused.</param>
/// <param name="ClosedPriceList">The group's previous price list, now ending the day before the new one, if one was open.</param>
/// <param name="Error">Why nothing was stored.</param>
public sealed record AddPriceListResult(PriceListRow? PriceList, PriceListRow? ClosedPriceList, StaffActionError? Error);

/// <summary>A stored price list with whether an issued invoice was priced by it.</summary>
/// <param name="Row">The price list with its subscription fees.</param>
/// <param name="UsedByInvoices">An invoice of its group covers one of its days, so its prices can no longer change.</param>
public sealed record StoredPriceList(PriceListRow Row, bool UsedByInvoices);

/// <summary>
/// Price lists and VAT rates (admins change, staff read). Prices are validated by IBok.Domain's <see cref="PriceList"/>
/// and, together with the group's other lists, by <see cref="TariffBook"/>. A price list that priced an issued
/// invoice never changes: a new price list from a later day is added instead, and it closes the open one the day
/// before only when no invoice covers the days it takes over.
/// </summary>
public sealed class TariffManagement(IBokDbContext db, TimeProvider time)
{
    /// <summary>Validates and stores a new price list, ending the group's open price list the day before it.</summary>
    public async Task<AddPriceListResult> AddPriceListAsync(PriceListToAdd request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        PriceList priceList;
        try
        {
            priceList = ToDomain(request);
        }
        catch (ArgumentOutOfRangeException invalid)
        {
            return Failed("INVALID_PRICE", MessageOf(invalid));
        }
        catch (ArgumentException invalid)
        {
            return Failed("INVALID_PRICE_LIST", MessageOf(invalid));
        }

        if (request.HeatFixedNetPerMegawattMonth is null != request.HeatVariableNetPerGigajoule is null)
        {
            return Failed("INVALID_PRICE_LIST", "Heat prices come in pairs: give both the fixed price per MW-month and the variable price per GJ, or neither.");
        }

        var group = priceList.TariffGroup;
        var from = priceList.Validity.Start;
        var lists = await db.Set<PriceListRow>().Include(row => row.SubscriptionFees).Where(row => row.TariffGroup == group).ToListAsync(cancellationToken);
        var previous = lists.FirstOrDefault(row => row.EffectiveFrom < from && (row.EffectiveUntil is null || row.EffectiveUntil >= from));
        if (previous is not null)
        {
            var previousEnd = previous.EffectiveUntil ?? DateOnly.MaxValue;
            var invoiced = await db.Set<InvoiceRow>()
                .Where(row => row.TariffGroup == group && row.PeriodEnd >= from && row.PeriodStart <= previousEnd)
                .OrderByDescending(row => row.PeriodEnd)
                .Select(row => new { row.Number, row.PeriodEnd })
                .FirstOrDefaultAsync(cancellationToken);
            if (invoiced is not null)
            {
                return Failed("PRICE_LIST_IN_USE", string.Create(CultureInfo.InvariantCulture,
                    $"Invoice {invoiced.Number} was priced with the price list of {group} from {previous.EffectiveFrom:yyyy-MM-dd} up to {invoiced.PeriodEnd:yyyy-MM-dd}, so that price list cannot end before; add the new price list from {invoiced.PeriodEnd.AddDays(1):yyyy-MM-dd} or later."));
            }
        }

        var others = lists.Where(row => row != previous).Select(TariffMapping.ToDomain).ToList();
        if (previous is not null)
        {
            var old = TariffMapping.ToDomain(previous);
            var fees = previous.SubscriptionFees.Select(fee => KeyValuePair.Create(fee.ReadingMethod, new SubscriptionFeeRate(fee.StandardNet, fee.WithEInvoiceNet)));
            others.Add(new PriceList(old.TariffGroup, old.Validity.Start, from.AddDays(-1), old.WaterPerCubicMetre, old.SewagePerCubicMetre, fees, old.Heat));
        }

        try
        {
            // The tariff book checks the group's lists for overlaps when built; the VAT table only has to exist.
            _ = new TariffBook([.. others, priceList], new VatRateTable([new VatRates(DateOnly.MinValue, VatRate.Reduced8, VatRate.Reduced8, VatRate.Reduced8, VatRate.Standard23, VatRate.Standard23)]));
        }
        catch (OverlappingTariffsException overlap)
        {
            return Failed("OVERLAPPING_PRICE_LIST", MessageOf(overlap));
        }

        var row = TariffMapping.ToRow(priceList);
        db.Add(row);
        if (previous is not null)
        {
            previous.EffectiveUntil = from.AddDays(-1);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        StaffAudit.Record(db, now, "tariff.price-list.add", "PriceList", row.Id.ToString(CultureInfo.InvariantCulture), new
        {
            TariffGroup = group,
            EffectiveFrom = from,
            request.EffectiveUntil,
            request.WaterNetPerCubicMetre,
            request.SewageNetPerCubicMetre,
            ClosedPriceListId = previous?.Id,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new AddPriceListResult(row, previous, null);
    }

    /// <summary>The price lists of one tariff group (or of all), by group then start.</summary>
    public async Task<IReadOnlyList<StoredPriceList>> PriceListsAsync(string? tariffGroup, CancellationToken cancellationToken)
    {
        var query = db.Set<PriceListRow>().AsNoTracking().Include(row => row.SubscriptionFees).AsQueryable();
        if (!string.IsNullOrWhiteSpace(tariffGroup))
        {
            var group = tariffGroup.Trim();
            query = query.Where(row => row.TariffGroup == group);
        }

        var rows = await query.OrderBy(row => row.TariffGroup).ThenBy(row => row.EffectiveFrom).ToListAsync(cancellationToken);
        var lists = new List<StoredPriceList>(rows.Count);
        foreach (var row in rows)
        {
            var until = row.EffectiveUntil ?? DateOnly.MaxValue;
            var used = await db.Set<InvoiceRow>().AnyAsync(
                invoice => invoice.TariffGroup == row.TariffGroup && invoice.PeriodEnd >= row.EffectiveFrom && invoice.PeriodStart <= until, cancellationToken);
            row.SubscriptionFees.Sort((left, right) => left.ReadingMethod.CompareTo(right.ReadingMethod));
            lists.Add(new StoredPriceList(row, used));
        }

        return lists;
    }

    /// <summary>The VAT rates, oldest first (each applies until the next).</summary>
    public async Task<IReadOnlyList<VatRatesRow>> VatRatesAsync(CancellationToken cancellationToken) =>
        await db.Set<VatRatesRow>().AsNoTracking().OrderBy(row => row.EffectiveFrom).ToListAsync(cancellationToken);

    private static PriceList ToDomain(PriceListToAdd request)
    {
        var heat = request is { HeatFixedNetPerMegawattMonth: { } fixedPrice, HeatVariableNetPerGigajoule: { } variablePrice }
            ? new HeatPrices(fixedPrice, variablePrice)
            : null;
        return new PriceList(
            request.TariffGroup ?? "",
            request.EffectiveFrom,
            request.EffectiveUntil,
            request.WaterNetPerCubicMetre,
            request.SewageNetPerCubicMetre,
            (request.SubscriptionFees ?? []).Select(fee => KeyValuePair.Create(fee.ReadingMethod, new SubscriptionFeeRate(fee.StandardNet, fee.WithEInvoiceNet))),
            heat);
    }

    /// <summary>The domain's message without the parameter name and value the BCL appends.</summary>
    private static string MessageOf(ArgumentException exception)
    {
        var message = exception.Message;
        var parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter >= 0 ? message[..parameter] : message;
    }

    private static AddPriceListResult Failed(string code, string message) => new(null, null, new StaffActionError(code, message));
}
