using IBok.Domain;

namespace IBok.GraphQL.Application.Staff.Billing;

/// <summary>What a billing run bills: every billing period that ends between two days, optionally of one customer or contract.</summary>
/// <param name="PeriodEndFrom">The first day a billed period may end on.</param>
/// <param name="PeriodEndTo">The last day a billed period may end on.</param>
/// <param name="CustomerNumber">Only this customer's contracts.</param>
/// <param name="ContractNumber">Only this contract.</param>
/// <param name="Limit">Issue at most this many invoices, then stop (the rest stays for the next run).</param>
/// <param name="BatchSize">Invoices per transaction; null takes <see cref="BillingOptions.BatchSize"/>.</param>
public sealed record BillingRunRequest(
    DateOnly PeriodEndFrom, DateOnly PeriodEndTo, string? CustomerNumber = null, string? ContractNumber = null, int? Limit = null, int? BatchSize = null)
{
    /// <summary>Periods ending in the calendar month <paramref name="month"/>.</summary>
    public static BillingRunRequest ForMonth(DateOnly month, string? customerNumber = null, string? contractNumber = null, int? limit = null)
    {
        var period = DatePeriod.MonthOf(month);
        return new BillingRunRequest(period.Start, period.End, customerNumber, contractNumber, limit);
    }
}

/// <summary>An invoice a run issued (committed).</summary>
/// <param name="InvoiceId">The invoice row.</param>
/// <param name="CustomerId">The buyer.</param>
/// <param name="Number">The invoice number.</param>
/// <param name="ContractNumber">The contract billed.</param>
/// <param name="Period">The billed period.</param>
/// <param name="Gross">The amount due.</param>
/// <param name="DueDate">The payment due date.</param>
public sealed record IssuedInvoice(long InvoiceId, long CustomerId, string Number, string ContractNumber, DatePeriod Period, Money Gross, DateOnly DueDate);

/// <summary>A contract period the run did not bill, and why.</summary>
/// <param name="ContractNumber">The contract.</param>
/// <param name="Period">The billing period.</param>
/// <param name="Reason">One of <see cref="BillingSkipReasons"/>.</param>
/// <param name="Message">The details, naming the meter, day or tariff concerned.</param>
public sealed record BillingSkip(string ContractNumber, DatePeriod Period, string Reason, string Message);

/// <summary>The codes of <see cref="BillingSkip.Reason"/>: expected situations, not failures.</summary>
public static class BillingSkipReasons
{
    /// <summary>An invoice for the contract and period exists already (a repeated or resumed run).</summary>
    public const string AlreadyInvoiced = "ALREADY_INVOICED";

    /// <summary>The period has not ended yet.</summary>
    public const string PeriodNotEnded = "PERIOD_NOT_ENDED";

    /// <summary>No meter the contract's services need is installed at the premises during the period.</summary>
    public const string NoMeter = "NO_METER";

    /// <summary>A meter has no reading on the period's last day, or none on the day before the period.</summary>
    public const string ReadingMissing = "READING_MISSING";

    /// <summary>A reading of the period waits for staff review.</summary>
    public const string ReadingNotReviewed = "READING_NOT_REVIEWED";

    /// <summary>No price list or VAT rate (or a component of one) covers a day of the period.</summary>
    public const string TariffMissing = "TARIFF_MISSING";
}

/// <summary>The report of a billing run.</summary>
/// <param name="Issued">Invoices issued by this run.</param>
/// <param name="Skipped">Contract periods not billed.</param>
/// <param name="SkippedByReason">How many periods were skipped for each reason.</param>
/// <param name="Invoices">The issued invoices, the first <see cref="ListLimit"/>.</param>
/// <param name="Skips">The skipped periods, the first <see cref="ListLimit"/>.</param>
/// <param name="Errors">Requests refused or contracts whose data could not be billed (nothing was written for them).</param>
/// <param name="Completed">False when the run stopped early (its limit, or cancellation): run it again to finish.</param>
public sealed record BillingRunResult(
    int Issued,
    int Skipped,
    IReadOnlyDictionary<string, int> SkippedByReason,
    IReadOnlyList<IssuedInvoice> Invoices,
    IReadOnlyList<BillingSkip> Skips,
    IReadOnlyList<StaffActionError> Errors,
    bool Completed)
{
    /// <summary>How many invoices and skips the result lists at most (the counts are always complete).</summary>
    public const int ListLimit = 100;

    internal static BillingRunResult Refused(string code, string message) =>
        new(0, 0, new Dictionary<string, int>(), [], [], [new StaffActionError(code, message)], Completed: false);
}

/// <summary>Where a batch of a billing run is when <see cref="BillingRun.OnBatch"/> is called; at every stage the run
/// has no transaction open.</summary>
public enum BillingBatchStage
{
    /// <summary>The batch's periods are read and priced; nothing of the batch is written yet.</summary>
    Prepared,

    /// <summary>The batch's numbers, invoices and ledger debits are committed; their notices are not written yet.</summary>
    InvoicesCommitted,

    /// <summary>The invoices' notices are planned, not yet written (only when the run writes notices and the batch issued invoices).</summary>
    NoticesPlanned,

    /// <summary>The batch is done; the next one has not started.</summary>
    Committed,
}

/// <summary>A batch of a billing run, as <see cref="BillingRun.OnBatch"/> sees it.</summary>
/// <param name="Number">The batch's number, from 1.</param>
/// <param name="FirstContractNumber">The contract of the batch's first period.</param>
/// <param name="LastContractNumber">The contract of the batch's last period.</param>
/// <param name="Stage">Where the batch is.</param>
public sealed record BillingBatch(int Number, string FirstContractNumber, string LastContractNumber, BillingBatchStage Stage);
