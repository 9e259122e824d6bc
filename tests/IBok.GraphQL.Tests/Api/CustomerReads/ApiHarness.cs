using System.Data.Common;
using System.Text.Json;
using IBok.GraphQL.Api;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Server;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using IBok.GraphQL.Application;
using IBok.GraphQL.Tests.Testing;

namespace IBok.GraphQL.Tests.Api.CustomerReads;

/// <summary>Runs GraphQL documents against iBOK's schema for one viewer on a test database, as the server would per request.</summary>
internal static class ApiHarness
{
    /// <summary>The "now" of every test: 2026-03-15 11:00 in Poland.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 10, 0, 0, TimeSpan.Zero);

    private static readonly GraphQLRequestExecutor Executor = new(IBokSchema.Instance);

    /// <summary>Executes <paramref name="query"/> as <paramref name="viewer"/> and returns the response JSON.</summary>
    public static async Task<string> RunAsync(TestDatabase database, Viewer viewer, string query, string? variablesJson = null, StatementCounter? counter = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new TestClock(Now))
            .AddScoped<ViewerAccessor>()
            .AddDbContext<IBokDbContext>(options =>
            {
                database.Options.Configure(options);
                if (counter is not null)
                {
                    options.AddInterceptors(counter);
                }
            })
            .AddIBokApplication()
            .BuildServiceProvider();
        await using var _ = services;
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        var request = new GraphQLRequest
        {
            Query = query,
            VariablesJson = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement.Clone(),
        };
        var result = await Executor.ExecuteAsync(request, scope.ServiceProvider, null, CancellationToken.None);
        return ExecutionResultJson.Serialize(result);
    }

    /// <summary>JSON written over several lines for reading, as one line: each line trimmed, then joined.</summary>
    public static string Compact(string json) =>
        string.Concat(json.Split('\n').Select(line => line.Trim()));

    /// <summary>A customer viewer.</summary>
    public static Viewer CustomerViewer(long customerId) => Viewer.ForCustomer(customerId, 1000 + customerId, "klient");

    /// <summary>An operator.</summary>
    public static Viewer Operator { get; } = Viewer.ForStaff(ViewerRole.Operator, 1, "operator");
}

/// <summary>Counts the SQL statements EF Core sends (queries and commands).</summary>
internal sealed class StatementCounter : DbCommandInterceptor
{
    private int _count;

    /// <summary>Statements sent so far.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Starts counting again from zero.</summary>
    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}
