using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Tariffs;
using static IBok.Domain.Tests.Billing.BillingFixtures;

namespace IBok.Domain.Tests.Billing;

public sealed class InvoiceCalculatorTests
{
    private static readonly DatePeriod MarchApril = Period(3, 1, 4, 30);
    private static readonly DatePeriod July = Period(7, 1, 7, 31);

    [Fact]
    public void Calculate_WaterOnly_HasNoSewageLines()
    {
        var input = HouseholdInput(MarchApril, MainMeter(MarchApril, 10m)) with { Services = new HashSet<UtilityService> { UtilityService.WaterSupply } };

        var invoice = Calculator.Calculate(input);

        Assert.Equal(
            [TariffComponent.Water, TariffComponent.Subscription, TariffComponent.Subscription],
            invoice.Lines.Select(line => line.Component));
        Assert.Equal(Money.Pln(52.30m), invoice.Lines[0].NetValue);
    }

    [Fact]
    public void Calculate_SubmeterAboveMainMeter_SewageIsZeroNotNegative()
    {
        // A dry spring: the garden meter shows 9 m³ but the main meter only 7 m³ (reading dates differ in practice).
        var invoice = Calculator.Calculate(HouseholdInput(MarchApril, MainMeter(MarchApril, 7m), Garden(MarchApril, 9m)));

        var sewage = Assert.Single(invoice.Lines, line => line.Component == TariffComponent.Sewage);
        Assert.Equal(0m, sewage.Quantity);
        Assert.Equal(Money.Zero, sewage.NetValue);
    }

    [Theory]
    [InlineData(10, 3, 7)] // the usual case: 10 m³ taken, 3 m³ in the garden, 7 m³ to the sewer
    [InlineData(7, 9, 0)] // submeter above the main meter: no sewage, no credit
    [InlineData(-4, 0, -4)] // a settled over-estimate of the main meter returns the sewage charged on it
    [InlineData(-4, 2, -4)] // … and nothing is deducted from negative water
    [InlineData(5, -2, 7)] // a settled over-estimate of the submeter raises sewage by as much
    public void SewageVolume_DeductsSubmeterButNeverBelowZeroBecauseOfIt(int water, int submetered, int sewage)
    {
        Assert.Equal(sewage, InvoiceCalculator.SewageVolume(water, submetered));
    }

    [Fact]
    public void Calculate_OverEstimateSettled_RefundsWaterAndSewage()
    {
        var invoice = Calculator.Calculate(HouseholdInput(MarchApril, new ConsumptionInterval("W-001", MeterKind.MainWater, MarchApril, -4m, false)));

        Assert.Equal(Money.Pln(-20.92m), invoice.Lines[0].NetValue); // -4 × 5.23
        Assert.Equal(Money.Pln(-28.44m), invoice.Lines[1].NetValue); // -4 × 7.11
        Assert.Equal(Money.Pln(-40.36m), invoice.Net); // -20.92 - 28.44 + 2 × 4.50
        Assert.Equal(Money.Pln(-43.59m), invoice.AmountDue); // VAT 8% of -40.36 = -3.2288 → -3.23
    }

    [Fact]
    public void Calculate_EstimatedInterval_MarksTheLinesItFeeds()
    {
        // An estimated main-meter interval in June only; July is read for real. The garden submeter is estimated in July.
        var junJul = Period(6, 1, 7, 31);
        var invoice = Calculator.Calculate(HouseholdInput(
            junJul,
            new ConsumptionInterval("W-001", MeterKind.MainWater, Period(6, 1, 6, 30), 9m, true),
            MainMeter(July, 10m),
            new ConsumptionInterval("P-001", MeterKind.Submeter, July, 2m, true)));

        Assert.Equal(
            [
                (TariffComponent.Water, "Dostawa wody 01.06.2026–30.06.2026 (szacunek)", true),
                (TariffComponent.Water, "Dostawa wody 01.07.2026–31.07.2026", false),
                (TariffComponent.Sewage, "Odprowadzanie ścieków 01.06.2026–30.06.2026 (szacunek)", true),
                (TariffComponent.Sewage, "Odprowadzanie ścieków 01.07.2026–31.07.2026 (szacunek)", true),
                (TariffComponent.Subscription, "Opłata abonamentowa 01.06.2026–30.06.2026", false),
                (TariffComponent.Subscription, "Opłata abonamentowa 01.07.2026–31.07.2026", false),
            ],
            invoice.Lines.Select(line => (line.Component, line.Description, line.IsEstimated)));
    }

