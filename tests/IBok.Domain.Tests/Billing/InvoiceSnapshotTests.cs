using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Tests.Snapshots;
using static IBok.Domain.Tests.Billing.BillingFixtures;

namespace IBok.Domain.Tests.Billing;

/// <summary>Whole invoices as printed text, approved in <c>__snapshots__</c>: any change to a line, a total or a party field shows up as a diff.</summary>
public sealed class InvoiceSnapshotTests
{
    [Fact]
    public void HouseholdWithGardenSubmeter()
    {
        var period = Period(8, 1, 9, 30);

        var invoice = Calculator.Calculate(HouseholdInput(period, MainMeter(period, 49m), Garden(period, 12m)) with { InvoiceNumber = "FV/2026/10/000318" });

        Snapshot.Match(InvoiceTextRenderer.Render(invoice));
    }

    [Fact]
    public void TariffChangeMidPeriod()
    {
        var period = Period(6, 1, 7, 31);

        var invoice = Calculator.Calculate(HouseholdInput(period, MainMeter(period, 65m), Garden(period, 28m)) with
        {
            EInvoiceConsent = true,
            InvoiceNumber = "FV/2026/08/000042",
        });

        Snapshot.Match(InvoiceTextRenderer.Render(invoice));
    }

    [Fact]
    public void HeatBusinessCustomer()
    {
        var period = Period(1, 1, 2, 28);
        var invoice = Calculator.Calculate(new BillingInput
        {
            Seller = Utility,
            Buyer = Bakery,
            ContractNumber = "UM/C/2024/0007",
            TariffGroup = "C1",
            Services = new HashSet<UtilityService> { UtilityService.Heat, UtilityService.WaterSupply, UtilityService.SewageDisposal },
            ReadingMethod = ReadingMethod.Remote,
            BillingPoints = 1,
            OrderedHeatMegawatts = 0.35m,
            BillingPeriod = period,
            Consumption =
            [
                new ConsumptionInterval("H-9", MeterKind.Heat, Period(1, 1, 1, 31), 41.237m, false),
                new ConsumptionInterval("H-9", MeterKind.Heat, Period(2, 1, 2, 28), 36.904m, false),
                new ConsumptionInterval("W-77", MeterKind.MainWater, period, 84.5m, false),
            ],
            IssueDate = new DateOnly(2026, 3, 2),
            PaymentTermDays = 30,
            InvoiceNumber = "FV/2026/03/000011",
        });

        Snapshot.Match(InvoiceTextRenderer.Render(invoice));
    }

    [Fact]
    public void CorrectionAfterReadingCorrection()
    {
        var period = Period(6, 1, 7, 31);
        var input = HouseholdInput(period, MainMeter(period, 65m), Garden(period, 28m)) with { EInvoiceConsent = true, InvoiceNumber = "FV/2026/08/000042" };
        var original = Calculator.Calculate(input);
        var recomputed = Calculator.Calculate(input with { Consumption = [MainMeter(period, 60m), Garden(period, 28m)] });

        var correction = CorrectionInvoice.Between(original, recomputed, "FK/2026/09/000003", new DateOnly(2026, 9, 10), "Korekta odczytu wodomierza W-001 (1120 zamiast 1125 m³)");

        Snapshot.Match(InvoiceTextRenderer.Render(correction));
    }
}
