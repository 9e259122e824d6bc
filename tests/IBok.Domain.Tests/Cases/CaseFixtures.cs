using IBok.Domain.Cases;
using IBok.Domain.Customers;

namespace IBok.Domain.Tests.Cases;

internal static class CaseFixtures
{
    public static readonly DateTimeOffset SubmittedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly CaseActor Customer = CaseActor.Customer("Jan Kowalski");
    public static readonly CaseActor Clerk = CaseActor.Staff("Anna Nowak");

    public static DateTimeOffset Hour(int hours) => SubmittedAt.AddHours(hours);

    public static Case Submitted(CaseKind kind = CaseKind.Complaint) =>
        Case.Submit(kind, CustomerNumber.Parse("100234"), "Za wysoka faktura", new CaseMessage(Customer, "Faktura za marzec jest za wysoka.", SubmittedAt), CaseOptions.Default);

    /// <summary>A complaint brought to <paramref name="status"/> by the shortest allowed path, one hour per step.</summary>
    public static Case In(CaseStatus status)
    {
        var submitted = Submitted();
        if (status == CaseStatus.Submitted)
        {
            return submitted;
        }

        var registered = submitted.Register(123, Hour(1), Clerk, CaseOptions.Default);
        if (status == CaseStatus.Registered)
        {
            return registered;
        }

        var inProgress = registered.StartWork(Hour(2), Clerk);
        return status switch
        {
            CaseStatus.InProgress => inProgress,
            CaseStatus.WaitingForCustomer => inProgress.AskCustomer(new CaseMessage(Clerk, "Prosimy o zdjęcie wodomierza.", Hour(3))),
            CaseStatus.Resolved => inProgress.Resolve(Hour(3), Clerk, "Faktura skorygowana."),
            CaseStatus.Rejected => inProgress.Reject(Hour(3), Clerk, "Odczyt był prawidłowy."),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
    }
}
