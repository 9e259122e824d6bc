namespace IBok.Domain.Notices;

/// <summary>When the planner sends each notice. Defaults follow common practice of Polish utilities; every value is configuration.</summary>
public sealed record NoticePolicy
{
    /// <summary>An invoice or interest note is announced while it is at most this many days old, so a newly connected
    /// system does not announce years of history. Default 7.</summary>
    public int IssuedNoticeWindowDays { get; init; } = 7;

    /// <summary>A payment reminder (e-monit) is due this many days before the due date (and on any later day until it,
    /// so a missed planning day is caught up). Default 3.</summary>
    public int PaymentReminderDaysBefore { get; init; } = 3;

    /// <summary>A payment demand (e-wezwanie) is due once a document has been overdue this many days. Default 7.</summary>
    public int PaymentDemandDaysAfterDue { get; init; } = 7;

    /// <summary>A fixed-term contract's end is announced this many days ahead. Default 30.</summary>
    public int ContractEndingDaysBefore { get; init; } = 30;

    /// <summary>A meter's legalization expiry is announced this many days ahead. Default 90.</summary>
    public int LegalizationExpiringDaysBefore { get; init; } = 90;

    /// <summary>Outages that ended more than this many days ago are no longer announced. Default 0 (only current and future ones).</summary>
    public int OutageGraceDays { get; init; }

    /// <summary>The defaults.</summary>
    public static NoticePolicy Default { get; } = new();
}
