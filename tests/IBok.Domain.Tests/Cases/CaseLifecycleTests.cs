using IBok.Domain.Cases;
using static IBok.Domain.Tests.Cases.CaseFixtures;

namespace IBok.Domain.Tests.Cases;

public sealed class CaseLifecycleTests
{
    [Fact]
    public void Submit_StartsSubmittedWithoutSignature()
    {
        var @case = Submitted();

        Assert.Equal(CaseStatus.Submitted, @case.Status);
        Assert.Equal(CaseKind.Complaint, @case.Kind);
        Assert.Equal("100234", @case.Customer!.Value);
        Assert.Equal("Za wysoka faktura", @case.Subject);
        Assert.Null(@case.Signature);
        Assert.Equal("unregistered case", @case.DisplayName);
        Assert.Equal(SubmittedAt, @case.SubmittedAt);
        Assert.Single(@case.Messages);
        Assert.Equal([new CaseStatusChange(null, CaseStatus.Submitted, SubmittedAt, Customer, null)], @case.History);
        Assert.False(@case.IsClosed);
    }

    [Fact]
    public void Submit_WithoutCustomerNumber_IsAllowed()
    {
        var @case = Case.Submit(CaseKind.Question, null, "Pytanie", new CaseMessage(Customer, "Jak zgłosić odczyt?", SubmittedAt), CaseOptions.Default);

        Assert.Null(@case.Customer);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Submit_BlankSubject_Throws(string? subject)
    {
        var ex = Assert.Throws<ArgumentException>(() => Case.Submit(CaseKind.Question, null, subject!, new CaseMessage(Customer, "Tekst", SubmittedAt), CaseOptions.Default));

        Assert.StartsWith("A case needs a subject.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_SubjectOf201Characters_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Case.Submit(CaseKind.Question, null, new string('s', 201), new CaseMessage(Customer, "Tekst", SubmittedAt), CaseOptions.Default));

        Assert.StartsWith("A case subject has at most 200 characters; got 201.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_UndefinedKind_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Case.Submit((CaseKind)9, null, "S", new CaseMessage(Customer, "Tekst", SubmittedAt), CaseOptions.Default));

        Assert.StartsWith("Unknown case kind 9.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaseKind.Complaint, "RK/2026/000042")]
    [InlineData(CaseKind.Request, "ZG/2026/000042")]
    [InlineData(CaseKind.Refund, "ZG/2026/000042")]
    public void Register_AssignsThePrefixOfTheKindAndTheYear(CaseKind kind, string expected)
    {
        var registered = Submitted(kind).Register(42, Hour(1), Clerk, CaseOptions.Default, "Wpłynęło przez portal.");

        Assert.Equal(expected, registered.Signature!.ToString());
        Assert.Equal(CaseStatus.Registered, registered.Status);
        Assert.Equal(new CaseStatusChange(CaseStatus.Submitted, CaseStatus.Registered, Hour(1), Clerk, "Wpłynęło przez portal."), registered.History[^1]);
    }

    [Fact]
    public void Register_YearIsTheLocalYearOfRegistration()
    {
        var @case = Case.Submit(CaseKind.Request, null, "Wniosek", new CaseMessage(Customer, "Tekst", new(2026, 12, 31, 22, 0, 0, TimeSpan.FromHours(1))), CaseOptions.Default);

        var registered = @case.Register(1, new(2027, 1, 1, 0, 30, 0, TimeSpan.FromHours(1)), Clerk, CaseOptions.Default);

        Assert.Equal("ZG/2027/000001", registered.Signature!.ToString());
    }

    [Fact]
    public void Register_ByCustomer_Throws()
    {
        var ex = Assert.Throws<CaseRuleViolationException>(() => Submitted().Register(1, Hour(1), Customer, CaseOptions.Default));

        Assert.Equal(CaseRule.StaffOnly, ex.Rule);
        Assert.Equal("Only staff can register case unregistered case; Jan Kowalski is a customer.", ex.Message);
    }

    [Fact]
    public void Register_SequenceOutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Submitted().Register(0, Hour(1), Clerk, CaseOptions.Default));

        Assert.StartsWith("A case sequence number is 1 to 999999; got 0.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoveTo_ByCustomer_Throws()
    {
        var ex = Assert.Throws<CaseRuleViolationException>(() => In(CaseStatus.InProgress).Resolve(Hour(5), Customer));

        Assert.Equal(CaseRule.StaffOnly, ex.Rule);
        Assert.Equal("Only staff can change the status of case RK/2026/000123; Jan Kowalski is a customer.", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Reject_WithoutReason_Throws(string reason)
    {
        var ex = Assert.Throws<ArgumentException>(() => In(CaseStatus.InProgress).Reject(Hour(5), Clerk, reason));

        Assert.StartsWith("Rejecting case RK/2026/000123 needs a reason.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Operation_DatedBeforeTheLastEvent_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => In(CaseStatus.Registered).StartWork(SubmittedAt.AddMinutes(30), Clerk));

        Assert.StartsWith(
            "An event of case RK/2026/000123 at 2026-03-02T09:30:00.0000000+01:00 cannot precede its last event at 2026-03-02T10:00:00.0000000+01:00.",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Operations_LeaveTheOriginalUnchanged()
    {
        var registered = In(CaseStatus.Registered);

        var inProgress = registered.StartWork(Hour(2), Clerk);
        var withMessage = inProgress.AddMessage(new CaseMessage(Clerk, "Sprawdzamy.", Hour(3)));

        Assert.Equal(CaseStatus.Registered, registered.Status);
        Assert.Equal(2, registered.History.Count);
        Assert.Single(inProgress.Messages);
        Assert.Equal(2, withMessage.Messages.Count);
    }

    [Fact]
    public void AskCustomer_AddsTheQuestionAndWaits()
    {
        var question = new CaseMessage(Clerk, "Prosimy o zdjęcie wodomierza.", Hour(3));

        var waiting = In(CaseStatus.InProgress).AskCustomer(question);

        Assert.Equal(CaseStatus.WaitingForCustomer, waiting.Status);
        Assert.Same(question, waiting.Messages[^1]);
        Assert.Equal(new CaseStatusChange(CaseStatus.InProgress, CaseStatus.WaitingForCustomer, Hour(3), Clerk, null), waiting.History[^1]);
    }

    [Fact]
    public void AskCustomer_ByCustomer_Throws()
    {
        var ex = Assert.Throws<CaseRuleViolationException>(() => In(CaseStatus.InProgress).AskCustomer(new CaseMessage(Customer, "?", Hour(3))));

        Assert.Equal("Only staff can ask the customer in case RK/2026/000123; Jan Kowalski is a customer.", ex.Message);
    }

    [Fact]
    public void AskCustomer_NotInProgress_Throws()
    {
        var ex = Assert.Throws<InvalidCaseTransitionException>(() => In(CaseStatus.Registered).AskCustomer(new CaseMessage(Clerk, "?", Hour(3))));

        Assert.Equal(CaseStatus.Registered, ex.From);
        Assert.Equal(CaseStatus.WaitingForCustomer, ex.To);
    }

    [Fact]
    public void AddMessage_CustomerReplyWhileWaiting_ResumesTheCase()
    {
        var reply = new CaseMessage(Customer, "Zdjęcie w załączniku.", Hour(30), [new CaseAttachment("wodomierz.jpg", "image/jpeg", 245_760)]);

        var resumed = In(CaseStatus.WaitingForCustomer).AddMessage(reply);

        Assert.Equal(CaseStatus.InProgress, resumed.Status);
        Assert.Same(reply, resumed.Messages[^1]);
        Assert.Equal(new CaseStatusChange(CaseStatus.WaitingForCustomer, CaseStatus.InProgress, Hour(30), Customer, "Customer replied."), resumed.History[^1]);
    }

    [Fact]
    public void AddMessage_StaffWhileWaiting_KeepsWaiting()
    {
        var waiting = In(CaseStatus.WaitingForCustomer);

        var reminded = waiting.AddMessage(new CaseMessage(Clerk, "Przypominamy o zdjęciu.", Hour(48)));

        Assert.Equal(CaseStatus.WaitingForCustomer, reminded.Status);
        Assert.Equal(waiting.History, reminded.History);
    }

    [Theory]
    [InlineData(CaseStatus.Submitted)]
    [InlineData(CaseStatus.Registered)]
    [InlineData(CaseStatus.InProgress)]
    public void AddMessage_CustomerWhileNotWaiting_KeepsTheStatus(CaseStatus status)
    {
        var @case = In(status);

        var after = @case.AddMessage(new CaseMessage(Customer, "Uzupełniam zgłoszenie.", Hour(10)));

        Assert.Equal(status, after.Status);
        Assert.Equal(@case.History.Count, after.History.Count);
        Assert.Equal(@case.Messages.Count + 1, after.Messages.Count);
    }

    [Theory]
    [InlineData(CaseStatus.Resolved)]
    [InlineData(CaseStatus.Rejected)]
    public void AddMessage_ClosedCase_Throws(CaseStatus status)
    {
        var ex = Assert.Throws<CaseRuleViolationException>(() => In(status).AddMessage(new CaseMessage(Customer, "Nie zgadzam się.", Hour(10))));

        Assert.Equal(CaseRule.CaseClosed, ex.Rule);
        Assert.Equal($"Case RK/2026/000123 is {status}; it takes no more messages.", ex.Message);
    }

    [Fact]
    public void FullLifecycle_RecordsEveryStatusChange()
    {
        var resolved = In(CaseStatus.WaitingForCustomer)
            .AddMessage(new CaseMessage(Customer, "Zdjęcie w załączniku.", Hour(4)))
            .Resolve(Hour(5), Clerk, "Faktura skorygowana.");

        Assert.Equal(
            [
                new CaseStatusChange(null, CaseStatus.Submitted, SubmittedAt, Customer, null),
                new CaseStatusChange(CaseStatus.Submitted, CaseStatus.Registered, Hour(1), Clerk, null),
                new CaseStatusChange(CaseStatus.Registered, CaseStatus.InProgress, Hour(2), Clerk, null),
                new CaseStatusChange(CaseStatus.InProgress, CaseStatus.WaitingForCustomer, Hour(3), Clerk, null),
                new CaseStatusChange(CaseStatus.WaitingForCustomer, CaseStatus.InProgress, Hour(4), Customer, "Customer replied."),
                new CaseStatusChange(CaseStatus.InProgress, CaseStatus.Resolved, Hour(5), Clerk, "Faktura skorygowana."),
            ],
            resolved.History);
        Assert.Equal(3, resolved.Messages.Count);
        Assert.True(resolved.IsClosed);
    }
}
