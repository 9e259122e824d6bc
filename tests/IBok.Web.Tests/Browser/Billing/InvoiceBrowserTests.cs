using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser.Billing;

/// <summary>Invoices and settlements in chromium: the list, one invoice, its print view on print media and as a PDF.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InvoiceBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Invoice_OpenFromTheListThenPrint_HidesTheNavigationAndSavesAPdf()
    {
        var page = await browser.SignedInPageAsync();
        await page.GotoAsync("/invoices");
        await browser.CheckPageAsync(page, nameof(Invoice_OpenFromTheListThenPrint_HidesTheNavigationAndSavesAPdf), "invoices");
        var firstInvoice = page.Locator("table.invoices tbody tr th a").First;
        var number = await firstInvoice.TextContentAsync();
        await firstInvoice.ClickAsync();
        await page.ArrivedAtAsync("**/invoices/*");
        await browser.CheckPageAsync(page, nameof(Invoice_OpenFromTheListThenPrint_HidesTheNavigationAndSavesAPdf), "invoice");
        var heading = await page.Locator("h1").TextContentAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Wersja do druku" }).ClickAsync();
        await page.ArrivedAtAsync("**/invoices/*/print");
        await browser.CheckPageAsync(page, nameof(Invoice_OpenFromTheListThenPrint_HidesTheNavigationAndSavesAPdf), "invoice-print");
        var navigationOnScreen = await page.Locator("nav.main-nav").IsVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var navigationInPrint = await page.Locator("nav.main-nav").IsVisibleAsync();
        var headerInPrint = await page.Locator("header.site-header").IsVisibleAsync();
        var toolsInPrint = await page.Locator(".print-tools").IsVisibleAsync();
        var titleInPrint = await page.Locator("#invoice-title").IsVisibleAsync();
        await browser.CheckPageAsync(page, nameof(Invoice_OpenFromTheListThenPrint_HidesTheNavigationAndSavesAPdf), "invoice-print-media");
        var pdfPath = Path.Combine(BrowserFixture.ScreenshotFolder, $"{nameof(Invoice_OpenFromTheListThenPrint_HidesTheNavigationAndSavesAPdf)}-invoice.pdf");
        var pdf = await page.PdfAsync(new() { Path = pdfPath, Format = "A4", PrintBackground = true });

        Assert.Equal("Faktura " + number, heading);
        Assert.True(navigationOnScreen);
        Assert.False(navigationInPrint);
        Assert.False(headerInPrint);
        Assert.False(toolsInPrint);
        Assert.True(titleInPrint);
        Assert.Equal("Faktura VAT " + number, await page.Locator("#invoice-title").TextContentAsync());
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Equal(pdf.Length, new FileInfo(pdfPath).Length);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Settlements_ShowTheBalance_WithoutViolations()
    {
        var page = await browser.SignedInPageAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Rozrachunki" }).ClickAsync();
        await page.ArrivedAtAsync("**/settlements");

        Assert.Equal("Rozrachunki", await page.Locator("h1").TextContentAsync());
        await browser.CheckPageAsync(page, nameof(Settlements_ShowTheBalance_WithoutViolations), "settlements");
        await page.Context.CloseAsync();
    }
}
