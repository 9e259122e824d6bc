using IBok.GraphQL.Application.Common;
using IBok.Web.Portal;
using IBok.Web.Portal.Billing;

namespace IBok.Web.Tests.Portal.Billing;

/// <summary>Application messages shown in the portal: dates in the portal's format, nothing else touched.</summary>
public sealed class BillingTextsTests
{
    private static readonly InvalidInputError Error = new(
        "TEST", "field",
        "Termin minął 2026-11-21; od 2026-01-05 do 2026-12-31. Rachunek 12-3456-2026-11-21-00, nr 2026-11-21x.",
        "Due 2026-11-21; from 2026-01-05 to 2026-12-31.");

    [Fact]
    public void Text_Polish_WritesIsoDatesAsPolishDates()
    {
        Assert.Equal(
            "Termin minął 21.11.2026; od 05.01.2026 do 31.12.2026. Rachunek 12-3456-2026-11-21-00, nr 2026-11-21x.",
            Error.Text(PortalLanguage.Polish));
    }

    [Fact]
    public void Text_English_WritesIsoDatesAsEnglishDates()
    {
        Assert.Equal("Due 21 Nov 2026; from 5 Jan 2026 to 31 Dec 2026.", Error.Text(PortalLanguage.English));
    }

    [Fact]
    public void Text_NotARealDay_IsLeftAsItIs()
    {
        var error = new InvalidInputError("TEST", "field", "Dzień 2026-02-30.", "Day 2026-02-30.");

        Assert.Equal("Dzień 2026-02-30.", error.Text(PortalLanguage.Polish));
    }
}
