using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using IBok.GraphQL.Api;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Application;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Server;
using IBok.Web.Auth;
using IBok.Web.GraphQL;
using IBok.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IBok.Benchmarks;

/// <summary>
/// The dashboard's server-side work in-process, without HTTP or load generator: CPU time and allocations per request,
/// the figures a shared noisy machine does not blur. Each request runs as the server runs it: a new DI scope, the
/// viewer middleware's session check (<see cref="ViewerMiddleware.ViewerOfAsync"/> for a signed-in account's
/// principal), the GraphQL executor with the scope's services, the response written as JSON.
/// </summary>
/// <remarks>
/// <c>dashboard-probe --database file [--requests N] [--warmup N] [--accounts N] [--rounds N] [--phases]</c>.
/// Customers are the customer accounts of the database (run <c>dashboard-accounts</c> first), drawn at random with
/// a fixed seed. CPU is the whole process's (JIT and GC threads included), so warm up enough for tiered compilation
/// to finish. <c>--phases</c> times the session check, the execution and the JSON writing apart (wall clock).
/// </remarks>
public static class DashboardProbe
{
    public static async Task RunAsync(string[] args)
    {
        var database = args.Option("--database") ?? throw new ArgumentException("--database is required");
        var requests = args.IntOption("--requests", 2000);
        var warmup = args.IntOption("--warmup", 3000);
        var rounds = args.IntOption("--rounds", 3);
        var accountCount = args.IntOption("--accounts", 300);
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "dashboard.graphql"));

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = [] });
        builder.Configuration["Database:Provider"] = "sqlite";
        builder.Configuration["Database:ConnectionString"] = "Data Source=" + database;
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddIBokDatabase(builder.Configuration);
        builder.Services.AddIBokApplication();
        builder.Services.AddIBokAuth(builder.Configuration);
        builder.Services.AddIBokEventBus();
        builder.Services.AddSingleton(IBokSchema.Instance);
        builder.Services.AddIBokGraphQLTransport();
        await using var app = builder.Build();

        // As the server does at start: a database seeded by an older build gets the newer scripts (e.g. 0006's data_version).
        await using (var migrationScope = app.Services.CreateAsyncScope())
        {
            migrationScope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.System;
            await SchemaMigrator.MigrateAsync(migrationScope.ServiceProvider.GetRequiredService<IBokDbContext>());
        }

        var sessions = await SessionsAsync(app.Services, accountCount);
        if (sessions.Count == 0)
        {
            throw new InvalidOperationException("The database has no customer accounts; run dashboard-accounts first.");
        }

        var executor = app.Services.GetRequiredService<GraphQLRequestExecutor>();
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var random = new Random(20261122);
        var buffer = new ArrayBufferWriter<byte>(4096);
        var phases = new Stopwatch[3];
        for (var i = 0; i < phases.Length; i++)
        {
            phases[i] = new Stopwatch();
        }

        async Task OneRequestAsync(bool check)
        {
            var principal = sessions[random.Next(sessions.Count)];
            await using var scope = scopes.CreateAsyncScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = principal };
            phases[0].Start();
            var viewer = await ViewerMiddleware.ViewerOfAsync(context) ?? throw new InvalidOperationException("A benchmark session was refused.");
            scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
            phases[0].Stop();
            phases[1].Start();
            var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, OperationName = "Dashboard" }, scope.ServiceProvider);
            phases[1].Stop();
            phases[2].Start();
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, ExecutionResultJson.WriterOptions))
            {
                ExecutionResultJson.Write(writer, result);
            }

            phases[2].Stop();
            if (check && (result.Errors.Count > 0 || !result.HasData))
            {
                throw new InvalidOperationException(
                    "The dashboard failed: " + System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan),
                    result.Errors.Select(error => error.OriginalException).FirstOrDefault(exception => exception is not null));
            }
        }

        for (var i = 0; i < warmup; i++)
        {
            await OneRequestAsync(check: true);
        }

        Console.WriteLine($"dashboard-probe: {sessions.Count} customers, {warmup} warm-up requests, {rounds} rounds of {requests}, response {buffer.WrittenCount} bytes (last)");
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var phase in phases)
            {
                phase.Reset();
            }

            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var gen0Before = GC.CollectionCount(0);
            var poolItemsBefore = ThreadPool.CompletedWorkItemCount;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < requests; i++)
            {
                await OneRequestAsync(check: false);
            }

            watch.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / requests;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / requests;
            var wall = watch.Elapsed.TotalMicroseconds / requests;
            var poolItems = (double)(ThreadPool.CompletedWorkItemCount - poolItemsBefore) / requests;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}: CPU {cpu,8:F0} µs/request  wall {wall,8:F0} µs/request  {allocated,10:N0} B/request  gen0 {GC.CollectionCount(0) - gen0Before}  pool items {poolItems:F2}/request  " +
                $"[session {phases[0].Elapsed.TotalMicroseconds / requests:F0} µs, execute {phases[1].Elapsed.TotalMicroseconds / requests:F0} µs, json {phases[2].Elapsed.TotalMicroseconds / requests:F0} µs wall]"));
        }
    }

    private static async Task<List<ClaimsPrincipal>> SessionsAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.System;
        var db = scope.ServiceProvider.GetRequiredService<IBokDbContext>();
        var accounts = await db.Set<Account>().AsNoTracking()
            .Where(account => account.CustomerId != null && account.Role == ViewerRole.Customer && account.EmailConfirmed)
            .OrderBy(account => account.Id)
            .Take(count)
            .ToListAsync();
        // Each principal gets a session row, as signIn would give it, so ViewerOfAsync runs its real per-request check.
        var sessionService = scope.ServiceProvider.GetRequiredService<AccountSessionService>();
        var principals = new List<ClaimsPrincipal>(accounts.Count);
        foreach (var account in accounts)
        {
            var signedIn = new SignedInAccount(account.Id, account.Role, account.CustomerId, account.DisplayName, account.SecurityStamp);
            var session = await sessionService.StartAsync(signedIn, AccountSessionKind.Bearer, "dashboard-probe", DateTime.UtcNow.AddDays(1));
            principals.Add(SessionPrincipal.Create(signedIn, session.Secret, AuthSchemes.Bearer));
        }

        return principals;
    }
}