    [Fact]
    public void Calculate_HotWaterMeter_CountsAsWaterAndSewage()
    {
        var hot = new ConsumptionInterval("C-7", MeterKind.HotWater, MarchApril, 4m, false);

        var invoice = Calculator.Calculate(HouseholdInput(MarchApril, MainMeter(MarchApril, 6m), hot));

        Assert.Equal(10m, Assert.Single(invoice.Lines, line => line.Component == TariffComponent.Water).Quantity);
        Assert.Equal(10m, Assert.Single(invoice.Lines, line => line.Component == TariffComponent.Sewage).Quantity);
    }

    [Fact]
    public void Calculate_MeterReplacedMidPeriod_SumsBothMeters()
    {
        var oldMeter = MainMeter(Period(3, 1, 3, 20), 3.5m);
        var newMeter = new ConsumptionInterval("W-002", MeterKind.MainWater, Period(3, 21, 4, 30), 8m, false);

        var invoice = Calculator.Calculate(HouseholdInput(MarchApril, oldMeter, newMeter));

        Assert.Equal(11.5m, invoice.Lines[0].Quantity);
        Assert.Equal(Money.Pln(60.15m), invoice.Lines[0].NetValue); // 11.5 × 5.23 = 60.145 → 60.15, rounded half away from zero
    }

    [Fact]
    public void Calculate_NoConsumptionAfterTariffChange_LeavesOutThatSubPeriodsWaterLines()
    {
        var junJul = Period(6, 1, 7, 31);

        var invoice = Calculator.Calculate(HouseholdInput(junJul, MainMeter(Period(6, 1, 6, 30), 9m)));

        Assert.Equal(
            [(TariffComponent.Water, Period(6, 1, 6, 30)), (TariffComponent.Sewage, Period(6, 1, 6, 30)), (TariffComponent.Subscription, Period(6, 1, 6, 30)), (TariffComponent.Subscription, Period(7, 1, 7, 31))],
            invoice.Lines.Select(line => (line.Component, line.Period)));
    }

    [Fact]
    public void Calculate_ZeroConsumption_StillPrintsWaterLineAtZero()
    {
        var invoice = Calculator.Calculate(HouseholdInput(MarchApril, MainMeter(MarchApril, 0m)));

        Assert.Equal(0m, invoice.Lines[0].Quantity);
        Assert.Equal(Money.Pln(9m), invoice.Net); // only the subscription: 2 months × 4.50
    }

    [Fact]
    public void Calculate_PeriodCutMidMonth_ChargesSubscriptionProRataByDays()
    {
        // The contract starts on 15 January: 17 of January's 31 days, then all of February. Two billing points.
        var period = Period(1, 15, 2, 28);

        var invoice = Calculator.Calculate(HouseholdInput(period, MainMeter(period, 5m)) with { BillingPoints = 2 });

        var subscriptions = invoice.Lines.Where(line => line.Component == TariffComponent.Subscription).ToArray();
        Assert.Equal(
            [
                // 2 × 17/31 = 1.096774… → 1.0968 billing-point months; × 4.50 = 4.9356 → 4.94
                new InvoiceLine(TariffComponent.Subscription, "Opłata abonamentowa", Period(1, 15, 1, 31), 1.0968m, "mies.", 4.50m, Money.Pln(4.94m), VatRate.Reduced8),
                // 2 × a whole month × 4.50 = 9.00
                new InvoiceLine(TariffComponent.Subscription, "Opłata abonamentowa", Period(2, 1, 2, 28), 2m, "mies.", 4.50m, Money.Pln(9m), VatRate.Reduced8),
            ],
            subscriptions);
    }

