using System.Globalization;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Invoices;

/// <summary>
/// The customer's invoices, newest first, filtered by paid state and issue period and paged, by the API's own
/// selection (<see cref="InvoiceSelection"/> over the ledger's settlement). The filter is a GET form.
/// </summary>
public sealed class IndexModel(InvoicesByCustomerLoader invoices, CustomerSettlements settlements) : PortalPageModel
{
    /// <summary>Invoices per page.</summary>
    public const int PageSize = 10;

    /// <summary><c>paid</c>, <c>unpaid</c> or empty (all).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>The first issue date (yyyy-MM-dd), optional.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>The last issue date (yyyy-MM-dd), optional.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>The page, from 1.</summary>
    [BindProperty(Name = "pageNumber", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>The filter's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>The invoices of the page.</summary>
    public IReadOnlyList<SettledInvoice> Invoices { get; private set; } = [];

    /// <summary>How many invoices match the filter.</summary>
    public int Total { get; private set; }

    /// <summary>How many pages there are (at least 1).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The address of another page with the same filter.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(Status))
        {
            query.Add("status=" + Uri.EscapeDataString(Status));
        }

        if (!string.IsNullOrEmpty(From))
        {
            query.Add("from=" + Uri.EscapeDataString(From));
        }

        if (!string.IsNullOrEmpty(To))
        {
            query.Add("to=" + Uri.EscapeDataString(To));
        }

        query.Add("pageNumber=" + page.ToString(CultureInfo.InvariantCulture));
        return "/invoices?" + string.Join("&", query);
    }

    /// <summary>Lists the page.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var status = Status switch
        {
            "paid" => InvoicePaidState.Paid,
            "unpaid" => InvoicePaidState.Unpaid,
            _ => (InvoicePaidState?)null,
        };
        Status = status is null ? "" : Status;
        var from = ReadDate(From, "from", T("Podaj datę „od” w formacie RRRR-MM-DD.", "Enter the “from” date as YYYY-MM-DD."));
        var to = ReadDate(To, "to", T("Podaj datę „do” w formacie RRRR-MM-DD.", "Enter the “to” date as YYYY-MM-DD."));
        if (from is { } start && to is { } end && start > end)
        {
            Errors.Add("from", T("Data „od” nie może być późniejsza niż data „do”.", "The “from” date cannot be after the “to” date."));
        }

        if (Errors.Any)
        {
            return Page();
        }

        var rows = await invoices.LoadAsync(CustomerId, cancellationToken);
        var settlement = await settlements.OfAsync(CustomerId, cancellationToken);
        var selected = InvoiceSelection.Select(rows, settlement, new InvoiceCriteria(status, from, to, null, null), InvoiceOrderField.IssueDate, descending: true);
        Total = selected.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Invoices = [.. selected.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        return Page();
    }

    private DateOnly? ReadDate(string? text, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors.Add(field, message);
        return null;
    }
}
