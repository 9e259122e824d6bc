using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Tests.Api.Testing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.WithoutAccount;

public sealed class AnonymousCaseTests
{
    private const string File = """
        mutation($email: String, $phone: String) {
          fileCaseAnonymously(kind: REQUEST, subject: "Przyłącze wodociągowe", text: "Proszę o warunki przyłączenia.", name: "Ewa Zielińska", email: $email, phone: $phone) {
            signature secret case { id signature status } errors { __typename code message ... on InvalidInputError { field } }
          }
        }
        """;

    private const string Track = """
        query($signature: String!, $secret: String!) {
          trackCase(signature: $signature, secret: $secret) {
            case { signature kind subject status submittedAt responseDeadline statusHistory { from to at byRole } }
            errors { __typename code message }
          }
        }
        """;

    private const string NotFound =
        """{"case":null,"errors":[{"__typename":"NotFoundError","code":"NOT_FOUND","message":"Nie znaleziono: sprawa o tej sygnaturze i tym kodzie."}]}""";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FileCaseAnonymously_ReturnsSignatureAndSecretOnce_AndStoresOnlyItsHash(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);

        var filed = await host.MutateAsync(Viewer.Anonymous, "fileCaseAnonymously", File, new { email = "ewa@example.pl" });

        var secret = filed.GetProperty("secret").GetString()!;
        Assert.Matches("^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){4}$", secret);
        Assert.Equal("""{"id":null,"signature":"ZG/2026/000001","status":"REGISTERED"}""", WriteApiHost.Json(filed.GetProperty("case")));
        Assert.Equal("ZG/2026/000001", filed.GetProperty("signature").GetString());
        await using var db = host.SystemContext();
        var row = await db.Set<CaseRow>().SingleAsync();
        Assert.Equal((null, "ewa@example.pl", "Ewa Zielińska"), (row.CustomerId, row.ContactEmail, row.CreatedBy));
        Assert.Equal(64, row.TrackingSecretHash!.Length);
        Assert.DoesNotContain(secret.Replace("-", "", StringComparison.Ordinal), row.TrackingSecretHash, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TrackCase_RightSecret_ShowsStatusAndHistory_WrongSecretLooksLikeAnUnknownSignature(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var filed = await host.MutateAsync(Viewer.Anonymous, "fileCaseAnonymously", File, new { phone = "+48 601 234 567" });
        var secret = filed.GetProperty("secret").GetString()!;

        var right = await host.ExecuteAsync(Viewer.Anonymous, Track, new { signature = "ZG/2026/000001", secret = secret.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) });
        var wrongSecret = await host.ExecuteAsync(Viewer.Anonymous, Track, new { signature = "ZG/2026/000001", secret = "AAAA-BBBB-CCCC-DDDD-EEEE" });
        var unknownSignature = await host.ExecuteAsync(Viewer.Anonymous, Track, new { signature = "ZG/2026/000777", secret });
        var malformedSignature = await host.ExecuteAsync(Viewer.Anonymous, Track, new { signature = "nie-sygnatura", secret });

        Assert.Equal(
            """{"case":{"signature":"ZG/2026/000001","kind":"REQUEST","subject":"Przyłącze wodociągowe","status":"REGISTERED","submittedAt":"2026-05-15T10:00:00Z","responseDeadline":"2026-05-29","statusHistory":[{"from":null,"to":"SUBMITTED","at":"2026-05-15T10:00:00Z","byRole":"CUSTOMER"},{"from":"SUBMITTED","to":"REGISTERED","at":"2026-05-15T10:00:00Z","byRole":"STAFF"}]},"errors":[]}""",
            WriteApiHost.Json(right.GetProperty("data").GetProperty("trackCase")));
        Assert.Equal(NotFound, WriteApiHost.Json(wrongSecret.GetProperty("data").GetProperty("trackCase")));
        Assert.Equal(WriteApiHost.Json(unknownSignature), WriteApiHost.Json(wrongSecret));
        Assert.Equal(WriteApiHost.Json(malformedSignature), WriteApiHost.Json(wrongSecret));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TrackCase_CaseFiledWithAnAccount_CannotBeTrackedWithoutOne(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        await host.MutateAsync(customer.Viewer, "createCase", """mutation { createCase(kind: QUESTION, subject: "Pytanie", text: "Treść.") { errors { code } } }""");

        var tracked = await host.ExecuteAsync(Viewer.Anonymous, Track, new { signature = "ZG/2026/000001", secret = "" });

        Assert.Equal(NotFound, WriteApiHost.Json(tracked.GetProperty("data").GetProperty("trackCase")));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FileCaseAnonymously_WithoutContactOrWithABadEmail_IsRefusedAndStoresNothing(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var before = await host.RowCountsAsync();

        var noContact = await host.MutateAsync(Viewer.Anonymous, "fileCaseAnonymously", File, new { email = (string?)null });
        var badEmail = await host.MutateAsync(Viewer.Anonymous, "fileCaseAnonymously", File, new { email = "ewa@" });

        Assert.Equal(
            """{"signature":null,"secret":null,"case":null,"errors":[{"__typename":"InvalidInputError","code":"CONTACT_REQUIRED","message":"Podaj adres e-mail lub numer telefonu, abyśmy mogli odpowiedzieć.","field":"email"}]}""",
            WriteApiHost.Json(noContact));
        Assert.Equal(
            """[{"__typename":"InvalidInputError","code":"INVALID_EMAIL","message":"Adres e-mail jest niepoprawny.","field":"email"}]""",
            WriteApiHost.Json(badEmail.GetProperty("errors")));
        Assert.Equal(before, await host.RowCountsAsync());
    }
}
