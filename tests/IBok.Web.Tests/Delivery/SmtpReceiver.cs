using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace IBok.Web.Tests.Delivery;

/// <summary>A message as the server received it: envelope, the authenticated user, whether the session was encrypted, the raw RFC 5322 text.</summary>
public sealed record ReceivedMail(string From, string[] To, string? User, bool Secure, string Raw);

/// <summary>A connection the server saw to its end: encrypted or not, who authenticated, refused AUTH attempts, MAIL FROM commands.</summary>
public sealed record ClosedSession(bool Secure, string? User, int AuthFailures, int MailFrom);

/// <summary>
/// Runs <c>smtp-receiver.js</c> (npm smtp-server, a real SMTP server) on a free loopback port and hands over each
/// message it receives and each connection it closed. Needs <c>node</c> and <c>npm ci</c> in the repository root
/// (test.sh does both).
/// </summary>
public sealed class SmtpReceiver : IAsyncDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly Process _node;
    private readonly Channel<JsonElement> _lines = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<JsonElement> _sessions = Channel.CreateUnbounded<JsonElement>();
    private readonly StringBuilder _stderr = new();

    private SmtpReceiver(Process node)
    {
        _node = node;
        _node.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                _lines.Writer.TryComplete();
                _sessions.Writer.TryComplete();
            }
            else if (line.Data.Length > 0)
            {
                var element = JsonDocument.Parse(line.Data).RootElement.Clone();
                (element.TryGetProperty("closed", out JsonElement _) ? _sessions : _lines).Writer.TryWrite(element);
            }
        };
        _node.ErrorDataReceived += (_, line) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(line.Data);
            }
        };
        _node.BeginOutputReadLine();
        _node.BeginErrorReadLine();
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; private set; }

    /// <summary>
    /// Starts the server accepting <paramref name="user"/> / <paramref name="password"/>: in clear text without STARTTLS,
    /// or, given a certificate (PEM files), offering STARTTLS and requiring AUTH, which it refuses before encryption.
    /// </summary>
    public static async Task<SmtpReceiver> StartAsync(string user, string password, (string CertificatePem, string KeyPem)? tls = null)
    {
        var root = RepositoryRoot();
        if (!Directory.Exists(Path.Combine(root, "node_modules", "smtp-server")))
        {
            throw new InvalidOperationException($"npm smtp-server is not installed in {root}/node_modules: run `npm ci` in {root}.");
        }

        var script = Path.Combine(root, "tests", "IBok.Web.Tests", "Delivery", "smtp-receiver.js");
        string[] arguments = tls is { } files ? [script, user, password, files.CertificatePem, files.KeyPem] : [script, user, password];
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        var receiver = new SmtpReceiver(Process.Start(start)!);
        var ready = await receiver.NextLineAsync(receiver._lines);
        receiver.Port = ready.GetProperty("listening").GetInt32();
        return receiver;
    }

    /// <summary>The next message received.</summary>
    public async Task<ReceivedMail> NextMessageAsync()
    {
        var line = await NextLineAsync(_lines);
        return new ReceivedMail(
            line.GetProperty("from").GetString()!,
            [.. line.GetProperty("to").EnumerateArray().Select(to => to.GetString()!)],
            line.GetProperty("user").GetString(),
            line.GetProperty("secure").GetBoolean(),
            Encoding.ASCII.GetString(Convert.FromBase64String(line.GetProperty("raw").GetString()!)));
    }

    /// <summary>The next connection the server has seen to its end (so what it did not receive is known, not waited for).</summary>
    public async Task<ClosedSession> NextClosedSessionAsync()
    {
        var line = await NextLineAsync(_sessions);
        return new ClosedSession(
            line.GetProperty("secure").GetBoolean(),
            line.GetProperty("user").GetString(),
            line.GetProperty("authFailures").GetInt32(),
            line.GetProperty("mailFrom").GetInt32());
    }

    /// <summary>Whether a message arrived that has not been taken yet.</summary>
    public bool HasMore => _lines.Reader.TryPeek(out _);

    private async Task<JsonElement> NextLineAsync(Channel<JsonElement> channel)
    {
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            return await channel.Reader.ReadAsync(timeout.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or ChannelClosedException)
        {
            string stderr;
            lock (_stderr)
            {
                stderr = _stderr.ToString();
            }

            throw new InvalidOperationException($"The SMTP receiver sent nothing within {Limit.TotalSeconds} s. Its stderr: {stderr}", error);
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "package.json")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("No package.json above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _node.StandardInput.Close();
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _node.WaitForExitAsync(exit.Token);
        }
        catch (OperationCanceledException)
        {
            _node.Kill(entireProcessTree: true);
        }

        _node.Dispose();
    }
}
