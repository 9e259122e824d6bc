using IBok.GraphQL.Persistence.Model.Documents;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Service;

public sealed class FormsPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Get_ListsEveryFormWithItsDownloadLink()
    {
        var forms = await host.WithDatabaseAsync(db => db.Set<DocumentRow>().Select(row => new { row.Id, row.Title }).ToListAsync());
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/forms");

        Assert.Equal("Formularze do pobrania", page.QuerySelector("h1")?.TextContent);
        Assert.NotEmpty(forms);
        Assert.Equal(
            forms.Select(form => ($"/files/forms/{form.Id}", form.Title)).Order(),
            page.QuerySelectorAll(".form-list a").Select(anchor => (anchor.GetAttribute("href")!, anchor.TextContent)).Order());
    }

    [Fact]
    public async Task Get_GroupsByCategoryInOrder()
    {
        var categories = await host.WithDatabaseAsync(db => db.Set<DocumentRow>().Select(row => row.Category).Distinct().ToListAsync());
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/forms");

        Assert.Equal(
            categories.Where(category => category is not null).Order(StringComparer.Ordinal).Concat(categories.Contains(null) ? ["Inne"] : []),
            page.QuerySelectorAll("main section h2").Select(heading => heading.TextContent));
    }
}
