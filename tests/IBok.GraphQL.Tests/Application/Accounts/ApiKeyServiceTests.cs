using System.Security.Cryptography;
using System.Text;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Persistence.Auditing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Application.Accounts;

public sealed class ApiKeyServiceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_Admin_ShowsTheKeyOnceAndStoresOnlyItsHash(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var admin = await harness.CreateStaffAsync(ViewerRole.Admin, "admin@wodociagi.example.pl", "Adam Admin");

        var created = (await harness.ApiKeys(service => service.CreateAsync(" System billingowy ", ["readings:import", "payments:register", "readings:import"]), admin)).Value!;

        Assert.Matches("^ibok_[a-z2-9]{8}_[A-Za-z0-9_-]{43}$", created.Key);
        Assert.Equal(("System billingowy", created.Key[5..13]), (created.Name, created.Prefix));
        Assert.Equal(["readings:import", "payments:register"], created.Scopes);
        var stored = await harness.Query(db => db.Set<ApiKey>().SingleAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(created.Key))), stored.SecretHash);
        Assert.DoesNotContain(created.Key[14..], stored.SecretHash + stored.Prefix + stored.Name + stored.Scopes, StringComparison.Ordinal);
        Assert.Equal(("readings:import payments:register", admin.AccountId), (stored.Scopes, stored.CreatedByAccountId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Authenticate_TheKey_GivesAnIntegrationViewerUntilRevoked(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var admin = await harness.CreateStaffAsync(ViewerRole.Admin, "admin@wodociagi.example.pl", "Adam Admin");
        var created = (await harness.ApiKeys(service => service.CreateAsync("Billing", ["readings:import"]), admin)).Value!;

        var before = await harness.ApiKeys(service => service.AuthenticateAsync(created.Key), Viewer.Anonymous);
        var revoked = await harness.ApiKeys(service => service.RevokeAsync(created.Id), admin);
        var after = await harness.ApiKeys(service => service.AuthenticateAsync(created.Key), Viewer.Anonymous);

        Assert.Equal((created.Id, "Billing"), (before!.Id, before.Name));
        Assert.Equal(["readings:import"], before.Scopes);
        Assert.Equal(Viewer.ForStaff(ViewerRole.Integration, created.Id, "API key: Billing"), before.ToViewer());
        Assert.True(revoked.Succeeded);
        Assert.Null(after);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Authenticate_RightPrefixWrongSecretOrGarbage_IsRefused(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var admin = await harness.CreateStaffAsync(ViewerRole.Admin, "admin@wodociagi.example.pl", "Adam Admin");
        var created = (await harness.ApiKeys(service => service.CreateAsync("Billing", ["readings:import"]), admin)).Value!;
        var tampered = created.Key[..^1] + (created.Key[^1] == 'A' ? 'B' : 'A');

        foreach (var presented in new[] { tampered, created.Key[..20], "ibok_", "", "Bearer " + created.Key, created.Key.ToUpperInvariant() })
        {
            Assert.Null(await harness.ApiKeys(service => service.AuthenticateAsync(presented), Viewer.Anonymous));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAndRevoke_WriteAuditEntries_RevokingTwiceWritesOne(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var admin = await harness.CreateStaffAsync(ViewerRole.Admin, "admin@wodociagi.example.pl", "Adam Admin");
        var created = (await harness.ApiKeys(service => service.CreateAsync("Billing", ["readings:import"]), admin)).Value!;

        await harness.ApiKeys(service => service.RevokeAsync(created.Id), admin);
        var again = await harness.ApiKeys(service => service.RevokeAsync(created.Id), admin);

        Assert.True(again.Succeeded);
        var entries = await harness.Query(db => db.Set<AuditEntry>().Where(entry => entry.SubjectType == "ApiKey").OrderBy(entry => entry.Id).ToListAsync());
        Assert.Equal(
            [("api_key.create", "Adam Admin", "Admin", created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             ("api_key.revoke", "Adam Admin", "Admin", created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            entries.Select(entry => (entry.Action, entry.ActorName, entry.ActorRole, entry.SubjectId!)));
        Assert.DoesNotContain(created.Key, entries[0].DetailsJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAndRevoke_Operator_IsForbidden(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");

        var create = await harness.ApiKeys(service => service.CreateAsync("Billing", ["readings:import"]), operatorViewer);
        var revoke = await harness.ApiKeys(service => service.RevokeAsync(1), operatorViewer);

        Assert.Equal(AccountErrorCode.Forbidden, Assert.Single(create.Errors).Code);
        Assert.Equal(AccountErrorCode.Forbidden, Assert.Single(revoke.Errors).Code);
        Assert.Equal(0, await harness.Query(db => db.Set<ApiKey>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_BadNameOrScopes_NamesEachInput(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var admin = await harness.CreateStaffAsync(ViewerRole.Admin, "admin@wodociagi.example.pl", "Adam Admin");

        var result = await harness.ApiKeys(service => service.CreateAsync("  ", ["Readings Import"]), admin);
        var unknown = await harness.ApiKeys(service => service.RevokeAsync(4242), admin);

        Assert.Equal([(AccountErrorCode.InvalidInput, "name"), (AccountErrorCode.InvalidInput, "scopes")], result.Errors.Select(error => (error.Code, error.Field)));
        Assert.Equal(AccountErrorCode.ApiKeyNotFound, Assert.Single(unknown.Errors).Code);
    }
}
