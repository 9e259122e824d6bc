using IBok.Domain.Billing;
using IBok.Domain.Customers;
using static IBok.Domain.Tests.Billing.BillingFixtures;

namespace IBok.Domain.Tests.Billing;

public sealed class BillingInputTests
{
    private static readonly BillingInput Valid = HouseholdInput(Period(3, 1, 4, 30));

    [Fact]
    public void Defaults_AreFourteenDaysAndPerRateTotals()
    {
        Assert.Equal(14, Valid.PaymentTermDays);
        Assert.Equal(VatCalculationMethod.PerRateTotals, Valid.VatMethod);
        Assert.False(Valid.EInvoiceConsent);
        Assert.Equal(new BillingKey("UM/2019/0042", Period(3, 1, 4, 30)), Valid.BillingKey);
        Assert.Equal("UM/2019/0042:2026-03-01..2026-04-30", Valid.BillingKey.ToString());
    }

    [Fact]
    public void BlankContractNumber_Throws()
    {
        var ex = Assert.Throws<InvalidBillingInputException>(() => Valid with { ContractNumber = " " });

        Assert.Equal("ContractNumber", ex.Field);
        Assert.StartsWith("ContractNumber must not be blank.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankTariffGroupOrInvoiceNumber_Throws()
    {
        Assert.Equal("TariffGroup", Assert.Throws<InvalidBillingInputException>(() => Valid with { TariffGroup = "" }).Field);
        Assert.Equal("InvoiceNumber", Assert.Throws<InvalidBillingInputException>(() => Valid with { InvoiceNumber = "" }).Field);
    }

    [Fact]
    public void NoServices_Throws()
    {
        var ex = Assert.Throws<InvalidBillingInputException>(() => Valid with { Services = new HashSet<UtilityService>() });

        Assert.StartsWith("A contract provides at least one service.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeBillingPoints_Throws()
    {
        var ex = Assert.Throws<InvalidBillingInputException>(() => Valid with { BillingPoints = -1 });

        Assert.StartsWith("BillingPoints cannot be negative; got -1.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(0.12345)]
    public void InvalidOrderedHeat_Throws(double megawatts)
    {
        var ex = Assert.Throws<InvalidBillingInputException>(() => Valid with { OrderedHeatMegawatts = (decimal)megawatts });

        Assert.Equal("OrderedHeatMegawatts", ex.Field);
    }

    [Fact]
    public void NegativePaymentTerm_Throws()
    {
        var ex = Assert.Throws<InvalidBillingInputException>(() => Valid with { PaymentTermDays = -3 });

        Assert.StartsWith("PaymentTermDays cannot be negative; got -3.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seller_NormalizesTheAccountNumber()
    {
        Assert.Equal("82102010260000021234567800", Utility.BankAccountNumber);
    }

    [Theory]
    [InlineData("82 1020 1026 0000 0212 3456 780", "has 26 digits")]
    [InlineData("83 1020 1026 0000 0212 3456 7800", "has wrong check digits")]
    [InlineData("8A 1020 1026 0000 0212 3456 7800", "has 26 digits")]
    public void Seller_InvalidAccount_Throws(string account, string reason)
    {
        var ex = Assert.Throws<InvalidBillingInputException>(() => new Seller("WiK", Utility.Address, Utility.Nip, account));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Equal("BankAccountNumber", ex.Field);
    }

    [Fact]
    public void BlankPartyName_Throws()
    {
        Assert.Equal("Name", Assert.Throws<InvalidBillingInputException>(() => new Seller(" ", Utility.Address, Utility.Nip, ValidBankAccount)).Field);
        Assert.Equal("Name", Assert.Throws<InvalidBillingInputException>(() => new Buyer("", Household.Address)).Field);
    }

    [Fact]
    public void Parties_HaveValueEquality()
    {
        Assert.Equal(Household, new Buyer("Jan Kowalski", new PostalAddress("Ogrodowa", "5", "2", "47-100", "Strzelce Opolskie")));
        Assert.NotEqual(Household, Bakery);
    }
}
