using System.Diagnostics;
using System.Globalization;
using Bogus;
using IBok.Domain.Tariffs;
using IBok.GraphQL.Application.Documents;
using IBok.GraphQL.Persistence.Model.Billing;

namespace IBok.Benchmarks;

/// <summary>
/// Renders invoice PDFs from in-memory rows (no database) and reports the mean time per invoice and the file sizes:
/// <c>pdf-render [count]</c>, 10,000 by default. Targets (issue 6): under 20 ms per invoice on average, under
/// 100 KB per typical invoice. Rows are generated once with a fixed seed before the clock starts; the first render
/// (which reads the embedded fonts) is timed on its own and left out of the mean.
/// </summary>
internal static class InvoicePdfProbe
{
    public static void Run(int count)
    {
        Console.WriteLine($"load average before: {LoadAverage()}");
        var invoices = Generate(count);
        var first = Stopwatch.StartNew();
        InvoicePdf.Render(invoices[0]);
        Console.WriteLine($"first render (reads and parses both fonts): {first.Elapsed.TotalMilliseconds:F1} ms");

        var sizes = new long[count];
        var times = new double[count];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var start = total.Elapsed.TotalMilliseconds;
            sizes[i] = InvoicePdf.Render(invoices[i]).Content.Length;
            times[i] = total.Elapsed.TotalMilliseconds - start;
        }

        total.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} invoices in {total.Elapsed.TotalSeconds:F2} s: mean {total.Elapsed.TotalMilliseconds / count:F3} ms/invoice, median {times[count / 2]:F3} ms, p95 {times[(int)(count * 0.95)]:F3} ms, max {times[^1]:F3} ms"));
        // CPU time (all threads, the GC's included) tells the work apart from waiting for a core on a loaded machine.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU time: {cpu.TotalMilliseconds / count:F3} ms/invoice"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"size: mean {sizes.Average() / 1024:F1} KB, min {sizes.Min() / 1024.0:F1} KB, max {sizes.Max() / 1024.0:F1} KB; allocated {allocated / (double)count / 1024:F0} KB/invoice"));
        Console.WriteLine($"load average after: {LoadAverage()}");
    }

    /// <summary>Household and business invoices with 3–8 lines, Polish names and addresses, seed 20261122.</summary>
    private static List<InvoiceRow> Generate(int count)
    {
        Randomizer.Seed = new Random(20261122);
        var faker = new Faker("pl");
        var invoices = new List<InvoiceRow>(count);
        (TariffComponent Component, string Name, string Unit, decimal Price, decimal Vat)[] services =
        [
            (TariffComponent.Water, "Dostawa wody", "m³", 5.43m, 8m),
            (TariffComponent.Sewage, "Odprowadzanie ścieków", "m³", 6.12m, 8m),
            (TariffComponent.Subscription, "Opłata abonamentowa", "mies.", 3.76m, 8m),
            (TariffComponent.Water, "Dostawa wody – podlicznik ogrodowy", "m³", 5.43m, 8m),
            (TariffComponent.HeatFixed, "Opłata stała za moc zamówioną", "MW", 4120.50m, 23m),
        ];
        for (var i = 0; i < count; i++)
        {
            var month = 1 + (i % 12);
            var periodStart = new DateOnly(2026, month, 1);
            var periodEnd = periodStart.AddMonths(1).AddDays(-1);
            var invoice = new InvoiceRow
            {
                Id = i + 1,
                CustomerId = i + 1,
                Number = string.Create(CultureInfo.InvariantCulture, $"FV/2026/{month:00}/{i + 1:000000}"),
                Kind = InvoiceKind.Invoice,
                IssueDate = periodEnd.AddDays(3),
                SaleDate = periodEnd,
                DueDate = periodEnd.AddDays(17),
                PeriodStart = periodStart,
                PeriodEnd = periodEnd,
                ContractNumber = string.Create(CultureInfo.InvariantCulture, $"U/{2015 + (i % 10)}/{i + 1:00000}"),
                TariffGroup = i % 7 == 0 ? "G2" : "G1",
                SellerName = "Przedsiębiorstwo Wodociągów i Ciepłownictwa „Demo” Sp. z o.o.",
                SellerStreet = "Wodociągowa",
                SellerBuildingNumber = "2",
                SellerPostalCode = "47-100",
                SellerCity = "Strzelce Opolskie",
                SellerNip = "1234563218",
                SellerBankAccount = "61109010140000071219812874",
                BuyerName = i % 5 == 0 ? faker.Company.CompanyName() : faker.Name.FullName(),
                BuyerStreet = faker.Address.StreetName(),
                BuyerBuildingNumber = faker.Random.Number(1, 120).ToString(CultureInfo.InvariantCulture),
                BuyerApartmentNumber = faker.Random.Bool() ? faker.Random.Number(1, 40).ToString(CultureInfo.InvariantCulture) : null,
                BuyerPostalCode = faker.Address.ZipCode("##-###"),
                BuyerCity = faker.Address.City(),
                BuyerNip = i % 5 == 0 ? "7751001452" : null,
            };
            var lineCount = 3 + (i % 6);
            for (var line = 0; line < lineCount; line++)
            {
                var service = services[line % services.Length];
                var quantity = service.Unit == "m³" ? faker.Random.Number(2, 40) : 1m;
                invoice.Lines.Add(new InvoiceLineRow
                {
                    LineNumber = line + 1, Component = service.Component, Name = service.Name, PeriodStart = periodStart, PeriodEnd = periodEnd,
                    Quantity = quantity, Unit = service.Unit, NetUnitPrice = service.Price, NetGrosz = (long)Math.Round(quantity * service.Price * 100m), VatPercent = service.Vat,
                    IsEstimated = line == 0 && i % 9 == 0,
                });
            }

            foreach (var rate in invoice.Lines.GroupBy(line => line.VatPercent))
            {
                var net = rate.Sum(line => line.NetGrosz);
                var vat = (long)Math.Round(net * rate.Key / 100m, MidpointRounding.AwayFromZero);
                invoice.VatSummary.Add(new InvoiceVatSummaryRow { VatPercent = rate.Key, NetGrosz = net, VatGrosz = vat, GrossGrosz = net + vat });
            }

            invoice.NetGrosz = invoice.VatSummary.Sum(rate => rate.NetGrosz);
            invoice.VatGrosz = invoice.VatSummary.Sum(rate => rate.VatGrosz);
            invoice.GrossGrosz = invoice.NetGrosz + invoice.VatGrosz;
            invoices.Add(invoice);
        }

        return invoices;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
