using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Files;

public sealed class FileDownloadTests(DemoHost host) : IClassFixture<DemoHost>
{
    private const string NotFoundBody = "{\"errors\":[{\"message\":\"Nie ma takiego pliku (No such file).\"}]}";
    private const string SignInRequiredBody = "{\"errors\":[{\"message\":\"Zaloguj się, aby pobrać ten plik (Sign in to download this file).\"}]}";

    private static readonly byte[] PdfContent = Encoding.ASCII.GetBytes("%PDF-1.4\n% skan umowy\n%%EOF\n");

    // A 1×1 PNG is not needed: the attachment policy only checks the signature.
    private static readonly byte[] PngContent = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    [Fact]
    public async Task CustomerFile_ByItsCustomer_IsServedWithItsNameTypeAndSafetyHeaders()
    {
        var fileId = await StoreHouseholdFileAsync("umowa-łódź.pdf");
        using var client = await HouseholdAsync();

        using var response = await client.GetAsync(new Uri($"/files/customer/{fileId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PdfContent, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(PdfContent.Length, response.Content.Headers.ContentLength);
        Assert.Equal(
            "attachment; filename=\"umowa-lodz.pdf\"; filename*=UTF-8''umowa-%C5%82%C3%B3d%C5%BA.pdf",
            string.Join(", ", response.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal("umowa-łódź.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("default-src 'none'; sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-store, private", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task CustomerFile_OfAnotherCustomer_Is404WithNoData()
    {
        var fileId = await StoreHouseholdFileAsync("umowa.pdf");
        using var client = await BusinessAsync();

        using var response = await client.GetAsync(new Uri($"/files/customer/{fileId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(NotFoundBody, await response.Content.ReadAsStringAsync());
        Assert.False(response.Content.Headers.Contains("Content-Disposition"));
    }

    [Fact]
    public async Task CustomerFile_Anonymous_Is401()
    {
        var fileId = await StoreHouseholdFileAsync("umowa.pdf");
        using var client = host.AnonymousClient();

        using var response = await client.GetAsync(new Uri($"/files/customer/{fileId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(SignInRequiredBody, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CustomerFile_ThatDoesNotExist_Is404()
    {
        using var client = await HouseholdAsync();

        using var response = await client.GetAsync(new Uri("/files/customer/987654321", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(NotFoundBody, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CustomerFile_ByTheOperator_IsServed()
    {
        var fileId = await StoreHouseholdFileAsync("umowa.pdf");
        using var client = await host.SignedInClientAsync(DemoHost.Logins.Operator.Email, DemoHost.Logins.Operator.Password);

        using var response = await client.GetAsync(new Uri($"/files/customer/{fileId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PdfContent, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task CustomerFile_WithAStoredTypeThatIsNotAMediaType_IsServedAsOctetStream()
    {
        var fileId = await StoreHouseholdFileAsync("skan.bin", contentType: "nie typ");
        using var client = await HouseholdAsync();

        using var response = await client.GetAsync(new Uri($"/files/customer/{fileId}", UriKind.Relative));

        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task SignedScan_DownloadPathOfTheContract_ServesTheScan()
    {
        var fileId = await StoreHouseholdFileAsync("umowa-podpisana.pdf");
        var customerId = await host.CustomerIdAsync(DemoHost.Logins.Household.CustomerNumber);
        await host.WithDatabaseAsync(async db =>
        {
            var contract = await db.Set<ContractRow>().Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).FirstAsync();
            contract.SignedScanFileId = fileId;
            return await db.SaveChangesAsync();
        });
        using var client = await HouseholdAsync();

        var json = await QueryAsync(client, "{ customer { contracts { number signedScan { fileName contentType sizeBytes downloadPath } } } }");
        var scan = json["data"]!["customer"]!["contracts"]!.AsArray().Select(contract => contract!["signedScan"]).Single(candidate => candidate is not null)!;
        using var response = await client.GetAsync(new Uri(scan["downloadPath"]!.GetValue<string>(), UriKind.Relative));

        Assert.Equal(
            ("umowa-podpisana.pdf", "application/pdf", PdfContent.Length, $"/files/customer/{fileId}"),
            (scan["fileName"]!.GetValue<string>(), scan["contentType"]!.GetValue<string>(), scan["sizeBytes"]!.GetValue<int>(), scan["downloadPath"]!.GetValue<string>()));
        Assert.Equal(PdfContent, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task CaseAttachment_ByItsCustomer_IsServedAndHiddenFromOthers()
    {
        using var household = await HouseholdAsync();
        var created = await QueryAsync(
            household,
            """
            mutation ($file: String!) {
              createCase(kind: COMPLAINT, subject: "Wyciek", text: "Zdjęcie licznika w załączniku.",
                         attachments: [{ fileName: "zdjęcie licznika.png", contentType: "image/png", contentBase64: $file }]) {
                case { signature }
                errors { code }
              }
            }
            """,
            new { file = Convert.ToBase64String(PngContent) });
        Assert.Equal("[]", created["data"]!["createCase"]!["errors"]!.ToJsonString());
        var attachmentId = await host.WithDatabaseAsync(db => db.Set<IBok.GraphQL.Persistence.Model.Cases.CaseAttachmentRow>()
            .Where(row => row.FileName == "zdjęcie licznika.png").OrderByDescending(row => row.Id).Select(row => row.Id).FirstAsync());
        var path = $"/files/case-attachments/{attachmentId}";
        using var business = await BusinessAsync();
        using var anonymous = host.AnonymousClient();

        using var own = await household.GetAsync(new Uri(path, UriKind.Relative));
        using var foreign = await business.GetAsync(new Uri(path, UriKind.Relative));
        using var unsigned = await anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, "image/png"), (own.StatusCode, own.Content.Headers.ContentType!.ToString()));
        Assert.Equal(PngContent, await own.Content.ReadAsByteArrayAsync());
        Assert.Equal(
            "attachment; filename=\"zdjecie licznika.png\"; filename*=UTF-8''zdj%C4%99cie%20licznika.png",
            string.Join(", ", own.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal((HttpStatusCode.NotFound, NotFoundBody), (foreign.StatusCode, await foreign.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Fact]
    public async Task AddCaseMessage_AttachmentReceipt_CarriesItsDownloadPath()
    {
        using var household = await HouseholdAsync();
        var created = await QueryAsync(household, "mutation { createCase(kind: QUESTION, subject: \"Pytanie\", text: \"Treść\") { case { id } } }");
        var caseId = created["data"]!["createCase"]!["case"]!["id"]!.GetValue<string>();

        var added = await QueryAsync(
            household,
            """
            mutation ($caseId: ID!, $file: String!) {
              addCaseMessage(caseId: $caseId, text: "Dosyłam skan.", attachments: [{ fileName: "skan.png", contentType: "image/png", contentBase64: $file }]) {
                message { attachments { fileName downloadPath } }
                errors { code }
              }
            }
            """,
            new { caseId, file = Convert.ToBase64String(PngContent) });
        var attachment = added["data"]!["addCaseMessage"]!["message"]!["attachments"]![0]!;
        var attachmentId = await host.WithDatabaseAsync(db => db.Set<IBok.GraphQL.Persistence.Model.Cases.CaseAttachmentRow>()
            .Where(row => row.FileName == "skan.png").OrderByDescending(row => row.Id).Select(row => row.Id).FirstAsync());
        using var response = await household.GetAsync(new Uri(attachment["downloadPath"]!.GetValue<string>(), UriKind.Relative));

        Assert.Equal($"/files/case-attachments/{attachmentId}", attachment["downloadPath"]!.GetValue<string>());
        Assert.Equal(PngContent, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Form_Anonymous_IsServedFromItsDownloadPath()
    {
        using var client = host.AnonymousClient();
        var json = await QueryAsync(client, "{ downloadableForms { title file { fileName contentType sizeBytes downloadPath } } }");
        var file = json["data"]!["downloadableForms"]![0]!["file"]!;

        using var response = await client.GetAsync(new Uri(file["downloadPath"]!.GetValue<string>(), UriKind.Relative));

        var content = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(file["contentType"]!.GetValue<string>(), response.Content.Headers.ContentType!.ToString());
        Assert.Equal(file["sizeBytes"]!.GetValue<int>(), content.Length);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(content, 0, 5));
        Assert.Equal(file["fileName"]!.GetValue<string>(), response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Form_ThatDoesNotExist_Is404()
    {
        using var client = host.AnonymousClient();

        using var response = await client.GetAsync(new Uri("/files/forms/987654321", UriKind.Relative));

        Assert.Equal((HttpStatusCode.NotFound, NotFoundBody), (response.StatusCode, await response.Content.ReadAsStringAsync()));
    }

    private Task<HttpClient> HouseholdAsync() => host.SignedInClientAsync(DemoHost.Logins.Household.CustomerNumber, DemoHost.Logins.Household.Password);

    private Task<HttpClient> BusinessAsync() => host.SignedInClientAsync(DemoHost.Logins.Business.CustomerNumber, DemoHost.Logins.Business.Password);

    private async Task<long> StoreHouseholdFileAsync(string fileName, string contentType = "application/pdf")
    {
        var customerId = await host.CustomerIdAsync(DemoHost.Logins.Household.CustomerNumber);
        return await host.WithDatabaseAsync(async db =>
        {
            var row = new CustomerFileRow
            {
                CustomerId = customerId,
                FileName = fileName,
                ContentType = contentType,
                SizeBytes = PdfContent.Length,
                Content = PdfContent,
                UploadedAt = new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc),
            };
            db.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
    }

    private static async Task<JsonNode> QueryAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
