using System.Text.Json;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Auditing;

namespace IBok.GraphQL.Application.Accounts;

/// <summary>Adds audit entries for the current viewer's actions (saved with the action's own changes).</summary>
internal static class AuditTrail
{
    public static void Add(IBokDbContext db, DateTime now, string action, string subjectType, string subjectId, object? details)
    {
        var viewer = db.Viewer;
        db.Add(new AuditEntry
        {
            OccurredAt = now,
            ActorAccountId = viewer.AccountId,
            ActorName = viewer.DisplayName,
            ActorRole = viewer.Role.ToString(),
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            DetailsJson = details is null ? null : JsonSerializer.Serialize(details),
        });
    }
}
