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
    public static void Run(IReadOnlyList<int> counts)
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
