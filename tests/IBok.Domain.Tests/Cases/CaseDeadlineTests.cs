using IBok.Domain.Cases;
using static IBok.Domain.Tests.Cases.CaseFixtures;

namespace IBok.Domain.Tests.Cases;

public sealed class CaseDeadlineTests
{
    [Fact]
    public void ResponseDeadline_Is14DaysAfterTheSubmissionDay()
    {
        Assert.Equal(new DateOnly(2026, 3, 16), Submitted().ResponseDeadline);
    }

    [Fact]
    public void ResponseDeadline_UsesTheLocalDateOfSubmission()
    {
        var lateEvening = new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.FromHours(1));

        var @case = Case.Submit(CaseKind.Complaint, null, "S", new CaseMessage(Customer, "Tekst", lateEvening), CaseOptions.Default);

        Assert.Equal(new DateOnly(2026, 3, 16), @case.ResponseDeadline);
    }

    [Fact]
    public void ResponseDeadline_IsConfigurablePerKind()
    {
        var options = new CaseOptions(responseDays: new Dictionary<CaseKind, int> { [CaseKind.Request] = 30 });

        var request = Case.Submit(CaseKind.Request, null, "Wniosek", new CaseMessage(Customer, "Tekst", SubmittedAt), options);
        var complaint = Case.Submit(CaseKind.Complaint, null, "Reklamacja", new CaseMessage(Customer, "Tekst", SubmittedAt), options);

        Assert.Equal(new DateOnly(2026, 4, 1), request.ResponseDeadline);
        Assert.Equal(new DateOnly(2026, 3, 16), complaint.ResponseDeadline);
    }

    [Theory]
    [InlineData("2026-03-15", false)]
    [InlineData("2026-03-16", false)]
    [InlineData("2026-03-17", true)]
    public void IsOverdueOn_OpenCase_AfterTheDeadlineDay(string day, bool expected)
    {
        Assert.Equal(expected, In(CaseStatus.WaitingForCustomer).IsOverdueOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(CaseStatus.Resolved)]
    [InlineData(CaseStatus.Rejected)]
    public void IsOverdueOn_ClosedCase_IsNeverOverdue(CaseStatus status)
    {
        Assert.False(In(status).IsOverdueOn(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void ExtendDeadline_AddsFourteenDaysOnce()
    {
        var @case = In(CaseStatus.InProgress);
        var at = new DateTimeOffset(2026, 3, 16, 15, 0, 0, TimeSpan.FromHours(1));

        var extended = @case.ExtendDeadline(at, Clerk, "Potrzebna ekspertyza wodomierza.", CaseOptions.Default);

        Assert.Equal(new DateOnly(2026, 3, 30), extended.ResponseDeadline);
        Assert.Equal(new CaseDeadlineExtension(at, Clerk, "Potrzebna ekspertyza wodomierza.", new(2026, 3, 16), new(2026, 3, 30)), extended.DeadlineExtension);
        Assert.False(extended.IsOverdueOn(new(2026, 3, 30)));
        Assert.True(extended.IsOverdueOn(new(2026, 3, 31)));
        Assert.Equal(new DateOnly(2026, 3, 16), @case.ResponseDeadline);
        Assert.Null(@case.DeadlineExtension);
    }

    [Fact]
    public void ExtendDeadline_ConfiguredExtension_ForHeatInvestigations()
    {
        var heat = new CaseOptions(extensionDays: 16);

        var extended = In(CaseStatus.InProgress).ExtendDeadline(Hour(5), Clerk, "Postępowanie wyjaśniające.", heat);

        Assert.Equal(new DateOnly(2026, 4, 1), extended.ResponseDeadline);
    }

    [Fact]
    public void ExtendDeadline_Twice_Throws()
    {
        var extended = In(CaseStatus.InProgress).ExtendDeadline(Hour(5), Clerk, "Ekspertyza.", CaseOptions.Default);

        var ex = Assert.Throws<CaseRuleViolationException>(() => extended.ExtendDeadline(Hour(6), Clerk, "Jeszcze raz.", CaseOptions.Default));

        Assert.Equal(CaseRule.DeadlineAlreadyExtended, ex.Rule);
        Assert.Equal("The deadline of case RK/2026/000123 was already extended once, to 2026-03-30.", ex.Message);
    }

    [Fact]
    public void ExtendDeadline_AfterTheDeadlineDay_Throws()
    {
        var ex = Assert.Throws<CaseRuleViolationException>(() =>
            In(CaseStatus.InProgress).ExtendDeadline(new(2026, 3, 17, 8, 0, 0, TimeSpan.FromHours(1)), Clerk, "Za późno.", CaseOptions.Default));

        Assert.Equal(CaseRule.DeadlinePassed, ex.Rule);
        Assert.Equal("The deadline of case RK/2026/000123 passed on 2026-03-16; it cannot be extended on 2026-03-17.", ex.Message);
    }

    [Fact]
    public void ExtendDeadline_ClosedCase_Throws()
    {
        var ex = Assert.Throws<CaseRuleViolationException>(() => In(CaseStatus.Resolved).ExtendDeadline(Hour(5), Clerk, "Powód.", CaseOptions.Default));

        Assert.Equal(CaseRule.CaseClosed, ex.Rule);
        Assert.Equal("Case RK/2026/000123 is Resolved; its deadline cannot be extended.", ex.Message);
    }

    [Fact]
    public void ExtendDeadline_ByCustomer_Throws()
    {
        var ex = Assert.Throws<CaseRuleViolationException>(() => In(CaseStatus.InProgress).ExtendDeadline(Hour(5), Customer, "Powód.", CaseOptions.Default));

        Assert.Equal(CaseRule.StaffOnly, ex.Rule);
        Assert.Equal("Only staff can extend the deadline of case RK/2026/000123; Jan Kowalski is a customer.", ex.Message);
    }

    [Fact]
    public void ExtendDeadline_WithoutReason_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => In(CaseStatus.InProgress).ExtendDeadline(Hour(5), Clerk, " ", CaseOptions.Default));

        Assert.StartsWith("Extending the deadline of case RK/2026/000123 needs a reason.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtendDeadline_BeforeTheLastEvent_Throws()
    {
        Assert.Throws<ArgumentException>(() => In(CaseStatus.InProgress).ExtendDeadline(Hour(1), Clerk, "Powód.", CaseOptions.Default));
    }

    [Fact]
    public void LaterEvents_CannotPrecedeTheExtension()
    {
        var extended = In(CaseStatus.InProgress).ExtendDeadline(Hour(10), Clerk, "Powód.", CaseOptions.Default);

        Assert.Throws<ArgumentException>(() => extended.Resolve(Hour(9), Clerk));
        Assert.Equal(CaseStatus.Resolved, extended.Resolve(Hour(10), Clerk).Status);
    }
}
