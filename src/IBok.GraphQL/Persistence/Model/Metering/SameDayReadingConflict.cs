using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IBok.GraphQL.Persistence.Model.Metering;

/// <summary>
/// The database's answer when a second reading of a meter on one day is inserted (the unique index of migration 0008):
/// another writer stored one between this writer's check and its insert. Writers answer it by checking again, and the
/// domain's rules then say what a sequential writer would have heard (the same day is taken, or a duplicate).
/// </summary>
internal static class SameDayReadingConflict
{
    /// <summary>The unique index over (meter_id, reading_date) of readings not rejected.</summary>
    public const string IndexName = "ux_meter_readings_meter_day";

    // SQLite names the index's columns in its message, not the index; PostgreSQL names the constraint.
    private const string SqliteColumns = "meter_readings.meter_id, meter_readings.reading_date";
    private const int SqliteConstraintUnique = 2067;
    private const string PostgresUniqueViolation = "23505";

    /// <summary>
    /// Runs <paramref name="attempt"/> (one check-and-insert in its own transaction); when another reading of the same
    /// meter and day was stored after its check, forgets what <paramref name="db"/> tracks and runs it once more, so the
    /// answer is what the two writers would have got one after the other.
    /// </summary>
    public static async Task<T> CheckAgainOnceAsync<T>(DbContext db, Func<Task<T>> attempt)
    {
        try
        {
            return await attempt();
        }
        catch (DbUpdateException conflict) when (Is(conflict))
        {
            db.ChangeTracker.Clear();
            return await attempt();
        }
    }

    /// <summary>Whether <paramref name="failure"/> (or an exception inside it, as EF wraps them) is this index's violation.</summary>
    public static bool Is(Exception failure)
    {
        for (var current = failure; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException { SqlState: PostgresUniqueViolation, ConstraintName: IndexName }:
                    return true;
                case SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite
                    when sqlite.Message.Contains(SqliteColumns, StringComparison.Ordinal) || sqlite.Message.Contains(IndexName, StringComparison.Ordinal):
                    return true;
            }
        }

        return false;
    }
}
