using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Core;

/// <summary>Registration, e-mail confirmation, forced password change and password reset, each on its own demo customer.</summary>
public sealed partial class AccountFlowTests(PortalHost host) : IClassFixture<PortalHost>
{
    private const string NewPassword = "Nowe-Haslo-Wody-2026";

    [Fact]
    public async Task Register_WithARecentInvoice_SendsACodeThatConfirmsTheAddressAndThenSignsIn()
    {
        var (number, gross) = await LatestInvoiceAsync("100003");
        using var browser = host.CreateBrowser();

        using var registered = await PortalHost.PostFormAsync(browser, "/account/register", RegistrationForm("100003", "nowy.klient@example.pl", number, gross));
        var confirmPage = await PortalHost.GetPageAsync(browser, registered.Headers.Location!.OriginalString);
        using var signInBeforeConfirming = await PortalHost.PostFormAsync(browser, "/account/sign-in", new Dictionary<string, string> { ["Login"] = "100003", ["Password"] = NewPassword });
        var beforeConfirming = await PortalHost.ParseAsync(signInBeforeConfirming);
        using var confirmed = await PortalHost.PostFormAsync(browser, "/account/confirm-email", new Dictionary<string, string>
        {
            ["Email"] = "nowy.klient@example.pl",
            ["Code"] = host.LastMailedCode("nowy.klient@example.pl"),
        });
        using var signedIn = await PortalHost.PostFormAsync(browser, "/account/sign-in", new Dictionary<string, string> { ["Login"] = "100003", ["Password"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/account/confirm-email?email=nowy.klient@example.pl&sent=True", registered.Headers.Location?.OriginalString);
        Assert.Equal("nowy.klient@example.pl", confirmPage.QuerySelector("#email")?.GetAttribute("value"));
        Assert.Equal("Najpierw potwierdź adres e-mail kodem, który na niego wysłaliśmy.", beforeConfirming.QuerySelector(".error-summary li")?.TextContent.Trim());
        Assert.Equal("/account/sign-in?done=confirmed", confirmed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Register_WithAWrongInvoiceAmount_SaysTheProofDoesNotMatchAndCreatesNoAccount()
    {
        var (number, gross) = await LatestInvoiceAsync("100004");
        using var browser = host.CreateBrowser();

        using var response = await PortalHost.PostFormAsync(browser, "/account/register", RegistrationForm("100004", "ktos@example.pl", number, gross + 1m));

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Numer klienta nie zgadza się z podaną fakturą lub kodem."], page.QuerySelectorAll(".error-summary li").Select(item => item.TextContent.Trim()));
        Assert.Equal("#invoiceNumber", page.QuerySelector(".error-summary a")?.GetAttribute("href"));
        Assert.Equal("100004", page.QuerySelector("#customerNumber")?.GetAttribute("value"));
        Assert.Equal(number, page.QuerySelector("#invoiceNumber")?.GetAttribute("value"));
        Assert.False(await host.WithDatabaseAsync(db => db.Set<Account>().AnyAsync(account => account.Email == "ktos@example.pl")));
    }

    [Fact]
    public async Task Register_WithSeveralMistakes_ListsEachNextToItsField()
    {
        using var browser = host.CreateBrowser();
        var fields = RegistrationForm("", "not-an-address", "", 0m);
        fields["InvoiceGrossAmount"] = "sto złotych";
        fields["ConfirmPassword"] = "Inne-Haslo-2026";

        using var response = await PortalHost.PostFormAsync(browser, "/account/register", fields);

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal("Kwota brutto musi być liczbą w złotych, np. 123,45.", page.QuerySelector("#invoiceGrossAmount-error")?.TextContent.Trim());
        Assert.Equal("Powtórzone hasło różni się od hasła.", page.QuerySelector("#confirmPassword-error")?.TextContent.Trim());
        Assert.Equal("sto złotych", page.QuerySelector("#invoiceGrossAmount")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Register_WithBlankFields_NamesEveryMissingInput()
    {
        using var browser = host.CreateBrowser();
        var fields = RegistrationForm("", "not-an-address", "", 0m);
        fields["InvoiceGrossAmount"] = "";

        using var response = await PortalHost.PostFormAsync(browser, "/account/register", fields);

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal("Podaj numer klienta.", page.QuerySelector("#customerNumber-error")?.TextContent.Trim());
        Assert.Equal("Podaj prawidłowy adres e-mail, np. jan.kowalski@example.pl.", page.QuerySelector("#email-error")?.TextContent.Trim());
        Assert.Equal("Podaj numer i kwotę brutto jednej z 3 ostatnich faktur albo kod z biura obsługi klienta.", page.QuerySelector("#invoiceNumber-error")?.TextContent.Trim());
    }

    [Fact]
    public async Task ConfirmEmail_WrongCode_SaysSoAndKeepsTheAddress()
    {
        using var browser = host.CreateBrowser();

        using var response = await PortalHost.PostFormAsync(browser, "/account/confirm-email", new Dictionary<string, string> { ["Email"] = "nikt@example.pl", ["Code"] = "AAAA-BBBB" });

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal("Kod jest nieprawidłowy, został już użyty albo wygasł.", page.QuerySelector("#code-error")?.TextContent.Trim());
        Assert.Equal("nikt@example.pl", page.QuerySelector("#email")?.GetAttribute("value"));
    }

    [Fact]
    public async Task FirstSignIn_WithAOneTimePassword_ForcesANewPasswordThenSignsIn()
    {
        var oneTimePassword = await IssueOneTimePasswordAsync(PortalHost.Logins.Business.CustomerNumber);
        using var browser = host.CreateBrowser();

        using var signIn = await PortalHost.PostFormAsync(browser, "/account/sign-in", new Dictionary<string, string>
        {
            ["Login"] = PortalHost.Logins.Business.CustomerNumber,
            ["Password"] = oneTimePassword,
        });
        var changeUrl = signIn.Headers.Location!.OriginalString;
        using var weak = await PortalHost.PostFormAsync(browser, changeUrl, new Dictionary<string, string> { ["NewPassword"] = "krotkie", ["ConfirmPassword"] = "krotkie" });
        var weakPage = await PortalHost.ParseAsync(weak);
        using var changed = await PortalHost.PostFormAsync(browser, changeUrl, new Dictionary<string, string> { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        using var dashboard = await browser.GetAsync(new Uri("/", UriKind.Relative));
        using var oneTimeAgain = await PortalHost.PostFormAsync(host.CreateBrowser(), "/account/sign-in", new Dictionary<string, string>
        {
            ["Login"] = PortalHost.Logins.Business.CustomerNumber,
            ["Password"] = oneTimePassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/account/change-password?ticket=", changeUrl, StringComparison.Ordinal);
        Assert.DoesNotContain(oneTimePassword, changeUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.StartsWith("Hasło musi mieć co najmniej 10 znaków", weakPage.QuerySelector("#newPassword-error")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/", changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("Nieprawidłowy login lub hasło.", (await PortalHost.ParseAsync(oneTimeAgain)).QuerySelector(".error-summary li")?.TextContent.Trim());
    }

    [Fact]
    public async Task ChangePassword_WithAForgedTicket_GoesBackToSignIn()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/account/change-password?ticket=forged", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?done=change-expired", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ForgotPassword_ForAKnownLogin_MailsALinkThatSetsANewPassword()
    {
        var email = await host.WithDatabaseAsync(db => db.Set<Account>().Where(account => account.Role == ViewerRole.Customer && account.CustomerId != null)
            .Join(db.Set<CustomerRow>(), account => account.CustomerId, customer => customer.Id, (account, customer) => new { account.Email, customer.Number })
            .Where(row => row.Number == PortalHost.Logins.Household.CustomerNumber).Select(row => row.Email).SingleAsync());
        using var browser = host.CreateBrowser();

        using var requested = await PortalHost.PostFormAsync(browser, "/account/forgot-password", new Dictionary<string, string> { ["Login"] = email });
        var token = ResetToken().Match(host.LastMailTo(email)).Groups[1].Value;
        var resetPage = await PortalHost.GetPageAsync(browser, "/account/reset-password?token=" + token);
        using var mismatch = await PortalHost.PostFormAsync(browser, "/account/reset-password?token=" + token, new Dictionary<string, string>
        {
            ["Token"] = Uri.UnescapeDataString(token), ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword + "x",
        });
        using var reset = await PortalHost.PostFormAsync(browser, "/account/reset-password?token=" + token, new Dictionary<string, string>
        {
            ["Token"] = Uri.UnescapeDataString(token), ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        });
        using var signedIn = await PortalHost.PostFormAsync(browser, "/account/sign-in", new Dictionary<string, string> { ["Login"] = email, ["Password"] = NewPassword });
        using var reused = await PortalHost.PostFormAsync(host.CreateBrowser(), "/account/reset-password?token=" + token, new Dictionary<string, string>
        {
            ["Token"] = Uri.UnescapeDataString(token), ["NewPassword"] = "Jeszcze-Inne-2026", ["ConfirmPassword"] = "Jeszcze-Inne-2026",
        });

        Assert.Equal("/account/forgot-password?sent=True", requested.Headers.Location?.OriginalString);
        Assert.NotNull(resetPage.QuerySelector("#newPassword"));
        Assert.Equal("Powtórzone hasło różni się od nowego hasła.", (await PortalHost.ParseAsync(mismatch)).QuerySelector("#confirmPassword-error")?.TextContent.Trim());
        Assert.Equal("/account/sign-in?done=password-reset", reset.Headers.Location?.OriginalString);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.StartsWith("Link do zmiany hasła jest nieprawidłowy", (await PortalHost.ParseAsync(reused)).QuerySelector(".error-summary p")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownLogin_AnswersTheSameAndMailsNothing()
    {
        using var browser = host.CreateBrowser();

        using var requested = await PortalHost.PostFormAsync(browser, "/account/forgot-password", new Dictionary<string, string> { ["Login"] = "nieznany@example.pl" });

        Assert.Equal("/account/forgot-password?sent=True", requested.Headers.Location?.OriginalString);
        Assert.Throws<InvalidOperationException>(() => host.LastMailTo("nieznany@example.pl"));
    }

    [Fact]
    public async Task ResetLinkFromTheEmail_OldPath_RedirectsToThePortalPage()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/reset-password?token=abc", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/reset-password?token=abc", response.Headers.Location?.OriginalString);
    }

    private static Dictionary<string, string> RegistrationForm(string customerNumber, string email, string invoiceNumber, decimal gross) => new()
    {
        ["CustomerNumber"] = customerNumber,
        ["Email"] = email,
        ["Proof"] = "invoice",
        ["InvoiceNumber"] = invoiceNumber,
        ["InvoiceGrossAmount"] = gross.ToString("0.00", CultureInfo.GetCultureInfo("pl-PL")),
        ["Password"] = NewPassword,
        ["ConfirmPassword"] = NewPassword,
    };

    private Task<(string Number, decimal Gross)> LatestInvoiceAsync(string customerNumber) =>
        host.WithDatabaseAsync(async db =>
        {
            var invoice = await db.Set<InvoiceRow>()
                .Join(db.Set<CustomerRow>(), invoice => invoice.CustomerId, customer => customer.Id, (invoice, customer) => new { invoice, customer.Number })
                .Where(row => row.Number == customerNumber && row.invoice.Kind == InvoiceKind.Invoice)
                .OrderByDescending(row => row.invoice.IssueDate).ThenByDescending(row => row.invoice.Id)
                .Select(row => new { row.invoice.Number, row.invoice.GrossGrosz })
                .FirstAsync();
            return (invoice.Number, invoice.GrossGrosz / 100m);
        });

    private async Task<string> IssueOneTimePasswordAsync(string customerNumber)
    {
        var issued = await host.AsViewerAsync<AccountService, AccountOutcome<IssuedOneTimeCode>>(Viewer.System, accounts => accounts.IssueOneTimeCodeAsync(customerNumber));
        Assert.Equal(OneTimeCodePurpose.OneTimePassword, issued.Value?.Purpose);
        return issued.Value!.Code;
    }

    [GeneratedRegex(@"reset-password\?token=([A-Za-z0-9%_\-\.~]+)")]
    private static partial Regex ResetToken();
}
