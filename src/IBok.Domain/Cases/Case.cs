using System.Globalization;
using IBok.Domain.Customers;

namespace IBok.Domain.Cases;

/// <summary>A customer's case (zgłoszenie): a complaint, request, question, data change or refund, with its message
/// thread, status history and response deadline.</summary>
/// <remarks>
/// <para>Immutable: every operation returns a new case and leaves this one unchanged. Status moves follow
/// <see cref="CaseTransitions"/>; a move it does not allow throws <see cref="InvalidCaseTransitionException"/> naming
/// both statuses. Other broken rules throw <see cref="CaseRuleViolationException"/> saying which
/// <see cref="CaseRule"/>: only staff change the status or extend the deadline, a closed case takes no more messages,
/// the deadline is extended at most once and not after it passed.</para>
/// <para>Events are recorded in time order: an operation dated before the case's last event is refused, so the history
/// reads as it happened. Times are passed in by the caller (the domain reads no clock); calendar days are taken in
/// the offset each time carries, so pass Polish local time.</para>
/// <para>Response deadline: <see cref="CaseOptions.ResponseDaysFor"/> days counted from the day after submission, so
/// a case submitted on 2026-03-02 with 14 days is due on 2026-03-16 and answering on that day is in time (art. 111
/// § 2 Kodeksu cywilnego: the day of the event that starts a period is not counted). A deadline falling on a Sunday or
/// public holiday is not moved to the next working day (art. 115 KC would move it; no holiday calendar is modelled,
/// so deadlines err on the early side). The clock does not stop while waiting for the customer (UNCONFIRMED; no
/// regulamin found that pauses it).</para>
/// </remarks>
public sealed class Case
{
    /// <summary>The longest subject accepted.</summary>
    public const int MaxSubjectLength = 200;

    private Case(CaseKind kind, CustomerNumber? customer, string subject, CaseMessage firstMessage, DateOnly responseDeadline)
    {
        Kind = kind;
        Customer = customer;
        Subject = subject;
        Status = CaseStatus.Submitted;
        SubmittedAt = firstMessage.SentAt;
        ResponseDeadline = responseDeadline;
        Messages = [firstMessage];
        History = [new CaseStatusChange(null, CaseStatus.Submitted, firstMessage.SentAt, firstMessage.Author, null)];
    }

    /// <summary>What the case is about.</summary>
    public CaseKind Kind { get; }

    /// <summary>The customer, or null for a case filed without an account.</summary>
    public CustomerNumber? Customer { get; }

    /// <summary>A short subject, trimmed.</summary>
    public string Subject { get; }

    /// <summary>The current status.</summary>
    public CaseStatus Status { get; private set; }

    /// <summary>The signature, assigned on registration; null while <see cref="CaseStatus.Submitted"/>.</summary>
    public CaseSignature? Signature { get; private set; }

    /// <summary>When the case was submitted: the time of its first message.</summary>
    public DateTimeOffset SubmittedAt { get; }

    /// <summary>The last day on which an answer is in time.</summary>
    public DateOnly ResponseDeadline { get; private set; }

    /// <summary>The one extension of the deadline, or null when it was not extended.</summary>
    public CaseDeadlineExtension? DeadlineExtension { get; private set; }

    /// <summary>The thread, oldest first; the first message is the submission.</summary>
    public IReadOnlyList<CaseMessage> Messages { get; private set; }

    /// <summary>Every status change, oldest first; the first entry (from null) is the submission.</summary>
    public IReadOnlyList<CaseStatusChange> History { get; private set; }

    /// <summary>True when resolved or rejected.</summary>
    public bool IsClosed => CaseTransitions.IsFinal(Status);

    /// <summary>The signature, or "unregistered case": how messages and exceptions name the case.</summary>
    public string DisplayName => Signature?.ToString() ?? "unregistered case";

    private DateTimeOffset LastEventAt
    {
        get
        {
            var last = History[^1].At > Messages[^1].SentAt ? History[^1].At : Messages[^1].SentAt;
            return DeadlineExtension is { } extension && extension.At > last ? extension.At : last;
        }
    }

    /// <summary>Files a new case in <see cref="CaseStatus.Submitted"/>, its deadline set by <paramref name="options"/>.</summary>
    /// <param name="kind">What the case is about.</param>
    /// <param name="customer">The customer, or null when filed without an account.</param>
    /// <param name="subject">A short subject, 1 to <see cref="MaxSubjectLength"/> characters.</param>
    /// <param name="firstMessage">The submission itself; its time is the submission time.</param>
    /// <param name="options">The utility's case policy.</param>
    /// <exception cref="ArgumentException">The kind is undefined or the subject blank or too long.</exception>
    public static Case Submit(CaseKind kind, CustomerNumber? customer, string subject, CaseMessage firstMessage, CaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(firstMessage);
        ArgumentNullException.ThrowIfNull(options);
        var days = options.ResponseDaysFor(kind);
        var trimmed = (subject ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("A case needs a subject.", nameof(subject));
        }

        if (trimmed.Length > MaxSubjectLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A case subject has at most {MaxSubjectLength} characters; got {trimmed.Length}."), nameof(subject));
        }

        return new Case(kind, customer, trimmed, firstMessage, LocalDate(firstMessage.SentAt).AddDays(days));
    }

