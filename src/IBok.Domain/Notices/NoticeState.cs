using IBok.Domain.Customers;
using IBok.Domain.Metering;

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

    /// <summary>Notification consents: the (channel, kind) pairs the customer agreed to.</summary>
    public IReadOnlySet<(NotificationChannel Channel, NotificationKind Kind)> Consents { get; init; } =
        new HashSet<(NotificationChannel, NotificationKind)>();

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
}
