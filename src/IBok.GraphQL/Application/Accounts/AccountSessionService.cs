using System.Data;
using System.Data.Common;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace IBok.GraphQL.Application.Accounts;

/// <summary>
/// The sign-in sessions of accounts (<see cref="AccountSession"/>): started by the host at each sign-in, checked on
/// every request by <see cref="FindActiveAsync"/>, listed and ended by their owner one at a time or all at once.
/// </summary>
/// <remarks>
/// A session's cookie or bearer token carries a random secret (<see cref="StartedSession.Secret"/>); the table keeps
/// only its SHA-256. Every use case here is scoped to the viewer's own account: another account's session id is
/// "not found", exactly like an unknown one.
/// </remarks>
public sealed class AccountSessionService(IBokDbContext db, TimeProvider timeProvider)
{
    /// <summary>
    /// How stale <see cref="AccountSession.LastSeenAt"/> may get before a request updates it: the check on every
    /// request only reads, and at most one request per session in this interval also writes.
    /// </summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(5);

    /// <summary>How long (seconds) a last-seen update on SQLite waits for another writer before it is skipped.</summary>
    public const int TouchTimeout = 1;

    // The check of every signed-in request, as one statement straight on the context's connection: no LINQ, no
    // query cache lookup, no materializer. Exactly the rule the sessions' use cases follow: a session by the secret's
    // hash (unique index), not ended, not expired, joined to its account (gone account, no session). A customer
    // account's own customer row (primary key) gives its data_version too, so a warm dashboard needs no statement of its
    // own to learn whether the read cache still holds that customer's current rows.
    private const string ActiveBySecretHashSql =
        "SELECT s.id, s.account_id, s.kind, s.last_seen_at, a.role, a.customer_id, a.display_name, c.data_version " +
        "FROM account_sessions AS s INNER JOIN accounts AS a ON a.id = s.account_id " +
        "LEFT JOIN customers AS c ON c.id = a.customer_id " +
        "WHERE s.secret_hash = @secret_hash AND s.ended_at IS NULL AND s.expires_at > @now";