    /// <summary>Registers the case: <see cref="CaseStatus.Submitted"/> → <see cref="CaseStatus.Registered"/>, assigning
    /// the signature <c>prefix/year/sequence</c> with the prefix of <see cref="Kind"/> from <paramref name="options"/>
    /// and the year of <paramref name="at"/>.</summary>
    /// <param name="sequence">The next free sequence number for the prefix and year, 1 to 999,999.</param>
    /// <param name="at">When it is registered.</param>
    /// <param name="by">The staff member registering it.</param>
    /// <param name="options">The utility's case policy.</param>
    /// <param name="note">An optional note for the history.</param>
    /// <exception cref="InvalidCaseTransitionException">The case is not <see cref="CaseStatus.Submitted"/>.</exception>
    /// <exception cref="CaseRuleViolationException"><paramref name="by"/> is not staff.</exception>
    /// <exception cref="ArgumentException">The sequence is out of range or <paramref name="at"/> precedes the last event.</exception>
    public Case Register(int sequence, DateTimeOffset at, CaseActor by, CaseOptions options, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        EnsureAllowed(CaseStatus.Registered);
        EnsureStaff(by, "register");
        EnsureNotBeforeLastEvent(at);
        var signature = options.SignatureFor(Kind, at.Year, sequence);
        return Copy(copy =>
        {
            copy.Signature = signature;
            copy.Status = CaseStatus.Registered;
            copy.History = [.. History, new CaseStatusChange(Status, CaseStatus.Registered, at, by, Clean(note))];
        });
    }

    /// <summary>Moves the case to <paramref name="to"/> as <see cref="CaseTransitions"/> allows (other than registration,
    /// which needs <see cref="Register"/>).</summary>
    /// <param name="to">The new status.</param>
    /// <param name="at">When.</param>
    /// <param name="by">The staff member.</param>
    /// <param name="note">Why; required when rejecting, optional otherwise.</param>
    /// <exception cref="InvalidCaseTransitionException">The move is not allowed.</exception>
    /// <exception cref="CaseRuleViolationException"><paramref name="by"/> is not staff.</exception>
    /// <exception cref="ArgumentException">Registration asked for, a rejection without a reason, or <paramref name="at"/>
    /// precedes the last event.</exception>
    public Case MoveTo(CaseStatus to, DateTimeOffset at, CaseActor by, string? note = null)
    {
        EnsureAllowed(to);
        if (to == CaseStatus.Registered)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Case {DisplayName} is registered with Register, which assigns its signature."), nameof(to));
        }

        EnsureStaff(by, "change the status of");
        if (to == CaseStatus.Rejected && Clean(note) is null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Rejecting case {DisplayName} needs a reason."), nameof(note));
        }

