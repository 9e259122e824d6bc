using System.Text.Json;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Api.Testing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.Access;

/// <summary>
/// Customer A sends every mutation that takes an id with customer B's (well-formed, global) ids: each answers
/// NOT_FOUND and nothing changes. The list of such mutations is read from the schema, so a new mutation with an ID
/// argument fails this test until a case is added here (or it is listed as closed to customers).
/// </summary>
public sealed class CrossCustomerMutationTests
{
    private const string NotFoundErrors = """errors { __typename code ... on NotFoundError { entity } }""";

    /// <summary>Per mutation: the document (variables <c>$id</c>) and the errors it must answer with.</summary>
    private static readonly Dictionary<string, (string Document, string ExpectedErrors)> Cases = new(StringComparer.Ordinal)
    {
        ["submitReading"] = ($$"""mutation($id: ID!) { submitReading(meterId: $id, date: "2026-05-10", value: "150") { reading { id } {{NotFoundErrors}} } }""", NotFound("Meter")),
        ["markNoticeRead"] = ($$"""mutation($id: ID!) { markNoticeRead(noticeId: $id) { readAt {{NotFoundErrors}} } }""", NotFound("Notice")),
        ["addCaseMessage"] = ($$"""mutation($id: ID!) { addCaseMessage(caseId: $id, text: "Proszę o odpowiedź") { message { id } {{NotFoundErrors}} } }""", NotFound("Case")),
        ["activateElectronicInvoice"] = ($$"""mutation($id: ID!) { activateElectronicInvoice(contractId: $id) { active {{NotFoundErrors}} } }""", NotFound("Contract")),
        ["deactivateElectronicInvoice"] = ($$"""mutation($id: ID!) { deactivateElectronicInvoice(contractId: $id) { active {{NotFoundErrors}} } }""", NotFound("Contract")),
        // Account mutations answer with AccountProblem: another account's session is the same as an unknown one.
        ["endSession"] = ("""mutation($id: ID!) { endSession(id: $id) { succeeded errors { __typename code } } }""", """[{"__typename":"AccountProblem","code":"SESSION_NOT_FOUND"}]"""),
    };

    /// <summary>Mutations with an id argument that no customer may call at all, and the tests that show it.</summary>
    private static readonly Dictionary<string, string> ClosedToCustomers = new(StringComparer.Ordinal)
    {
        ["reviewReading"] = "StaffAuthorizationTests (operators and admins only)",
        ["replyToCase"] = "StaffAuthorizationTests (operators and admins only)",
        ["changeCaseStatus"] = "StaffAuthorizationTests (operators and admins only)",
        ["revokeApiKey"] = "ApiKeyService refuses anyone but an admin",
        ["retryOutboxMessage"] = "DeliveryApiTests (operators and admins only)",
    };

    [Fact]
    public async Task Schema_EveryMutationWithAnIdArgument_HasACrossCustomerCase()
    {
        await using var host = await WriteApiHost.CreateAsync("sqlite");
        var schema = await host.ExecuteAsync(
            Viewer.Anonymous,
            "{ __schema { mutationType { fields { name args { type { kind name ofType { kind name ofType { kind name } } } } } } } }");

        var withIds = schema.GetProperty("data").GetProperty("__schema").GetProperty("mutationType").GetProperty("fields").EnumerateArray()
            .Where(field => field.GetProperty("args").EnumerateArray().Any(argument => NamesId(argument.GetProperty("type"))))
            .Select(field => field.GetProperty("name").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Cases.Keys.Concat(ClosedToCustomers.Keys).Order(StringComparer.Ordinal).ToList(), withIds);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryIdMutation_WithAnotherCustomersId_IsNotFoundAndChangesNothing(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customerA = await host.SeedCustomerAsync("100001", "Anna Nowak");
        var customerB = await host.SeedCustomerAsync("100002", "Bartosz Wiśniewski");
        var idsOfB = await SeedIdsOfAsync(host, customerB);
        var before = await host.RowCountsAsync();

        foreach (var (field, (document, expectedErrors)) in Cases)
        {
            var payload = await host.MutateAsync(customerA.Viewer, field, document, new { id = idsOfB[field] });

            Assert.Equal((field, expectedErrors), (field, WriteApiHost.Json(payload.GetProperty("errors"))));
        }

        Assert.Equal(before, await host.RowCountsAsync());
        await using var db = host.SystemContext();
        Assert.Equal(1, await db.Set<AccountSession>().CountAsync(session => session.EndedAt == null));
    }

    private static async Task<Dictionary<string, string>> SeedIdsOfAsync(WriteApiHost host, SeededCustomer customer)
    {
        long deliveryId, sessionId;
        await using (var db = host.SystemContext())
        {
            var now = host.Clock.GetUtcNow().UtcDateTime;
            var account = new Account
            {
                CustomerId = customer.CustomerId, Role = ViewerRole.Customer, Email = "konto@example.pl", NormalizedEmail = "KONTO@EXAMPLE.PL", DisplayName = "Bartosz Wiśniewski",
                PasswordHash = "not-used", EmailConfirmed = true, SecurityStamp = "stamp", CreatedAt = now, PasswordChangedAt = now,
            };
            db.Add(account);
            await db.SaveChangesAsync();
            var session = new AccountSession
            {
                AccountId = account.Id, SecretHash = new string('a', 64), Kind = AccountSessionKind.Bearer, CreatedAt = now, LastSeenAt = now, ExpiresAt = now.AddHours(1),
            };
            db.Add(session);
            await db.SaveChangesAsync();
            sessionId = session.Id;

            var notice = new NoticeRow
            {
                Kind = NoticeKind.Information, Title = "Przerwa w dostawie wody", Body = "Ul. Mickiewicza, 20 maja, 8:00–14:00.", Targeting = NoticeTargeting.All,
                PublishedAt = new DateTime(2026, 5, 14, 8, 0, 0, DateTimeKind.Utc), CreatedBy = "dyspozytor", CreatedAt = new DateTime(2026, 5, 14, 7, 0, 0, DateTimeKind.Utc),
            };
            db.Add(notice);
            await db.SaveChangesAsync();
            var delivery = new NoticeDeliveryRow { CustomerId = customer.CustomerId, NoticeId = notice.Id, DeliveredAt = notice.PublishedAt!.Value };
            db.Add(delivery);
            await db.SaveChangesAsync();
            deliveryId = delivery.Id;
        }

        var filed = await host.MutateAsync(
            customer.Viewer, "createCase", """mutation { createCase(kind: COMPLAINT, subject: "Zawyżony odczyt", text: "Proszę o sprawdzenie.") { case { id } errors { code } } }""");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["submitReading"] = customer.MeterGlobalId,
            ["markNoticeRead"] = GlobalId.Serialize("Notice", deliveryId),
            ["addCaseMessage"] = filed.GetProperty("case").GetProperty("id").GetString()!,
            ["activateElectronicInvoice"] = customer.ContractGlobalId,
            ["deactivateElectronicInvoice"] = customer.ContractGlobalId,
            ["endSession"] = GlobalId.Serialize("SignedInSession", sessionId),
        };
    }

    private static string NotFound(string entity) => $$"""[{"__typename":"NotFoundError","code":"NOT_FOUND","entity":"{{entity}}"}]""";

    private static bool NamesId(JsonElement type) =>
        type.GetProperty("name").GetString() == "ID"
        || (type.TryGetProperty("ofType", out var inner) && inner.ValueKind == JsonValueKind.Object && NamesId(inner));
}
