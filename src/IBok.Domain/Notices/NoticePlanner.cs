using IBok.Domain.Customers;

namespace IBok.Domain.Notices;

/// <summary>
/// Decides which notices are due for a customer on a day: invoice issued (e-faktura), payment due soon (e-monit),
/// overdue documents (e-wezwanie), interest note issued (e-nota), fixed-term contract ending, meter legalization expiring,
/// and outages. Pure: the same state and day always give the same notices with the same idempotency keys.
/// </summary>
/// <remarks>
/// <para>Every notice goes out on each channel the customer consented to for its kind and has a contact for. An
/// invoice is also sent by e-mail, without a separate consent, to a customer who accepted e-invoices: for them the
/// e-mail delivers the invoice itself.</para>
/// <para>Windows rather than single days make the planner forgiving: a notice missed on its day (the daily run did
/// not happen) is planned on the next run, with the same key, so the dispatcher still sends it exactly once.</para>
/// <para>A payment demand is triggered by the document that most recently crossed the overdue threshold and lists every
/// overdue unpaid document; its key names that document, so a new demand goes out only when another document
/// becomes overdue.</para>
/// </remarks>
public static class NoticePlanner
{
    /// <summary>Plans the notices due for <paramref name="state"/> on <paramref name="today"/>.</summary>
    /// <param name="state">The customer's state on the planning day.</param>
    /// <param name="today">The planning day.</param>
    /// <param name="outages">Published outages; those affecting the customer's premises are announced.</param>
    /// <param name="policy">The timing rules; <see cref="NoticePolicy.Default"/> when null.</param>
    public static IReadOnlyList<PlannedNotice> Plan(CustomerNoticeState state, DateOnly today, IReadOnlyList<Outage> outages, NoticePolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(outages);
        policy ??= NoticePolicy.Default;
        var notices = new List<PlannedNotice>();

        foreach (var document in state.Documents)
        {
            var age = today.DayNumber - document.IssueDate.DayNumber;
            if (age >= 0 && age <= policy.IssuedNoticeWindowDays)
            {
                var kind = document.Kind == NoticeDocumentKind.Invoice ? NotificationKind.InvoiceIssued : NotificationKind.InterestNote;
                Add(notices, state, kind, new DocumentIssuedSubject(document), $"{KindKey(kind)}:{document.Number}");
            }

            var daysToDue = document.DueDate.DayNumber - today.DayNumber;
            if (document.Outstanding.IsPositive && daysToDue >= 0 && daysToDue <= policy.PaymentReminderDaysBefore)
            {
                Add(notices, state, NotificationKind.PaymentReminder, new PaymentReminderSubject(document), $"payment-reminder:{document.Number}");
            }
        }

        PlanPaymentDemand(notices, state, today, policy);

        foreach (var contract in state.Contracts)
        {
            if (contract.EndDate is { } end && end >= today && end.DayNumber - today.DayNumber <= policy.ContractEndingDaysBefore)
            {
                Add(notices, state, NotificationKind.ContractEnding, new ContractEndingSubject(contract, end), $"contract-ending:{contract.Number}:{end.ToIsoDate()}");
            }
        }

        foreach (var meter in state.Meters)
        {
            var until = meter.LegalizationValidUntil;
            if (until >= today && until.DayNumber - today.DayNumber <= policy.LegalizationExpiringDaysBefore)
            {
                Add(notices, state, NotificationKind.LegalizationExpiring, new LegalizationExpiringSubject(meter), $"legalization-expiring:{meter.SerialNumber}:{until.ToIsoDate()}");
            }
        }

        foreach (var outage in outages)
        {
            // The outage's own offset decides the calendar day, as people in the affected area see it.
            var endDay = DateOnly.FromDateTime((outage.ExpectedEnd ?? outage.Starts).DateTime);
            var current = endDay.AddDays(policy.OutageGraceDays) >= today;
            if (current && state.PremisesAddresses.Any(outage.Area.Covers))
            {
                Add(notices, state, NotificationKind.Outage, new OutageSubject(outage), $"outage:{outage.Id}");
            }
        }

        return notices;
    }

    private static void PlanPaymentDemand(List<PlannedNotice> notices, CustomerNoticeState state, DateOnly today, NoticePolicy policy)
    {
        var overdue = state.Documents
            .Where(d => d.Outstanding.IsPositive && d.DueDate < today)
            .OrderBy(d => d.DueDate).ThenBy(d => d.Number, StringComparer.Ordinal)
            .ToArray();
        var trigger = overdue
            .Where(d => today.DayNumber - d.DueDate.DayNumber >= policy.PaymentDemandDaysAfterDue)
            .LastOrDefault();
        if (trigger is not null)
        {
            var subject = new PaymentDemandSubject(overdue, Money.Sum(overdue.Select(d => d.Outstanding)));
            Add(notices, state, NotificationKind.PaymentDemand, subject, $"payment-demand:{trigger.Number}");
        }
    }

    private static void Add(List<PlannedNotice> notices, CustomerNoticeState state, NotificationKind kind, NoticeSubject subject, string key)
    {
        var byEmail = state.Email is not null
            && (state.Consents.Allows(NotificationChannel.Email, kind) || (kind == NotificationKind.InvoiceIssued && state.EInvoiceConsent));
        if (byEmail)
        {
            notices.Add(new PlannedNotice(state.CustomerNumber, kind, NotificationChannel.Email, state.Email!, subject, $"{state.CustomerNumber}:email:{key}"));
        }

        if (state.Phone is not null && state.Consents.Allows(NotificationChannel.Sms, kind))
        {
            notices.Add(new PlannedNotice(state.CustomerNumber, kind, NotificationChannel.Sms, state.Phone, subject, $"{state.CustomerNumber}:sms:{key}"));
        }
    }

    private static string KindKey(NotificationKind kind) => kind == NotificationKind.InvoiceIssued ? "invoice-issued" : "interest-note";
}
