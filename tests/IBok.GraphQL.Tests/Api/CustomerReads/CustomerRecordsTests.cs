using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Documents;
using IBok.GraphQL.Persistence.Model.Interest;
using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Api.CustomerReads;

/// <summary>Consents, interest notes, cases and the public downloadable forms.</summary>
public sealed class CustomerRecordsTests
{
    private static readonly DateTime Changed = new(2026, 2, 1, 12, 0, 0, DateTimeKind.Utc);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConsentsInterestNotesAndCases_OwnOnly(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);
        await using (var db = database.CreateContext())
        {
            db.Add(new ConsentRow { CustomerId = s.A.Id, Topic = ConsentTopic.Notification, Channel = NotificationChannel.Sms, Kind = NotificationKind.Outage, Granted = true, ChangedAt = Changed });
            db.Add(new ConsentRow { CustomerId = s.B.Id, Topic = ConsentTopic.Notification, Channel = NotificationChannel.Email, Kind = NotificationKind.InvoiceIssued, Granted = false, ChangedAt = Changed });
            db.Add(new InterestNoteRow
            {
                CustomerId = s.A.Id,
                Number = "NO/2026/000001",
                IssueDate = new DateOnly(2026, 3, 1),
                DueDate = new DateOnly(2026, 3, 15),
                RateTableName = "statutory",
                TotalGrosz = 12,
                CreatedAt = Changed,
                Lines =
                [
                    new InterestNoteLineRow
                    {
                        CustomerId = s.A.Id,
                        DocumentNumber = "FV/A/002",
                        PaymentReference = "PAY-A-2",
                        AmountPaidLateGrosz = 5_000,
                        DueDate = new DateOnly(2026, 2, 17),
                        PaidOn = new DateOnly(2026, 2, 20),
                        Days = 3,
                        Rates = "11.25",
                        InterestGrosz = 12,
                    },
                ],
            });
            await db.SaveChangesAsync();
        }

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), """
            { customer { consents { topic channel kind granted changedAt }
                         interestNotes { number issueDate dueDate total { amount } lines { documentNumber amountPaidLate { amount } dueDate paidOn days interest { amount } } }
                         cases { subject } } }
            """);
        var staffSeesB = await ApiHarness.RunAsync(database, ApiHarness.Operator, $$"""
            { customerById(id: "{{Scenario.Id("Customer", s.B.Id)}}") { consents { channel granted } cases { signature kind status responseDeadline } } }
            """);

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"customer":{"consents":[{"topic":"NOTIFICATION","channel":"SMS","kind":"OUTAGE","granted":true,"changedAt":"2026-02-01T12:00:00Z"}],
            "interestNotes":[{"number":"NO/2026/000001","issueDate":"2026-03-01","dueDate":"2026-03-15","total":{"amount":"0.12"},
            "lines":[{"documentNumber":"FV/A/002","amountPaidLate":{"amount":"50.00"},"dueDate":"2026-02-17","paidOn":"2026-02-20","days":3,"interest":{"amount":"0.12"}}]}],
            "cases":[]}}}
            """), result);
        Assert.Equal(
            """{"data":{"customerById":{"consents":[{"channel":"EMAIL","granted":false}],"cases":[{"signature":"RK/2026/000001","kind":"COMPLAINT","status":"SUBMITTED","responseDeadline":"2026-02-01"}]}}}""",
            staffSeesB);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DownloadableForms_Anonymous_ListedByCategoryWithDownloadPath(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateContext())
        {
            db.Add(Form("Wniosek o przyłączenie", "Przyłącza", "przylacze.pdf"));
            db.Add(Form("Reklamacja", "Reklamacje", "reklamacja.pdf"));
            db.Add(Form("Wniosek o zmianę danych", "Dane", "zmiana.pdf"));
            await db.SaveChangesAsync();
        }

        var all = await ApiHarness.RunAsync(database, Viewer.Anonymous, "{ downloadableForms { title category file { fileName contentType sizeBytes downloadPath } } }");
        var one = await ApiHarness.RunAsync(database, Viewer.Anonymous, """{ downloadableForms(category: "Reklamacje") { title } }""");

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"downloadableForms":[
            {"title":"Wniosek o zmianę danych","category":"Dane","file":{"fileName":"zmiana.pdf","contentType":"application/pdf","sizeBytes":4,"downloadPath":"/files/forms/3"}},
            {"title":"Wniosek o przyłączenie","category":"Przyłącza","file":{"fileName":"przylacze.pdf","contentType":"application/pdf","sizeBytes":4,"downloadPath":"/files/forms/1"}},
            {"title":"Reklamacja","category":"Reklamacje","file":{"fileName":"reklamacja.pdf","contentType":"application/pdf","sizeBytes":4,"downloadPath":"/files/forms/2"}}]}}
            """), all);
        Assert.Equal("""{"data":{"downloadableForms":[{"title":"Reklamacja"}]}}""", one);
    }

    private static DocumentRow Form(string title, string category, string fileName) => new()
    {
        Title = title,
        Category = category,
        FileName = fileName,
        ContentType = "application/pdf",
        SizeBytes = 4,
        Content = [1, 2, 3, 4],
        PublishedAt = Changed,
    };
}
