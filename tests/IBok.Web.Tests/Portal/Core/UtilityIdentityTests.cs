using IBok.Web.Portal;
using Microsoft.AspNetCore.Hosting;

namespace IBok.Web.Tests.Portal.Core;

/// <summary>The utility's identity from the <c>Utility</c> configuration section in the header, titles and footer.</summary>
public sealed class UtilityIdentityTests(UtilityIdentityTests.ConfiguredUtilityHost host) : IClassFixture<UtilityIdentityTests.ConfiguredUtilityHost>
{
    [Fact]
    public async Task SignInPage_ShowsTheConfiguredUtility()
    {
        using var browser = host.CreateBrowser();

        var page = await PortalHost.GetPageAsync(browser, "/account/sign-in");

        Assert.Equal("Logowanie — iBOK MPWiK Kępno", page.Title);
        Assert.Equal("MPWiK Kępno", page.QuerySelector(".site-name")?.TextContent);
        Assert.Equal("Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji w Kępnie Sp. z o.o.", page.QuerySelector("#utility-name")?.TextContent);
        Assert.Equal("ul. Sienkiewicza 21, 63-600 Kępno", page.QuerySelector("#utility-address")?.TextContent);
        Assert.Equal("62 782 11 22", page.QuerySelector("#utility-phone")?.TextContent);
        Assert.Equal("tel:627821122", page.QuerySelector("#utility-phone")?.GetAttribute("href"));
        Assert.Equal("mailto:bok@mpwik.kepno.example", page.QuerySelector("#utility-email")?.GetAttribute("href"));
        Assert.Equal("pon.–pt. 7:00–15:00", page.QuerySelector("#utility-hours")?.TextContent);
        Assert.Equal("https://mpwik.kepno.example/", page.QuerySelector("#utility-website")?.GetAttribute("href"));
        Assert.Equal("mpwik.kepno.example", page.QuerySelector("#utility-website")?.TextContent);
    }

    [Fact]
    public async Task Dashboard_InEnglish_ShowsTheConfiguredUtilityWithPolishHoursWhenNoEnglishOnesAreSet()
    {
        using var browser = await host.SignInAsCustomerAsync();
        using var switched = await PortalHost.PostFormAsync(browser, "/language", new Dictionary<string, string> { ["lang"] = "en", ["returnUrl"] = "/" }, formPageUrl: "/");

        var page = await PortalHost.GetPageAsync(browser, "/");

        Assert.Equal("Dashboard — iBOK MPWiK Kępno", page.Title);
        Assert.Equal("pon.–pt. 7:00–15:00", page.QuerySelector("#utility-hours")?.TextContent);
        Assert.Null(page.QuerySelector("#utility-email-missing"));
    }

    [Fact]
    public async Task ErrorPage_ShowsTheConfiguredUtility()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/nie-ma", UriKind.Relative));
        var page = await PortalHost.ParseAsync(response);

        Assert.Equal("Nie znaleziono strony — iBOK MPWiK Kępno", page.Title);
        Assert.Equal("MPWiK Kępno", page.QuerySelector(".site-name")?.TextContent);
    }

    /// <summary>The portal configured for another utility, with no English opening hours.</summary>
    public sealed class ConfiguredUtilityHost : PortalHost
    {
        /// <inheritdoc />
        protected override void ConfigureTestHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Utility:Name", "Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji w Kępnie Sp. z o.o.");
            builder.UseSetting("Utility:ShortName", "MPWiK Kępno");
            builder.UseSetting("Utility:Street", "ul. Sienkiewicza 21");
            builder.UseSetting("Utility:PostalCode", "63-600");
            builder.UseSetting("Utility:City", "Kępno");
            builder.UseSetting("Utility:Phone", "62 782 11 22");
            builder.UseSetting("Utility:Email", "bok@mpwik.kepno.example");
            builder.UseSetting("Utility:OpeningHours", "pon.–pt. 7:00–15:00");
            builder.UseSetting("Utility:OpeningHoursEnglish", "");
            builder.UseSetting("Utility:Website", "https://mpwik.kepno.example/");
        }
    }
}

/// <summary>The demo defaults, in both languages.</summary>
public sealed class UtilityIdentityDefaultsTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task SignInPage_ShowsTheDemoUtility()
    {
        using var browser = host.CreateBrowser();

        var page = await PortalHost.GetPageAsync(browser, "/account/sign-in");

        Assert.Equal("Logowanie — iBOK Wodociągi Demo", page.Title);
        Assert.Equal("Przedsiębiorstwo Wodociągów i Ciepłownictwa „Demo” Sp. z o.o.", page.QuerySelector("#utility-name")?.TextContent);
        Assert.Equal("ul. Wodociągowa 2, 47-100 Strzelce Opolskie", page.QuerySelector("#utility-address")?.TextContent);
        Assert.Equal("tel:+48774000000", page.QuerySelector("#utility-phone")?.GetAttribute("href"));
        Assert.Equal("pon.–pt. 7:30–15:30, czw. do 17:00", page.QuerySelector("#utility-hours")?.TextContent);
    }

    [Fact]
    public async Task SignInPage_InEnglish_ShowsEnglishOpeningHours()
    {
        using var browser = host.CreateBrowser();
        using var switched = await PortalHost.PostFormAsync(browser, "/language", new Dictionary<string, string> { ["lang"] = "en", ["returnUrl"] = "/account/sign-in" }, formPageUrl: "/account/sign-in");

        var page = await PortalHost.GetPageAsync(browser, "/account/sign-in");

        Assert.Equal("Mon–Fri 7:30–15:30, Thu until 17:00", page.QuerySelector("#utility-hours")?.TextContent);
    }
}

/// <summary>The identity's checks at start-up.</summary>
public sealed class UtilityOptionsValidationTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var result = new UtilityOptionsValidator().Validate(null, new UtilityOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_EmptyContactFields_Succeed()
    {
        var result = new UtilityOptionsValidator().Validate(null, new UtilityOptions { Phone = "", Email = "", Website = "", OpeningHours = "" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_BadValues_NameEverySettingAtFault()
    {
        var result = new UtilityOptionsValidator().Validate(null, new UtilityOptions { Name = " ", Website = "javascript:alert(1)", Email = "Biuro <bok@x.pl>", Phone = "112" });

        Assert.Equal(
            [
                "Utility:Name must name the utility.",
                "Utility:Website must be an http or https address; got 'javascript:alert(1)'.",
                "Utility:Email must be a plain e-mail address; got 'Biuro <bok@x.pl>'.",
                "Utility:Phone must have at least 9 digits; got '112'.",
            ],
            result.Failures);
    }
}
