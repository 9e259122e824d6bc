using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Model.Customers;

namespace IBok.GraphQL.Persistence.Mapping;

/// <summary>Contract rows ↔ IBok.Domain's <see cref="Contract"/>.</summary>
public static class ContractMapping
{
    /// <summary>
    /// Rebuilds a contract from its row, its customer's number, its premises' code and the consent history rows that
    /// hold its e-invoice consent (other rows are ignored).
    /// </summary>
    public static Contract ToDomain(ContractRow row, string customerNumber, string premisesCode, IEnumerable<ConsentChangeRow> consentChanges)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Contract(
            row.Number,
            CustomerNumber.Parse(customerNumber),
            PremisesCode.Parse(premisesCode),
            row.Services,
            row.TariffGroup,
            row.BillingCycle,
            row.ReadingMethod,
            row.StartDate,
            row.EndDate,
            row.BillingPoints,
            row.OrderedHeatPowerMegawatts,
            ConsentMapping.ToElectronicInvoiceConsent(consentChanges, row.Id));
    }

    /// <summary>Copies a contract onto a row (a new one when <paramref name="row"/> is null); the e-invoice history
    /// goes to <see cref="ConsentChangeRow"/>s (<see cref="ConsentMapping.ToRow"/>), its current state to
    /// <see cref="ContractRow.ElectronicInvoice"/>.</summary>
    public static ContractRow ToRow(Contract contract, long customerId, long premisesId, ContractRow? row = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        row ??= new ContractRow();
        row.CustomerId = customerId;
        row.PremisesId = premisesId;
        row.Number = contract.Number;
        row.Services = [.. contract.Services];
        row.TariffGroup = contract.TariffGroup;
        row.BillingCycle = contract.Cycle;
        row.ReadingMethod = contract.ReadingMethod;
        row.StartDate = contract.Start;
        row.EndDate = contract.End;
        row.BillingPoints = contract.BillingPoints;
        row.OrderedHeatPowerMegawatts = contract.OrderedHeatPowerMegawatts;
        row.ElectronicInvoice = contract.ElectronicInvoice.IsGranted;
        return row;
    }
}
