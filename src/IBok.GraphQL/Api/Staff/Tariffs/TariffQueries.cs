using IBok.GraphQL.Api.Authorization;
using IBok.GraphQL.Application.Staff.Tariffs;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Access;

namespace IBok.GraphQL.Api.Staff.Tariffs;

/// <summary>The tariffs as staff and integrations see them.</summary>
[QueryType]
[RequiresRole(ViewerRole.Operator, ViewerRole.Admin, ViewerRole.Integration)]
public sealed class TariffQueries
{
    /// <summary>The price lists of a tariff group (all groups when omitted), by group then start.</summary>
    public async Task<IReadOnlyList<StaffPriceList>> PriceLists([Service] TariffManagement tariffs, CancellationToken cancellationToken, string? tariffGroup = null) =>
        [.. (await tariffs.PriceListsAsync(tariffGroup, cancellationToken)).Select(list => StaffPriceList.Of(list.Row, list.UsedByInvoices))];

    /// <summary>The VAT rates, oldest first; each applies until the next.</summary>
    public async Task<IReadOnlyList<StaffVatRates>> VatRates([Service] TariffManagement tariffs, CancellationToken cancellationToken) =>
        [.. (await tariffs.VatRatesAsync(cancellationToken)).Select(StaffVatRates.Of)];
}
