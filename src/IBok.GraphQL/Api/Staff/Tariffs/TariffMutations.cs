using IBok.GraphQL.Api.Authorization;
using IBok.GraphQL.Application.Staff.Tariffs;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Access;

namespace IBok.GraphQL.Api.Staff.Tariffs;

/// <summary>Tariff management (admins only).</summary>
[MutationType]
[RequiresRole(ViewerRole.Admin)]
public sealed class TariffMutations
{
    /// <summary>
    /// Adds a price list of a tariff group from a day on; the group's open price list then ends the day before. Prices
    /// are net with at most 4 decimals. A price list that priced an issued invoice never changes: add a newer one.
    /// </summary>
    public async Task<AddPriceListPayload> AddPriceList(
        string tariffGroup, DateOnly effectiveFrom, decimal waterNetPerCubicMetre, decimal sewageNetPerCubicMetre, IReadOnlyList<SubscriptionFeeInput> subscriptionFees,
        [Service] TariffManagement tariffs, CancellationToken cancellationToken,
        DateOnly? effectiveUntil = null, decimal? heatFixedNetPerMegawattMonth = null, decimal? heatVariableNetPerGigajoule = null)
    {
        var request = new PriceListToAdd(
            tariffGroup, effectiveFrom, effectiveUntil, waterNetPerCubicMetre, sewageNetPerCubicMetre,
            [.. subscriptionFees.Select(fee => new SubscriptionFeeToAdd(fee.ReadingMethod, fee.StandardNet, fee.WithEInvoiceNet))],
            heatFixedNetPerMegawattMonth, heatVariableNetPerGigajoule);
        return AddPriceListPayload.Of(await tariffs.AddPriceListAsync(request, cancellationToken));
    }
}
