using System.Net;
using System.Net.Http.Headers;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Interest;
using IBok.Web.Tests.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.Documents;

public sealed class DocumentDownloadTests
{
    [Fact]
    public async Task GetInvoicePdf_OwnInvoiceWithCookieSession_ReturnsThePdfAsAnAttachment()
    {
        using var host = await AuthHost.StartAsync();
        var seeded = await SeedAsync(host);
        using var browser = host.CreateBrowser();
        await browser.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = false });

        using var response = await browser.GetAsync($"/files/invoices/{seeded.MyInvoice}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", "FV-2026-02-000001.pdf"), (response.Content.Headers.ContentDisposition?.DispositionType, response.Content.Headers.ContentDisposition?.FileName));
        Assert.Equal((true, true), (response.Headers.CacheControl!.Private, response.Headers.CacheControl.NoStore));
        Assert.Equal("%PDF-1.7"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..8]);
    }

    [Fact]
    public async Task GetInterestNotePdf_OwnNoteWithBearerToken_ReturnsThePdf()
    {
        using var host = await AuthHost.StartAsync();
        var seeded = await SeedAsync(host);
        using var client = host.CreateApiClient();
        var (_, signIn) = await client.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = true });
        var token = signIn!["data"]!["signIn"]!["session"]!["accessToken"]!.GetValue<string>();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/files/interest-notes/{seeded.MyNote}.pdf");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("NO-2026-04-000001.pdf", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task GetInvoicePdf_AnotherCustomersInvoice_Is404LikeAMissingOne()
    {
        using var host = await AuthHost.StartAsync();
        var seeded = await SeedAsync(host);
        using var browser = host.CreateBrowser();
        await browser.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = false });

        using var theirs = await browser.GetAsync($"/files/invoices/{seeded.TheirInvoice}.pdf");
        using var theirNote = await browser.GetAsync($"/files/interest-notes/{seeded.TheirNote}.pdf");
        using var missing = await browser.GetAsync("/files/invoices/987654.pdf");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (theirs.StatusCode, theirNote.StatusCode, missing.StatusCode));
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await theirs.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetInvoicePdf_Anonymous_Is401()
    {
        using var host = await AuthHost.StartAsync();
        var seeded = await SeedAsync(host);
        using var client = host.CreateApiClient();

        using var response = await client.GetAsync($"/files/invoices/{seeded.MyInvoice}.pdf");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"errors":[{"message":"Zaloguj się, aby pobrać dokument. (Sign in to download the document.)"}]}""", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Customer 1 (the host's signed-up customer 100200) and customer 2, each with an invoice and an interest note.</summary>
    private static async Task<Seeded> SeedAsync(AuthHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.System;
        var db = scope.ServiceProvider.GetRequiredService<IBokDbContext>();
        var mine = Customer("100200", "Jan Kowalski");
        var theirs = Customer("100300", "Adam Nowak");
        db.AddRange(mine, theirs);
        await db.SaveChangesAsync();
        Assert.Equal(1, mine.Id);

        var myInvoice = Invoice(mine, "FV/2026/02/000001", "U/1");
        var theirInvoice = Invoice(theirs, "FV/2026/02/000002", "U/2");
        var myNote = Note(mine, "NO/2026/04/000001");
        var theirNote = Note(theirs, "NO/2026/04/000002");
        db.AddRange(myInvoice, theirInvoice, myNote, theirNote);
        await db.SaveChangesAsync();
        return new Seeded(myInvoice.Id, theirInvoice.Id, myNote.Id, theirNote.Id);
    }

    private static CustomerRow Customer(string number, string name) => new()
    {
        Number = number, Name = name, SearchName = name.ToLowerInvariant(), Street = "Ogrodowa", BuildingNumber = "5", PostalCode = "47-100",
        City = "Strzelce Opolskie", IndividualAccountNumber = "61109010140000071219812874", CreatedAt = new DateTime(2026, 1, 2, 8, 0, 0, DateTimeKind.Utc),
    };

    private static InvoiceRow Invoice(CustomerRow customer, string number, string contract) => new()
    {
        CustomerId = customer.Id, Number = number, Series = "FV/{yyyy}/{MM}/{seq:6}", IssueDate = new DateOnly(2026, 2, 3), SaleDate = new DateOnly(2026, 1, 31),
        DueDate = new DateOnly(2026, 2, 17), PaymentTermDays = 14, PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 1, 31),
        ContractNumber = contract, TariffGroup = "G1", SellerName = "Wodociągi", SellerStreet = "Wodna", SellerBuildingNumber = "1", SellerPostalCode = "47-100",
        SellerCity = "Strzelce Opolskie", SellerNip = "1234563218", SellerBankAccount = "61109010140000071219812874", BuyerName = customer.Name,
        BuyerStreet = customer.Street, BuyerBuildingNumber = customer.BuildingNumber, BuyerPostalCode = customer.PostalCode, BuyerCity = customer.City,
        NetGrosz = 10_000, VatGrosz = 800, GrossGrosz = 10_800, CreatedAt = new DateTime(2026, 2, 3, 6, 0, 0, DateTimeKind.Utc),
        VatSummary = [new InvoiceVatSummaryRow { CustomerId = customer.Id, VatPercent = 8m, NetGrosz = 10_000, VatGrosz = 800, GrossGrosz = 10_800 }],
    };

    private static InterestNoteRow Note(CustomerRow customer, string number) => new()
    {
        CustomerId = customer.Id, Number = number, IssueDate = new DateOnly(2026, 4, 2), DueDate = new DateOnly(2026, 4, 16), RateTableName = "statutory",
        TotalGrosz = 120, CreatedAt = new DateTime(2026, 4, 2, 6, 0, 0, DateTimeKind.Utc),
    };

    private sealed record Seeded(long MyInvoice, long TheirInvoice, long MyNote, long TheirNote);
}
