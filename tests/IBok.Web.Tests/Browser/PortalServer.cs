using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace IBok.Web.Tests.Browser;

/// <summary>
/// The real, built server (<c>src/IBok.Web/bin/&lt;configuration&gt;/net10.0/IBok.Web.dll</c>) run as a process on a free
/// loopback port over HTTPS (a self-signed certificate made for the run: the portal's cookies are Secure), with a fresh
/// SQLite database in a temporary folder, the demo utility (<see cref="CustomerCount"/> customers) and e-mails in
/// <see cref="MailFolder"/>.
/// </summary>
public sealed class PortalServer : IAsyncDisposable
{
    /// <summary>How many demo customers the server seeds (100001 … 100005; the first two have accounts).</summary>
    public const int CustomerCount = 5;

    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly string _folder;

    private PortalServer(Process process, StringBuilder output, string folder, Uri baseAddress)
    {
        _process = process;
        _output = output;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's address, e.g. <c>https://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The pickup folder the server writes e-mails to.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>The server's SQLite database file.</summary>
    public string DatabaseFile => Path.Combine(_folder, "ibok.db");

    /// <summary>What the server printed so far (standard output and error).</summary>
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

    /// <summary>The repository's root (the folder holding IBok.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Starts the server and waits until it answers <c>/health</c>.</summary>
    public static async Task<PortalServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("ibok-browser-").FullName;
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"https://127.0.0.1:{port}");
        var certificate = Path.Combine(folder, "server.pfx");
        const string certificatePassword = "ibok-browser-tests";
        WriteSelfSignedCertificate(certificate, certificatePassword);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WebProjectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebAssembly());
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(WebProjectFolder);
        // Set explicitly: the test process's own defaults (TestDatabaseDefaults) would otherwise be inherited.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment["Kestrel__Certificates__Default__Path"] = certificate;
        start.Environment["Kestrel__Certificates__Default__Password"] = certificatePassword;
        start.Environment["Database__Provider"] = "sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "ibok.db")}";
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["Demo__CustomerCount"] = CustomerCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Mail__PickupFolder"] = Path.Combine(folder, "mail");
        start.Environment["Accounts__PublicBaseUrl"] = baseAddress.ToString();
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var output = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PortalServer(process, output, folder, baseAddress);
        try
        {
            await server.WaitUntilHealthyAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>An HTTP client for the server that trusts its self-signed certificate.</summary>
    public HttpClient CreateHttpClient() => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        AllowAutoRedirect = false,
    })
    { BaseAddress = BaseAddress };

    /// <summary>The newest e-mail to <paramref name="recipient"/>, decoded.</summary>
    public string LastMailTo(string recipient)
    {
        var files = Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [];
        foreach (var file in files.Order(StringComparer.Ordinal).Reverse())
        {
            var text = File.ReadAllText(file);
            if (text.Contains(recipient, StringComparison.OrdinalIgnoreCase))
            {
                var body = text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Replace("\r\n", "", StringComparison.Ordinal);
                return Encoding.UTF8.GetString(Convert.FromBase64String(body));
            }
        }

        throw new InvalidOperationException($"No e-mail to {recipient} in {MailFolder}.");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process; the temporary folder is cleaned by the system later.
        }
    }

    private static string WebProjectFolder => Path.Combine(RepositoryRoot, "src", "IBok.Web");

    private static string WebAssembly()
    {
        // The test runs from tests/IBok.Web.Tests/bin/<configuration>/<tfm>/; the server was built alongside it.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(WebProjectFolder, "bin", testOutput.Parent!.Name, testOutput.Name, "IBok.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the server first (dotnet build builds it with the tests).", path);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = CreateHttpClient();
        // Seeding the demo database takes a few seconds on a busy machine; this is a start-up wait, not a timed assertion.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The server did not answer /health within two minutes:\n{Output}");
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WriteSelfSignedCertificate(string path, string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IBok.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("IBok.sln not found above " + AppContext.BaseDirectory);
    }
}
