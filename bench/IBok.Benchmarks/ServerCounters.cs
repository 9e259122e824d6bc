using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IBok.Benchmarks;

/// <summary>
/// Load-independent figures of a benchmark server: requests answered, CPU time, bytes allocated and garbage
/// collections, read before and after a measurement (GET <see cref="Path"/>) so the load script can print CPU µs
/// and bytes per request. On a machine shared with others these decide, not requests per second.
/// </summary>
public static class ServerCounters
{
    /// <summary>The path answering the current counters as JSON.</summary>
    public const string Path = "/bench-counters";

    private static readonly GcReasonListener GcReasons = new();
    private static long requests;

    /// <summary>Counts every request (the counters' own included) and answers <see cref="Path"/>.</summary>
    public static void Use(IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref requests);
            if (context.Request.Path == Path)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(Snapshot());
                return;
            }

            await next(context);
        });
    }

    private static string Snapshot()
    {
        using var process = Process.GetCurrentProcess();
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["gcReasons"] = GcReasons.Snapshot(),
            ["gcServer"] = System.Runtime.GCSettings.IsServerGC,
            ["gcLatencyMode"] = System.Runtime.GCSettings.LatencyMode.ToString(),
            ["lastEphemeralGc"] = LastEphemeralGc(),
            ["requests"] = Interlocked.Read(ref requests),
            ["cpuMs"] = process.TotalProcessorTime.TotalMilliseconds,
            ["allocatedBytes"] = GC.GetTotalAllocatedBytes(),
            ["gen0"] = GC.CollectionCount(0),
            ["gen1"] = GC.CollectionCount(1),
            ["gen2"] = GC.CollectionCount(2),
            ["gcPauseMs"] = GC.GetTotalPauseDuration().TotalMilliseconds,
            ["jittedMethods"] = System.Runtime.JitInfo.GetCompiledMethodCount(),
            ["jitMs"] = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,
        });
    }

    /// <summary>What the last gen0/gen1 collection found: pinned objects, promoted bytes, sizes and fragmentation per generation.</summary>
    private static string LastEphemeralGc()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Ephemeral);
        var generations = string.Join(", ", Enumerable.Range(0, 2).Select(generation =>
            $"gen{generation} {info.GenerationInfo[generation].SizeBeforeBytes / 1024} -> {info.GenerationInfo[generation].SizeAfterBytes / 1024} KB " +
            $"(fragmentation {info.GenerationInfo[generation].FragmentationBeforeBytes / 1024} -> {info.GenerationInfo[generation].FragmentationAfterBytes / 1024} KB)"));
        return $"gen{info.Generation}{(info.Compacted ? " compacting" : " sweeping")}, {info.PinnedObjectsCount} pinned objects, " +
            $"{info.PromotedBytes / 1024} KB promoted; {generations}";
    }
}
