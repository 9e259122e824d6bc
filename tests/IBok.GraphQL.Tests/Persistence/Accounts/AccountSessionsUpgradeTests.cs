using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Persistence.Accounts;

/// <summary>Migration 0007 (account_sessions) on a database with accounts from before it.</summary>
public sealed class AccountSessionsUpgradeTests
{
    private const int AccountSessionsVersion = 7;

    private static readonly DateTime Instant = new(2026, 3, 5, 10, 15, 30, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_DatabaseBeforeAccountSessions_KeepsEveryAccountAndStartsWithoutSessions(string provider)
    {
        var previous = SchemaMigrator.ScriptsFor(provider).Select(script => script.Version).Where(version => version < AccountSessionsVersion).Max();
        await using var database = await TestDatabase.CreateMigratedAsync(provider, previous);
        List<Account> saved;
        await using (var old = database.CreateContext())
        {
            old.AddRange(Account(ViewerRole.Customer, 17, "jan.kowalski@example.pl", "Jan Kowalski"), Account(ViewerRole.Operator, null, "anna@wodociagi.example.pl", "Anna Żółkiewska"));
            await old.SaveChangesAsync();
            saved = [.. old.Set<Account>().Local.OrderBy(account => account.Id)];
        }

        await using (var upgrade = database.CreateContext())
        {
            Assert.Contains(AccountSessionsVersion, await SchemaMigrator.MigrateAsync(upgrade));
        }

        await using var read = database.CreateContext();
        var accounts = await read.Set<Account>().AsNoTracking().OrderBy(account => account.Id).ToListAsync();
        Assert.Equal(
            saved.Select(account => (account.Id, account.CustomerId, account.Role, account.Email, account.DisplayName, account.PasswordHash, account.SecurityStamp, account.CreatedAt)),
            accounts.Select(account => (account.Id, account.CustomerId, account.Role, account.Email, account.DisplayName, account.PasswordHash, account.SecurityStamp, account.CreatedAt)));
        Assert.Empty(await read.Set<AccountSession>().ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AccountSession_SavedAndReadBack_HasTheSameValuesAndAUniqueSecretHash(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        long accountId;
        await using (var write = database.CreateContext())
        {
            var account = Account(ViewerRole.Customer, 17, "jan.kowalski@example.pl", "Jan Kowalski");
            write.Add(account);
            await write.SaveChangesAsync();
            accountId = account.Id;
            write.Add(Session(accountId, "a1", Instant.AddMinutes(1)));
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.Set<AccountSession>().AsNoTracking().SingleAsync();
        Assert.Equal(
            (accountId, "a1", AccountSessionKind.Bearer, "Mozilla/5.0 (Android 15) Chrome/141.0", Instant, Instant, Instant.AddHours(1), (DateTime?)Instant.AddMinutes(1)),
            (stored.AccountId, stored.SecretHash, stored.Kind, stored.UserAgent, stored.CreatedAt, stored.LastSeenAt, stored.ExpiresAt, stored.EndedAt));
        read.Add(Session(accountId, "a1", null));
        await Assert.ThrowsAsync<DbUpdateException>(() => read.SaveChangesAsync());
    }

    private static Account Account(ViewerRole role, long? customerId, string email, string name) => new()
    {
        Role = role,
        CustomerId = customerId,
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        DisplayName = name,
        PasswordHash = "AQAAAAIAAYagAAAAE-" + name.Length,
        EmailConfirmed = true,
        SecurityStamp = "stamp-" + email,
        CreatedAt = Instant,
        PasswordChangedAt = Instant,
    };

    private static AccountSession Session(long accountId, string secretHash, DateTime? endedAt) => new()
    {
        AccountId = accountId,
        SecretHash = secretHash,
        Kind = AccountSessionKind.Bearer,
        UserAgent = "Mozilla/5.0 (Android 15) Chrome/141.0",
        CreatedAt = Instant,
        LastSeenAt = Instant,
        ExpiresAt = Instant.AddHours(1),
        EndedAt = endedAt,
    };
}
