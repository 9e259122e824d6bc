using IBok.Domain;
using IBok.Domain.Settlements;

namespace IBok.GraphQL.Tests.Application.Demo;

[Collection(DemoUtilityCollection.Name)]
public sealed class DemoSettlementTests(DemoUtilityFixture fixture)
{
    private static readonly DateOnly Today = DemoUtilityFixture.Today;

    [Fact]
    public void LedgerBalance_IsInvoicesPlusInterestNotesMinusPayments()
    {
        Assert.All(fixture.Customers, demo =>
        {
            var expected = Money.Sum(demo.Invoices.Select(i => i.AmountDue))
                + Money.Sum(demo.InterestNotes.Select(n => n.Note.Total))
                - Money.Sum(demo.Payments.Select(p => p.Amount));

            Assert.Equal(expected, demo.Ledger.BalanceOn(Today));
            Assert.Equal(demo.Invoices.Count + demo.InterestNotes.Count, demo.Ledger.Documents.Count);
        });
    }

    [Fact]
    public void Payments_AreNeverAfterTodayAndNameTheirDocument()
    {
        var payments = fixture.Customers.SelectMany(c => c.Payments).ToArray();

        Assert.All(payments, p => Assert.True(p.ValueDate <= Today, p.Id));
        Assert.All(payments, p => Assert.NotNull(p.DocumentNumber));
        Assert.Equal(payments.Length, payments.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void SomeCustomers_AreInArrears()
    {
        var inArrears = fixture.Customers.Count(c => c.Invoices.Any(i =>
            i.DueDate < Today.AddDays(-7) && c.Ledger.StatusOf(i.Number, Today).State == DocumentPaymentState.Unpaid));

        Assert.InRange(inArrears, 2, 20);
    }

    [Fact]
    public void SomeCustomers_HaveOverpaid()
    {
        var overpaid = fixture.Customers.Count(c => c.Ledger.OpenCreditOn(Today).IsPositive);

        Assert.InRange(overpaid, 1, 15);
    }

    [Fact]
    public void InterestNotes_ChargeLatePaymentsOnly_AtLeastTheMinimum()
    {
        var notes = fixture.Customers.SelectMany(c => c.InterestNotes).ToArray();

        Assert.InRange(notes.Length, 10, 120);
        Assert.All(notes, n =>
        {
            Assert.True(n.Note.Total >= fixture.Utility.Options.InterestNoteMinimum, n.Note.Number);
            Assert.All(n.Note.Lines, line => Assert.True(line.PaidOn > line.DueDate));
            Assert.True(fixture.Utility.InterestNoteSeries.TryParse(n.Note.Number, out _), n.Note.Number);
            Assert.Equal(n.Note.IssueDate.AddDays(14), n.DueDate);
        });
        Assert.NotEmpty(fixture.Customers[0].InterestNotes);
        Assert.NotEmpty(fixture.Customers[1].InterestNotes);
    }

    [Fact]
    public void MostInvoices_ArePaidOnTime()
    {
        var due = fixture.Customers.SelectMany(c => c.Invoices.Where(i => i.DueDate < Today).Select(i => c.Ledger.StatusOf(i.Number, Today))).ToArray();
        var onTime = due.Count(s => s.State == DocumentPaymentState.Paid && s.PaidOn <= s.Document.DueDate);

        Assert.InRange((double)onTime / due.Length, 0.75, 0.97);
    }
}
