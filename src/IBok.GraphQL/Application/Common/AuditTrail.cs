using System.Globalization;
using System.Text.Json;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Auditing;

namespace IBok.GraphQL.Application.Common;

/// <summary>Writes an <see cref="AuditEntry"/> for actions of staff and integrations (issue 4: "Every staff action is
/// written to an audit log with who, what and when"). Customers' own actions are their data's history, not audited.</summary>
internal static class AuditTrail
{
    /// <summary>Adds an entry to the context (saved with the action, in its transaction) when the viewer is staff or an integration.</summary>
    public static void RecordIfStaff(IBokDbContext db, DateTime occurredAtUtc, string action, string subjectType, long subjectId, object? details = null)
    {
        var viewer = db.Viewer;
        if (!viewer.SeesAllCustomers)
        {
            return;
        }

        db.Set<AuditEntry>().Add(new AuditEntry
        {
            OccurredAt = occurredAtUtc,
            ActorAccountId = viewer.AccountId,
            ActorName = viewer.DisplayName,
            ActorRole = viewer.Role.ToString(),
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId.ToString(CultureInfo.InvariantCulture),
            DetailsJson = details is null ? null : JsonSerializer.Serialize(details),
        });
    }
}
