using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Application.Accounts;

/// <summary>Sign-in sessions end one at a time: sign-out, listing, ending one or all, expiry, password events.</summary>
public sealed class AccountSessionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignOut_TwoDevices_EndsOnlyThisOne(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var laptop = await harness.StartSessionAsync(account);
        var phone = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);

        var signedOut = await harness.Accounts(service => service.SignOutAsync(laptop.Id), account.ToViewer());

        Assert.True(signedOut.Succeeded);
        Assert.Null(await harness.ActiveSessionAsync(laptop.Secret));
        Assert.Equal(
            new ActiveSession(phone.Id, account.AccountId, AccountSessionKind.Bearer, harness.Time.GetUtcNow().UtcDateTime, ViewerRole.Customer, AccountsHarness.CustomerId, "Jan Kowalski"),
            await harness.ActiveSessionAsync(phone.Secret));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EndAll_TwoDevices_EndsBoth(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var laptop = await harness.StartSessionAsync(account);
        var phone = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);

        var ended = await harness.Sessions(service => service.EndAllAsync(), account.ToViewer());

        Assert.True(ended.Succeeded);
        Assert.Null(await harness.ActiveSessionAsync(laptop.Secret));
        Assert.Null(await harness.ActiveSessionAsync(phone.Secret));
        Assert.Equal(2, await harness.Query(db => db.Set<AccountSession>().CountAsync(row => row.EndedAt == harness.Time.GetUtcNow().UtcDateTime)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindActive_AfterItsExpiry_IsNull(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var session = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);

        harness.Time.Advance(TimeSpan.FromMinutes(59));
        var beforeExpiry = await harness.ActiveSessionAsync(session.Secret);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var atExpiry = await harness.ActiveSessionAsync(session.Secret);

        Assert.Equal(session.Id, beforeExpiry?.Id);
        Assert.Null(atExpiry);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindActive_ConnectionOpenedByTheRequest_StaysOpenAndAClosedOneIsClosedAgain(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var session = await harness.StartSessionAsync(account);
        var now = harness.Time.GetUtcNow().UtcDateTime;

        await using var closed = harness.Database.CreateContext(Viewer.Anonymous);
        var foundOnClosed = await AccountSessionService.FindActiveAsync(closed, session.Secret, now);
        await using var open = harness.Database.CreateContext(Viewer.Anonymous);
        await open.Database.OpenConnectionAsync();
        var foundOnOpen = await AccountSessionService.FindActiveAsync(open, session.Secret, now);

        Assert.Equal(session.Id, foundOnClosed?.Id);
        Assert.Equal(session.Id, foundOnOpen?.Id);
        Assert.Equal(System.Data.ConnectionState.Closed, closed.Database.GetDbConnection().State);
        Assert.Equal(System.Data.ConnectionState.Open, open.Database.GetDbConnection().State);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindActive_InTheContextsTransaction_SeesTheTransactionsChanges(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var session = await harness.StartSessionAsync(account);
        var now = harness.Time.GetUtcNow().UtcDateTime;
        await using var db = harness.Database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();

        var before = await AccountSessionService.FindActiveAsync(db, session.Secret, now);
        await db.Set<AccountSession>().Where(row => row.Id == session.Id).ExecuteUpdateAsync(set => set.SetProperty(row => row.EndedAt, now));
        var afterEnding = await AccountSessionService.FindActiveAsync(db, session.Secret, now);
        await transaction.RollbackAsync();

        Assert.Equal(
            new ActiveSession(session.Id, account.AccountId, AccountSessionKind.Cookie, now, ViewerRole.Customer, AccountsHarness.CustomerId, "Jan Kowalski"),
            before);
        Assert.Null(afterEnding);
        Assert.Equal(session.Id, (await harness.ActiveSessionAsync(session.Secret))?.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindActive_UnknownSecret_IsNull(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var session = await harness.StartSessionAsync(account);

        Assert.Null(await harness.ActiveSessionAsync(session.Secret + "x"));
        Assert.Equal(
            [Secrets.Sha256Hex(session.Secret)],
            await harness.Query(db => db.Set<AccountSession>().Select(row => row.SecretHash).ToListAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindActive_WorkingSessionThenEnded_ItsKeptHashStillFindsItEndedAtOnce(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var session = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);

        var keptBefore = ActiveSecretHashes.Contains(session.Secret);
        var working = await harness.ActiveSessionAsync(session.Secret);
        var keptAfter = ActiveSecretHashes.Find(session.Secret);
        await harness.Accounts(service => service.SignOutAsync(session.Id), account.ToViewer());
        var afterSignOut = await harness.ActiveSessionAsync(session.Secret);

        Assert.False(keptBefore);
        Assert.Equal(session.Id, working?.Id);
        Assert.Equal(Secrets.Sha256Hex(session.Secret), keptAfter);
        Assert.Null(afterSignOut);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindActive_UnknownOrExpiredSecret_ItsHashIsNotKept(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var session = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);
        var forged = session.Secret + "x";

        var forgedFound = await harness.ActiveSessionAsync(forged);
        harness.Time.Advance(TimeSpan.FromHours(2));
        var expiredFound = await harness.ActiveSessionAsync(session.Secret);

        Assert.Null(forgedFound);
        Assert.Null(expiredFound);
        Assert.False(ActiveSecretHashes.Contains(forged));
        Assert.False(ActiveSecretHashes.Contains(session.Secret));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindActive_StaffSessions_ReadTheirRoleAndKind(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var admin = await harness.CreateStaffAsync(ViewerRole.Admin, "adam@wodociagi.example.pl", "Adam Admin");
        var adminAccount = new SignedInAccount(admin.AccountId!.Value, ViewerRole.Admin, null, "Adam Admin", "");
        var session = await harness.StartSessionAsync(adminAccount, AccountSessionKind.Bearer);

        var found = await harness.ActiveSessionAsync(session.Secret);

        Assert.Equal(
            new ActiveSession(session.Id, admin.AccountId.Value, AccountSessionKind.Bearer, harness.Time.GetUtcNow().UtcDateTime, ViewerRole.Admin, null, "Adam Admin"),
            found);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task End_SessionOfAnotherAccount_IsNotFoundAndItKeepsWorking(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var customer = await SignedInCustomerAsync(harness);
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");
        var operatorAccount = new SignedInAccount(operatorViewer.AccountId!.Value, ViewerRole.Operator, null, "Anna Operatorka", "");
        var operatorSession = await harness.StartSessionAsync(operatorAccount);

        var ended = await harness.Sessions(service => service.EndAsync(operatorSession.Id), customer.ToViewer());
        var unknown = await harness.Sessions(service => service.EndAsync(999_999), customer.ToViewer());
        var anonymous = await harness.Sessions(service => service.EndAsync(operatorSession.Id));

        Assert.Equal(AccountErrors.SessionNotFound, Assert.Single(ended.Errors));
        Assert.Equal(AccountErrors.SessionNotFound, Assert.Single(unknown.Errors));
        Assert.Equal(AccountErrors.NotSignedIn, Assert.Single(anonymous.Errors));
        Assert.Equal(operatorSession.Id, (await harness.ActiveSessionAsync(operatorSession.Secret))?.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task End_OwnSessionTwice_EndsItThenIsNotFound(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var laptop = await harness.StartSessionAsync(account);
        var phone = await harness.StartSessionAsync(account);

        var first = await harness.Sessions(service => service.EndAsync(phone.Id), account.ToViewer());
        var second = await harness.Sessions(service => service.EndAsync(phone.Id), account.ToViewer());

        Assert.True(first.Succeeded);
        Assert.Equal(AccountErrors.SessionNotFound, Assert.Single(second.Errors));
        Assert.Null(await harness.ActiveSessionAsync(phone.Secret));
        Assert.Equal(laptop.Id, (await harness.ActiveSessionAsync(laptop.Secret))?.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task List_ShowsOnlyTheViewersWorkingSessions_MostRecentFirst(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var start = harness.Time.GetUtcNow().UtcDateTime;
        var laptop = await harness.StartSessionAsync(account, AccountSessionKind.Cookie, "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var phone = await harness.StartSessionAsync(account, AccountSessionKind.Bearer, null);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var ended = await harness.StartSessionAsync(account);
        await harness.Accounts(service => service.SignOutAsync(ended.Id), account.ToViewer());
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");
        await harness.StartSessionAsync(new SignedInAccount(operatorViewer.AccountId!.Value, ViewerRole.Operator, null, "Anna Operatorka", ""));

        var listed = await harness.Sessions(service => service.ListAsync(laptop.Id), account.ToViewer());

        Assert.Equal(
            [
                new SessionSummary(phone.Id, AccountSessionKind.Bearer, null, start.AddMinutes(1), start.AddMinutes(1), start.AddMinutes(61), false),
                new SessionSummary(laptop.Id, AccountSessionKind.Cookie, "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", start, start, start.AddMinutes(60), true),
            ],
            listed.Value!);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TouchIfStale_WritesOnlyAfterTheResolutionAndSlidesCookies(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var start = harness.Time.GetUtcNow().UtcDateTime;
        var cookie = await harness.StartSessionAsync(account);
        var bearer = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);

        harness.Time.Advance(TimeSpan.FromMinutes(4));
        var early = await TouchAsync(harness, cookie.Secret);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var due = await TouchAsync(harness, cookie.Secret);
        var dueBearer = await TouchAsync(harness, bearer.Secret);
        var rows = await harness.Query(db => db.Set<AccountSession>().OrderBy(row => row.Id).Select(row => new { row.LastSeenAt, row.ExpiresAt }).ToListAsync());

        Assert.Equal((false, true, true), (early, due, dueBearer));
        Assert.Equal(
            [(start.AddMinutes(5), start.AddMinutes(5 + 30 + 5)), (start.AddMinutes(5), start.AddMinutes(60))],
            rows.Select(row => (row.LastSeenAt, row.ExpiresAt)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TouchIfStale_AnotherWriterHoldsTheLock_SkipsWithoutFailingAndALaterTouchWrites(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var start = harness.Time.GetUtcNow().UtcDateTime;
        var bearer = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);
        harness.Time.Advance(TimeSpan.FromMinutes(6));

        bool whileLocked;
        await using (var writer = harness.Database.CreateContext(Viewer.System))
        {
            // A batch job's write transaction: on SQLite the database's write lock, on PostgreSQL the session's row.
            await using var transaction = await writer.Database.BeginTransactionAsync();
            await writer.Set<AccountSession>().Where(row => row.Id == bearer.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(row => row.UserAgent, "batch"));
            whileLocked = await TouchAsync(harness, bearer.Secret);
            await transaction.RollbackAsync();
        }

        var lastSeenWhileLocked = await harness.Query(db => db.Set<AccountSession>().Where(row => row.Id == bearer.Id).Select(row => row.LastSeenAt).SingleAsync());
        var afterwards = await TouchAsync(harness, bearer.Secret);
        var lastSeen = await harness.Query(db => db.Set<AccountSession>().Where(row => row.Id == bearer.Id).Select(row => row.LastSeenAt).SingleAsync());

        Assert.Equal((false, start, true, start.AddMinutes(6)), (whileLocked, lastSeenWhileLocked, afterwards, lastSeen));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueOneTimePassword_ByStaff_EndsEverySession(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var laptop = await harness.StartSessionAsync(account);
        var phone = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");

        var issued = await harness.Accounts(service => service.IssueOneTimeCodeAsync(AccountsHarness.CustomerNumber), operatorViewer);

        Assert.Equal(OneTimeCodePurpose.OneTimePassword, issued.Value!.Purpose);
        Assert.Null(await harness.ActiveSessionAsync(laptop.Secret));
        Assert.Null(await harness.ActiveSessionAsync(phone.Secret));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Start_LongUserAgent_IsCutAndBlankIsNull(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);

        await harness.StartSessionAsync(account, AccountSessionKind.Cookie, new string('a', 600));
        await harness.StartSessionAsync(account, AccountSessionKind.Cookie, "   ");

        Assert.Equal(
            [AccountSession.MaxUserAgentLength, -1],
            await harness.Query(db => db.Set<AccountSession>().OrderBy(row => row.Id).Select(row => row.UserAgent == null ? -1 : row.UserAgent.Length).ToListAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Start_DeletesTheAccountsSessionsOverAndDoneForMoreThan30Days(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var account = await SignedInCustomerAsync(harness);
        var signedOutLongAgo = await harness.StartSessionAsync(account);
        await harness.Accounts(service => service.SignOutAsync(signedOutLongAgo.Id), account.ToViewer());
        var expiredLongAgo = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);
        harness.Time.Advance(TimeSpan.FromDays(30));
        var signedOutRecently = await harness.StartSessionAsync(account);
        await harness.Accounts(service => service.SignOutAsync(signedOutRecently.Id), account.ToViewer());
        var expiredRecently = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);
        harness.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        var started = await harness.StartSessionAsync(account);

        Assert.Equal(
            [signedOutRecently.Id, expiredRecently.Id, started.Id],
            await harness.Query(db => db.Set<AccountSession>().OrderBy(row => row.Id).Select(row => row.Id).ToListAsync()));
    }

    private static async Task<SignedInAccount> SignedInCustomerAsync(AccountsHarness harness)
    {
        await harness.RegisterConfirmedCustomerAsync();
        return (await harness.Accounts(service => service.SignInAsync(AccountsHarness.CustomerNumber, AccountsHarness.CustomerPassword))).Value!;
    }

    private static async Task<bool> TouchAsync(AccountsHarness harness, string secret)
    {
        var session = await harness.ActiveSessionAsync(secret) ?? throw new InvalidOperationException("The session does not work.");
        return await harness.Query(db => AccountSessionService.TouchIfStaleAsync(db, session, harness.Time.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(30)));
    }
}
