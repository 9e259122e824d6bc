using IBok.Domain.Cases;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Api.Testing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.Cases;

public sealed class CaseMutationTests
{
    internal static readonly string Png = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);
    internal static readonly string Pdf = Convert.ToBase64String("%PDF-1.7 test"u8.ToArray());

    private const string Create = """
        mutation($kind: CaseKind!, $subject: String!, $text: String!, $attachments: [CaseAttachmentInput!]) {
          createCase(kind: $kind, subject: $subject, text: $text, attachments: $attachments) {
            case { signature kind subject status responseDeadline statusHistory { from to at byRole note } }
            errors { __typename code message english: message(language: ENGLISH) ... on AttachmentRejectedError { index fileName } ... on InvalidInputError { field } }
          }
        }
        """;

    private const string AddMessage = """
        mutation($caseId: ID!, $text: String!, $attachments: [CaseAttachmentInput!]) {
          addCaseMessage(caseId: $caseId, text: $text, attachments: $attachments) {
            case { id status statusHistory { from to note } }
            message { id text sentAt attachments { id fileName contentType sizeBytes } }
            errors { __typename code message }
          }
        }
        """;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateCase_WithAttachment_IsRegisteredWithSignatureAndHistory(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");

        var first = await host.MutateAsync(customer.Viewer, "createCase", Create, new
        {
            kind = "COMPLAINT", subject = "  Zawyżona faktura ", text = "Faktura za marzec jest zawyżona.",
            attachments = new[] { new { fileName = "faktura.pdf", contentType = "application/pdf", contentBase64 = Pdf } },
        });
        var second = await host.MutateAsync(customer.Viewer, "createCase", Create, new { kind = "COMPLAINT", subject = "Druga", text = "Treść." });
        var request = await host.MutateAsync(customer.Viewer, "createCase", Create, new { kind = "REQUEST", subject = "Wniosek", text = "Treść." });

        Assert.Equal(
            """{"case":{"signature":"RK/2026/000001","kind":"COMPLAINT","subject":"Zawyżona faktura","status":"REGISTERED","responseDeadline":"2026-05-29","statusHistory":[{"from":null,"to":"SUBMITTED","at":"2026-05-15T10:00:00Z","byRole":"CUSTOMER","note":null},{"from":"SUBMITTED","to":"REGISTERED","at":"2026-05-15T10:00:00Z","byRole":"STAFF","note":null}]},"errors":[]}""",
            WriteApiHost.Json(first));
        Assert.Equal("RK/2026/000002", second.GetProperty("case").GetProperty("signature").GetString());
        Assert.Equal("ZG/2026/000001", request.GetProperty("case").GetProperty("signature").GetString());
        await using var db = host.SystemContext();
        var attachment = await db.Set<CaseAttachmentRow>().SingleAsync();
        var message = await db.Set<CaseMessageRow>().SingleAsync(row => row.CaseId == attachment.CaseId);
        Assert.Equal(
            ("faktura.pdf", "application/pdf", 13L, "%PDF-1.7 test", message.Id, (long?)customer.CustomerId),
            (attachment.FileName, attachment.ContentType, attachment.SizeBytes, System.Text.Encoding.ASCII.GetString(attachment.Content), attachment.MessageId!.Value, attachment.CustomerId));
    }

    public static TheoryData<string, object?, string> AttachmentRejections()
    {
        var oversized = Convert.ToBase64String([.. new byte[] { 0xFF, 0xD8, 0xFF }, .. new byte[5 * 1024 * 1024 - 2]]);
        var six = Enumerable.Range(0, 6).Select(i => new { fileName = $"z{i}.png", contentType = "image/png", contentBase64 = Png }).ToArray();
        return new()
        {
            { "too large", new[] { new { fileName = "duze.jpg", contentType = "image/jpeg", contentBase64 = oversized } },
                """[{"__typename":"AttachmentRejectedError","code":"ATTACHMENT_TOO_LARGE","message":"Plik „duze.jpg” jest za duży; największy dozwolony rozmiar to 5 MB.","english":"File 'duze.jpg' is too large; the largest allowed size is 5 MB.","index":0,"fileName":"duze.jpg"}]""" },
            { "type", new[] { new { fileName = "ok.png", contentType = "image/png", contentBase64 = Png }, new { fileName = "program.exe", contentType = "application/x-msdownload", contentBase64 = Png } },
                """[{"__typename":"AttachmentRejectedError","code":"ATTACHMENT_TYPE_NOT_ALLOWED","message":"Plik „program.exe” ma niedozwolony typ (application/x-msdownload); dozwolone są JPEG, PNG i PDF.","english":"File 'program.exe' has a type that is not allowed (application/x-msdownload); JPEG, PNG and PDF are.","index":1,"fileName":"program.exe"}]""" },
            { "mismatch", new[] { new { fileName = "zdjecie.jpg", contentType = "image/jpeg", contentBase64 = Pdf } },
                """[{"__typename":"AttachmentRejectedError","code":"ATTACHMENT_CONTENT_MISMATCH","message":"Zawartość pliku „zdjecie.jpg” nie jest plikiem typu image/jpeg.","english":"The content of file 'zdjecie.jpg' is not a image/jpeg file.","index":0,"fileName":"zdjecie.jpg"}]""" },
            { "base64", new[] { new { fileName = "a.pdf", contentType = "application/pdf", contentBase64 = "to nie jest base64!" } },
                """[{"__typename":"AttachmentRejectedError","code":"ATTACHMENT_NOT_BASE64","message":"Zawartość pliku „a.pdf” nie jest poprawnie zakodowana (base64).","english":"The content of file 'a.pdf' is not valid base64.","index":0,"fileName":"a.pdf"}]""" },
            { "empty", new[] { new { fileName = "a.pdf", contentType = "application/pdf", contentBase64 = "" } },
                """[{"__typename":"AttachmentRejectedError","code":"ATTACHMENT_EMPTY","message":"Plik „a.pdf” jest pusty.","english":"File 'a.pdf' is empty.","index":0,"fileName":"a.pdf"}]""" },
            { "name", new[] { new { fileName = "../etc/passwd.pdf", contentType = "application/pdf", contentBase64 = Pdf } },
                """[{"__typename":"AttachmentRejectedError","code":"ATTACHMENT_NAME_INVALID","message":"Nazwa pliku „../etc/passwd.pdf” jest niepoprawna: podaj od 1 do 255 znaków bez „/” i „\\”.","english":"File name '../etc/passwd.pdf' is invalid: use 1 to 255 characters without '/' and '\\'.","index":0,"fileName":"../etc/passwd.pdf"}]""" },
            { "count", six,
                """[{"__typename":"AttachmentRejectedError","code":"TOO_MANY_ATTACHMENTS","message":"Można dołączyć najwyżej 5 plików; wysłano 6.","english":"At most 5 files can be attached; 6 were sent.","index":null,"fileName":null}]""" },
            { "subject", null,
                """[{"__typename":"InvalidInputError","code":"SUBJECT_REQUIRED","message":"Podaj temat zgłoszenia.","english":"Give the case a subject.","field":"subject"}]""" },
        };
    }

    [Theory]
    [MemberData(nameof(AttachmentRejections))]
    public async Task CreateCase_RejectedInput_ReturnsTheErrorAndStoresNothing(string scenario, object? attachments, string expectedErrors)
    {
        foreach (var provider in new[] { "sqlite", "postgresql" })
        {
            await using var host = await WriteApiHost.CreateAsync(provider);
            var customer = await host.SeedCustomerAsync("100001");
            var before = await host.RowCountsAsync();

            var payload = await host.MutateAsync(customer.Viewer, "createCase", Create, new
            {
                kind = "COMPLAINT", subject = scenario == "subject" ? "   " : "Reklamacja", text = "Treść.", attachments,
            });

            Assert.Equal(expectedErrors, WriteApiHost.Json(payload.GetProperty("errors")));
            Assert.Equal("null", payload.GetProperty("case").GetRawText());
            Assert.Equal(before, await host.RowCountsAsync());
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddCaseMessage_CaseWaitingForCustomer_StoresMessageAndResumesWork(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var caseId = await FileCaseAsync(host, customer);
        await SetStatusAsync(host, caseId, CaseStatus.WaitingForCustomer);
        host.Clock.Now = host.Clock.Now.AddHours(2);

        var payload = await host.MutateAsync(customer.Viewer, "addCaseMessage", AddMessage, new
        {
            caseId, text = "Przesyłam zdjęcie licznika.", attachments = new[] { new { fileName = "licznik.png", contentType = "image/png", contentBase64 = Png } },
        });

        await using var db = host.SystemContext();
        var attachment = await db.Set<CaseAttachmentRow>().SingleAsync(row => row.FileName == "licznik.png");
        var messageId = GlobalId.Serialize("CaseMessage", attachment.MessageId!.Value);
        var attachmentId = GlobalId.Serialize("CaseAttachment", attachment.Id);
        Assert.Equal(
            $$"""{"case":{"id":"{{caseId}}","status":"IN_PROGRESS","statusHistory":[{"from":null,"to":"SUBMITTED","note":null},{"from":"SUBMITTED","to":"REGISTERED","note":null},{"from":"REGISTERED","to":"WAITING_FOR_CUSTOMER","note":null},{"from":"WAITING_FOR_CUSTOMER","to":"IN_PROGRESS","note":"Odbiorca odpowiedział."}]},"message":{"id":"{{messageId}}","text":"Przesyłam zdjęcie licznika.","sentAt":"2026-05-15T12:00:00Z","attachments":[{"id":"{{attachmentId}}","fileName":"licznik.png","contentType":"image/png","sizeBytes":11}]},"errors":[]}""",
            WriteApiHost.Json(payload));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddCaseMessage_ClosedCase_IsCaseClosedAndChangesNothing(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var caseId = await FileCaseAsync(host, customer);
        await SetStatusAsync(host, caseId, CaseStatus.Resolved);
        var before = await host.RowCountsAsync();

        var payload = await host.MutateAsync(customer.Viewer, "addCaseMessage", AddMessage, new { caseId, text = "Jeszcze jedno." });

        Assert.Equal(
            """[{"__typename":"CaseClosedError","code":"CASE_CLOSED","message":"Sprawa RK/2026/000001 jest zamknięta i nie przyjmuje już wiadomości. Jeśli trzeba, złóż nowe zgłoszenie."}]""",
            WriteApiHost.Json(payload.GetProperty("errors")));
        Assert.Equal(before, await host.RowCountsAsync());
    }

    private static async Task<string> FileCaseAsync(WriteApiHost host, SeededCustomer customer)
    {
        var filed = await host.MutateAsync(
            customer.Viewer, "createCase", """mutation { createCase(kind: COMPLAINT, subject: "Zawyżony odczyt", text: "Proszę o sprawdzenie.") { case { id } errors { code } } }""");
        return filed.GetProperty("case").GetProperty("id").GetString()!;
    }

    // Staff's workflow is another feature's; the test moves the case the way staff would, directly in the rows.
    private static async Task SetStatusAsync(WriteApiHost host, string caseId, CaseStatus status)
    {
        await using var db = host.SystemContext();
        var row = await db.Set<CaseRow>().SingleAsync(c => c.Id == TypedIds.KeyOf(caseId, "Case"));
        db.Add(new CaseStatusChangeRow
        {
            CustomerId = row.CustomerId, CaseId = row.Id, FromStatus = row.Status, ToStatus = status, ChangedAt = host.Clock.Now.UtcDateTime.AddMinutes(30),
            ByRole = CaseActorRole.Staff, ByName = "Ewa Operator",
        });
        row.Status = status;
        await db.SaveChangesAsync();
    }
}

public sealed class CaseSignatureConcurrencyTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateCase_FiledConcurrently_EveryCaseGetsItsOwnSignature(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customers = new List<SeededCustomer>();
        for (var i = 1; i <= 4; i++)
        {
            customers.Add(await host.SeedCustomerAsync($"10000{i}"));
        }

        var payloads = await Task.WhenAll(customers.Select(customer => Task.Run(() => host.MutateAsync(
            customer.Viewer, "createCase", """mutation { createCase(kind: COMPLAINT, subject: "Reklamacja", text: "Treść.") { case { signature } errors { code } } }"""))));

        Assert.Equal(
            ["RK/2026/000001", "RK/2026/000002", "RK/2026/000003", "RK/2026/000004"],
            payloads.Select(payload => payload.GetProperty("case").GetProperty("signature").GetString()).Order(StringComparer.Ordinal).ToList());
    }
}
