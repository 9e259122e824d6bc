using IBok.Domain.Customers;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.CustomerReads.Loaders;

namespace IBok.GraphQL.Api.Customers;

/// <summary>A contract (umowa) for the services at one premises.</summary>
public sealed class Contract
{
    private readonly ContractListing _listing;

    internal Contract(ContractListing listing) => _listing = listing;

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
}
