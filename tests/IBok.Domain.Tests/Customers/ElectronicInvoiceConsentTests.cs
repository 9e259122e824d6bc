using IBok.Domain.Customers;

namespace IBok.Domain.Tests.Customers;

public sealed class ElectronicInvoiceConsentTests
{
    private static readonly DateTimeOffset March1 = new(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset June1 = new(2026, 6, 1, 12, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void NotGranted_IsPaper()
    {
        Assert.False(ElectronicInvoiceConsent.NotGranted.IsGranted);
        Assert.Empty(ElectronicInvoiceConsent.NotGranted.History);
    }

    [Fact]
    public void GrantThenRevoke_RecordsBothChanges()
    {
        var granted = ElectronicInvoiceConsent.NotGranted.Grant(March1, ConsentSource.Portal);
        var revoked = granted.Consents.Revoke(June1, ConsentSource.Paper);

        Assert.Equal(new ConsentChange(ConsentSubject.ElectronicInvoice, true, March1, ConsentSource.Portal), granted.Change);
        Assert.True(granted.Consents.IsGranted);
        Assert.Equal(new ConsentChange(ConsentSubject.ElectronicInvoice, false, June1, ConsentSource.Paper), revoked.Change);
        Assert.False(revoked.Consents.IsGranted);
        Assert.Equal([granted.Change!, revoked.Change!], revoked.Consents.History);
    }

    [Fact]
    public void Grant_AlreadyGranted_ChangesNothing()
    {
        var granted = ElectronicInvoiceConsent.NotGranted.Grant(March1, ConsentSource.Portal).Consents;

        var again = granted.Grant(June1, ConsentSource.Staff);

        Assert.Null(again.Change);
        Assert.Same(granted, again.Consents);
    }

    [Fact]
    public void Revoke_NotGranted_ChangesNothing()
    {
        var update = ElectronicInvoiceConsent.NotGranted.Revoke(March1, ConsentSource.Staff);

        Assert.Null(update.Change);
        Assert.Same(ElectronicInvoiceConsent.NotGranted, update.Consents);
    }

    [Fact]
    public void GrantedAt_ReplaysTheHistory()
    {
        var consent = ElectronicInvoiceConsent.NotGranted.Grant(March1, ConsentSource.Portal).Consents.Revoke(June1, ConsentSource.Paper).Consents;

        Assert.False(consent.GrantedAt(March1.AddSeconds(-1)));
        Assert.True(consent.GrantedAt(March1));
        Assert.True(consent.GrantedAt(June1.AddSeconds(-1)));
        Assert.False(consent.GrantedAt(June1));
    }

    [Fact]
    public void Revoke_BeforeTheGrant_Throws()
    {
        var granted = ElectronicInvoiceConsent.NotGranted.Grant(June1, ConsentSource.Portal).Consents;

        var ex = Assert.Throws<ArgumentException>(() => granted.Revoke(March1, ConsentSource.Portal));

        Assert.StartsWith("A consent change at 2026-03-01T09:30:00.0000000+01:00 cannot precede", ex.Message, StringComparison.Ordinal);
    }
}