    /// <summary>How long rows of ended or expired sessions are kept before a sign-in of their account deletes them.</summary>
    public static readonly TimeSpan EndedSessionRetention = TimeSpan.FromDays(30);

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The working session whose cookie or token carries <paramref name="secret"/>, with its account's current role
    /// and name (and its customer's current <c>data_version</c>); null when it is unknown, ended or expired, or its account is gone. One SQL statement on the context's connection (no LINQ): it
    /// runs on every signed-in request.
    /// </summary>
    public static async Task<ActiveSession?> FindActiveAsync(IBokDbContext database, string secret, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(secret);
        var connection = database.Database.GetDbConnection();
        // Opened through EF Core, so a connection the caller keeps open for its request stays open, and one opened
        // here is closed again, as EF Core's own queries do.
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await database.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            // Prepared once per kept-open SQLite connection, not parsed again by every request.
            var secretHash = ActiveSecretHashes.Find(secret) ?? Secrets.Sha256Hex(secret);
            await using var statement = ReusableCommand.Rent(database, ActiveBySecretHashSql);
            var command = statement.Command;
            command.Transaction = database.Database.CurrentTransaction?.GetDbTransaction();
            statement.SetParameter("@secret_hash", secretHash);
            statement.SetParameter("@now", now);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var session = new ActiveSession(
                reader.GetInt64(0),
                reader.GetInt64(1),
                ParseKind(reader.GetString(2)),
                reader.GetDateTime(3),
                ParseRole(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetInt64(5),
                reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetInt64(7));
            // Only a secret that found its working session is remembered: forged, unknown, ended and expired ones are
            // hashed again every time they are presented.
            ActiveSecretHashes.Remember(secret, secretHash);
            return session;
        }
        finally
        {
            if (opened)
            {
                await database.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
    }

    // The names the columns hold (EF Core stores these enums as their names), without Enum.Parse on every request.
    private static AccountSessionKind ParseKind(string name) => name switch
    {
        nameof(AccountSessionKind.Cookie) => AccountSessionKind.Cookie,
        nameof(AccountSessionKind.Bearer) => AccountSessionKind.Bearer,
        _ => Enum.Parse<AccountSessionKind>(name),
    };

    private static ViewerRole ParseRole(string name) => name switch
    {
        nameof(ViewerRole.Customer) => ViewerRole.Customer,
        nameof(ViewerRole.Operator) => ViewerRole.Operator,
        nameof(ViewerRole.Admin) => ViewerRole.Admin,
        _ => Enum.Parse<ViewerRole>(name),
    };

    /// <summary>
    /// Records that <paramref name="session"/> was used at <paramref name="now"/>, when its last-seen time is older
    /// than <see cref="LastSeenResolution"/> (otherwise does nothing); a cookie session's expiry slides to
    /// <paramref name="slidingLifetime"/> past now. Returns whether it wrote: false also when another writer held the row (PostgreSQL) or
    /// the database (SQLite, for longer than <see cref="TouchTimeout"/>, outside a transaction): a later request records
    /// the visit.
    /// </summary>
    public static async Task<bool> TouchIfStaleAsync(
        IBokDbContext database, ActiveSession session, DateTime now, TimeSpan slidingLifetime, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(session);
        if (now - session.LastSeenAt < LastSeenResolution)
        {
            return false;
        }

        var id = session.Id;
        // The row outlives the cookie by one resolution step, since the row is only touched that often.
        DateTime? expiresAt = session.Kind == AccountSessionKind.Cookie ? now + slidingLifetime + LastSeenResolution : null;
        // Last-seen is bookkeeping, not a reason to keep a customer waiting behind another writer (a batch job's
        // transaction): then the request goes on and a later one records the visit. PostgreSQL skips a locked row;
        // SQLite's lock is the whole database's, so the update waits at most TouchTimeout for it.
        if (database.Database.IsNpgsql())
        {
            var written = expiresAt is { } slid
                ? await database.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    UPDATE account_sessions SET last_seen_at = {now}, expires_at = {slid}
                    WHERE id = (SELECT id FROM account_sessions WHERE id = {id} AND ended_at IS NULL FOR UPDATE SKIP LOCKED)
                    """,
                    cancellationToken)
                : await database.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    UPDATE account_sessions SET last_seen_at = {now}
                    WHERE id = (SELECT id FROM account_sessions WHERE id = {id} AND ended_at IS NULL FOR UPDATE SKIP LOCKED)
                    """,
                    cancellationToken);
            return written > 0;
        }

        var previousTimeout = database.Database.GetCommandTimeout();
        database.Database.SetCommandTimeout(TouchTimeout);
        try
        {
            var rows = database.Set<AccountSession>().Where(row => row.Id == id && row.EndedAt == null);
            if (expiresAt is { } slidTo)
            {
                await rows.ExecuteUpdateAsync(set => set.SetProperty(row => row.LastSeenAt, now).SetProperty(row => row.ExpiresAt, slidTo), cancellationToken);
            }
            else
            {
                await rows.ExecuteUpdateAsync(set => set.SetProperty(row => row.LastSeenAt, now), cancellationToken);
            }
        }
        catch (DbException) when (!cancellationToken.IsCancellationRequested && database.Database.CurrentTransaction is null)
        {
            return false;
        }
        finally
        {
            database.Database.SetCommandTimeout(previousTimeout);
        }

        return true;
    }

    /// <summary>
    /// Starts a session for an account that has just proved who it is (the host calls this when it issues the
    /// cookie or token). The returned secret goes into the cookie or token and is never stored. Rows of the
    /// account's sessions that ended or expired more than <see cref="EndedSessionRetention"/> ago are deleted, so
    /// the table does not grow with every sign-in ever made.
    /// </summary>
    public async Task<StartedSession> StartAsync(
        SignedInAccount account, AccountSessionKind kind, string? userAgent, DateTime expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = Now;
        var secret = Secrets.NewToken(32);
        var trimmed = userAgent?.Trim();
        var session = new AccountSession
        {
            AccountId = account.AccountId,
            SecretHash = Secrets.Sha256Hex(secret),
            Kind = kind,
            UserAgent = string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, AccountSession.MaxUserAgentLength)],
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = expiresAt,
        };
        var accountId = account.AccountId;
        var forgetBefore = now - EndedSessionRetention;
        await db.Set<AccountSession>()
            .Where(row => row.AccountId == accountId && (row.EndedAt < forgetBefore || row.ExpiresAt < forgetBefore))
            .ExecuteDeleteAsync(cancellationToken);
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new StartedSession(session.Id, secret, expiresAt);
    }

    /// <summary>Moves a working session's expiry to <paramref name="expiresAt"/> if that is later (a renewed bearer token).</summary>
    public async Task ExtendAsync(long sessionId, DateTime expiresAt, CancellationToken cancellationToken = default) =>
        await db.Set<AccountSession>()
            .Where(row => row.Id == sessionId && row.EndedAt == null && row.ExpiresAt < expiresAt)
            .ExecuteUpdateAsync(set => set.SetProperty(row => row.ExpiresAt, expiresAt), cancellationToken);

    /// <summary>
    /// The viewer's working sessions, most recently used first, <paramref name="currentSessionId"/> marked as this
    /// device's.
    /// </summary>
    public async Task<AccountOutcome<IReadOnlyList<SessionSummary>>> ListAsync(long? currentSessionId, CancellationToken cancellationToken = default)
    {
        if (ViewerAccountId() is not { } accountId)
        {
            return AccountErrors.NotSignedIn;
        }

        var now = Now;
        var sessions = await db.Set<AccountSession>().AsNoTracking()
            .Where(row => row.AccountId == accountId && row.EndedAt == null && row.ExpiresAt > now)
            .OrderByDescending(row => row.LastSeenAt).ThenByDescending(row => row.Id)
            .Select(row => new SessionSummary(row.Id, row.Kind, row.UserAgent, row.CreatedAt, row.LastSeenAt, row.ExpiresAt, row.Id == currentSessionId))
            .ToListAsync(cancellationToken);
        return AccountOutcome<IReadOnlyList<SessionSummary>>.Success(sessions);
    }

    /// <summary>
    /// Ends one of the viewer's working sessions (this device's too, if asked). Another account's session, an
    /// ended or expired one and an unknown id are all <see cref="AccountErrorCode.SessionNotFound"/>.
    /// </summary>
    public async Task<AccountOutcome<Done>> EndAsync(long sessionId, CancellationToken cancellationToken = default)
    {
        if (ViewerAccountId() is not { } accountId)
        {
            return AccountErrors.NotSignedIn;
        }

        var now = Now;
        var session = await db.Set<AccountSession>()
            .SingleOrDefaultAsync(row => row.Id == sessionId && row.AccountId == accountId && row.EndedAt == null && row.ExpiresAt > now, cancellationToken);
        if (session is null)
        {
            return AccountErrors.SessionNotFound;
        }

        session.EndedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return AccountOutcome<Done>.Success(Done.Instance);
    }

    /// <summary>Ends every working session of the viewer's account, on every device (this one included).</summary>
    public async Task<AccountOutcome<Done>> EndAllAsync(CancellationToken cancellationToken = default)
    {
        if (ViewerAccountId() is not { } accountId)
        {
            return AccountErrors.NotSignedIn;
        }

        await EndSessionsAsync(db, accountId, keepSessionId: null, Now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AccountOutcome<Done>.Success(Done.Instance);
    }

    /// <summary>
    /// Marks every working session of an account ended at <paramref name="now"/>, except <paramref name="keepSessionId"/>;
    /// the caller saves, so the change goes in together with its own (a new password and the sessions it ends).
    /// </summary>
    internal static async Task EndSessionsAsync(IBokDbContext database, long accountId, long? keepSessionId, DateTime now, CancellationToken cancellationToken)
    {
        var working = await database.Set<AccountSession>()
            .Where(row => row.AccountId == accountId && row.EndedAt == null && row.ExpiresAt > now && row.Id != keepSessionId)
            .ToListAsync(cancellationToken);
        foreach (var session in working)
        {
            session.EndedAt = now;
        }
    }

    /// <summary>The signed-in account of the viewer (customers and staff; API keys have no sessions).</summary>
    private long? ViewerAccountId() =>
        db.Viewer is { AccountId: { } accountId, Role: not (ViewerRole.Anonymous or ViewerRole.Integration) } ? accountId : null;
}

