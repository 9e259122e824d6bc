using IBok.Domain.Customers;

namespace IBok.Domain.Notices;

/// <summary>What a notice is about; one subtype per <see cref="NotificationKind"/>.</summary>
public abstract record NoticeSubject;

/// <summary>An invoice or interest note was issued.</summary>
/// <param name="Document">The document.</param>
public sealed record DocumentIssuedSubject(NoticeDocument Document) : NoticeSubject;

/// <summary>A document falls due soon (e-monit).</summary>
/// <param name="Document">The document, with its outstanding amount.</param>
public sealed record PaymentReminderSubject(NoticeDocument Document) : NoticeSubject;

/// <summary>Documents are overdue (e-wezwanie).</summary>
/// <param name="Overdue">Every overdue unpaid document of the customer, oldest due first.</param>
/// <param name="Total">Their outstanding total.</param>
public sealed record PaymentDemandSubject(IReadOnlyList<NoticeDocument> Overdue, Money Total) : NoticeSubject;

/// <summary>A fixed-term contract ends soon.</summary>
/// <param name="Contract">The contract.</param>
/// <param name="EndDate">Its last day.</param>
public sealed record ContractEndingSubject(NoticeContract Contract, DateOnly EndDate) : NoticeSubject;

/// <summary>A meter's legalization expires soon (e-komunikat).</summary>
/// <param name="Meter">The meter.</param>
public sealed record LegalizationExpiringSubject(NoticeMeter Meter) : NoticeSubject;

/// <summary>An outage affects the customer's premises.</summary>
/// <param name="Outage">The outage.</param>
public sealed record OutageSubject(Outage Outage) : NoticeSubject;

/// <summary>A notice the planner found due: to whom, how, about what, and under which idempotency key.</summary>
/// <param name="CustomerNumber">The recipient customer.</param>
/// <param name="Kind">The kind of notice.</param>
/// <param name="Channel">E-mail or SMS.</param>
/// <param name="Recipient">The e-mail address or phone number.</param>
/// <param name="Subject">What the notice is about.</param>
/// <param name="IdempotencyKey">Stable across planning runs: the same notice planned on any later day has the same key,
/// so a dispatcher that records sent keys never sends it twice.</param>
public sealed record PlannedNotice(string CustomerNumber, NotificationKind Kind, NotificationChannel Channel, string Recipient, NoticeSubject Subject, string IdempotencyKey);
