using IBok.Domain.Customers;

namespace IBok.Domain.Tests.Customers;

public sealed class ContractTests
{
    private static readonly CustomerNumber Customer = CustomerNumber.Parse("100234");
    private static readonly PremisesCode Premises = PremisesCode.Parse("P-1");

    internal static Contract Water(
        DateOnly start,
        DateOnly? end = null,
        BillingCycle cycle = BillingCycle.Monthly,
        UtilityService[]? services = null,
        int billingPoints = 1,
        decimal? heatPower = null,
        string number = "UM/2026/0042",
        string tariffGroup = "G1") =>
        new(number, Customer, Premises, services ?? [UtilityService.WaterSupply, UtilityService.SewageDisposal], tariffGroup, cycle, ReadingMethod.Remote, start, end, billingPoints, heatPower);

    [Fact]
    public void Constructor_KeepsTheTermsTrimmedAndServicesOrdered()
    {
        var contract = new Contract(
            " UM/1 ", Customer, Premises, [UtilityService.SewageDisposal, UtilityService.WaterSupply, UtilityService.SewageDisposal], " G1 ",
            BillingCycle.Quarterly, ReadingMethod.Collector, new(2026, 1, 1));

        Assert.Equal("UM/1", contract.Number);
        Assert.Equal("G1", contract.TariffGroup);
        Assert.Equal([UtilityService.WaterSupply, UtilityService.SewageDisposal], contract.Services);
        Assert.Equal(1, contract.BillingPoints);
        Assert.Null(contract.End);
        Assert.False(contract.IsFixedTerm);
        Assert.Null(contract.OrderedHeatPowerMegawatts);
        Assert.False(contract.ElectronicInvoice.IsGranted);
        Assert.True(contract.Supplies(UtilityService.SewageDisposal));
        Assert.False(contract.Supplies(UtilityService.Heat));
    }

    [Fact]
    public void Constructor_SewageDisposalAlone_IsAllowed()
    {
        var contract = Water(new(2026, 1, 1), services: [UtilityService.SewageDisposal]);

        Assert.Equal([UtilityService.SewageDisposal], contract.Services);
    }

    [Fact]
    public void Constructor_HeatWithOrderedPower_IsAllowed()
    {
        var contract = Water(new(2026, 1, 1), services: [UtilityService.Heat], heatPower: 0.125m);

        Assert.Equal(0.125m, contract.OrderedHeatPowerMegawatts);
    }

