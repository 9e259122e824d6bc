using IBok.Domain.Cases;

namespace IBok.GraphQL.Tests.Application.Demo;

[Collection(DemoUtilityCollection.Name)]
public sealed class DemoCasesTests(DemoUtilityFixture fixture)
{
    [Fact]
    public void Cases_ExistInEveryStatus()
    {
        var statuses = fixture.Customers.SelectMany(c => c.Cases).Select(c => c.Status).Distinct().Order().ToArray();

        Assert.Equal(Enum.GetValues<CaseStatus>(), statuses);
        Assert.Equal(12, fixture.Customers.Sum(c => c.Cases.Count));
    }

    [Fact]
    public void RegisteredCases_HaveUniqueSignaturesOfTheirKind()
    {
        var registered = fixture.Customers.SelectMany(c => c.Cases).Where(c => c.Signature is not null).ToArray();
        var signatures = registered.Select(c => c.Signature!.ToString()).ToArray();

        Assert.Equal(signatures.Length, signatures.Distinct(StringComparer.Ordinal).Count());
        Assert.All(registered, c => Assert.Equal(c.Kind == CaseKind.Complaint ? "RK" : "ZG", c.Signature!.Prefix));
        Assert.All(fixture.Customers.SelectMany(c => c.Cases), c => Assert.True(c.SubmittedAt < new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void HouseholdDemoCustomer_WaitsToAnswerAQuestionAboutTheirComplaint()
    {
        var complaint = Assert.Single(fixture.Customers[0].Cases);

        Assert.Equal(CaseKind.Complaint, complaint.Kind);
        Assert.Equal(CaseStatus.WaitingForCustomer, complaint.Status);
        Assert.Equal(CaseActorRole.Staff, complaint.Messages[^1].Author.Role);
        Assert.Equal("wodomierz.jpg", Assert.Single(complaint.Messages[0].Attachments).FileName);
        Assert.StartsWith("Reklamacja faktury FV/2026/11/", complaint.Subject, StringComparison.Ordinal);
    }
}
