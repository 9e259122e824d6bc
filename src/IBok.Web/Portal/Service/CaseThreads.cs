using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Cases;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Portal.Service;

/// <summary>A case with its messages, status changes and attachments as the customer's and the staff's case pages show it.</summary>
public static class CaseThreads
{
    /// <summary>
    /// The case (through the request's viewer filter), messages and status changes oldest first; null when the viewer
    /// cannot see it.
    /// </summary>
    public static async Task<CaseRow?> LoadAsync(IBokDbContext db, long id, CancellationToken cancellationToken)
    {
        var row = await db.Set<CaseRow>().AsNoTracking()
            .Include(item => item.Messages)
            .Include(item => item.StatusChanges)
            .Include(item => item.Attachments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(item => item.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        row.Messages = [.. row.Messages.OrderBy(message => message.SentAt).ThenBy(message => message.Id)];
        row.StatusChanges = [.. row.StatusChanges.OrderBy(change => change.ChangedAt).ThenBy(change => change.Id)];
        return row;
    }
}
