using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser.Core;

/// <summary>The account flows end to end in chromium, each on its own demo customer, with axe and a screenshot on every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccountBrowserTests(BrowserFixture browser)
{
    private const string NewPassword = "Nowe-Haslo-Wody-2026";

    [Fact]
    public async Task SignIn_WrongThenRightPassword_ShowsTheErrorThenTheDashboard()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/meters");
        await browser.CheckPageAsync(page, nameof(SignIn_WrongThenRightPassword_ShowsTheErrorThenTheDashboard), "sign-in");

        await page.GetByLabel("Numer klienta lub adres e-mail").FillAsync(BrowserFixture.Logins.Household.CustomerNumber);
        await page.GetByLabel("Hasło", new() { Exact = true }).FillAsync("Zle-Haslo-12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();
        var error = await page.GetByRole(AriaRole.Alert).TextContentAsync();
        await browser.CheckPageAsync(page, nameof(SignIn_WrongThenRightPassword_ShowsTheErrorThenTheDashboard), "sign-in-error");
        await page.GetByLabel("Hasło", new() { Exact = true }).FillAsync(BrowserFixture.Logins.Household.Password);
        await Task.Delay(1100); // The sign-in throttle makes the next attempt after a failure wait one second.
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();
        await page.ArrivedAtAsync("**/meters");

        Assert.Contains("Nieprawidłowy login lub hasło.", error, StringComparison.Ordinal);
        Assert.Equal("Liczniki", await page.Locator("h1").TextContentAsync());
        await browser.CheckPageAsync(page, nameof(SignIn_WrongThenRightPassword_ShowsTheErrorThenTheDashboard), "meters");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Register_ThenConfirmTheEmail_ThenSignIn()
    {
        var (invoiceNumber, gross) = LatestInvoice("100003");
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Załóż konto" }).ClickAsync();
        await browser.CheckPageAsync(page, nameof(Register_ThenConfirmTheEmail_ThenSignIn), "register");

        await page.GetByLabel("Numer klienta").FillAsync("100003");
        await page.GetByLabel("Adres e-mail").FillAsync("rejestracja@example.pl");
        await page.GetByLabel("Numer faktury").FillAsync(invoiceNumber);
        await page.GetByLabel("Kwota brutto faktury (zł)").FillAsync(gross);
        await page.GetByLabel("Hasło", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Powtórz hasło").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Załóż konto" }).ClickAsync();
        await page.ArrivedAtAsync("**/account/confirm-email**");
        await browser.CheckPageAsync(page, nameof(Register_ThenConfirmTheEmail_ThenSignIn), "confirm-email");
        await page.GetByLabel("Kod z wiadomości").FillAsync(MailCode().Match(browser.Server.LastMailTo("rejestracja@example.pl")).Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Potwierdź adres" }).ClickAsync();
        await page.ArrivedAtAsync("**/account/sign-in?done=confirmed");
        var confirmed = await page.GetByRole(AriaRole.Status).TextContentAsync();
        await page.GetByLabel("Numer klienta lub adres e-mail").FillAsync("rejestracja@example.pl");
        await page.GetByLabel("Hasło", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();
        await page.ArrivedAtAsync(url => new Uri(url).AbsolutePath == "/");

        Assert.Equal("Adres e-mail potwierdzony. Możesz się zalogować.", confirmed);
        Assert.Equal("Pulpit", await page.Locator("h1").TextContentAsync());
        await browser.CheckPageAsync(page, nameof(Register_ThenConfirmTheEmail_ThenSignIn), "dashboard");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FirstSignIn_WithAOneTimePassword_ChangesThePasswordAndOpensTheDashboard()
    {
        var oneTimePassword = await IssueOneTimePasswordAsync(BrowserFixture.Logins.Business.CustomerNumber);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Numer klienta lub adres e-mail").FillAsync(BrowserFixture.Logins.Business.CustomerNumber);
        await page.GetByLabel("Hasło", new() { Exact = true }).FillAsync(oneTimePassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();
        await page.ArrivedAtAsync("**/account/change-password?ticket=**");
        await browser.CheckPageAsync(page, nameof(FirstSignIn_WithAOneTimePassword_ChangesThePasswordAndOpensTheDashboard), "change-password");

        await page.GetByLabel("Nowe hasło", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Powtórz nowe hasło").FillAsync(NewPassword + "!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zmień hasło" }).ClickAsync();
        var mismatch = await page.Locator("#confirmPassword-error").TextContentAsync();
        await browser.CheckPageAsync(page, nameof(FirstSignIn_WithAOneTimePassword_ChangesThePasswordAndOpensTheDashboard), "change-password-error");
        await page.GetByLabel("Nowe hasło", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Powtórz nowe hasło").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zmień hasło" }).ClickAsync();
        await page.ArrivedAtAsync(url => new Uri(url).AbsolutePath == "/");

        Assert.Equal("Powtórzone hasło różni się od nowego hasła.", mismatch);
        Assert.Equal("Pulpit", await page.Locator("h1").TextContentAsync());
        await browser.CheckPageAsync(page, nameof(FirstSignIn_WithAOneTimePassword_ChangesThePasswordAndOpensTheDashboard), "dashboard");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SwitchLanguage_ToEnglishAndBack()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/register");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.WaitForSelectorAsync("html[lang=en]");
        var english = await page.Locator("h1").TextContentAsync();
        await browser.CheckPageAsync(page, nameof(SwitchLanguage_ToEnglishAndBack), "register-en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Polski" }).ClickAsync();
        await page.WaitForSelectorAsync("html[lang=pl]");

        Assert.Equal("Create an account", english);
        Assert.Equal("Załóż konto", await page.Locator("h1").TextContentAsync());
        Assert.EndsWith("/account/register", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignOut_EndsTheSessionAndProtectedPagesAskToSignInAgain()
    {
        var page = await browser.SignedInPageAsync(BrowserFixture.Logins.Household.Email, BrowserFixture.Logins.Household.Password);

        await page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" }).ClickAsync();
        await page.ArrivedAtAsync("**/account/sign-in?done=signed-out");
        var message = await page.GetByRole(AriaRole.Status).TextContentAsync();
        await browser.CheckPageAsync(page, nameof(SignOut_EndsTheSessionAndProtectedPagesAskToSignInAgain), "signed-out");
        await page.GotoAsync("/premises");

        Assert.Equal("Wylogowano. Do zobaczenia!", message);
        Assert.EndsWith("/account/sign-in?returnUrl=%2Fpremises", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_FirstTabReachesTheSkipLinkWhichMovesToTheContent()
    {
        var page = await browser.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync("/account/sign-in");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent");
        await page.Keyboard.PressAsync("Enter");
        // The jump to the fragment reaches page.Url as an event after the key press, not with it.
        await page.ArrivedAtAsync(url => url.EndsWith("#content", StringComparison.Ordinal), "#content");

        Assert.Equal("Przejdź do treści", focused);
        await page.Context.CloseAsync();
    }

    private (string Number, string Gross) LatestInvoice(string customerNumber)
    {
        using var connection = new SqliteConnection($"Data Source={browser.Server.DatabaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.number, i.gross_grosz FROM invoices i JOIN customers c ON c.id = i.customer_id
            WHERE c.number = $number AND i.kind = 'Invoice' ORDER BY i.issue_date DESC, i.id DESC LIMIT 1
            """;
        command.Parameters.AddWithValue("$number", customerNumber);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        var grosze = reader.GetInt64(1);
        return (reader.GetString(0), $"{grosze / 100},{grosze % 100:00}");
    }

    private async Task<string> IssueOneTimePasswordAsync(string customerNumber)
    {
        using var client = browser.Server.CreateHttpClient();
        var signIn = await GraphQLAsync(client, null, """
            mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password, bearerToken: true }) { session { accessToken } errors { message } } }
            """, new { login = BrowserFixture.Logins.Operator.Email, password = BrowserFixture.Logins.Operator.Password });
        var token = signIn["data"]!["signIn"]!["session"]!["accessToken"]!.GetValue<string>();
        var issued = await GraphQLAsync(client, token, """
            mutation ($number: String!) { issueOneTimeCode(customerNumber: $number) { oneTimeCode { code purpose } errors { message } } }
            """, new { number = customerNumber });
        Assert.Equal("ONE_TIME_PASSWORD", issued["data"]!["issueOneTimeCode"]!["oneTimeCode"]!["purpose"]!.GetValue<string>());
        return issued["data"]!["issueOneTimeCode"]!["oneTimeCode"]!["code"]!.GetValue<string>();
    }

    private static async Task<JsonNode> GraphQLAsync(HttpClient client, string? bearer, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty GraphQL response: " + text);
    }

    [GeneratedRegex(@"\b[A-Z2-9]{4}-[A-Z2-9]{4}\b")]
    private static partial Regex MailCode();
}
