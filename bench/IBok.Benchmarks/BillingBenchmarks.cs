using BenchmarkDotNet.Attributes;
using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Tariffs;

namespace IBok.Benchmarks;

/// <summary>
/// Bills 100,000 household contracts for the year 2026, each with twelve monthly main-meter intervals and, for about a
/// third, a garden submeter read monthly from May to September; the G1 tariff changes on 1 July, so every invoice has
/// split lines. Target: all 100,000 invoices in under one second on one core.
/// </summary>
/// <remarks><see cref="NaiveDecimals"/> is the baseline: the same arithmetic (the day split with the remainder to the
/// last part, rounding once per line, VAT on the per-rate total) on plain decimal arrays, without validation, records,
/// lines or the VAT breakdown, so the ratio shows what the domain model costs.</remarks>
[MemoryDiagnoser]
public class BillingBenchmarks
{
    /// <summary>The number of contracts billed per operation.</summary>
    public const int Contracts = 100_000;

    private static readonly DatePeriod Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
    private static readonly DateOnly TariffChange = new(2026, 7, 1);
    private static readonly ReadingMethod[] Methods = [ReadingMethod.Collector, ReadingMethod.Remote, ReadingMethod.SelfReading];

    private InvoiceCalculator calculator = null!;
    private BillingInput[] inputs = null!;
    private NaiveContract[] naive = null!;

    /// <summary>Generates the contracts once, with a fixed seed, and checks both methods agree to the grosz.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var firstHalf = new PriceList("G1", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 5.23m, 7.11m, Fees(4.50m, 3.50m, 3.00m, 2.50m, 2.00m, 1.50m));
        var secondHalf = new PriceList("G1", TariffChange, null, 5.61m, 7.46m, Fees(4.80m, 3.80m, 3.20m, 2.70m, 2.20m, 1.70m));
        var vat = new VatRateTable([new VatRates(new DateOnly(2023, 1, 1), VatRate.Reduced8, VatRate.Reduced8, VatRate.Reduced8, VatRate.Standard23, VatRate.Standard23)]);
        calculator = new InvoiceCalculator(new TariffBook([firstHalf, secondHalf], vat));

