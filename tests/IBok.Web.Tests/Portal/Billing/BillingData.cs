using System.Globalization;
using AngleSharp.Dom;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Billing;

/// <summary>Reads the demo database the way the tests' expectations need it.</summary>
internal static class BillingData
{
    public static Task<long> CustomerIdAsync(PortalHost host, string customerNumber) =>
        host.WithDatabaseAsync(db => db.Set<CustomerRow>().Where(row => row.Number == customerNumber).Select(row => row.Id).SingleAsync());

    public static Task<List<MeterRow>> MetersAsync(PortalHost host, long customerId) =>
        host.WithDatabaseAsync(db => db.Set<MeterRow>().Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).ToListAsync());

    /// <summary>A meter's readings that count (not rejected), oldest first.</summary>
    public static Task<List<MeterReadingRow>> ReadingsAsync(PortalHost host, long meterId) =>
        host.WithDatabaseAsync(db => db.Set<MeterReadingRow>()
            .Where(row => row.MeterId == meterId && row.Status != ReadingStatus.Rejected)
            .OrderBy(row => row.ReadingDate).ThenBy(row => row.Id).ToListAsync());

    public static Task<int> ReadingCountAsync(PortalHost host) => host.WithDatabaseAsync(db => db.Set<MeterReadingRow>().CountAsync());

    /// <summary>A number as the reading messages write it in Polish (0.### with a decimal comma).</summary>
    public static string Pl(decimal value) => value.ToString("0.###", CultureInfo.GetCultureInfo("pl-PL"));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(this IElement? element) => element?.TextContent.Trim() ?? "";

    /// <summary>The text with runs of whitespace (not the no-break space) collapsed to one space.</summary>
    public static string Squeeze(string text) => string.Join(' ', text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
