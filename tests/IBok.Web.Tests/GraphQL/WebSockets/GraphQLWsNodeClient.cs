using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace IBok.Web.Tests.GraphQL.WebSockets;

/// <summary>
/// Runs a node script that drives the real npm graphql-ws client (<c>graphql-ws-client.js</c> here for the protocol
/// tests, <c>EndToEnd/subscribe-with-bearer.js</c> for the end-to-end tests) and hands its one-JSON-object-per-line
/// reports over as they come. Needs <c>node</c> on the PATH and <c>npm ci</c> run in the repository root (test.sh
/// does both).
/// </summary>
public sealed class GraphQLWsNodeClient : IAsyncDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly Process _node;
    private readonly string _scriptName;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _stderr = new();

    private GraphQLWsNodeClient(Process node, string scriptName)
    {
        _node = node;
        _scriptName = scriptName;
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

    /// <summary>Starts <c>graphql-ws-client.js</c> with the scenario (see the script's header), serialised as JSON.</summary>
    public static GraphQLWsNodeClient Start(Uri uri, object scenario)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return StartScript(Path.Combine("GraphQL", "WebSockets", "graphql-ws-client.js"), uri.ToString(), JsonSerializer.Serialize(scenario));
    }

    /// <summary>Starts a script copied to the test output (<paramref name="scriptPath"/> relative to it) with its arguments.</summary>
    public static GraphQLWsNodeClient StartScript(string scriptPath, params string[] arguments)
    {
        var root = RepositoryRoot();
        var modules = Path.Combine(root, "node_modules");
        if (!Directory.Exists(Path.Combine(modules, "graphql-ws")) || !Directory.Exists(Path.Combine(modules, "ws")))
        {
            throw new InvalidOperationException($"npm graphql-ws and ws are not installed in {modules}: run `npm ci` in {root}.");
        }

        var script = Path.Combine(AppContext.BaseDirectory, scriptPath);
        var start = new ProcessStartInfo("node", [script, .. arguments])
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["NODE_PATH"] = modules;
        return new GraphQLWsNodeClient(Process.Start(start) ?? throw new InvalidOperationException("Could not start node."), Path.GetFileName(script));
    }

    /// <summary>Starts <c>graphql-ws-steps.js</c>: a socket with <paramref name="handshakeHeaders"/>, one operation per <see cref="SendOperationAsync"/>.</summary>
    public static GraphQLWsNodeClient StartSteps(Uri uri, IReadOnlyDictionary<string, string> handshakeHeaders)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return StartScript(Path.Combine("GraphQL", "WebSockets", "graphql-ws-steps.js"), uri.ToString(), JsonSerializer.Serialize(handshakeHeaders));
    }

    /// <summary>Has <c>graphql-ws-steps.js</c> subscribe one more operation on its connection.</summary>
    public async Task SendOperationAsync(string name, string query)
    {
        await _node.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { name, query }));
        await _node.StandardInput.FlushAsync();
    }

    /// <summary>Tells <c>graphql-ws-steps.js</c> no more operations come: it exits once the running ones have ended.</summary>
    public void EndOperations() => _node.StandardInput.Close();

    /// <summary>The next report line, parsed; fails if the script ends first or reports nothing for a minute.</summary>
    public async Task<JsonElement> NextAsync() =>
        await NextOrNullAsync(Limit) ?? throw new TimeoutException($"{_scriptName} reported nothing for {Limit.TotalSeconds} s. {StandardError}");

    /// <summary>The next report line, parsed, or null when none comes within <paramref name="wait"/>; fails if the script ends first.</summary>
    public async Task<JsonElement?> NextOrNullAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
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
            return null;
        }

        throw new InvalidOperationException($"{_scriptName} ended without reporting more. {StandardError}");
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

        Assert.True(_node.ExitCode == 0, $"{_scriptName} exited with {_node.ExitCode}. {StandardError}");
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

    /// <summary>Stops the script (and anything it started) if it still runs.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_node.HasExited)
        {
            _node.Kill(entireProcessTree: true);
            await _node.WaitForExitAsync();
        }

        _node.Dispose();
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
