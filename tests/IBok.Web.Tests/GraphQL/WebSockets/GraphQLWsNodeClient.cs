using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace IBok.Web.Tests.GraphQL.WebSockets;

/// <summary>
/// Runs <c>graphql-ws-client.js</c> (the real npm graphql-ws client) against a server and hands its report lines
/// over as they come. Needs <c>node</c> on the PATH and <c>npm ci</c> run in the repository root (test.sh does both).
/// </summary>
public sealed class GraphQLWsNodeClient : IAsyncDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly Process _node;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _stderr = new();

    private GraphQLWsNodeClient(Process node)
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
                _lines.Writer.TryWrite(line.Data);
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

    /// <summary>Starts the client with the scenario (see the script's header), serialised as JSON.</summary>
    public static GraphQLWsNodeClient Start(Uri uri, object scenario)
    {
        var root = RepositoryRoot();
        var modules = Path.Combine(root, "node_modules");
        if (!Directory.Exists(Path.Combine(modules, "graphql-ws")) || !Directory.Exists(Path.Combine(modules, "ws")))
        {
            throw new InvalidOperationException($"npm graphql-ws and ws are not installed in {modules}: run `npm ci` in {root}.");
        }

        var script = Path.Combine(AppContext.BaseDirectory, "GraphQL", "WebSockets", "graphql-ws-client.js");
        var start = new ProcessStartInfo("node", [script, uri.ToString(), JsonSerializer.Serialize(scenario)])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["NODE_PATH"] = modules;
        return new GraphQLWsNodeClient(Process.Start(start) ?? throw new InvalidOperationException("Could not start node."));
    }

    /// <summary>The next report line, parsed; fails if the script ends first.</summary>
    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            if (await _lines.Reader.WaitToReadAsync(timeout.Token) && _lines.Reader.TryRead(out var line))
            {
                using var document = JsonDocument.Parse(line);
                return document.RootElement.Clone();
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"graphql-ws-client.js reported nothing for {Limit.TotalSeconds} s. {StandardError}");
        }

        throw new InvalidOperationException($"graphql-ws-client.js ended without reporting more. {StandardError}");
    }

    /// <summary>Every remaining report line, once the script has exited (successfully, or the test fails).</summary>
    public async Task<IReadOnlyList<string>> ToEndAsync()
    {
        using var timeout = new CancellationTokenSource(Limit);
        await _node.WaitForExitAsync(timeout.Token);
        var lines = new List<string>();
        await foreach (var line in _lines.Reader.ReadAllAsync(timeout.Token))
        {
            lines.Add(line);
        }

        Assert.True(_node.ExitCode == 0, $"graphql-ws-client.js exited with {_node.ExitCode}. {StandardError}");
        return lines;
    }

    private string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!_node.HasExited)
        {
            _node.Kill();
        }

        _node.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IBok.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No IBok.sln above {AppContext.BaseDirectory}.");
    }
}
