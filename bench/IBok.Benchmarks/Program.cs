using System.Diagnostics;
using BenchmarkDotNet.Running;
using IBok.Benchmarks;

if (args is ["http-server", ..] or ["http-ceiling", ..])
{
    // http-server <port> [typed|dictionary]: the engine benchmark's schema and data behind iBOK's HTTP transport.
    // http-ceiling <port> <body.json>: a minimal Kestrel endpoint answering every POST with that fixed body.
    HttpBenchHost.Run(args);
    return;
}

if (args is ["http-probe", ..])
{
    // http-probe [seconds] [typed|dictionary]: the transport's per-request work in-process (see HttpRequestProbe).
    await HttpRequestProbe.RunAsync(args);
    return;
}

if (args is ["dashboard-accounts", ..])
{
    // dashboard-accounts --database file --count N --password text --logins out.txt: accounts for bench/run-dashboard.sh.
    await DashboardAccounts.RunAsync(args);
    return;
}

if (args is ["pipeline-probe", ..])
{
    // pipeline-probe --database file [--query dashboard|typename] [--auth bearer|anonymous]: CPU and allocations per
    // POST /graphql through the server's whole middleware pipeline in-process (see PipelineProbe).
    await PipelineProbe.RunAsync(args);
    return;
}

if (args is ["bearer-probe", ..])
{
    // bearer-probe [iterations]: reading a bearer token with and without BearerTicketCache (see BearerTokenProbe).
    BearerTokenProbe.Run(args);
    return;
}

if (args is ["dashboard-probe", ..])
{
    // dashboard-probe --database file [--requests N] [--warmup N] [--rounds N] [--accounts N]: CPU and allocations
    // per dashboard request in-process, through the server's services (see DashboardProbe).
    await DashboardProbe.RunAsync(args);
    return;
}

if (args is ["demo-generate", ..])
{
    // demo-generate [--with-ledgers] [customer counts...]: times the demo utility generator (see DemoGenerationProbe).
    var withLedgers = args.Contains("--with-ledgers");
    var numbers = args.Skip(1).Where(a => a != "--with-ledgers").ToArray();
    int[] counts = numbers.Length > 0 ? [.. numbers.Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))] : [200, 10_000, 100_000];
    DemoGenerationProbe.Run(counts, withLedgers);
    return;
}

if (args is ["demo-seed", ..])
{
    // demo-seed --customers N [--database file | --postgres connection] [--batch N]: builds and times a demo database.
    await DemoSeedProbe.RunAsync(args);
    return;
}

if (args is ["pdf-render", ..])
{
    // pdf-render [count]: renders invoice PDFs from in-memory rows and reports ms per invoice and sizes (InvoicePdfProbe).
    InvoicePdfProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    return;
}

if (args is ["notice-run", ..])
{
    // notice-run [--database file | --postgres connection] [--day yyyy-MM-dd] [--page N]: times the daily notice run twice.
    await NoticeRunProbe.RunAsync(args);
    return;
}

if (args is ["demo-sample", ..])
{
    // demo-sample [count]: prints the first customers of the demo utility.
    DemoGenerationProbe.Sample(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 6);
    return;
}

if (args is ["graphql-ab", ..])
{
    // graphql-ab <build A directory> <build B directory> [case] [seconds] [slice ms]: two builds alternated in one
    // process (see GraphQLAbProbe).
    GraphQLAbProbe.Run(args);
    return;
}

if (args is ["graphql-slices", ..])
{
    // The .NET side of bench/graphql-js/pairs.cjs: one GraphQLBenchmarks case timed in slices on request, so the node
    // script can alternate our slices with graphql-jit's on a host whose speed drifts.
    // graphql-slices [case]; then per stdin line "<ms>" one slice, answered with "<operations> <elapsed µs>".
    var caseName = args.Length > 1 ? args[1] : "Execute";
    var benchmarks = new GraphQLBenchmarks();
    benchmarks.Setup();
    Func<Task> run = caseName switch
    {
        "Execute" => benchmarks.Execute,
        "ExecuteTyped" => benchmarks.ExecuteTyped,
        _ => throw new ArgumentException($"graphql-slices times Execute or ExecuteTyped, not {caseName}."),
    };
    Console.WriteLine("ready");
    while (Console.ReadLine() is { } line && double.TryParse(line, System.Globalization.CultureInfo.InvariantCulture, out var sliceMilliseconds))
    {
        var watch = Stopwatch.StartNew();
        var operations = 0;
        while (watch.Elapsed.TotalMilliseconds < sliceMilliseconds)
        {
            for (var i = 0; i < 20; i++)
            {
                run().GetAwaiter().GetResult();
            }

            operations += 20;
        }

        Console.WriteLine(FormattableString.Invariant($"{operations} {watch.Elapsed.TotalMicroseconds:F1}"));
    }

    return;
}

if (args is ["graphql-probe", ..])
{
    // A quick Stopwatch probe of GraphQLBenchmarks without BenchmarkDotNet (for profiling runs and sanity checks):
    // graphql-probe [seconds per case] [case]
    var seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
    var only = args.Length > 2 ? args[2] : null;
    var benchmarks = new GraphQLBenchmarks();
    benchmarks.Setup();
    (string Name, Action Run)[] cases =
    [
        ("Lex", () => benchmarks.Lex()),
        ("Parse", () => benchmarks.Parse()),
        ("Validate", () => benchmarks.Validate()),
        ("Execute", () => benchmarks.Execute().GetAwaiter().GetResult()),
        ("ExecuteTyped", () => benchmarks.ExecuteTyped().GetAwaiter().GetResult()),
        ("ExecuteTiny", () => benchmarks.ExecuteTiny().GetAwaiter().GetResult()),
        ("FullPath", () => benchmarks.FullPath().GetAwaiter().GetResult()),
        ("FullPathTyped", () => benchmarks.FullPathTyped().GetAwaiter().GetResult()),
    ];
    foreach (var (name, run) in cases)
    {
        if (only is not null && only != name)
        {
            continue;
        }

        for (var round = 0; round < 2; round++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = GraphQLAbProbe.ThreadCpuMicroseconds();
            var watch = Stopwatch.StartNew();
            var operations = 0;
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                for (var i = 0; i < 20; i++)
                {
                    run();
                }

                operations += 20;
            }

            var microseconds = watch.Elapsed.TotalMicroseconds / operations;
            var cpuMicroseconds = (GraphQLAbProbe.ThreadCpuMicroseconds() - cpuBefore) / operations;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / operations;
            Console.WriteLine($"{name,-13} round {round}: {microseconds,10:F2} µs/op {1e6 / microseconds,12:N0} ops/s {bytes,10:N0} B/op {cpuMicroseconds,10:F2} µs CPU/op");
        }
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GraphQLBenchmarks).Assembly).Run(args);
