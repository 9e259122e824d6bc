using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Api.Metering;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Relay;

namespace IBok.GraphQL.Api.Customers;

/// <summary>A premises (posesja, punkt poboru): an address with meters and contracts.</summary>
[Node]
public sealed class Premises
{
    private readonly PremisesRow _row;

    private Premises(PremisesRow row) => _row = row;

    /// <summary>The premises' global id.</summary>
    public long Id => _row.Id;

    /// <summary>The utility's code of the premises.</summary>
    public string Code => _row.Code;

    /// <summary>The address.</summary>
    public Address Address => new(_row.Street, _row.BuildingNumber, _row.ApartmentNumber, _row.PostalCode, _row.City);

    /// <summary>The meters installed here (removed ones included), by serial number.</summary>
    public async Task<IReadOnlyList<Meter>> Meters(MetersByCustomerLoader meters, CancellationToken cancellationToken) =>
        (await meters.LoadAsync(_row.CustomerId, cancellationToken).ConfigureAwait(false)).Derived(Meter.ByPremisesOfCustomer).GetValueOrDefault(_row.Id) ?? [];

    /// <summary>The contracts for this premises, newest first.</summary>
    public async Task<IReadOnlyList<Contract>> Contracts(ContractsByCustomerLoader contracts, CancellationToken cancellationToken) =>
        [.. (await contracts.LoadAsync(_row.CustomerId, cancellationToken).ConfigureAwait(false))
            .Where(listing => listing.Contract.PremisesId == _row.Id)
            .Select(listing => new Contract(listing))];

    /// <summary>Fetches a premises for <c>node(id:)</c>.</summary>
    [NodeResolver]
    public static async Task<Premises?> GetAsync(long id, RowByIdLoader<PremisesRow> premises, [Service] RequestCustomers customers, CancellationToken cancellationToken)
    {
        var row = await premises.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            customers.Add([row.CustomerId]);
        }

        return Of(row);
    }

    /// <summary>A customer's premises in the loader's order (by code), shared by the requests that read the same rows.</summary>
    internal static readonly CustomerDerivation<PremisesRow, IReadOnlyList<Premises>> AllOfCustomer = new(rows => [.. rows.Select(row => new Premises(row))]);

    internal static Premises? Of(PremisesRow? row) => row is null ? null : new Premises(row);
}
