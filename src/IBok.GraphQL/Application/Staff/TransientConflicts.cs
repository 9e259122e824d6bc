using Npgsql;

namespace IBok.GraphQL.Application.Staff;

/// <summary>Failures that say "another transaction got in the way; do it again", which a batch job answers by rolling its
/// unit back and writing it again.</summary>
internal static class TransientConflicts
{
    /// <summary>PostgreSQL's <c>deadlock_detected</c>: it ended this transaction to break a cycle of lock waits.</summary>
    public const string DeadlockDetected = "40P01";

    /// <summary>PostgreSQL's <c>serialization_failure</c>.</summary>
    public const string SerializationFailure = "40001";

    /// <summary>Whether <paramref name="failure"/> (or an exception inside it, as EF wraps them) is a PostgreSQL deadlock
    /// or serialization failure.</summary>
    public static bool IsDeadlockOrSerializationFailure(Exception failure)
    {
        for (var current = failure; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: DeadlockDetected or SerializationFailure })
            {
                return true;
            }
        }

        return false;
    }
}
