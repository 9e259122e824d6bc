using System.Diagnostics;
using System.Globalization;
using IBok.Web.GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IBok.Benchmarks;

/// <summary>
/// The HTTP transport's per-request work without sockets: <see cref="GraphQLHttpEndpoint.HandleAsync"/> on a
/// <see cref="DefaultHttpContext"/> whose body is the load benchmark's POST body and whose response goes to a
/// discarding stream, with a DI scope per request as Kestrel's hosting creates one. Prints µs and bytes allocated per
/// request, the figures to decide by on a shared machine (bench/run-http.sh measures the same path under load).
/// </summary>
/// <remarks>Usage: <c>http-probe [seconds per round] [typed|dictionary]</c>.</remarks>
public static class HttpRequestProbe
{
    /// <summary>Runs the probe.</summary>
    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 2;
        var shape = args.Length > 2 ? args[2] : "typed";
        var benchmarks = new GraphQLBenchmarks();
        benchmarks.Setup();
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(shape == "dictionary" ? benchmarks.DictionarySchema : benchmarks.TypedSchema);
        services.AddIBokGraphQLTransport(options => options.EnableIde = false);
        await using var provider = services.BuildServiceProvider();
        var endpoint = new GraphQLHttpEndpoint(
            provider.GetRequiredService<IBok.GraphQL.Server.GraphQLRequestExecutor>(),
            provider.GetRequiredService<IOptions<GraphQLTransportOptions>>(),
            new GraphQLIde("/graphql"),
            provider.GetRequiredService<ILogger<GraphQLHttpEndpoint>>());
        var body = RequestBody();
        var scopes = provider.GetRequiredService<IServiceScopeFactory>();

        async Task OneRequest()
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Request.Method = "POST";
            context.Request.Path = "/graphql";
            context.Request.ContentType = "application/json";
            context.Request.Headers.Accept = "application/graphql-response+json";
            context.Request.ContentLength = body.Length;
            context.Request.Body = new MemoryStream(body, writable: false);
            context.Response.Body = Stream.Null;
            await endpoint.HandleAsync(context);
            if (context.Response.StatusCode != 200)
            {
                throw new InvalidOperationException($"status {context.Response.StatusCode}");
            }
        }

        for (var round = 0; round < 3; round++)
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var gen0Before = GC.CollectionCount(0);
            var watch = Stopwatch.StartNew();
            var requests = 0;
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                for (var i = 0; i < 50; i++)
                {
                    await OneRequest();
                }

                requests += 50;
            }

            var microseconds = watch.Elapsed.TotalMicroseconds / requests;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / requests;
            Console.WriteLine($"http-probe {shape} round {round}: {microseconds,8:F2} µs/request {1e6 / microseconds,9:N0} requests/s {bytes,8:N0} B/request, gen0 {GC.CollectionCount(0) - gen0Before}; load average {File.ReadAllText("/proc/loadavg")[..14]}");
        }
    }

    private static byte[] RequestBody()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "GraphQLFixture");
        var request = new Dictionary<string, object?>
        {
            ["query"] = File.ReadAllText(Path.Combine(fixture, "operation.graphql")),
            ["operationName"] = "CustomerAccount",
            ["variables"] = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture, "variables.json"))).RootElement,
        };
        return System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(request);
    }
}
