using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser.Service;

/// <summary>Cases in chromium: the customer files one with a photo, an operator in another browser context replies, the customer sees it.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CaseBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task FileCaseWithAttachment_OperatorReplies_CustomerSeesTheReply()
    {
        const string Subject = "Wyciek przy wodomierzu";
        const string Reply = "Dziękujemy za zdjęcie. Monter przyjedzie w czwartek między 8 a 12.";
        var customer = await browser.SignedInPageAsync();
        await customer.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Sprawy" }).ClickAsync();
        await customer.ArrivedAtAsync("**/cases");
        await browser.CheckPageAsync(customer, nameof(FileCaseWithAttachment_OperatorReplies_CustomerSeesTheReply), "cases");
        await customer.GetByRole(AriaRole.Link, new() { Name = "Zgłoś nową sprawę" }).ClickAsync();
        await customer.ArrivedAtAsync("**/cases/new");
        await browser.CheckPageAsync(customer, nameof(FileCaseWithAttachment_OperatorReplies_CustomerSeesTheReply), "case-new");

        await customer.Locator("#kind").SelectOptionAsync("Complaint");
        await customer.Locator("#subject").FillAsync(Subject);
        await customer.Locator("#text").FillAsync("Spod wodomierza w piwnicy cieknie woda. Zdjęcie w załączniku.");
        var photo = TinyPng.Square(16, 0x1f, 0x6f, 0xb2);
        await customer.Locator("#attachments").SetInputFilesAsync(new FilePayload { Name = "wodomierz.png", MimeType = "image/png", Buffer = photo });
        await customer.GetByRole(AriaRole.Button, new() { Name = "Wyślij zgłoszenie" }).ClickAsync();
        await customer.ArrivedAtAsync("**/cases/*?filed=true");
        var caseId = CaseId().Match(customer.Url).Groups[1].Value;
        var attachment = await customer.Locator(".case-message-customer .case-attachments a").TextContentAsync();
        await browser.CheckPageAsync(customer, nameof(FileCaseWithAttachment_OperatorReplies_CustomerSeesTheReply), "case-filed");

        var operatorPage = await browser.SignedInPageAsync(BrowserFixture.Logins.Operator.Email, BrowserFixture.Logins.Operator.Password);
        await operatorPage.GotoAsync("/staff");
        await browser.CheckPageAsync(operatorPage, nameof(FileCaseWithAttachment_OperatorReplies_CustomerSeesTheReply), "staff");
        await operatorPage.GotoAsync($"/staff/cases/{caseId}");
        await browser.CheckPageAsync(operatorPage, nameof(FileCaseWithAttachment_OperatorReplies_CustomerSeesTheReply), "staff-case");
        var operatorSeesAttachment = await operatorPage.Locator(".case-attachments a").First.TextContentAsync();
        await operatorPage.Locator("#reply").FillAsync(Reply);
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Wyślij odpowiedź" }).ClickAsync();
        await operatorPage.ArrivedAtAsync("**/staff/cases/*?done=reply*");

        await customer.ReloadAsync();
        var lastMessage = customer.Locator(".case-messages > li").Last;

        Assert.Equal(Subject, await customer.Locator("h1").TextContentAsync());
        Assert.Equal("wodomierz.png", attachment);
        Assert.Equal("wodomierz.png", operatorSeesAttachment);
        Assert.Contains("case-message-staff", await lastMessage.GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.Equal(Reply, await lastMessage.Locator(".case-message-text").TextContentAsync());
        await browser.CheckPageAsync(customer, nameof(FileCaseWithAttachment_OperatorReplies_CustomerSeesTheReply), "case-replied");
        await operatorPage.Context.CloseAsync();
        await customer.Context.CloseAsync();
    }

    [GeneratedRegex(@"/cases/(\d+)")]
    private static partial Regex CaseId();
}