/// <summary>A session just started.</summary>
/// <param name="Id">The session's id (a handle, not a credential).</param>
/// <param name="Secret">The secret the cookie or token carries; only its hash is stored.</param>
/// <param name="ExpiresAt">When it stops working unless used (UTC).</param>
public sealed record StartedSession(long Id, string Secret, DateTime ExpiresAt);

/// <summary>A working session found by its secret, with its account's current role and name.</summary>
/// <param name="Id">The session's id.</param>
/// <param name="AccountId">The account.</param>
/// <param name="Kind">Cookie or bearer token.</param>
/// <param name="LastSeenAt">When it was last recorded as used (UTC).</param>
/// <param name="Role">The account's role now.</param>
/// <param name="CustomerId">The account's customer, for customers.</param>
/// <param name="DisplayName">The account's name now.</param>
/// <param name="CustomerDataVersion">
/// The <c>data_version</c> of the account's customer, read by the same statement as the session (null without a customer).
/// </param>
public sealed record ActiveSession(
    long Id, long AccountId, AccountSessionKind Kind, DateTime LastSeenAt, ViewerRole Role, long? CustomerId, string DisplayName,
    long? CustomerDataVersion = null)
{
    /// <summary>The viewer requests of this session act as.</summary>
    public Viewer ToViewer() =>
        Role == ViewerRole.Customer && CustomerId is { } customerId
            ? Viewer.ForCustomer(customerId, AccountId, DisplayName)
            : Viewer.ForStaff(Role, AccountId, DisplayName);
}

/// <summary>One of the viewer's working sessions, for the list of signed-in devices.</summary>
/// <param name="Id">The session's id (to end it).</param>
/// <param name="Kind">Cookie (a browser) or bearer token (an application).</param>
/// <param name="UserAgent">The User-Agent it signed in with, if any.</param>
/// <param name="CreatedAt">When it began (UTC).</param>
/// <param name="LastSeenAt">When it was last used (UTC; recorded every few minutes).</param>
/// <param name="ExpiresAt">When it stops working unless used (UTC).</param>
/// <param name="IsCurrent">Whether it is the session of the request asking.</param>
public sealed record SessionSummary(
    long Id, AccountSessionKind Kind, string? UserAgent, DateTime CreatedAt, DateTime LastSeenAt, DateTime ExpiresAt, bool IsCurrent);
