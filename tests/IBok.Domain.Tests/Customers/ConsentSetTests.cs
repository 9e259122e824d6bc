using IBok.Domain.Customers;

namespace IBok.Domain.Tests.Customers;

public sealed class ConsentSetTests
{
    private static readonly DateTimeOffset March1 = new(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset March5 = new(2026, 3, 5, 14, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset April2 = new(2026, 4, 2, 8, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Empty_AllowsNothing()
    {
        foreach (var channel in Enum.GetValues<NotificationChannel>())
        {
            foreach (var kind in Enum.GetValues<NotificationKind>())
            {
                Assert.False(ConsentSet.Empty.Allows(channel, kind));
            }
        }
    }

    [Fact]
    public void Grant_AllowsThatChannelAndKindOnly_AndRecordsTheChange()
    {
        var update = ConsentSet.Empty.Grant(NotificationChannel.Sms, NotificationKind.PaymentReminder, March1, ConsentSource.Portal);

        var expected = new ConsentChange(ConsentSubject.Notification(NotificationChannel.Sms, NotificationKind.PaymentReminder), true, March1, ConsentSource.Portal);
        Assert.Equal(expected, update.Change);
        Assert.True(update.Changed);
        Assert.Equal([expected], update.Consents.History);
        Assert.True(update.Consents.Allows(NotificationChannel.Sms, NotificationKind.PaymentReminder));
        Assert.False(update.Consents.Allows(NotificationChannel.Email, NotificationKind.PaymentReminder));
        Assert.False(update.Consents.Allows(NotificationChannel.Sms, NotificationKind.PaymentDemand));
        Assert.Empty(ConsentSet.Empty.History);
    }

    [Fact]
    public void Grant_AlreadyGranted_ChangesNothing()
    {
        var once = ConsentSet.Empty.Grant(NotificationChannel.Email, NotificationKind.Outage, March1, ConsentSource.Portal).Consents;

        var twice = once.Grant(NotificationChannel.Email, NotificationKind.Outage, March5, ConsentSource.Staff);

        Assert.Null(twice.Change);
        Assert.False(twice.Changed);
        Assert.Same(once, twice.Consents);
        Assert.Single(twice.Consents.History);
    }

    [Fact]
    public void Revoke_NotGranted_ChangesNothing()
    {
        var update = ConsentSet.Empty.Revoke(NotificationChannel.Email, NotificationKind.Outage, March1, ConsentSource.Paper);

        Assert.Null(update.Change);
        Assert.Same(ConsentSet.Empty, update.Consents);
    }

    [Fact]
    public void GrantThenRevoke_KeepsTheFullHistoryInOrder()
    {
        var set = ConsentSet.Empty
            .Grant(NotificationChannel.Email, NotificationKind.InvoiceIssued, March1, ConsentSource.Portal).Consents
            .Grant(NotificationChannel.Sms, NotificationKind.Outage, March1, ConsentSource.Portal).Consents
            .Revoke(NotificationChannel.Email, NotificationKind.InvoiceIssued, March5, ConsentSource.Paper).Consents
            .Grant(NotificationChannel.Email, NotificationKind.InvoiceIssued, April2, ConsentSource.Api).Consents;

        var email = ConsentSubject.Notification(NotificationChannel.Email, NotificationKind.InvoiceIssued);
        var sms = ConsentSubject.Notification(NotificationChannel.Sms, NotificationKind.Outage);
        Assert.Equal(
            [
                new ConsentChange(email, true, March1, ConsentSource.Portal),
                new ConsentChange(sms, true, March1, ConsentSource.Portal),
                new ConsentChange(email, false, March5, ConsentSource.Paper),
                new ConsentChange(email, true, April2, ConsentSource.Api),
            ],
            set.History);
        Assert.Equal(2, set.Granted.Count);
    }

    [Fact]
    public void AllowedAt_ReplaysTheHistory()
    {
        var set = ConsentSet.Empty
            .Grant(NotificationChannel.Email, NotificationKind.InvoiceIssued, March1, ConsentSource.Portal).Consents
            .Revoke(NotificationChannel.Email, NotificationKind.InvoiceIssued, March5, ConsentSource.Paper).Consents;

        Assert.False(set.AllowedAt(NotificationChannel.Email, NotificationKind.InvoiceIssued, March1.AddTicks(-1)));
        Assert.True(set.AllowedAt(NotificationChannel.Email, NotificationKind.InvoiceIssued, March1));
        Assert.True(set.AllowedAt(NotificationChannel.Email, NotificationKind.InvoiceIssued, March5.AddTicks(-1)));
        Assert.False(set.AllowedAt(NotificationChannel.Email, NotificationKind.InvoiceIssued, March5));
        Assert.False(set.Allows(NotificationChannel.Email, NotificationKind.InvoiceIssued));
    }

    [Fact]
    public void Grant_EarlierThanTheLastChange_Throws()
    {
        var set = ConsentSet.Empty.Grant(NotificationChannel.Email, NotificationKind.InvoiceIssued, March5, ConsentSource.Portal).Consents;

        var ex = Assert.Throws<ArgumentException>(() => set.Grant(NotificationChannel.Sms, NotificationKind.Outage, March1, ConsentSource.Portal));

        Assert.StartsWith(
            "A consent change at 2026-03-01T09:30:00.0000000+01:00 cannot precede the last recorded change at 2026-03-05T14:00:00.0000000+01:00; history is kept in time order.",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Grant_UndefinedSource_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ConsentSet.Empty.Grant(NotificationChannel.Email, NotificationKind.Outage, March1, (ConsentSource)9));

        Assert.StartsWith("Unknown consent source 9.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grant_UndefinedChannelOrKind_Throws()
    {
        var channel = Assert.Throws<ArgumentOutOfRangeException>(() => ConsentSet.Empty.Grant((NotificationChannel)5, NotificationKind.Outage, March1, ConsentSource.Portal));
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => ConsentSet.Empty.Grant(NotificationChannel.Email, (NotificationKind)50, March1, ConsentSource.Portal));

        Assert.StartsWith("Unknown notification channel 5.", channel.Message, StringComparison.Ordinal);
        Assert.StartsWith("Unknown notification kind 50.", kind.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_ComparesHistories()
    {
        var first = ConsentSet.Empty.Grant(NotificationChannel.Email, NotificationKind.Outage, March1, ConsentSource.Portal).Consents;
        var second = ConsentSet.Empty.Grant(NotificationChannel.Email, NotificationKind.Outage, March1, ConsentSource.Portal).Consents;
        var other = ConsentSet.Empty.Grant(NotificationChannel.Email, NotificationKind.Outage, March1, ConsentSource.Staff).Consents;

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Subject_ToString_NamesChannelAndKind()
    {
        Assert.Equal("Sms/PaymentDemand", ConsentSubject.Notification(NotificationChannel.Sms, NotificationKind.PaymentDemand).ToString());
        Assert.Equal("ElectronicInvoice", ConsentSubject.ElectronicInvoice.ToString());
        Assert.True(ConsentSubject.ElectronicInvoice.IsElectronicInvoice);
    }
}
