using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Cases;

/// <summary>The customer's cases, newest first.</summary>
public sealed class IndexModel(IBokDbContext db) : PortalPageModel
{
    /// <summary>The cases (the viewer filter leaves only the customer's own).</summary>
    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];

    /// <summary>Lists the cases.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cases = await db.Set<CaseRow>().AsNoTracking()
            .OrderByDescending(row => row.SubmittedAt).ThenByDescending(row => row.Id)
            .ToListAsync(cancellationToken);
}
