using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Settlements;

public sealed class LedgerEntryTests
{
    [Fact]
    public void DebitDocument_DueBeforeIssue_ThrowsNamingBothDates()
    {
        var ex = Assert.Throws<InvalidLedgerEntryException>(() => DebitDocument.Invoice("FV/1", new(2025, 6, 10), new(2025, 6, 9), Money.Pln(10m)));

        Assert.Equal("Document FV/1 is due on 2025-06-09, before its issue date 2025-06-10.", ex.Message);
        Assert.Equal("FV/1", ex.EntryId);
    }

    [Fact]
    public void DebitDocument_DueOnIssueDay_IsAccepted()
    {
        var document = DebitDocument.Invoice("FV/1", new(2025, 6, 10), new(2025, 6, 10), Money.Pln(10m));

        Assert.Equal(new DateOnly(2025, 6, 10), document.DueDate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void DebitDocument_BlankNumber_Throws(string number)
    {
        var ex = Assert.Throws<InvalidLedgerEntryException>(() => DebitDocument.Invoice(number, new(2025, 6, 1), new(2025, 6, 15), Money.Pln(10m)));

        Assert.Equal("A document number must not be blank.", ex.Message);
    }

    [Theory]
    [InlineData("0", "Invoice FV/1 must have a positive amount; got 0.00 PLN.")]
    [InlineData("-5", "Invoice FV/1 must have a positive amount; got -5.00 PLN.")]
    public void DebitDocument_InvoiceNotPositive_Throws(string amount, string message)
    {
        var ex = Assert.Throws<InvalidLedgerEntryException>(() => DebitDocument.Invoice("FV/1", new(2025, 6, 1), new(2025, 6, 15), Money.Pln(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void DebitDocument_InterestNoteNotPositive_Throws()
    {
        var ex = Assert.Throws<InvalidLedgerEntryException>(() => DebitDocument.InterestNote("NO/1", new(2025, 6, 1), new(2025, 6, 15), Money.Zero));

        Assert.Equal("InterestNote NO/1 must have a positive amount; got 0.00 PLN.", ex.Message);
    }

    [Fact]
    public void DebitDocument_ZeroCorrection_Throws()
    {
        var ex = Assert.Throws<InvalidLedgerEntryException>(() => DebitDocument.Correction("KOR/1", new(2025, 6, 1), new(2025, 6, 15), Money.Zero));

        Assert.Equal("Correction invoice KOR/1 must not be zero.", ex.Message);
    }

    [Fact]
    public void DebitDocument_NegativeCorrection_IsACredit()
    {
        var correction = DebitDocument.Correction("KOR/1", new(2025, 6, 1), new(2025, 6, 15), Money.Pln(-20m), "FV/1");

        Assert.True(correction.IsCredit);
        Assert.Equal("FV/1", correction.CorrectedDocumentNumber);
    }

    [Fact]
    public void DebitDocument_InvoiceNamingCorrectedDocument_Throws()
    {
        var ex = Assert.Throws<InvalidLedgerEntryException>(() => new DebitDocument("FV/2", DebitKind.Invoice, new(2025, 6, 1), new(2025, 6, 15), Money.Pln(5m), "FV/1"));

        Assert.Equal("Only a correction invoice may name a corrected document; Invoice FV/2 names FV/1.", ex.Message);
    }

    [Fact]
    public void DebitDocument_UnknownKind_Throws()
    {
        var ex = Assert.Throws<InvalidLedgerEntryException>(() => new DebitDocument("X/1", (DebitKind)42, new(2025, 6, 1), new(2025, 6, 15), Money.Pln(5m)));

        Assert.Equal("Document X/1 has an unknown kind 42.", ex.Message);
    }

    [Theory]
    [InlineData("0", "Payment P1 must be positive; got 0.00 PLN.")]
    [InlineData("-0.01", "Payment P1 must be positive; got -0.01 PLN.")]
    public void Payment_NotPositive_Throws(string amount, string message)
    {
        var ex = Assert.Throws<InvalidLedgerEntryException>(() => new Payment("P1", new(2025, 6, 1), Money.Pln(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(message, ex.Message);
        Assert.Equal("P1", ex.EntryId);
    }

    [Fact]
    public void Payment_BlankId_Throws()
    {
        var ex = Assert.Throws<InvalidLedgerEntryException>(() => new Payment(" ", new(2025, 6, 1), Money.Pln(1m)));

        Assert.Equal("A payment id must not be blank.", ex.Message);
    }

    [Fact]
    public void Payment_BlankDocumentNumber_MeansNoneNamed()
    {
        Assert.Null(new Payment("P1", new(2025, 6, 1), Money.Pln(1m), " ").DocumentNumber);
    }

    [Fact]
    public void Refund_NotPositive_Throws()
    {
        var ex = Assert.Throws<InvalidLedgerEntryException>(() => new Refund("R1", new(2025, 6, 1), Money.Pln(-1m)));

        Assert.Equal("Refund R1 must be positive; got -1.00 PLN.", ex.Message);
    }

    [Fact]
    public void Refund_BlankId_Throws()
    {
        var ex = Assert.Throws<InvalidLedgerEntryException>(() => new Refund("", new(2025, 6, 1), Money.Pln(1m)));

        Assert.Equal("A refund id must not be blank.", ex.Message);
    }

    [Fact]
    public void Ledger_BlankCustomerNumber_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Ledger.Empty(""));

        Assert.StartsWith("A ledger needs a customer number.", ex.Message, StringComparison.Ordinal);
    }
}