    [Fact]
    public void Calculate_TariffChangeMidMonth_SplitsTheMonthsSubscription()
    {
        var fees = new KeyValuePair<ReadingMethod, SubscriptionFeeRate>[] { new(ReadingMethod.Collector, new SubscriptionFeeRate(4.50m, 3.50m)) };
        var raised = new KeyValuePair<ReadingMethod, SubscriptionFeeRate>[] { new(ReadingMethod.Collector, new SubscriptionFeeRate(4.80m, 3.80m)) };
        var book = new TariffBook(
            [new PriceList("G1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 15), 5.23m, 7.11m, fees), new PriceList("G1", new DateOnly(2026, 3, 16), null, 5.61m, 7.46m, raised)],
            VatTable);

        var invoice = new InvoiceCalculator(book).Calculate(HouseholdInput(MarchApril, MainMeter(MarchApril, 61m)));

        var subscriptions = invoice.Lines.Where(line => line.Component == TariffComponent.Subscription).Select(line => (line.Period, line.Quantity, line.NetValue));
        Assert.Equal(
            [
                (Period(3, 1, 3, 15), 0.4839m, Money.Pln(2.18m)), // 15/31 = 0.483870… → 0.4839; × 4.50 = 2.17755 → 2.18
                (Period(3, 16, 3, 31), 0.5161m, Money.Pln(2.48m)), // 16/31 = 0.516129… → 0.5161; × 4.80 = 2.47728 → 2.48
                (Period(4, 1, 4, 30), 1m, Money.Pln(4.80m)),
            ],
            subscriptions);

        // 61 m³ over 61 days: 15 days → 15.000 m³, the remaining 46 days → 46.000 m³.
        Assert.Equal([15m, 46m], invoice.Lines.Where(line => line.Component == TariffComponent.Water).Select(line => line.Quantity));
    }

    [Fact]
    public void Calculate_EInvoiceConsent_UsesTheLowerFee()
    {
        var paper = Calculator.Calculate(HouseholdInput(MarchApril, MainMeter(MarchApril, 1m)));
        var electronic = Calculator.Calculate(HouseholdInput(MarchApril, MainMeter(MarchApril, 1m)) with { EInvoiceConsent = true });

        Assert.Equal(4.50m, paper.Lines[^1].NetUnitPrice);
        Assert.Equal(3.50m, electronic.Lines[^1].NetUnitPrice);
    }

    [Fact]
    public void Calculate_ReadingMethodSelectsTheFee()
    {
        var invoice = Calculator.Calculate(HouseholdInput(MarchApril, MainMeter(MarchApril, 1m)) with { ReadingMethod = ReadingMethod.Remote });

        Assert.Equal(3.00m, invoice.Lines[^1].NetUnitPrice);
    }

    [Fact]
    public void Calculate_PerLineVat_RoundsEachLine()
    {
        // Water 0.1 m³ × 5.23 = 0.52 (VAT 0.0416 → 0.04),
        // sewage 0.1 × 7.11 = 0.71 (VAT 0.0568 → 0.06), subscriptions 4.50 + 4.50 (VAT 0.36 each).
        // Per line: 0.04 + 0.06 + 0.36 + 0.36 = 0.82; per rate total: 10.23 × 8% = 0.8184 → 0.82.
        var input = HouseholdInput(MarchApril, MainMeter(MarchApril, 0.1m));

        var perLine = Calculator.Calculate(input with { VatMethod = VatCalculationMethod.PerLine });
        var perRate = Calculator.Calculate(input);

        Assert.Equal(VatCalculationMethod.PerLine, perLine.Vat.Method);
        Assert.Equal(VatCalculationMethod.PerRateTotals, perRate.Vat.Method);
        Assert.Equal(Money.Pln(0.82m), perLine.VatTotal);
        Assert.Equal(Money.Pln(0.82m), perRate.VatTotal);
        Assert.NotEqual(perLine, perRate);
    }

    [Fact]
    public void Calculate_PaymentTerm_SetsTheDueDate()
    {
        var invoice = Calculator.Calculate(HouseholdInput(MarchApril, MainMeter(MarchApril, 1m)) with { IssueDate = new DateOnly(2026, 5, 4), PaymentTermDays = 21 });

        Assert.Equal(new DateOnly(2026, 5, 25), invoice.DueDate);
        Assert.Equal(21, invoice.PaymentTermDays);
    }

    [Fact]
    public void Calculate_DefaultPaymentTerm_Is14Days()
    {
        var invoice = Calculator.Calculate(HouseholdInput(MarchApril, MainMeter(MarchApril, 1m)));

        Assert.Equal(new DateOnly(2026, 5, 3), invoice.IssueDate);
        Assert.Equal(new DateOnly(2026, 5, 17), invoice.DueDate);
    }

    [Fact]
    public void Calculate_Heat_ChargesFixedFeePerMonthAndVariableFeePerGigajoule()
    {
        var period = Period(1, 1, 1, 31);
        var input = HouseholdInput(period, new ConsumptionInterval("H-9", MeterKind.Heat, period, 41.237m, false)) with
        {
            Buyer = Bakery,
            TariffGroup = "C1",
            Services = new HashSet<UtilityService> { UtilityService.Heat },
            ReadingMethod = ReadingMethod.Remote,
            BillingPoints = 0,
            OrderedHeatMegawatts = 0.35m,
        };

        var invoice = Calculator.Calculate(input);

        Assert.Equal(
            [
                // 0.35 MW × 4210.55 = 1473.6925 → 1473.69
                new InvoiceLine(TariffComponent.HeatFixed, "Opłata stała za moc zamówioną", period, 0.35m, "MW·mies.", 4210.55m, Money.Pln(1473.69m), VatRate.Standard23),
                // 41.237 GJ × 62.35 = 2571.12695 → 2571.13
                new InvoiceLine(TariffComponent.HeatVariable, "Opłata zmienna za ciepło", period, 41.237m, "GJ", 62.35m, Money.Pln(2571.13m), VatRate.Standard23),
            ],
            invoice.Lines);

        // 1473.69 + 2571.13 = 4044.82; VAT 23% = 930.3086 → 930.31; gross 4975.13
        Assert.Equal(Money.Pln(4975.13m), invoice.AmountDue);
    }

    [Fact]
    public void Calculate_ConsumptionOutsideBillingPeriod_Throws()
    {
        var ex = Assert.Throws<InvalidBillingInputException>(() => Calculator.Calculate(HouseholdInput(MarchApril, MainMeter(Period(2, 20, 4, 30), 5m))));

        Assert.Equal("Consumption of meter W-001 over 2026-02-20..2026-04-30 lies outside the billing period 2026-03-01..2026-04-30. (Parameter 'Consumption')", ex.Message);
        Assert.Equal("Consumption", ex.Field);
    }

    [Fact]
    public void Calculate_SubmeterWithoutSewage_Throws()
    {
        var input = HouseholdInput(MarchApril, MainMeter(MarchApril, 5m), Garden(MarchApril, 1m)) with { Services = new HashSet<UtilityService> { UtilityService.WaterSupply } };

        var ex = Assert.Throws<InvalidBillingInputException>(() => Calculator.Calculate(input));

        Assert.StartsWith("Meter P-001 (Submeter) is billed as sewage disposal, which contract UM/2019/0042 does not provide.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_HeatMeterWithoutHeat_Throws()
    {
        var input = HouseholdInput(MarchApril, new ConsumptionInterval("H-1", MeterKind.Heat, MarchApril, 3m, false));

        var ex = Assert.Throws<InvalidBillingInputException>(() => Calculator.Calculate(input));

        Assert.StartsWith("Meter H-1 (Heat) is billed as heat, which contract UM/2019/0042 does not provide.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_WaterMeterOnHeatOnlyContract_Throws()
    {
        var input = HouseholdInput(MarchApril, MainMeter(MarchApril, 3m)) with
        {
            TariffGroup = "C1",
            Services = new HashSet<UtilityService> { UtilityService.Heat },
            OrderedHeatMegawatts = 0.1m,
        };

        var ex = Assert.Throws<InvalidBillingInputException>(() => Calculator.Calculate(input));

        Assert.StartsWith("Meter W-001 (MainWater) is billed as water supply or sewage disposal", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_WaterWithoutBillingPoints_Throws()
    {
        var ex = Assert.Throws<InvalidBillingInputException>(() => Calculator.Calculate(HouseholdInput(MarchApril) with { BillingPoints = 0 }));

        Assert.StartsWith("Contract UM/2019/0042 supplies water or sewage, so it needs at least one billing point; got 0.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("BillingPoints", ex.Field);
    }

    [Fact]
    public void Calculate_HeatWithoutOrderedCapacity_Throws()
    {
        var input = HouseholdInput(MarchApril) with { TariffGroup = "C1", Services = new HashSet<UtilityService> { UtilityService.Heat } };

        var ex = Assert.Throws<InvalidBillingInputException>(() => Calculator.Calculate(input));

        Assert.StartsWith("Contract UM/2019/0042 supplies heat, so it needs an ordered capacity above 0 MW.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_HeatInGroupWithoutHeatPrices_Throws()
    {
        var input = HouseholdInput(MarchApril) with { Services = new HashSet<UtilityService> { UtilityService.Heat }, OrderedHeatMegawatts = 0.1m };

        var ex = Assert.Throws<TariffComponentMissingException>(() => Calculator.Calculate(input));

        Assert.Equal("The price list of tariff group 'G1' effective from 2026-01-01 has no heat prices.", ex.Message);
    }

    [Fact]
    public void Calculate_ReadingMethodWithoutFee_Throws()
    {
        var ex = Assert.Throws<TariffComponentMissingException>(() => Calculator.Calculate(HouseholdInput(MarchApril) with { ReadingMethod = ReadingMethod.Norm }));

        Assert.Equal("subscription fee for reading method Norm", ex.Missing);
    }

    [Fact]
    public void Calculate_PeriodBeyondTariffs_Throws()
    {
        var ex = Assert.Throws<TariffNotInForceException>(() => Calculator.Calculate(HouseholdInput(Period(12, 1, 12, 31)) with { TariffGroup = "X9" }));

        Assert.Equal("No price list of tariff group 'X9' is in force on 2026-12-01.", ex.Message);
    }

    [Fact]
    public void Calculate_CopiesPartiesAndNumbersOntoTheInvoice()
    {
        var invoice = Calculator.Calculate(HouseholdInput(MarchApril, MainMeter(MarchApril, 1m)) with { Buyer = Bakery, InvoiceNumber = "FV/2026/05/000007" });

        // 1 m³: water 5.23 + sewage 7.11 + subscription 2 × 4.50 = 21.34 net; VAT 1.7072 → 1.71; gross 23.05.
        Assert.Equal("FV/2026/05/000007", invoice.Number);
        Assert.Same(Utility, invoice.Seller);
        Assert.Equal("5250001210", invoice.Buyer.Nip!.Value);
        Assert.Equal("G1", invoice.TariffGroup);
        Assert.Equal(new BillingKey("UM/2019/0042", MarchApril), invoice.BillingKey);
        Assert.Equal("FV/2026/05/000007 UM/2019/0042 2026-03-01..2026-04-30 23.05 PLN", invoice.ToString());
    }
}
