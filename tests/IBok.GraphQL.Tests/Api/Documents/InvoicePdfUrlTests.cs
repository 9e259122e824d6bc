using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Tests.Api.CustomerReads;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.Documents;

public sealed class InvoicePdfUrlTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PdfUrl_OwnInvoices_PointAtTheDownloadEndpoint(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);
        await using var db = database.CreateContext();
        var ids = await db.Set<InvoiceRow>().Where(row => row.CustomerId == s.A.Id).OrderBy(row => row.DueDate).Select(row => row.Id).ToListAsync();

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), """
            { customer { invoices(order: { field: DUE_DATE }) { nodes { pdfUrl } } } }
            """);

        Assert.Equal(3, ids.Count);
        var urls = string.Join(',', ids.AsEnumerable().Reverse().Select(id => $"{{\"pdfUrl\":\"/files/invoices/{id}.pdf\"}}"));
        Assert.Equal(
            "{\"data\":{\"customer\":{\"invoices\":{\"nodes\":[" + urls + "]}}}}",
            result);
    }
}
