using System.Net;
using System.Text.RegularExpressions;
using IBok.GraphQL.Persistence.Model.Cases;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Service;

public sealed partial class CasePagesTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task New_WithPhoto_FilesTheCaseAndShowsItWithTheAttachment()
    {
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await ServicePages.PostMultipartAsync(browser, "/cases/new", Fields("Complaint", "Wodomierz cieknie", "Spod wodomierza kapie woda."), [UploadedFile.Jpeg()]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var id = long.Parse(CaseLocation().Match(location).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"/cases/{id}?filed=true", location);
        var stored = await host.WithDatabaseAsync(db => db.Set<CaseRow>().Include(row => row.Attachments).SingleAsync(row => row.Id == id));
        Assert.Equal("Wodomierz cieknie", stored.Subject);
        var attachment = Assert.Single(stored.Attachments);
        Assert.Equal(("licznik.jpg", "image/jpeg", 10L), (attachment.FileName, attachment.ContentType, attachment.SizeBytes));

        var page = await PortalHost.GetPageAsync(browser, location);
        Assert.Equal("Wodomierz cieknie", page.QuerySelector("h1")?.TextContent);
        Assert.Equal($"Sprawa została zgłoszona. Sygnatura: {stored.Signature}.", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Equal(stored.Signature, page.QuerySelector("#case-signature")?.TextContent);
        Assert.Equal("Reklamacja", page.QuerySelector("#case-kind")?.TextContent);
        Assert.Equal("Zarejestrowana", page.QuerySelector("#case-status")?.TextContent);
        Assert.Equal("Spod wodomierza kapie woda.", page.QuerySelector(".case-message .case-message-text")?.TextContent);
        var link = page.QuerySelector(".case-attachments a");
        Assert.Equal($"/files/case-attachments/{attachment.Id}", link?.GetAttribute("href"));
        Assert.Equal("licznik.jpg", link?.TextContent);
        Assert.Equal(["Złożona", "Zarejestrowana"], page.QuerySelectorAll("#case-history tbody tr td:nth-child(2)").Select(cell => cell.TextContent));

        var list = await PortalHost.GetPageAsync(browser, "/cases");
        Assert.Contains(list.QuerySelectorAll("#cases a"), anchor => anchor.GetAttribute("href") == $"/cases/{id}" && anchor.TextContent == "Wodomierz cieknie");
    }

    [Theory]
    [InlineData("", "Opis", "subject", "Podaj temat zgłoszenia.")]
    [InlineData("Temat", "  ", "text", "Wpisz treść wiadomości.")]
    public async Task New_MissingText_ShowsTheMessageKeepsValuesAndStoresNothing(string subject, string text, string field, string message)
    {
        using var browser = await host.SignInAsCustomerAsync();
        var before = await CaseCountAsync();

        using var response = await ServicePages.PostMultipartAsync(browser, "/cases/new", Fields("Question", subject, text), []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalHost.ParseAsync(response);
        Assert.Equal([message], ServicePages.ErrorSummary(page));
        Assert.Equal($"#{field}", page.QuerySelector(".error-summary a")?.GetAttribute("href"));
        Assert.Equal(message, page.QuerySelector($"#{field}-error")?.TextContent);
        Assert.Equal("true", page.QuerySelector($"#{field}")?.GetAttribute("aria-invalid"));
        Assert.Equal($"{field}-error", page.QuerySelector($"#{field}")?.GetAttribute("aria-describedby"));
        Assert.Equal("Question", page.QuerySelector("#kind option[selected]")?.GetAttribute("value"));
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task New_TextFile_IsRefusedWithTheAllowedTypes()
    {
        using var browser = await host.SignInAsCustomerAsync();
        var before = await CaseCountAsync();

        using var response = await ServicePages.PostMultipartAsync(
            browser, "/cases/new", Fields("Complaint", "Zdjęcie", "W załączniku."), [new UploadedFile("notatka.txt", "text/plain", "hello"u8.ToArray())]);

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(["Plik „notatka.txt” ma niedozwolony typ (text/plain); dozwolone są JPEG, PNG i PDF."], ServicePages.ErrorSummary(page));
        Assert.Equal("Zdjęcie", page.QuerySelector("#subject")?.GetAttribute("value"));
        Assert.Equal("W załączniku.", page.QuerySelector("#text")?.TextContent);
        Assert.Equal("attachments-hint attachments-error", page.QuerySelector("#attachments")?.GetAttribute("aria-describedby"));
        Assert.Equal("Ze względów bezpieczeństwa przeglądarka nie pamięta plików: wybierz je ponownie.", page.QuerySelector("#attachments-again")?.TextContent);
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task New_RenamedFile_IsRefusedBecauseItsContentIsNotAnImage()
    {
        using var browser = await host.SignInAsCustomerAsync();
        var before = await CaseCountAsync();

        using var response = await ServicePages.PostMultipartAsync(
            browser, "/cases/new", Fields("Complaint", "Zdjęcie", "W załączniku."), [new UploadedFile("zdjecie.jpg", "image/jpeg", "MZ not an image"u8.ToArray())]);

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(["Zawartość pliku „zdjecie.jpg” nie jest plikiem typu image/jpeg."], ServicePages.ErrorSummary(page));
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task New_FileOverFiveMegabytes_IsRefusedWithTheLimit()
    {
        using var browser = await host.SignInAsCustomerAsync();
        var before = await CaseCountAsync();
        var large = new byte[(5 * 1024 * 1024) + 1];
        large[0] = 0xFF;
        large[1] = 0xD8;
        large[2] = 0xFF;

        using var response = await ServicePages.PostMultipartAsync(
            browser, "/cases/new", Fields("Complaint", "Duże zdjęcie", "W załączniku."), [new UploadedFile("duze.jpg", "image/jpeg", large)]);

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(["Plik „duze.jpg” jest za duży; największy dozwolony rozmiar to 5 MB."], ServicePages.ErrorSummary(page));
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task New_SixFiles_IsRefusedWithTheCountLimit()
    {
        using var browser = await host.SignInAsCustomerAsync();
        var before = await CaseCountAsync();

        using var response = await ServicePages.PostMultipartAsync(
            browser, "/cases/new", Fields("Complaint", "Zdjęcia", "W załączniku."), [.. Enumerable.Range(1, 6).Select(index => UploadedFile.Jpeg($"zdjecie{index}.jpg"))]);

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(["Można dołączyć najwyżej 5 plików; wysłano 6."], ServicePages.ErrorSummary(page));
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task New_UnknownKind_IsRefused()
    {
        using var browser = await host.SignInAsCustomerAsync();
        var before = await CaseCountAsync();

        using var response = await ServicePages.PostMultipartAsync(browser, "/cases/new", Fields("Refund", "Zwrot", "Proszę o zwrot."), []);

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(["Wybierz rodzaj sprawy z listy."], ServicePages.ErrorSummary(page));
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task Reply_WithAttachment_AddsTheMessage()
    {
        using var browser = await host.SignInAsCustomerAsync();
        var id = await FileCaseAsync(browser, "Pytanie o fakturę");

        using var response = await ServicePages.PostMultipartAsync(
            browser, $"/cases/{id}", [new("Text", "Dosyłam zdjęcie licznika.")], [UploadedFile.Jpeg("stan.jpg")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/cases/{id}?replied=true#messages", response.Headers.Location?.OriginalString);
        var page = await PortalHost.GetPageAsync(browser, $"/cases/{id}?replied=true");
        Assert.Equal("Wiadomość została wysłana.", page.QuerySelector("[role=status]")?.TextContent);
        var last = page.QuerySelectorAll(".case-message").Last();
        Assert.Equal("Dosyłam zdjęcie licznika.", last.QuerySelector(".case-message-text")?.TextContent);
        Assert.Equal("stan.jpg", last.QuerySelector(".case-attachments a")?.TextContent);
    }

    [Fact]
    public async Task Reply_Empty_ShowsTheMessageAndAddsNothing()
    {
        using var browser = await host.SignInAsCustomerAsync();
        var id = await FileCaseAsync(browser, "Pusta odpowiedź");

        using var response = await ServicePages.PostMultipartAsync(browser, $"/cases/{id}", [new("Text", "")], []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(["Wpisz treść wiadomości."], ServicePages.ErrorSummary(page));
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Set<CaseMessageRow>().CountAsync(row => row.CaseId == id)));
    }

    [Fact]
    public async Task Detail_AnotherCustomersCase_IsNotFound()
    {
        using var business = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);
        var id = await FileCaseAsync(business, "Sprawa firmy");
        using var household = await host.SignInAsCustomerAsync();

        using var response = await household.GetAsync(new Uri($"/cases/{id}", UriKind.Relative));
        var list = await PortalHost.GetPageAsync(household, "/cases");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(list.QuerySelectorAll("#cases a"), anchor => anchor.GetAttribute("href") == $"/cases/{id}");
    }

    [Fact]
    public async Task Reply_ToAnotherCustomersCase_IsNotFoundAndAddsNothing()
    {
        using var business = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);
        var id = await FileCaseAsync(business, "Cudza sprawa");
        using var household = await host.SignInAsCustomerAsync();
        var token = await PortalHost.AntiforgeryTokenAsync(household, "/cases");
        using var content = new MultipartFormDataContent { { new StringContent("Wtrącam się."), "Text" }, { new StringContent(token), PortalHost.AntiforgeryField } };

        using var response = await household.PostAsync(new Uri($"/cases/{id}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Set<CaseMessageRow>().CountAsync(row => row.CaseId == id)));
    }

    [Fact]
    public async Task Cases_NotSignedIn_RedirectsToSignIn()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/cases/new", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Fcases%2Fnew", response.Headers.Location?.OriginalString);
    }

    internal static async Task<long> FileCaseAsync(HttpClient browser, string subject)
    {
        using var response = await ServicePages.PostMultipartAsync(browser, "/cases/new", Fields("Question", subject, "Treść: " + subject), []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(CaseLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static KeyValuePair<string, string>[] Fields(string kind, string subject, string text) =>
        [new("Kind", kind), new("Subject", subject), new("Text", text)];

    private Task<int> CaseCountAsync() => host.WithDatabaseAsync(db => db.Set<CaseRow>().CountAsync());

    [GeneratedRegex(@"^/cases/(\d+)")]
    private static partial Regex CaseLocation();
}
