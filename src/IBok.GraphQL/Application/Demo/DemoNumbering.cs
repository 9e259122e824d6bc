using System.Globalization;
using IBok.Domain.Billing;

namespace IBok.GraphQL.Application.Demo;

/// <summary>The numbers the demo utility gives things, and the counters behind its numbering series.</summary>
internal static class DemoNumbering
{
    /// <summary>Invoices: <c>FV/2026/11/000123</c>, restarting every month.</summary>
    public static InvoiceNumberSeries InvoiceSeries { get; } = new("FV/{yyyy}/{MM}/{seq:6}");

    /// <summary>Interest notes: <c>NO/2026/11/000007</c>, restarting every month.</summary>
    public static InvoiceNumberSeries InterestNoteSeries { get; } = new("NO/{yyyy}/{MM}/{seq:6}");

    /// <summary>A bank sort code with a valid check digit (a fictional branch).</summary>
    public const string BankSortCode = "10901014";

    /// <summary>The payee code the bank assigned to the utility for individual accounts (fictional).</summary>
    public const string PayeePrefix = "55120000";

    /// <summary>The utility's own account number inside the bank (fictional).</summary>
    public const string MainAccountIdentifier = "5512000000000001";

    /// <summary>The first customer number; the others follow.</summary>
    public const int FirstCustomerNumber = 100_001;

    public static string CustomerNumber(int index) => (FirstCustomerNumber + index).ToString(CultureInfo.InvariantCulture);
}

/// <summary>The running counters of one enumeration of the customers: each sequence scope (a series and month, or a case
/// prefix and year) counts from 1.</summary>
internal sealed class DemoSequences
{
    private readonly Dictionary<string, long> counters = new(StringComparer.Ordinal);

    public long Next(string scope)
    {
        counters.TryGetValue(scope, out var last);
        counters[scope] = last + 1;
        return last + 1;
    }

    public string NextNumber(InvoiceNumberSeries series, DateOnly issueDate) =>
        series.Format(issueDate, Next(series.SequenceScope(issueDate)));
}
