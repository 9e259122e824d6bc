using System.Globalization;
using IBok.Domain;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.Refunds;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Interest;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.Web.Portal;
using IBok.Web.Portal.Billing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Settlements;

/// <summary>
/// The settlements (rozrachunki): balance, every debit document with its due date, payment date and what is left,
/// payments with what each paid (<see cref="SettlementPayments"/>, paged), refund requests, and with an overpayment a
/// "request refund" form handled by <see cref="RefundService"/>.
/// </summary>
public sealed class IndexModel(IBokDbContext db, CustomerSettlements settlements, RefundService refunds) : PortalPageModel
{
    /// <summary>Payments per page.</summary>
    public const int PaymentsPageSize = 20;

    /// <summary>The page of the payments list (1-based; out-of-range numbers show the nearest page).</summary>
    [BindProperty(SupportsGet = true, Name = "payments")]
    public int PaymentsPage { get; set; } = 1;

    /// <summary>The payments of <see cref="PaymentsPage"/>, newest first.</summary>
    public IReadOnlyList<ReceivedPayment> Payments { get; private set; } = [];

    /// <summary>How many payments there are in all.</summary>
    public int PaymentCount { get; private set; }

    /// <summary>How many pages of payments there are (at least 1).</summary>
    public int PaymentPageCount => Math.Max(1, (PaymentCount + PaymentsPageSize - 1) / PaymentsPageSize);

    /// <summary>The address of a page of the payments list.</summary>
    public static string PaymentsPageUrl(int page) => "/settlements?payments=" + page.ToString(CultureInfo.InvariantCulture) + "#payments";

    /// <summary>Where a paid document can be seen: an invoice's page, an interest note's PDF; null when neither is stored.</summary>
    public string? DocumentUrl(string documentNumber) => _documentUrls.GetValueOrDefault(documentNumber);

    private Dictionary<string, string> _documentUrls = new(StringComparer.Ordinal);

    /// <summary>The refund amount as typed (złoty, <c>,</c> or <c>.</c> before the grosze).</summary>
    [BindProperty]
    public string? Amount { get; set; }

    /// <summary>The bank account (NRB) for the refund, as typed.</summary>
    [BindProperty]
    public string? BankAccountNumber { get; set; }

    /// <summary>A notice after a redirect (<c>refund-requested</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The refund form's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>The ledger read as of today.</summary>
    public Settlement Settlement { get; private set; } = null!;

    /// <summary>The customer's refund requests, newest first.</summary>
    public IReadOnlyList<RefundRequestRow> RefundRequests { get; private set; } = [];

    /// <summary>
    /// The overpayment not yet asked back: the ledger's open credit less the requests still pending or approved (the
    /// form's suggested amount; <see cref="RefundService"/> checks it again).
    /// </summary>
    public Money RefundableNow => Settlement.Overpaid - Money.FromGrosze(RefundRequests
        .Where(row => row.Status is RefundRequestStatus.Pending or RefundRequestStatus.Approved)
        .Sum(row => row.AmountGrosz));

    /// <summary>Shows the settlements.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (RefundableNow.IsPositive)
        {
            var amount = RefundableNow.Amount.ToString("0.00", CultureInfo.InvariantCulture);
            Amount = Language == PortalLanguage.English ? amount : amount.Replace('.', ',');
        }
    }

    /// <summary>Files a refund request; on success comes back with a notice (POST-redirect-GET).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var amount = ParseAmount(Amount);
        if (amount is null)
        {
            Errors.Add("amount", string.IsNullOrWhiteSpace(Amount)
                ? T("Podaj kwotę zwrotu.", "Enter the refund amount.")
                : T("Podaj kwotę w złotych, np. 120,50.", "Enter the amount in złoty, e.g. 120.50."));
        }

        if (string.IsNullOrWhiteSpace(BankAccountNumber))
        {
            Errors.Add("bankAccountNumber", T("Podaj numer rachunku bankowego.", "Enter the bank account number."));
        }

        if (!Errors.Any)
        {
            var outcome = await refunds.RequestAsync(amount!.Value, BankAccountNumber!, cancellationToken);
            if (outcome.Value is not null)
            {
                return Redirect("/settlements?done=refund-requested");
            }

            foreach (var error in outcome.Errors)
            {
                Errors.Add(BillingTexts.RefundField(error), error.Text(Language));
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Settlement = await settlements.OfAsync(CustomerId, cancellationToken);
        var payments = Settlement.Payments();
        PaymentCount = payments.Count;
        PaymentsPage = Math.Clamp(PaymentsPage, 1, PaymentPageCount);
        Payments = [.. payments.Skip((PaymentsPage - 1) * PaymentsPageSize).Take(PaymentsPageSize)];
        var paidNumbers = Payments.SelectMany(payment => payment.AllocatedTo).Select(allocation => allocation.DocumentNumber).Distinct().ToList();
        var invoices = await db.Set<InvoiceRow>().AsNoTracking()
            .Where(row => paidNumbers.Contains(row.Number)).Select(row => new { row.Number, row.Id })
            .ToListAsync(cancellationToken);
        var interestNotes = await db.Set<InterestNoteRow>().AsNoTracking()
            .Where(row => paidNumbers.Contains(row.Number)).Select(row => new { row.Number, row.Id })
            .ToListAsync(cancellationToken);
        _documentUrls = invoices.Select(row => (row.Number, Url: "/invoices/" + row.Id.ToString(CultureInfo.InvariantCulture)))
            .Concat(interestNotes.Select(row => (row.Number, Url: "/files/interest-notes/" + row.Id.ToString(CultureInfo.InvariantCulture) + ".pdf")))
            .DistinctBy(document => document.Number, StringComparer.Ordinal)
            .ToDictionary(document => document.Number, document => document.Url, StringComparer.Ordinal);
        RefundRequests = await db.Set<RefundRequestRow>().AsNoTracking()
            .OrderByDescending(row => row.RequestedAt).ThenByDescending(row => row.Id)
            .ToListAsync(cancellationToken);
    }

    private static decimal? ParseAmount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Spaces group thousands in Polish (1 234,56); a comma or a point separates the grosze.
        var normalized = new string([.. text.Where(character => !char.IsWhiteSpace(character))]).Replace(',', '.');
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }
}
