using System.Collections.Concurrent;
using IBok.GraphQL.Types;
using IBok.Web.GraphQL;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IBok.Web.Tests.GraphQL;

/// <summary>The host with <see cref="GraphQLTestSchema"/>, small limits, a context factory and a log collector.</summary>
public class GraphQLServerFactory : WebApplicationFactory<Program>
{
    public const long MaxRequestBytes = 2048;
    public const int MaxDepth = 4;
    public const string ContextHeader = "X-Test-Context";

    public CollectingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<GraphQLSchema>(GraphQLTestSchema.Create());
            services.AddSingleton(new GreetingPrefix("Dzień dobry"));
            services.AddScoped<IGraphQLContextFactory, HeaderContextFactory>();
            services.Configure<GraphQLTransportOptions>(options =>
            {
                options.MaxRequestBytes = MaxRequestBytes;
                options.MaxDepth = MaxDepth;
                options.ExecutionTimeout = TimeSpan.FromMilliseconds(200);
            });
        });
    }

    /// <summary>Gives resolvers the value of the <see cref="ContextHeader"/> header as the request context.</summary>
    private sealed class HeaderContextFactory : IGraphQLContextFactory
    {
        public ValueTask<object?> CreateContextAsync(HttpContext httpContext) =>
            ValueTask.FromResult<object?>(httpContext.Request.Headers[ContextHeader].FirstOrDefault());
    }
}

/// <summary>One host shared by the in-process transport test classes.</summary>
[CollectionDefinition(Name)]
public sealed class GraphQLServerCollection : ICollectionFixture<GraphQLServerFactory>
{
    public const string Name = "GraphQL server";
}

/// <summary>Keeps every log entry with its exception, so tests can see what the server logged.</summary>
public sealed class CollectingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> _entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Collector(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Collector(string category, ConcurrentQueue<(string, LogLevel, string, Exception?)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}
