using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace IBok.Web.Tests.Delivery;

/// <summary>
/// Runs <c>smtp-receiver.js</c> (npm smtp-server, a real SMTP server) on a free loopback port and hands over each
/// message it receives. Needs <c>node</c> and <c>npm ci</c> in the repository root (test.sh does both).
/// </summary>
public sealed class SmtpReceiver : IAsyncDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly Process _node;
    private readonly Channel<JsonElement> _lines = Channel.CreateUnbounded<JsonElement>();
    private readonly StringBuilder _stderr = new();

    private SmtpReceiver(Process node)
    {
        _node = node;
        _node.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                _lines.Writer.TryComplete();
            }
            else if (line.Data.Length > 0)
            {
                _lines.Writer.TryWrite(JsonDocument.Parse(line.Data).RootElement.Clone());
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

    /// <summary>Starts the server accepting <paramref name="user"/> / <paramref name="password"/>.</summary>
    public static async Task<SmtpReceiver> StartAsync(string user, string password)
    {
        var root = RepositoryRoot();
        if (!Directory.Exists(Path.Combine(root, "node_modules", "smtp-server")))
        {
            throw new InvalidOperationException($"npm smtp-server is not installed in {root}/node_modules: run `npm ci` in {root}.");
        }

        var script = Path.Combine(root, "tests", "IBok.Web.Tests", "Delivery", "smtp-receiver.js");
        var start = new ProcessStartInfo("node", [script, user, password])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        var receiver = new SmtpReceiver(Process.Start(start)!);
        var ready = await receiver.NextLineAsync();
        receiver.Port = ready.GetProperty("listening").GetInt32();
        return receiver;
    }

    /// <summary>The next message received: envelope, authenticated user and the raw RFC 5322 text.</summary>
    public async Task<(string From, string[] To, string? User, string Raw)> NextMessageAsync()
    {
        var line = await NextLineAsync();
        return (
            line.GetProperty("from").GetString()!,
            [.. line.GetProperty("to").EnumerateArray().Select(to => to.GetString()!)],
            line.GetProperty("user").GetString(),
            Encoding.ASCII.GetString(Convert.FromBase64String(line.GetProperty("raw").GetString()!)));
    }

    /// <summary>Whether a message arrived that has not been taken yet.</summary>
    public bool HasMore => _lines.Reader.TryPeek(out _);

    private async Task<JsonElement> NextLineAsync()
    {
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            return await _lines.Reader.ReadAsync(timeout.Token);
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
