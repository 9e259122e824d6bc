using System.Text.Json;
using IBok.GraphQL.Server;
using static IBok.Web.GraphQL.WebSockets.GraphQLTransportWs;

namespace IBok.Web.GraphQL.WebSockets;

/// <summary>The kinds of message a client may send (PROTOCOL.md, "Message types", client → server and both ways).</summary>
internal enum ClientMessageKind
{
    ConnectionInit,
    Ping,
    Pong,
    Subscribe,
    Complete,
}

/// <summary>
/// One message a client sent, checked against the protocol's message shapes: the <c>type</c>, an <c>id</c> where
/// the type needs one, and the payload's shape. Payload values are cloned, so they outlive the parsed text.
/// </summary>
internal sealed class ClientMessage
{
    private ClientMessage(ClientMessageKind kind, string? id, JsonElement? payload, GraphQLRequest? request)
    {
        Kind = kind;
        Id = id;
        Payload = payload;
        Request = request;
    }

    public ClientMessageKind Kind { get; }

    /// <summary>The operation id of subscribe and complete; null otherwise.</summary>
    public string? Id { get; }

    /// <summary>The payload object of connection_init, ping and pong; null when absent or null.</summary>
    public JsonElement? Payload { get; }

    /// <summary>The GraphQL request of a subscribe message.</summary>
    public GraphQLRequest? Request { get; }

    /// <summary>
    /// Reads one text message. On failure returns null and <paramref name="error"/> says why, for the 4400 close
    /// reason ("can be vaguely descriptive", PROTOCOL.md "Invalid message").
    /// </summary>
    public static ClientMessage? Parse(ReadOnlyMemory<byte> utf8, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            return Read(document.RootElement, out error);
        }
        catch (JsonException)
        {
            error = "Invalid message received: not JSON.";
            return null;
        }
    }

    private static ClientMessage? Read(JsonElement message, out string? error)
    {
        error = null;
        if (message.ValueKind != JsonValueKind.Object)
        {
            error = "Invalid message received: a message must be a JSON object.";
            return null;
        }

        if (!message.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            error = "Invalid message received: the 'type' property must be a string.";
            return null;
        }

        var type = typeElement.GetString()!;
        switch (type)
        {
            case MessageTypes.ConnectionInit:
                return WithOptionalPayload(ClientMessageKind.ConnectionInit, type, message, out error);
            case MessageTypes.Ping:
                return WithOptionalPayload(ClientMessageKind.Ping, type, message, out error);
            case MessageTypes.Pong:
                return WithOptionalPayload(ClientMessageKind.Pong, type, message, out error);
            case MessageTypes.Subscribe:
                return Subscribe(message, out error);
            case MessageTypes.Complete:
                var id = ReadId(type, message, out error);
                return id is null ? null : new ClientMessage(ClientMessageKind.Complete, id, null, null);
            case MessageTypes.ConnectionAck or MessageTypes.Next or MessageTypes.Error:
                error = $"Invalid message received: '{type}' is sent by servers, not clients.";
                return null;
            default:
                error = $"Invalid message received: unknown message type '{type}'.";
                return null;
        }
    }

    private static ClientMessage? WithOptionalPayload(ClientMessageKind kind, string type, JsonElement message, out string? error)
    {
        error = null;
        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind == JsonValueKind.Null)
        {
            return new ClientMessage(kind, null, null, null);
        }

        if (payload.ValueKind != JsonValueKind.Object)
        {
            error = $"Invalid message received: the '{type}' payload must be an object or null.";
            return null;
        }

        return new ClientMessage(kind, null, payload.Clone(), null);
    }

    private static ClientMessage? Subscribe(JsonElement message, out string? error)
    {
        const string type = MessageTypes.Subscribe;
        var id = ReadId(type, message, out error);
        if (id is null)
        {
            return null;
        }

        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            error = "Invalid message received: the 'subscribe' payload must be an object.";
            return null;
        }

        if (!payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            error = "Invalid message received: the 'subscribe' payload's 'query' must be a string.";
            return null;
        }

        string? operationName = null;
        if (payload.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                error = "Invalid message received: the 'subscribe' payload's 'operationName' must be a string or null.";
                return null;
            }

            operationName = name.GetString();
        }

        JsonElement? variables = null;
        if (payload.TryGetProperty("variables", out var variablesElement) && variablesElement.ValueKind != JsonValueKind.Null)
        {
            if (variablesElement.ValueKind != JsonValueKind.Object)
            {
                error = "Invalid message received: the 'subscribe' payload's 'variables' must be an object or null.";
                return null;
            }

            variables = variablesElement.Clone();
        }

        Dictionary<string, object?>? extensions = null;
        if (payload.TryGetProperty("extensions", out var extensionsElement) && extensionsElement.ValueKind != JsonValueKind.Null)
        {
            if (extensionsElement.ValueKind != JsonValueKind.Object)
            {
                error = "Invalid message received: the 'subscribe' payload's 'extensions' must be an object or null.";
                return null;
            }

            extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var property in extensionsElement.EnumerateObject())
            {
                extensions[property.Name] = property.Value.Clone();
            }
        }

        var request = new GraphQLRequest
        {
            Query = query.GetString(),
            OperationName = operationName,
            VariablesJson = variables,
            Extensions = extensions,
            AllowedOperations = AllowedOperations.All,
        };
        return new ClientMessage(ClientMessageKind.Subscribe, id, null, request);
    }

    private static string? ReadId(string type, JsonElement message, out string? error)
    {
        if (!message.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() is not { Length: > 0 } text)
        {
            error = $"Invalid message received: '{type}' needs a non-empty string 'id'.";
            return null;
        }

        error = null;
        return text;
    }
}
