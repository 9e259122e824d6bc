using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages;

/// <summary>The customer's premises (points of supply) with their contracts.</summary>
public sealed class PremisesModel(IBokDbContext db, UtilityCalendar calendar) : PortalPageModel
{
    /// <summary>Each premises with its contracts, newest contract first.</summary>
    public IReadOnlyList<(PremisesRow Premises, IReadOnlyList<ContractRow> Contracts)> Premises { get; private set; } = [];

    /// <summary>The utility's calendar day (a contract with an end date before it has ended).</summary>
    public DateOnly Today { get; private set; }

    /// <summary>Loads the premises and contracts (the viewer filter keeps them the customer's own).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = calendar.Today;
        var premises = await db.Set<PremisesRow>().AsNoTracking().OrderBy(row => row.Code).ThenBy(row => row.Id).ToListAsync(cancellationToken);
        var contracts = await db.Set<ContractRow>().AsNoTracking().ToListAsync(cancellationToken);
        Premises = [.. premises.Select(row => (row, (IReadOnlyList<ContractRow>)[.. contracts
            .Where(contract => contract.PremisesId == row.Id)
            .OrderByDescending(contract => contract.StartDate).ThenBy(contract => contract.Number, StringComparer.Ordinal)]))];
    }

    /// <summary>A premises' address on one line.</summary>
    public static string Address(PremisesRow premises)
    {
        ArgumentNullException.ThrowIfNull(premises);
        var number = premises.ApartmentNumber is { Length: > 0 } apartment ? premises.BuildingNumber + "/" + apartment : premises.BuildingNumber;
        return $"{premises.Street} {number}, {premises.PostalCode} {premises.City}";
    }
}
