using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace IBok.Benchmarks;

/// <summary>
/// An A/B probe for a shared, loaded machine: two builds of the benchmarks (each directory with its own
/// IBok.GraphQL.dll) loaded side by side in one process, each in its own <see cref="AssemblyLoadContext"/>, and
/// one <see cref="GraphQLBenchmarks"/> case run in short alternating slices. Both builds therefore see the same
/// load, slice after slice, and the medians of the slices compare the code rather than the neighbours.
/// </summary>
/// <remarks>
/// Usage: <c>graphql-ab &lt;directory A&gt; &lt;directory B&gt; [case] [seconds per build] [slice ms]</c>. Each slice
/// reports wall-clock and thread CPU µs per operation (the CPU figure excludes time spent waiting for a core) and
/// allocated bytes per operation.
/// </remarks>
internal static class GraphQLAbProbe
{
    public static void Run(string[] args)
    {
        var directories = new[] { Path.GetFullPath(args[1]), Path.GetFullPath(args[2]) };
        var caseName = args.Length > 3 ? args[3] : "Execute";
        var seconds = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 10;
        var sliceMilliseconds = args.Length > 5 ? double.Parse(args[5], CultureInfo.InvariantCulture) : 250;
        var runs = directories.Select(directory => Load(directory, caseName)).ToArray();

        // Warm-up: every tier of both builds' code is reached before measuring.
        foreach (var run in runs)
        {
            Measure(run, 2000);
        }

        var slices = new[] { new List<Slice>(), new List<Slice>() };
        var sliceCount = (int)Math.Max(2, seconds * 1000 / sliceMilliseconds);
        for (var slice = 0; slice < sliceCount; slice++)
        {
            // Alternate which build goes first, so neither always follows the other's garbage.
            var first = slice % 2;
            slices[first].Add(Measure(runs[first], sliceMilliseconds));
            slices[1 - first].Add(Measure(runs[1 - first], sliceMilliseconds));
        }

        Console.WriteLine($"case {caseName}; {sliceCount} slices of {sliceMilliseconds} ms per build; load average {LoadAverage()}");
        for (var index = 0; index < 2; index++)
        {
            var wall = Median(slices[index].Select(s => s.WallMicroseconds));
            var cpu = Median(slices[index].Select(s => s.CpuMicroseconds));
            var bytes = Median(slices[index].Select(s => s.Bytes));
            Console.WriteLine(
                $"{(index == 0 ? 'A' : 'B')}: median wall {wall,8:F2} µs/op, median thread CPU {cpu,8:F2} µs/op, " +
                $"best CPU {slices[index].Min(s => s.CpuMicroseconds),8:F2}, {bytes,8:N0} B/op  ({directories[index]})");
        }

        var cpuRatios = slices[0].Zip(slices[1], (a, b) => b.CpuMicroseconds / a.CpuMicroseconds);
        Console.WriteLine($"B/A thread CPU per slice pair: median {Median(cpuRatios):F3}");
    }

    private static Func<object> Load(string directory, string caseName)
    {
        var assemblyPath = Path.Combine(directory, "IBok.Benchmarks.dll");
        var context = new BuildLoadContext(assemblyPath);
        var assembly = context.LoadFromAssemblyPath(assemblyPath);
        var type = assembly.GetType("IBok.Benchmarks.GraphQLBenchmarks", throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;

        // Setup reads the fixture next to the running application; both builds share the same fixture.
        type.GetMethod("Setup")!.Invoke(instance, null);
        var method = type.GetMethod(caseName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            ?? throw new ArgumentException($"No case {caseName}.");
        var call = method.CreateDelegate<Func<Task>>(instance);
        return () =>
        {
            var task = call();
            task.GetAwaiter().GetResult();
            return task;
        };
    }

    private static Slice Measure(Func<object> run, double milliseconds)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuMicroseconds();
        var watch = Stopwatch.StartNew();
        var operations = 0;
        while (watch.Elapsed.TotalMilliseconds < milliseconds)
        {
            for (var i = 0; i < 10; i++)
            {
                run();
            }

            operations += 10;
        }

        var wall = watch.Elapsed.TotalMicroseconds;
        var cpu = ThreadCpuMicroseconds() - cpuBefore;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new Slice(wall / operations, cpu / operations, (double)bytes / operations);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID), in µs.</summary>
    internal static double ThreadCpuMicroseconds() =>
        ClockGetTime(ThreadCpuClock, out var time) == 0 ? (time.Seconds * 1e6) + (time.Nanoseconds / 1e3) : double.NaN;

    private const int ThreadCpuClock = 3;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private readonly record struct Slice(double WallMicroseconds, double CpuMicroseconds, double Bytes);

    /// <summary>Loads one build's assemblies from its own directory (its deps.json), sharing only the framework.</summary>
    private sealed class BuildLoadContext(string mainAssemblyPath) : AssemblyLoadContext(mainAssemblyPath, isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