    [Fact]
    public void Constructor_NoServices_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Water(new(2026, 1, 1), services: []));

        Assert.StartsWith("Contract UM/2026/0042 needs at least one service.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UndefinedService_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Water(new(2026, 1, 1), services: [UtilityService.WaterSupply, (UtilityService)8]));

        Assert.StartsWith("Unknown utility service 8.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UndefinedCycleOrReadingMethod_Throws()
    {
        var cycle = Assert.Throws<ArgumentOutOfRangeException>(() => Water(new(2026, 1, 1), cycle: (BillingCycle)4));
        var method = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Contract("UM/1", Customer, Premises, [UtilityService.WaterSupply], "G1", BillingCycle.Monthly, (ReadingMethod)6, new(2026, 1, 1)));

        Assert.StartsWith("Unknown billing cycle 4.", cycle.Message, StringComparison.Ordinal);
        Assert.StartsWith("Unknown reading method 6.", method.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Constructor_BlankNumber_Throws(string? number)
    {
        var ex = Assert.Throws<ArgumentException>(() => Water(new(2026, 1, 1), number: number!));

        Assert.StartsWith("A contract needs a contract number.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NumberOf51Characters_Throws()
    {
        var number = new string('7', 51);

        var ex = Assert.Throws<ArgumentException>(() => Water(new(2026, 1, 1), number: number));

        Assert.StartsWith($"A contract number has at most 50 characters; '{number}' has 51.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Constructor_BlankTariffGroup_Throws(string? group)
    {
        var ex = Assert.Throws<ArgumentException>(() => Water(new(2026, 1, 1), tariffGroup: group!));

        Assert.StartsWith("A contract needs a tariff group.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TariffGroupOf21Characters_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Water(new(2026, 1, 1), tariffGroup: "G12345678901234567890"));

        Assert.StartsWith("A tariff group has at most 20 characters; 'G12345678901234567890' has 21.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Water(new(2026, 3, 1), new DateOnly(2026, 2, 28)));

        Assert.StartsWith("Contract UM/2026/0042 cannot end (2026-02-28) before it starts (2026-03-01).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EndOnStartDay_IsAOneDayContract()
    {
        var contract = Water(new(2026, 3, 1), new DateOnly(2026, 3, 1));

        Assert.Equal([new DatePeriod(new(2026, 3, 1), new(2026, 3, 1))], contract.BillingPeriodsBetween(DatePeriod.Month(2026, 3)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Constructor_FewerThanOneBillingPoint_Throws(int points)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Water(new(2026, 1, 1), billingPoints: points));

        Assert.StartsWith($"Contract UM/2026/0042 needs at least 1 billing point; got {points}.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "none")]
    [InlineData("0", "0 MW")]
    [InlineData("-1.5", "-1.5 MW")]
    public void Constructor_HeatWithoutPositivePower_Throws(string? power, string described)
    {
        var megawatts = power is null ? (decimal?)null : decimal.Parse(power, System.Globalization.CultureInfo.InvariantCulture);

        var ex = Assert.Throws<ArgumentException>(() => Water(new(2026, 1, 1), services: [UtilityService.Heat, UtilityService.WaterSupply], heatPower: megawatts));

        Assert.StartsWith($"Contract UM/2026/0042 supplies heat, so it needs an ordered heat power above 0 MW; got {described}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PowerWithoutHeat_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Water(new(2026, 1, 1), heatPower: 0.5m));

        Assert.StartsWith("Contract UM/2026/0042 does not supply heat, so it cannot have an ordered heat power; got 0.5 MW.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsActiveOn_IncludesBothEnds()
    {
        var contract = Water(new(2026, 2, 10), new DateOnly(2026, 8, 20));

        Assert.False(contract.IsActiveOn(new(2026, 2, 9)));
        Assert.True(contract.IsActiveOn(new(2026, 2, 10)));
        Assert.True(contract.IsActiveOn(new(2026, 8, 20)));
        Assert.False(contract.IsActiveOn(new(2026, 8, 21)));
        Assert.True(contract.IsFixedTerm);
    }

    [Fact]
    public void IsActiveOn_WithoutEnd_RunsIndefinitely()
    {
        var contract = Water(new(2026, 2, 10));

        Assert.True(contract.IsActiveOn(new(2099, 12, 31)));
        Assert.True(contract.IsActiveOn(DateOnly.MaxValue));
    }

    [Theory]
    [InlineData("2026-06-01", 30, true)]
    [InlineData("2026-06-30", 0, true)]
    [InlineData("2026-05-31", 29, false)]
    [InlineData("2026-05-31", 30, true)]
    [InlineData("2026-07-01", 30, false)]
    public void EndsWithin_CountsFromTodayBothEndsIncluded(string today, int days, bool expected)
    {
        var contract = Water(new(2026, 1, 1), new DateOnly(2026, 6, 30));

        Assert.Equal(expected, contract.EndsWithin(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), days));
    }

    [Fact]
    public void EndsWithin_IndefiniteContract_IsFalse()
    {
        Assert.False(Water(new(2026, 1, 1)).EndsWithin(new(2026, 1, 1), 10_000));
    }

    [Fact]
    public void EndsWithin_NegativeDays_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Water(new(2026, 1, 1)).EndsWithin(new(2026, 1, 1), -1));

        Assert.StartsWith("The look-ahead must not be negative; got -1 days.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithEnd_TerminatesOrReopens()
    {
        var contract = Water(new(2026, 1, 1));

        var terminated = contract.WithEnd(new DateOnly(2026, 9, 30));

        Assert.Equal(new DateOnly(2026, 9, 30), terminated.End);
        Assert.Null(terminated.WithEnd(null).End);
        Assert.Null(contract.End);
        Assert.Throws<ArgumentException>(() => contract.WithEnd(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void WithElectronicInvoice_GrantedConsent_IsKept()
    {
        var contract = Water(new(2026, 1, 1));
        var at = new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.FromHours(1));

        var updated = contract.WithElectronicInvoice(contract.ElectronicInvoice.Grant(at, ConsentSource.Portal).Consents);

        Assert.True(updated.ElectronicInvoice.IsGranted);
        Assert.False(contract.ElectronicInvoice.IsGranted);
        Assert.Equal([UtilityService.WaterSupply, UtilityService.SewageDisposal], updated.Services);
    }

    [Fact]
    public void WithElectronicInvoice_RewrittenHistory_Throws()
    {
        var at = new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.FromHours(1));
        var contract = Water(new(2026, 1, 1));
        contract = contract.WithElectronicInvoice(contract.ElectronicInvoice.Grant(at, ConsentSource.Portal).Consents);

        var ex = Assert.Throws<ArgumentException>(() => contract.WithElectronicInvoice(ElectronicInvoiceConsent.NotGranted));

        Assert.StartsWith("The e-invoice consent of contract UM/2026/0042 can only be extended; its history cannot be rewritten.", ex.Message, StringComparison.Ordinal);
    }
}