        var seller = new Seller("Wodociągi i Kanalizacja Sp. z o.o.", new PostalAddress("Mickiewicza", "10", null, "47-100", "Strzelce Opolskie"), Nip.Parse("7740001454"), "82102010260000021234567800");
        var services = new HashSet<UtilityService> { UtilityService.WaterSupply, UtilityService.SewageDisposal };
        var random = new Random(20261121);
        inputs = new BillingInput[Contracts];
        naive = new NaiveContract[Contracts];
        for (var c = 0; c < Contracts; c++)
        {
            var intervals = new List<ConsumptionInterval>(17);
            var readingDay = random.Next(5, 25);
            var previous = Year.Start;
            for (var month = 1; month <= 12; month++)
            {
                // Readings mid-month, so intervals cross month ends and the June–July one crosses the tariff change.
                var end = month == 12 ? Year.End : new DateOnly(2026, month, readingDay);
                intervals.Add(new ConsumptionInterval("W" + c, MeterKind.MainWater, new DatePeriod(previous, end), random.Next(0, 15_000) / 1000m, false));
                previous = end.AddDays(1);
            }

            if (random.Next(3) == 0)
            {
                for (var month = 5; month <= 9; month++)
                {
                    intervals.Add(new ConsumptionInterval("P" + c, MeterKind.Submeter, DatePeriod.Month(2026, month), random.Next(0, 4_000) / 1000m, false));
                }
            }

            var method = Methods[random.Next(Methods.Length)];
            var consent = random.Next(2) == 0;
            var points = random.Next(1, 3);
            inputs[c] = new BillingInput
            {
                Seller = seller,
                Buyer = new Buyer("Odbiorca " + c, new PostalAddress("Ogrodowa", (c % 200 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null, "47-100", "Strzelce Opolskie")),
                ContractNumber = "UM/" + c,
                TariffGroup = "G1",
                Services = services,
                ReadingMethod = method,
                EInvoiceConsent = consent,
                BillingPoints = points,
                BillingPeriod = Year,
                Consumption = intervals,
                IssueDate = new DateOnly(2027, 1, 5),
                InvoiceNumber = "FV/2027/01/" + (c + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            };
            naive[c] = NaiveContract.From(intervals, firstHalf.MonthlySubscriptionFee(method, consent), secondHalf.MonthlySubscriptionFee(method, consent), points);
        }

        var domain = DomainModel();
        var baseline = NaiveDecimals();
        if (domain != baseline)
        {
            throw new InvalidOperationException($"The domain model billed {domain} but the naive arithmetic {baseline}.");
        }
    }

    /// <summary>The domain model: <see cref="InvoiceCalculator.Calculate"/> for every contract.</summary>
    [Benchmark]
    public decimal DomainModel()
    {
        var total = 0m;
        foreach (var input in inputs)
        {
            total += calculator.Calculate(input).AmountDue.Amount;
        }

        return total;
    }

    /// <summary>The same arithmetic on plain decimals.</summary>
    [Benchmark(Baseline = true)]
    public decimal NaiveDecimals()
    {
        const decimal water1 = 5.23m, water2 = 5.61m, sewage1 = 7.11m, sewage2 = 7.46m, vatRate = 0.08m;
        var change = TariffChange.DayNumber;
        var total = 0m;
        foreach (var contract in naive)
        {
            decimal w1 = 0m, w2 = 0m, g1 = 0m, g2 = 0m;
            for (var i = 0; i < contract.Starts.Length; i++)
            {
                var start = contract.Starts[i];
                var end = contract.Ends[i];
                var quantity = contract.Quantities[i];
                decimal first;
                if (end < change)
                {
                    first = quantity;
                }
                else if (start >= change)
                {
                    first = 0m;
                }
                else
                {
                    first = Math.Round(quantity * (change - start) / (end - start + 1), 3, MidpointRounding.AwayFromZero);
                }

                if (contract.IsSubmeter[i])
                {
                    g1 += first;
                    g2 += quantity - first;
                }
                else
                {
                    w1 += first;
                    w2 += quantity - first;
                }
            }

            var s1 = Math.Max(0m, w1 - g1);
            var s2 = Math.Max(0m, w2 - g2);
            var net = Round(w1 * water1) + Round(w2 * water2) + Round(s1 * sewage1) + Round(s2 * sewage2)
                + (6 * Round(contract.Points * contract.FeeFirstHalf)) + (6 * Round(contract.Points * contract.FeeSecondHalf));
            total += net + Round(net * vatRate);
        }

        return total;
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static KeyValuePair<ReadingMethod, SubscriptionFeeRate>[] Fees(decimal collector, decimal collectorE, decimal remote, decimal remoteE, decimal self, decimal selfE) =>
    [
        new(ReadingMethod.Collector, new SubscriptionFeeRate(collector, collectorE)),
        new(ReadingMethod.Remote, new SubscriptionFeeRate(remote, remoteE)),
        new(ReadingMethod.SelfReading, new SubscriptionFeeRate(self, selfE)),
    ];

    private sealed record NaiveContract(int[] Starts, int[] Ends, decimal[] Quantities, bool[] IsSubmeter, decimal FeeFirstHalf, decimal FeeSecondHalf, int Points)
    {
        public static NaiveContract From(List<ConsumptionInterval> intervals, decimal feeFirstHalf, decimal feeSecondHalf, int points) => new(
            intervals.Select(i => i.Period.Start.DayNumber).ToArray(),
            intervals.Select(i => i.Period.End.DayNumber).ToArray(),
            intervals.Select(i => i.Quantity).ToArray(),
            intervals.Select(i => i.MeterKind == MeterKind.Submeter).ToArray(),
            feeFirstHalf,
            feeSecondHalf,
            points);
    }
}
