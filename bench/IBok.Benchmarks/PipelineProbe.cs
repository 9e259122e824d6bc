using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using System.Net;
using System.Text;
using System.Text.Json;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Application.Accounts;
using IBok.Web.Auth;
using IBok.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IBok.Benchmarks;

/// <summary>
/// The iBOK server's whole request pipeline in-process: the web host exactly as <c>Program.cs</c> builds it
/// (<see cref="IBokWebApplication"/>: error pages, security headers, static files, authentication, the viewer
/// middleware, client origin, WebSockets, routing, authorization, the GraphQL endpoint) behind an in-memory server
/// that hands ASP.NET Core's hosting layer one request after another, as Kestrel would, without sockets. Prints the
/// process's CPU µs and bytes allocated per request: the figures to A/B on a shared machine.
/// </summary>
/// <remarks>
/// <c>pipeline-probe --database file [--query dashboard|typename] [--auth bearer|anonymous] [--requests N]
/// [--warmup N] [--rounds N] [--accounts N]</c>. Bearer tokens are made with the server's own bearer protector for
/// customer accounts of the database (each with a session row, as signIn makes them); <c>typename</c> asks
/// <c>{ __typename }</c>, so what is left is the pipeline and the session check.
/// </remarks>
public static class PipelineProbe
{
    public static async Task RunAsync(string[] args)
    {
        var database = args.Option("--database") ?? throw new ArgumentException("--database is required");
        var queryName = args.Option("--query") ?? "dashboard";
        var anonymous = args.Option("--auth") == "anonymous";
        var requests = args.IntOption("--requests", 3000);
        var warmup = args.IntOption("--warmup", 5000);
        var rounds = args.IntOption("--rounds", 3);
        var accountCount = args.IntOption("--accounts", 300);
        var query = queryName == "typename"
            ? "query Dashboard { __typename }"
            : await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "dashboard.graphql"));
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query, operationName = "Dashboard" });

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ApplicationName = typeof(IBokWebApplication).Assembly.GetName().Name,
            Args = [],
        });
        builder.Configuration["Database:Provider"] = "sqlite";
        builder.Configuration["Database:ConnectionString"] = "Data Source=" + database;
        builder.Configuration["Delivery:DailyRunEnabled"] = "false";
        builder.Logging.ClearProviders();
        var server = new InMemoryServer();
        builder.Services.AddSingleton<IServer>(server);
        builder.AddIBokWeb();
        await using var app = builder.Build();
        await app.MigrateIBokDatabaseAsync();
        app.UseIBokWeb();
        await app.StartAsync();

        var tokens = anonymous ? [] : await BearerTokensAsync(app.Services, accountCount);
        if (!anonymous && tokens.Count == 0)
        {
            throw new InvalidOperationException("The database has no customer accounts; run dashboard-accounts first.");
        }

        var random = new Random(20261122);
        async Task<ProbeResponse> OneRequestAsync()
        {
            var headers = new HeaderDictionary
            {
                ["Host"] = "127.0.0.1:5000",
                ["Content-Type"] = "application/json",
                ["Accept"] = "application/graphql-response+json",
                ["Content-Length"] = body.Length.ToString(CultureInfo.InvariantCulture),
            };
            if (!anonymous)
            {
                headers["Authorization"] = "Bearer " + tokens[random.Next(tokens.Count)];
            }

            var request = new HttpRequestFeature
            {
                Protocol = "HTTP/1.1",
                Scheme = "http",
                Method = "POST",
                PathBase = "",
                Path = "/graphql",
                QueryString = "",
                RawTarget = "/graphql",
                Headers = headers,
                Body = new MemoryStream(body, writable: false),
            };
            var response = new ProbeResponse();
            var features = new FeatureCollection();
            features.Set<IHttpRequestFeature>(request);
            features.Set<IHttpResponseFeature>(response);
            features.Set<IHttpResponseBodyFeature>(response);
            features.Set<IHttpConnectionFeature>(new HttpConnectionFeature { RemoteIpAddress = IPAddress.Loopback, RemotePort = 40000, LocalIpAddress = IPAddress.Loopback, LocalPort = 5000 });
            features.Set<IHttpUpgradeFeature>(NotUpgradable.Instance);
            await server.ProcessAsync(features, response);
            return response;
        }

        for (var i = 0; i < warmup; i++)
        {
            var response = await OneRequestAsync();
            if (response.StatusCode != 200 || response.BodyText.Contains("\"errors\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The request failed ({response.StatusCode}): {response.BodyText}");
            }
        }

        Console.WriteLine($"pipeline-probe {queryName}, {(anonymous ? "anonymous" : tokens.Count + " bearer tokens")}: {warmup} warm-up requests, {rounds} rounds of {requests}");
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < requests; i++)
            {
                await OneRequestAsync();
            }

            watch.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / requests;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / requests;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}: CPU {cpu,7:F0} µs/request  wall {watch.Elapsed.TotalMicroseconds / requests,7:F0} µs/request  {allocated,9:N0} B/request  load {File.ReadAllText("/proc/loadavg")[..14]}"));
        }

        await app.StopAsync();
    }

    private static async Task<List<string>> BearerTokensAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.System;
        var db = scope.ServiceProvider.GetRequiredService<IBokDbContext>();
        var accounts = await db.Set<Account>().AsNoTracking()
            .Where(account => account.CustomerId != null && account.Role == ViewerRole.Customer && account.EmailConfirmed)
            .OrderBy(account => account.Id)
            .Take(count)
            .ToListAsync();
        var sessionService = scope.ServiceProvider.GetRequiredService<AccountSessionService>();
        var bearer = services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(AuthSchemes.Bearer);
        var tokens = new List<string>(accounts.Count);
        foreach (var account in accounts)
        {
            // As HttpSignInSession makes them: a session row, then a token from the bearer handler's own protector.
            var signedIn = new SignedInAccount(account.Id, account.Role, account.CustomerId, account.DisplayName, account.SecurityStamp);
            var expiresAt = DateTimeOffset.UtcNow + bearer.BearerTokenExpiration;
            var session = await sessionService.StartAsync(signedIn, AccountSessionKind.Bearer, "pipeline-probe", expiresAt.UtcDateTime);
            var ticket = new AuthenticationTicket(
                SessionPrincipal.Create(signedIn, session.Secret, AuthSchemes.Bearer),
                new AuthenticationProperties { ExpiresUtc = expiresAt },
                AuthSchemes.Bearer);
            tokens.Add(bearer.BearerTokenProtector.Protect(ticket));
        }

        return tokens;
    }

    /// <summary>Hands requests to ASP.NET Core's hosting layer the way Kestrel does, in memory.</summary>
    private sealed class InMemoryServer : IServer
    {
        private Func<IFeatureCollection, ProbeResponse, Task>? _process;

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task ProcessAsync(IFeatureCollection features, ProbeResponse response) =>
            (_process ?? throw new InvalidOperationException("The server has not started."))(features, response);

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull
        {
            _process = async (features, response) =>
            {
                var context = application.CreateContext(features);
                Exception? failure = null;
                try
                {
                    await application.ProcessRequestAsync(context);
                }
                catch (Exception exception)
                {
                    failure = exception;
                    response.StatusCode = 500;
                }

                // Kestrel's order: start the response if the app did not, run OnCompleted callbacks, dispose the context.
                await response.StartAsync();
                await response.CompleteCallbacksAsync();
                application.DisposeContext(context, failure);
            };
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }

    private sealed class NotUpgradable : IHttpUpgradeFeature
    {
        public static readonly NotUpgradable Instance = new();

        public bool IsUpgradableRequest => false;

        public Task<Stream> UpgradeAsync() => throw new InvalidOperationException("Not an upgrade request.");
    }

    /// <summary>The response side of a request: headers, OnStarting/OnCompleted callbacks, and a body kept in memory.</summary>
    private sealed class ProbeResponse : IHttpResponseFeature, IHttpResponseBodyFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _starting = [];
        private readonly List<(Func<object, Task> Callback, object State)> _completed = [];
        private readonly MemoryStream _body = new();
        private PipeWriter? _writer;
        private Stream? _stream;

        public int StatusCode { get; set; } = 200;

        public string? ReasonPhrase { get; set; }

        public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

        [Obsolete("Use IHttpResponseBodyFeature")]
        public Stream Body { get => Stream; set => throw new NotSupportedException(); }

        public bool HasStarted { get; private set; }

        public Stream Stream => _stream ??= new StartingStream(this);

        public PipeWriter Writer => _writer ??= PipeWriter.Create(Stream, new StreamPipeWriterOptions(leaveOpen: true));

        public string BodyText => Encoding.UTF8.GetString(_body.GetBuffer(), 0, (int)_body.Length);

        public void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

        public void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

        public void DisableBuffering()
        {
        }

        public async Task StartAsync(CancellationToken cancellationToken = default)
        {
            if (HasStarted)
            {
                return;
            }

            // Registered last runs first, as in Kestrel.
            for (var i = _starting.Count - 1; i >= 0; i--)
            {
                await _starting[i].Callback(_starting[i].State);
            }

            HasStarted = true;
        }

        public async Task CompleteCallbacksAsync()
        {
            for (var i = _completed.Count - 1; i >= 0; i--)
            {
                await _completed[i].Callback(_completed[i].State);
            }
        }

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public async Task CompleteAsync()
        {
            await StartAsync();
            if (_writer is not null)
            {
                await _writer.FlushAsync();
            }
        }

        private sealed class StartingStream(ProbeResponse response) : Stream
        {
            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => response._body.Length;

            public override long Position { get => Length; set => throw new NotSupportedException(); }

            public override void Flush() => response.StartAsync().GetAwaiter().GetResult();

            public override Task FlushAsync(CancellationToken cancellationToken) => response.StartAsync(cancellationToken);

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count)
            {
                response.StartAsync().GetAwaiter().GetResult();
                response._body.Write(buffer, offset, count);
            }

            public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                await response.StartAsync(cancellationToken);
                response._body.Write(buffer.Span);
            }

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        }
    }
}
