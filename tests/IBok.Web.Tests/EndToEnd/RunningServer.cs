using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IBok.GraphQL.Application.Demo;

namespace IBok.Web.Tests.EndToEnd;

/// <summary>
/// The real server as an operator runs it: the build output of IBok.Web started with <c>dotnet IBok.Web.dll</c> in its
/// own process on a free loopback port, a temporary SQLite database with the demo utility of 5 customers, e-mails to
/// a temporary pickup folder. Ready once <c>/health</c> answers; killed (with any children) and its folder deleted
/// at dispose.
/// </summary>
public sealed class RunningServer : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);

    private readonly string _folder = Directory.CreateTempSubdirectory("ibok-e2e-").FullName;
    private readonly StringBuilder _output = new();
    private Process? _server;

    /// <summary>The day the demo history ends on: the server's own today, so readings dated today are not in the future.</summary>
    public static DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.Now);

    /// <summary>The logins the server printed (the same seed and size give the same ones).</summary>
    public static DemoLogins Logins { get; } = DemoUtilityGenerator.Generate(new DemoOptions { Today = Today, CustomerCount = 5 }).Logins;

    /// <summary>The server's plain http address, e.g. <c>http://127.0.0.1:41234/</c> (API clients, WebSocket).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>
    /// The server's https address with a self-signed certificate made for this run: browser sessions need it, since
    /// the session and antiforgery cookies are Secure.
    /// </summary>
    public Uri SecureAddress { get; private set; } = null!;

    private X509Certificate2? _certificate;

    /// <summary>What the server wrote to standard output and error so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort().ToString(CultureInfo.InvariantCulture)}/");
        SecureAddress = new Uri($"https://127.0.0.1:{FreeLoopbackPort().ToString(CultureInfo.InvariantCulture)}/");
        const string CertificatePassword = "ibok-e2e";
        _certificate = SelfSignedLoopbackCertificate();
        var certificatePath = Path.Combine(_folder, "loopback.pfx");
        await File.WriteAllBytesAsync(certificatePath, _certificate.Export(X509ContentType.Pfx, CertificatePassword));
        var start = new ProcessStartInfo("dotnet", [ServerAssembly()])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/') + ";" + SecureAddress.ToString().TrimEnd('/');
        start.Environment["Kestrel__Certificates__Default__Path"] = certificatePath;
        start.Environment["Kestrel__Certificates__Default__Password"] = CertificatePassword;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(_folder, "ibok.db")}";
        start.Environment["Mail__PickupFolder"] = Path.Combine(_folder, "mail");
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["Demo__CustomerCount"] = "5";
        start.Environment["Demo__Today"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _server = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        _server.OutputDataReceived += (_, line) => Append(line.Data);
        _server.ErrorDataReceived += (_, line) => Append(line.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        // Kestrel binds its addresses one after another and serves each as soon as it is bound, so the https address
        // (which loads a certificate first) may still refuse connections when plain http already answers: wait for both.
        using var client = new HttpClient { BaseAddress = BaseAddress };
        using var secureClient = CreateBrowser();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_server.ExitCode} before /health answered.\n{Output}");
            }

            try
            {
                using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
                using var secureHealth = await secureClient.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK && secureHealth.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > StartLimit)
            {
                throw new TimeoutException($"The server did not answer /health within {StartLimit}.\n{Output}");
            }

            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            if (!_server.HasExited)
            {
                _server.Kill(entireProcessTree: true);
                await _server.WaitForExitAsync();
            }

            _server.Dispose();
        }

        _certificate?.Dispose();

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Whether the server process is still running (the tests check it never died on a bad request).</summary>
    public bool IsRunning => _server is { HasExited: false };

    /// <summary>A client of the server that keeps no cookies (cookie tests carry them by hand: the server is plain http).</summary>
    public HttpClient CreateClient() => new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>A browser-like client of the https address that keeps cookies and trusts only this run's certificate.</summary>
    public HttpClient CreateBrowser()
    {
        var thumbprint = _certificate!.Thumbprint;
        var handler = new HttpClientHandler
        {
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
        };
        return new HttpClient(handler) { BaseAddress = SecureAddress };
    }

    /// <summary>A client signed in with a bearer token from the signIn mutation.</summary>
    public async Task<(HttpClient Client, string Token)> SignInWithBearerAsync(string login, string password)
    {
        var client = CreateClient();
        var (_, json) = await PostAsync(client, SignIn, new { login, password, bearer = true });
        var token = json["data"]!["signIn"]!["session"]!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (client, token);
    }

    /// <summary>POSTs a GraphQL request as JSON and parses the answer.</summary>
    public static async Task<(HttpResponseMessage Response, JsonNode Json)> PostAsync(
        HttpClient client, string query, object? variables = null, Action<HttpRequestMessage>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonNode.Parse(text)!);
    }

    public const string SignIn = """
        mutation ($login: String!, $password: String!, $bearer: Boolean!) {
          signIn(input: { login: $login, password: $password, bearerToken: $bearer }) {
            session { role accessToken csrfToken }
            errors { code message }
          }
        }
        """;

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>IBok.Web.dll as the build of src/IBok.Web put it, in the configuration this test project was built in.</summary>
    private static string ServerAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        for (var directory = testOutput; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IBok.sln")))
            {
                var assembly = Path.Combine(directory.FullName, "src", "IBok.Web", "bin", configuration, framework, "IBok.Web.dll");
                return File.Exists(assembly)
                    ? assembly
                    : throw new InvalidOperationException($"{assembly} does not exist: build src/IBok.Web first (building this test project does).");
            }
        }

        throw new InvalidOperationException($"No IBok.sln above {AppContext.BaseDirectory}.");
    }
}
