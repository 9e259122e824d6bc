namespace IBok.Domain.Cases;

/// <summary>One entry of a case's status history.</summary>
/// <param name="From">The status before, or null for the submission that created the case.</param>
/// <param name="To">The status after.</param>
/// <param name="At">When it happened.</param>
/// <param name="By">Who did it; the customer for a submission or a reply that resumed the case.</param>
/// <param name="Note">Why, or null.</param>
public sealed record CaseStatusChange(CaseStatus? From, CaseStatus To, DateTimeOffset At, CaseActor By, string? Note);

/// <summary>The one extension of a case's response deadline.</summary>
/// <param name="At">When it was extended.</param>
/// <param name="By">The staff member who extended it.</param>
/// <param name="Reason">Why, as told to the customer.</param>
/// <param name="PreviousDeadline">The deadline before.</param>
/// <param name="NewDeadline">The deadline after.</param>
public sealed record CaseDeadlineExtension(DateTimeOffset At, CaseActor By, string Reason, DateOnly PreviousDeadline, DateOnly NewDeadline);
