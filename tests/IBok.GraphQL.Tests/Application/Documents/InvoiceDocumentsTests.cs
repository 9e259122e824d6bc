using IBok.GraphQL.Application.Documents;
using IBok.GraphQL.Application.Staff.Billing;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Interest;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.Extensions.Options;

namespace IBok.GraphQL.Tests.Application.Documents;

public sealed class InvoiceDocumentsTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RenderInvoiceAsync_OwnInvoice_PrintsItsStoredFields(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var seeded = await SeedAsync(database);
        await using var db = database.CreateContext(Viewer.ForCustomer(seeded.Mine.Id, 1, "Zażółć gęślą jaźń"));

        var document = await Documents(db).RenderInvoiceAsync(seeded.MyInvoice.Id, CancellationToken.None);

        Assert.NotNull(document);
        Assert.Equal("FV-2026-02-000123.pdf", document.FileName);
        Poppler.AssertContainsAll(
        [
            "Faktura VAT", "nr FV/2026/02/000123", "2026-02-03", "2026-01-31", "2026-02-17", "NIP: 1234563218", "Zażółć gęślą jaźń",
            "Źródlana 14/3", "47-150 Łąka Prudnicka", "NIP: 7751001452", "Dostawa wody", "Odprowadzanie ścieków", "Opłata abonamentowa",
            "12 m³", "5,43", "65,16", "6,12", "73,44", "3,76", "138,60", "11,09", "149,69", "0,86", "4,62", "142,36", "11,95",
            "Do zapłaty: 154,31 zł", "61 1090 1014 0000 0712 1981 2874",
        ], Poppler.Text(document.Content));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RenderInvoiceAsync_AnotherCustomersInvoice_IsNull(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var seeded = await SeedAsync(database);
        await using var db = database.CreateContext(Viewer.ForCustomer(seeded.Mine.Id, 1, "Zażółć gęślą jaźń"));

        Assert.Null(await Documents(db).RenderInvoiceAsync(seeded.TheirInvoice.Id, CancellationToken.None));
        Assert.Null(await Documents(db).RenderInterestNoteAsync(seeded.TheirNote.Id, CancellationToken.None));
        Assert.Null(await Documents(db).RenderInvoiceAsync(999_999, CancellationToken.None));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RenderAsync_Anonymous_SeesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var seeded = await SeedAsync(database);
        await using var db = database.CreateContext(Viewer.Anonymous);

        Assert.Null(await Documents(db).RenderInvoiceAsync(seeded.MyInvoice.Id, CancellationToken.None));
        Assert.Null(await Documents(db).RenderInterestNoteAsync(seeded.MyNote.Id, CancellationToken.None));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RenderInterestNoteAsync_OwnNote_PrintsTheConfiguredUtilityAndTheCustomer(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var seeded = await SeedAsync(database);
        await using var db = database.CreateContext(Viewer.ForCustomer(seeded.Mine.Id, 1, "Zażółć gęślą jaźń"));

        var document = await Documents(db).RenderInterestNoteAsync(seeded.MyNote.Id, CancellationToken.None);

        Assert.NotNull(document);
        Assert.Equal("NO-2026-04-000012.pdf", document.FileName);
        Poppler.AssertContainsAll(
        [
            "Nota odsetkowa", "nr NO/2026/04/000012", "Wodociągi Testowe Sp. z o.o.", "Pompowa 7", "45-001 Opole", "NIP: 7540000007",
            "Zażółć gęślą jaźń", "Numer klienta: 100200", "FV/2026/02/000123", "154,31", "31", "9,5% / 9,25%", "Do zapłaty: 12,34 zł",
            "61 1090 1014 0000 0712 1981 2874",
        ], Poppler.Text(document.Content));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RenderInvoiceAsync_Staff_SeesEveryCustomersInvoice(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var seeded = await SeedAsync(database);
        await using var db = database.CreateContext(Viewer.ForStaff(ViewerRole.Operator, 7, "operator"));

        var document = await Documents(db).RenderInvoiceAsync(seeded.TheirInvoice.Id, CancellationToken.None);

        Assert.Contains("Adam Nowak", Poppler.Text(document!.Content), StringComparison.Ordinal);
    }

    private static InvoiceDocuments Documents(IBok.GraphQL.Persistence.IBokDbContext db) => new(db, Options.Create(new BillingOptions
    {
        SellerName = "Wodociągi Testowe Sp. z o.o.",
        SellerStreet = "Pompowa",
        SellerBuildingNumber = "7",
        SellerPostalCode = "45-001",
        SellerCity = "Opole",
        SellerNip = "7540000007",
    }));

    private static async Task<Seeded> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var mine = DocumentSamples.Customer("100200");
        var theirs = DocumentSamples.Customer("100300", "Adam Nowak");
        db.AddRange(mine, theirs);
        await db.SaveChangesAsync();

        var myInvoice = DocumentSamples.Invoice(mine.Id);
        var theirInvoice = DocumentSamples.Invoice(theirs.Id, "FV/2026/02/000124", "Adam Nowak");
        theirInvoice.ContractNumber = "U/2020/0001";
        var myNote = DocumentSamples.InterestNote(mine.Id);
        var theirNote = DocumentSamples.InterestNote(theirs.Id);
        theirNote.Number = "NO/2026/04/000013";
        db.AddRange(myInvoice, theirInvoice, myNote, theirNote);
        await db.SaveChangesAsync();
        return new Seeded(mine, theirs, myInvoice, theirInvoice, myNote, theirNote);
    }

    private sealed record Seeded(CustomerRow Mine, CustomerRow Theirs, InvoiceRow MyInvoice, InvoiceRow TheirInvoice, InterestNoteRow MyNote, InterestNoteRow TheirNote);
}