        EnsureNotBeforeLastEvent(at);
        return Copy(copy =>
        {
            copy.Status = to;
            copy.History = [.. History, new CaseStatusChange(Status, to, at, by, Clean(note))];
        });
    }

    /// <summary>Staff start handling the case: <see cref="CaseStatus.Registered"/> → <see cref="CaseStatus.InProgress"/>
    /// (or resume a case waiting for the customer). See <see cref="MoveTo"/>.</summary>
    public Case StartWork(DateTimeOffset at, CaseActor by, string? note = null) => MoveTo(CaseStatus.InProgress, at, by, note);

    /// <summary>Closes the case as answered or done. See <see cref="MoveTo"/>.</summary>
    public Case Resolve(DateTimeOffset at, CaseActor by, string? note = null) => MoveTo(CaseStatus.Resolved, at, by, note);

    /// <summary>Closes the case as refused, with the reason. See <see cref="MoveTo"/>.</summary>
    public Case Reject(DateTimeOffset at, CaseActor by, string reason) => MoveTo(CaseStatus.Rejected, at, by, reason);

    /// <summary>Staff ask the customer something: adds <paramref name="question"/> to the thread and moves
    /// <see cref="CaseStatus.InProgress"/> → <see cref="CaseStatus.WaitingForCustomer"/>.</summary>
    /// <exception cref="InvalidCaseTransitionException">The case is not <see cref="CaseStatus.InProgress"/>.</exception>
    /// <exception cref="CaseRuleViolationException">The question's author is not staff.</exception>
    /// <exception cref="ArgumentException">The question precedes the last event.</exception>
    public Case AskCustomer(CaseMessage question)
    {
        ArgumentNullException.ThrowIfNull(question);
        EnsureAllowed(CaseStatus.WaitingForCustomer);
        EnsureStaff(question.Author, "ask the customer in");
        EnsureNotBeforeLastEvent(question.SentAt);
        return Copy(copy =>
        {
            copy.Status = CaseStatus.WaitingForCustomer;
            copy.Messages = [.. Messages, question];
            copy.History = [.. History, new CaseStatusChange(Status, CaseStatus.WaitingForCustomer, question.SentAt, question.Author, null)];
        });
    }

    /// <summary>Adds a message to the thread. A customer's message while <see cref="CaseStatus.WaitingForCustomer"/>
    /// is the awaited reply: it moves the case back to <see cref="CaseStatus.InProgress"/>, recorded as done by the
    /// customer. Any other message leaves the status as it is.</summary>
    /// <exception cref="CaseRuleViolationException">The case is closed.</exception>
    /// <exception cref="ArgumentException">The message precedes the last event.</exception>
    public Case AddMessage(CaseMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (IsClosed)
        {
            throw new CaseRuleViolationException(CaseRule.CaseClosed, string.Create(CultureInfo.InvariantCulture, $"Case {DisplayName} is {Status}; it takes no more messages."));
        }

        EnsureNotBeforeLastEvent(message.SentAt);
        var resumes = Status == CaseStatus.WaitingForCustomer && message.Author.Role == CaseActorRole.Customer;
        return Copy(copy =>
        {
            copy.Messages = [.. Messages, message];
            if (resumes)
            {
                copy.Status = CaseStatus.InProgress;
                copy.History = [.. History, new CaseStatusChange(Status, CaseStatus.InProgress, message.SentAt, message.Author, "Customer replied.")];
            }
        });
    }

    /// <summary>Extends the response deadline once by <see cref="CaseOptions.ExtensionDays"/> days, counted from the
    /// current deadline. The customer must be told before the deadline passes, so it is refused after the deadline day.</summary>
    /// <param name="at">When; its calendar day must not be after <see cref="ResponseDeadline"/>.</param>
    /// <param name="by">The staff member.</param>
    /// <param name="reason">Why, as told to the customer.</param>
    /// <param name="options">The utility's case policy.</param>
    /// <exception cref="CaseRuleViolationException">The case is closed, <paramref name="by"/> is not staff, the deadline
    /// was already extended, or it has passed.</exception>
    /// <exception cref="ArgumentException">The reason is blank or <paramref name="at"/> precedes the last event.</exception>
    public Case ExtendDeadline(DateTimeOffset at, CaseActor by, string reason, CaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (IsClosed)
        {
            throw new CaseRuleViolationException(CaseRule.CaseClosed, string.Create(CultureInfo.InvariantCulture, $"Case {DisplayName} is {Status}; its deadline cannot be extended."));
        }

        EnsureStaff(by, "extend the deadline of");
        if (DeadlineExtension is { } previous)
        {
            throw new CaseRuleViolationException(
                CaseRule.DeadlineAlreadyExtended,
                string.Create(CultureInfo.InvariantCulture, $"The deadline of case {DisplayName} was already extended once, to {previous.NewDeadline:yyyy-MM-dd}."));
        }

        if (LocalDate(at) > ResponseDeadline)
        {
            throw new CaseRuleViolationException(
                CaseRule.DeadlinePassed,
                string.Create(CultureInfo.InvariantCulture, $"The deadline of case {DisplayName} passed on {ResponseDeadline:yyyy-MM-dd}; it cannot be extended on {LocalDate(at):yyyy-MM-dd}."));
        }

        var why = Clean(reason) ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Extending the deadline of case {DisplayName} needs a reason."), nameof(reason));
        EnsureNotBeforeLastEvent(at);
        var extended = ResponseDeadline.AddDays(options.ExtensionDays);
        return Copy(copy =>
        {
            copy.ResponseDeadline = extended;
            copy.DeadlineExtension = new CaseDeadlineExtension(at, by, why, ResponseDeadline, extended);
        });
    }

    /// <summary>True when the case is still open after its deadline: <paramref name="day"/> is later than
    /// <see cref="ResponseDeadline"/> and the case is neither resolved nor rejected. On the deadline day itself it is
    /// not yet overdue.</summary>
    public bool IsOverdueOn(DateOnly day) => !IsClosed && day > ResponseDeadline;

    private static DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(at.DateTime);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void EnsureAllowed(CaseStatus to)
    {
        if (!CaseTransitions.IsAllowed(Status, to))
        {
            throw new InvalidCaseTransitionException(DisplayName, Status, to);
        }
    }

    private void EnsureStaff(CaseActor by, string action)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.IsStaff)
        {
            throw new CaseRuleViolationException(CaseRule.StaffOnly, string.Create(CultureInfo.InvariantCulture, $"Only staff can {action} case {DisplayName}; {by.Name} is a customer."));
        }
    }

    private void EnsureNotBeforeLastEvent(DateTimeOffset at)
    {
        var last = LastEventAt;
        if (at < last)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"An event of case {DisplayName} at {at:O} cannot precede its last event at {last:O}."), nameof(at));
        }
    }

    private Case Copy(Action<Case> change)
    {
        var copy = (Case)MemberwiseClone();
        change(copy);
        return copy;
    }
}
