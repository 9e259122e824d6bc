using System.Net;
using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Service;

public sealed class SettingsPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Consents_Checked_AreGrantedAndOthersWithdrawn()
    {
        var customerId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await PortalHost.PostFormAsync(
            browser, "/settings?handler=Consents", [new("Consent", "Email:InvoiceIssued"), new("Consent", "Sms:Outage")], "/settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/settings?done=consents#consents", response.Headers.Location?.OriginalString);
        var granted = await GrantedAsync(customerId);
        Assert.Equal(["Email:InvoiceIssued", "Sms:Outage"], granted);
        var page = await PortalHost.GetPageAsync(browser, "/settings?done=consents");
        Assert.Equal("Zgody na powiadomienia zostały zapisane.", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Equal(["Email:InvoiceIssued", "Sms:Outage"], page.QuerySelectorAll("#consent-table input[checked]").Select(box => box.GetAttribute("value")!));
        Assert.Equal("Awarie i wyłączenia: SMS", page.QuerySelector("label[for='consent-Sms-Outage']")?.TextContent);
    }

    [Fact]
    public async Task Consents_UnknownValue_IsRefusedAndChangesNothing()
    {
        var customerId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Business.CustomerNumber);
        using var browser = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);
        var before = await GrantedAsync(customerId);

        using var response = await PortalHost.PostFormAsync(
            browser, "/settings?handler=Consents", [new("Consent", "Email:InvoiceIssued"), new("Consent", "Fax:Outage")], "/settings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Nieznana zgoda: Fax:Outage. Nic nie zostało zmienione."], ServicePages.ErrorSummary(await PortalHost.ParseAsync(response)));
        Assert.Equal(before, await GrantedAsync(customerId));
    }

    [Fact]
    public async Task ElectronicInvoice_TurnedOnThenOff_IsStoredAndShown()
    {
        var customerId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        var contract = await host.WithDatabaseAsync(db => db.Set<ContractRow>()
            .Where(row => row.CustomerId == customerId && row.EndDate == null).OrderBy(row => row.Id).FirstAsync());
        using var browser = await host.SignInAsCustomerAsync();
        var id = contract.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var wanted = !contract.ElectronicInvoice;

        using var response = await PortalHost.PostFormAsync(
            browser, "/settings?handler=ElectronicInvoice", new Dictionary<string, string> { ["contractId"] = id, ["active"] = wanted ? "true" : "false" }, "/settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(wanted, await host.WithDatabaseAsync(db => db.Set<ContractRow>().Where(row => row.Id == contract.Id).Select(row => row.ElectronicInvoice).SingleAsync()));
        var page = await PortalHost.GetPageAsync(browser, response.Headers.Location!.OriginalString.Split('#')[0]);
        Assert.Equal(
            wanted ? "E-faktura została włączona." : "E-faktura została wyłączona; faktury będą wysyłane pocztą.",
            page.QuerySelector("[role=status]")?.TextContent);
        Assert.Equal(
            wanted ? $"Wyłącz e-fakturę dla umowy {contract.Number}" : $"Włącz e-fakturę dla umowy {contract.Number}",
            page.QuerySelector($"#einvoice-{contract.Id}")?.TextContent);
    }

    [Fact]
    public async Task ElectronicInvoice_AnotherCustomersContract_IsNotFoundAndUnchanged()
    {
        var businessId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Business.CustomerNumber);
        var contract = await host.WithDatabaseAsync(db => db.Set<ContractRow>().Where(row => row.CustomerId == businessId).OrderBy(row => row.Id).FirstAsync());
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await PortalHost.PostFormAsync(
            browser, "/settings?handler=ElectronicInvoice",
            new Dictionary<string, string> { ["contractId"] = contract.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["active"] = contract.ElectronicInvoice ? "false" : "true" },
            "/settings");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(contract.ElectronicInvoice, await host.WithDatabaseAsync(db => db.Set<ContractRow>().Where(row => row.Id == contract.Id).Select(row => row.ElectronicInvoice).SingleAsync()));
    }

    [Theory]
    [InlineData("CorrespondenceAddress", "PostalCode", "47100", "postalCode", "Kod pocztowy ma postać NN-NNN, np. 47-100.")]
    [InlineData("CorrespondenceAddress", "BuildingNumber", "", "buildingNumber", "Podaj numer budynku.")]
    [InlineData("ContactDetails", "Email", "", "email", "Podaj nowy adres e-mail lub numer telefonu.")]
    [InlineData("ContactDetails", "Email", "jan@", "email", "Adres e-mail jest niepoprawny.")]
    [InlineData("Name", "Name", "", "name", "Podaj nowe imię i nazwisko lub nazwę (do 200 znaków).")]
    [InlineData("Other", "Comment", "", "comment", "Opisz, jakie dane mamy zmienić.")]
    [InlineData("Everything", "Comment", "x", "changeKind", "Wybierz, jakie dane chcesz zmienić.")]
    public async Task DataChange_Invalid_ShowsTheMessageAndFilesNothing(string kind, string input, string value, string field, string message)
    {
        using var browser = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);
        var before = await RequestCountAsync();
        var fields = new Dictionary<string, string>
        {
            ["ChangeKind"] = kind, ["Street"] = "Lipowa", ["BuildingNumber"] = "5", ["PostalCode"] = "47-100", ["City"] = "Strzelce Opolskie",
        };
        fields[input] = value;

        using var response = await PortalHost.PostFormAsync(browser, "/settings?handler=DataChange", fields, "/settings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalHost.ParseAsync(response);
        Assert.Equal([message], ServicePages.ErrorSummary(page));
        Assert.Equal(message, page.QuerySelector($"#{field}-error")?.TextContent);
        Assert.Equal("true", page.QuerySelector($"#{field}")?.GetAttribute("aria-invalid"));
        Assert.Equal("Strzelce Opolskie", page.QuerySelector("#city")?.GetAttribute("value"));
        Assert.Equal(before, await RequestCountAsync());
    }

    [Fact]
    public async Task DataChange_ContactDetails_IsFiledOnceThenRefusedWhilePending()
    {
        using var browser = await host.SignInAsCustomerAsync();
        var fields = new Dictionary<string, string> { ["ChangeKind"] = "ContactDetails", ["Email"] = "nowy.adres@example.com", ["Phone"] = "" };

        using var filed = await PortalHost.PostFormAsync(browser, "/settings?handler=DataChange", fields, "/settings");
        using var again = await PortalHost.PostFormAsync(browser, "/settings?handler=DataChange", fields, "/settings");

        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.Equal("/settings?done=data-change#data-change", filed.Headers.Location?.OriginalString);
        Assert.Equal(["Wniosek o zmianę tych danych już czeka na rozpatrzenie."], ServicePages.ErrorSummary(await PortalHost.ParseAsync(again)));
        var page = await PortalHost.GetPageAsync(browser, "/settings");
        var row = page.QuerySelectorAll("#data-change-requests tbody tr").Single().QuerySelectorAll("td").Select(cell => cell.TextContent).Skip(1);
        Assert.Equal(["E-mail i telefon kontaktowy", "Czeka na rozpatrzenie"], row);
    }

    private Task<List<string>> GrantedAsync(long customerId) => host.WithDatabaseAsync(async db =>
        (await db.Set<ConsentRow>().Where(row => row.CustomerId == customerId && row.Topic == ConsentTopic.Notification && row.Granted)
            .Select(row => new { row.Channel, row.Kind }).ToListAsync())
        .Select(row => row.Channel + ":" + row.Kind).Order(StringComparer.Ordinal).ToList());

    private Task<int> RequestCountAsync() => host.WithDatabaseAsync(db => db.Set<DataChangeRequestRow>().CountAsync());
}
