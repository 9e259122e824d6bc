using System.Diagnostics;
using System.Globalization;
using IBok.GraphQL.Application.Demo;

namespace IBok.Benchmarks;

/// <summary>Times <see cref="DemoUtilityGenerator"/> for several customer counts, consuming the customers as a store would
/// (one at a time, nothing kept), and reports time, throughput, allocation and peak memory.</summary>
/// <remarks><c>dotnet run -c Release -- demo-generate 200 10000 100000</c>. A Stopwatch probe, not BenchmarkDotNet: one
/// run of 100,000 customers takes tens of seconds, and the question is "well under a minute", not nanoseconds.</remarks>
public static class DemoGenerationProbe
{
    /// <summary>Prints the first customers in a few lines each, to eyeball what the generator makes.</summary>
    public static void Sample(int count)
    {
        var utility = DemoUtilityGenerator.Generate(new DemoOptions { Today = new DateOnly(2026, 11, 21), CustomerCount = Math.Max(2, count) });
        foreach (var line in utility.Logins.ToConsoleLines())
        {
            Console.WriteLine(line);
        }

        foreach (var demo in utility.Customers)
        {
            var customer = demo.Customer;
            Console.WriteLine($"{customer.Number} {customer.Kind} {customer.Name} NIP {customer.Nip} | {customer.CorrespondenceAddress} | {customer.Contact.Email} {customer.Contact.Phone} | consents {customer.Consents.Granted.Count}");
            foreach (var contract in demo.Contracts)
            {
                Console.WriteLine($"  {contract.Number} {contract.TariffGroup} {contract.Cycle} {contract.ReadingMethod} from {contract.Start} to {contract.End} e-invoice {contract.ElectronicInvoice.IsGranted} MW {contract.OrderedHeatPowerMegawatts}");
            }

            foreach (var meter in demo.Meters)
            {
                Console.WriteLine($"  {meter.Meter} legalized {meter.Meter.LegalizedOn} installed {meter.Meter.InstalledOn} removed {meter.Meter.RemovedOn}: {string.Join(", ", meter.Readings.Take(4))} … {meter.Readings[^1]}");
            }

            foreach (var invoice in demo.Invoices.TakeLast(2))
            {
                Console.WriteLine($"  {invoice}: {string.Join("; ", invoice.Lines.Select(l => l.Description + " " + l.Quantity + " " + l.Unit + " × " + l.NetUnitPrice + " = " + l.NetValue))}");
            }

            Console.WriteLine($"  invoices {demo.Invoices.Count}, payments {demo.Payments.Count}, notes {string.Join(", ", demo.InterestNotes.Select(n => n.Note.Number + " " + n.Note.Total))}, balance {demo.Ledger.BalanceOn(utility.Options.Today)}, open credit {demo.Ledger.OpenCreditOn(utility.Options.Today)}");
            foreach (var @case in demo.Cases)
            {
                Console.WriteLine($"  case {@case.DisplayName} {@case.Kind} {@case.Status} '{@case.Subject}' messages {@case.Messages.Count}");
            }
        }
    }

    public static void Run(IReadOnlyList<int> counts, bool withLedgers)
    {
        var today = new DateOnly(2026, 11, 21);
        Console.WriteLine($"{"customers",10} {"seconds",9} {"CPU s",7} {"µs/customer",12} {"invoices",10} {"readings",10} {"payments",10} {"notes",7} {"cases",7} {"alloc MB",10} {"peak WS MB",11}");
        foreach (var count in counts)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var utility = DemoUtilityGenerator.Generate(new DemoOptions { Today = today, CustomerCount = count });
            long invoices = 0, readings = 0, payments = 0, notes = 0, cases = 0;
            long peakWorkingSet = 0;
            foreach (var customer in utility.Customers)
            {
                invoices += customer.Invoices.Count;
                if (withLedgers)
                {
                    // What a store that also writes the allocations (paid / unpaid per document) would pay.
                    _ = customer.Ledger.Allocations.Count;
                }

                payments += customer.Payments.Count;
                notes += customer.InterestNotes.Count;
                cases += customer.Cases.Count;
                foreach (var meter in customer.Meters)
                {
                    readings += meter.Readings.Count;
                }

                if (customer.Index % 5_000 == 0)
                {
                    peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
                }
            }

            watch.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{count,10:N0} {watch.Elapsed.TotalSeconds,9:F2} {cpu.TotalSeconds,7:F2} {watch.Elapsed.TotalMicroseconds / count,12:F1} {invoices,10:N0} {readings,10:N0} {payments,10:N0} {notes,7:N0} {cases,7:N0} {allocated / 1e6,10:N0} {peakWorkingSet / 1e6,11:N0}"));
        }
    }
}
