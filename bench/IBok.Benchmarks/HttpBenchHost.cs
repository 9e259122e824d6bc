using System.Globalization;
using IBok.Web.GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IBok.Benchmarks;

/// <summary>
/// The two servers of the HTTP load benchmarks (bench/run-http.sh): the engine benchmark's schema and data behind
/// iBOK's real GraphQL-over-HTTP transport (the same endpoint, options and serializer as src/IBok.Web), and the
/// ceiling: the least Kestrel can do for a POST, answering with a fixed JSON body.
/// </summary>
public static class HttpBenchHost
{
    /// <summary>Runs the server the arguments name until the process is stopped.</summary>
    public static void Run(string[] args)
    {
        var port = int.Parse(args[1], CultureInfo.InvariantCulture);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");

        if (args[0] == "http-ceiling")
        {
            var body = File.ReadAllBytes(args[2]);
            var ceiling = builder.Build();
            ServerCounters.Use(ceiling);
            ceiling.MapPost("/graphql", async context =>
            {
                context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body);
            });
            Console.WriteLine($"ceiling: {body.Length} bytes on http://127.0.0.1:{port}/graphql");
            ceiling.Run();
            return;
        }

        var shape = args.Length > 2 ? args[2] : "typed";
        var benchmarks = new GraphQLBenchmarks();
        benchmarks.Setup();
        builder.Services.AddSingleton(shape == "dictionary" ? benchmarks.DictionarySchema : benchmarks.TypedSchema);
        builder.Services.AddIBokGraphQLTransport(options => options.EnableIde = false);
        var app = builder.Build();
        ServerCounters.Use(app);
        app.MapIBokGraphQL("/graphql");
        Console.WriteLine($"iBOK GraphQL transport ({shape} data) on http://127.0.0.1:{port}/graphql");
        app.Run();
    }
}
