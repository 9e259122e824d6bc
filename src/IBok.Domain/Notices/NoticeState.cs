using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Settlements;

namespace IBok.Domain.Notices;

/// <summary>A debit document as the notice planner sees it: what was issued and what of it is still unpaid on the planning day.</summary>
/// <param name="Number">Document number, e.g. <c>FV/2026/11/000123</c>.</param>
/// <param name="Kind">Invoice or interest note; decides the notice kind when it is issued.</param>
/// <param name="IssueDate">Issue date.</param>
/// <param name="DueDate">Payment due date.</param>
/// <param name="Gross">Amount due on the document.</param>
/// <param name="Outstanding">What is still unpaid on the planning day; zero when paid.</param>
public sealed record NoticeDocument(string Number, NoticeDocumentKind Kind, DateOnly IssueDate, DateOnly DueDate, Money Gross, Money Outstanding);

/// <summary>The kinds of debit document notices are planned for.</summary>
public enum NoticeDocumentKind
{
    /// <summary>An invoice (or correction invoice with an amount to pay).</summary>
    Invoice,

    /// <summary>An interest note (nota odsetkowa).</summary>
    InterestNote,
}

/// <summary>A meter whose legalization the planner watches.</summary>
/// <param name="SerialNumber">Serial number.</param>
/// <param name="Kind">Meter kind.</param>
/// <param name="LegalizationValidUntil">Last day the meter may be used for billing.</param>
public sealed record NoticeMeter(string SerialNumber, MeterKind Kind, DateOnly LegalizationValidUntil);

/// <summary>A contract as the planner sees it.</summary>
/// <param name="Number">Contract number.</param>
/// <param name="EndDate">The end of a fixed-term contract (umowa terminowa), or null for an open-ended one.</param>
public sealed record NoticeContract(string Number, DateOnly? EndDate);

/// <summary>Everything the notice planner needs to know about one customer on the planning day.</summary>
/// <remarks>A snapshot, so the planner stays a pure function: the application fills it from the ledger, contracts,
/// meters and consents.</remarks>
public sealed record CustomerNoticeState
{
    /// <summary>The customer's number.</summary>
    public required string CustomerNumber { get; init; }

    /// <summary>E-mail address, or null when the customer gave none.</summary>
    public string? Email { get; init; }

    /// <summary>Mobile number, or null.</summary>
    public string? Phone { get; init; }

    /// <summary>The customer's notification consents per channel and kind.</summary>
    public ConsentSet Consents { get; init; } = ConsentSet.Empty;

    /// <summary>True when the customer accepted e-invoices: every invoice is then delivered by e-mail.</summary>
    public bool EInvoiceConsent { get; init; }

    /// <summary>Debit documents (invoices, interest notes) with their outstanding amounts.</summary>
    public IReadOnlyList<NoticeDocument> Documents { get; init; } = [];

    /// <summary>The customer's contracts.</summary>
    public IReadOnlyList<NoticeContract> Contracts { get; init; } = [];

    /// <summary>The meters at the customer's premises.</summary>
    public IReadOnlyList<NoticeMeter> Meters { get; init; } = [];

    /// <summary>The addresses of the customer's premises, matched against outage areas.</summary>
    public IReadOnlyList<PostalAddress> PremisesAddresses { get; init; } = [];

    /// <summary>Builds the planner's view of a customer from the domain's own objects, as the daily notice run does.</summary>
    /// <param name="customer">The customer, with contact details and notification consents.</param>
    /// <param name="contracts">The customer's contracts; an e-invoice consent on any active one counts.</param>
    /// <param name="premises">The customer's premises.</param>
    /// <param name="meters">The meters installed at them.</param>
    /// <param name="legalization">The legalization periods per meter kind.</param>
    /// <param name="ledger">The customer's settlements; documents get their outstanding amounts at the end of <paramref name="asOf"/>.</param>
    /// <param name="asOf">The planning day.</param>
    public static CustomerNoticeState From(
        Customer customer,
        IEnumerable<Contract> contracts,
        IEnumerable<Premises> premises,
        IEnumerable<Meter> meters,
        LegalizationPolicy legalization,
        Ledger ledger,
        DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(legalization);
        ArgumentNullException.ThrowIfNull(ledger);
        var contractList = contracts.ToArray();
        return new CustomerNoticeState
        {
            CustomerNumber = customer.Number.ToString(),
            Email = customer.Contact.Email?.ToString(),
            Phone = customer.Contact.Phone?.ToString(),
            Consents = customer.Consents,
            EInvoiceConsent = contractList.Any(c => c.IsActiveOn(asOf) && c.ElectronicInvoice.IsGranted),
            Contracts = contractList.Select(c => new NoticeContract(c.Number, c.End)).ToArray(),
            PremisesAddresses = premises.Select(p => p.Address).ToArray(),
            Meters = meters
                .Where(m => m.IsInstalledOn(asOf))
                .Select(m => new NoticeMeter(m.SerialNumber, m.Kind, legalization.ValidUntil(m)))
                .ToArray(),
            Documents = ledger.Documents
                .Where(d => d.Amount.IsPositive && d.IssueDate <= asOf)
                .Select(d => new NoticeDocument(
                    d.Number,
                    d.Kind == DebitKind.InterestNote ? NoticeDocumentKind.InterestNote : NoticeDocumentKind.Invoice,
                    d.IssueDate,
                    d.DueDate,
                    d.Amount,
                    ledger.StatusOf(d.Number, asOf).Outstanding))
                .ToArray(),
        };
    }
}
