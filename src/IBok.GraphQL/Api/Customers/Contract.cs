using IBok.Domain.Customers;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Relay;

namespace IBok.GraphQL.Api.Customers;

/// <summary>A contract (umowa) for the services at one premises.</summary>
[Node]
public sealed class Contract
{
    private readonly ContractListing _listing;

    internal Contract(ContractListing listing) => _listing = listing;

    /// <summary>The contract's global id.</summary>
    public long Id => _listing.Contract.Id;

    /// <summary>The contract number.</summary>
    public string Number => _listing.Contract.Number;

    /// <summary>The services contracted (water supply, sewage disposal, heat).</summary>
    public IReadOnlyList<UtilityService> Services => _listing.Contract.Services;

    /// <summary>The tariff group applied.</summary>
    public string TariffGroup => _listing.Contract.TariffGroup;

    /// <summary>How often the customer is billed.</summary>
    public BillingCycle BillingCycle => _listing.Contract.BillingCycle;

    /// <summary>How the meters are read.</summary>
    public ReadingMethod ReadingMethod => _listing.Contract.ReadingMethod;

    /// <summary>The first day of the contract.</summary>
    public DateOnly StartDate => _listing.Contract.StartDate;

    /// <summary>The last day of a fixed-term contract (umowa terminowa); null for an open-ended one.</summary>
    public DateOnly? EndDate => _listing.Contract.EndDate;

    /// <summary>Whether invoices for this contract are sent electronically (e-faktura).</summary>
    public bool ElectronicInvoice => _listing.Contract.ElectronicInvoice;

    /// <summary>The scanned signed contract, when the utility stored one.</summary>
    public FileReference? SignedScan => _listing.Scan is { } scan
        ? new FileReference(scan.FileName, scan.ContentType, scan.SizeBytes, FileReference.CustomerFilePath(scan.Id))
        : null;

    /// <summary>Fetches a contract for <c>node(id:)</c>.</summary>
    [NodeResolver]
    public static async Task<Contract?> GetAsync(
        long id, RowByIdLoader<ContractRow> contracts, ContractsByCustomerLoader listings, [Service] RequestCustomers customers, CancellationToken cancellationToken)
    {
        // The row (filtered by the viewer) finds the owner; the owner's listings carry the scan the contract shows.
        if (await contracts.LoadAsync(id, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            return null;
        }

        customers.Add([row.CustomerId]);
        var listing = (await listings.LoadAsync(row.CustomerId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(candidate => candidate.Contract.Id == id);
        return listing is null ? null : new Contract(listing);
    }
}
