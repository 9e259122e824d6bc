using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using IBok.GraphQL.Execution;
using static IBok.Web.GraphQL.WebSockets.GraphQLTransportWs;

namespace IBok.Web.GraphQL.WebSockets;

/// <summary>The messages the server sends, as UTF-8 JSON text (PROTOCOL.md, "Message types").</summary>
internal static class ServerMessages
{
    public static readonly ReadOnlyMemory<byte> Ping = """{"type":"ping"}"""u8.ToArray();

    public static ReadOnlyMemory<byte> ConnectionAck(IReadOnlyDictionary<string, object?>? payload) =>
        Write(writer =>
        {
            writer.WriteString("type", MessageTypes.ConnectionAck);
            if (payload is not null)
            {
                writer.WritePropertyName("payload");
                ExecutionResultJson.WriteValue(writer, payload);
            }
        });

    /// <summary>The answer to a ping, with the ping's payload (if any) echoed back.</summary>
    public static ReadOnlyMemory<byte> Pong(JsonElement? payload) =>
        Write(writer =>
        {
            writer.WriteString("type", MessageTypes.Pong);
            if (payload is { } value)
            {
                writer.WritePropertyName("payload");
                value.WriteTo(writer);
            }
        });

    public static ReadOnlyMemory<byte> Next(string id, ExecutionResult result) =>
        Write(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("type", MessageTypes.Next);
            writer.WritePropertyName("payload");
            ExecutionResultJson.Write(writer, result);
        });

    /// <summary>An error message: its payload is the errors array itself, not a response object.</summary>
    public static ReadOnlyMemory<byte> Error(string id, IReadOnlyList<GraphQLError> errors) =>
        Write(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("type", MessageTypes.Error);
            writer.WritePropertyName("payload");
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                ExecutionResultJson.WriteError(writer, error);
            }

            writer.WriteEndArray();
        });

    public static ReadOnlyMemory<byte> Complete(string id) =>
        Write(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("type", MessageTypes.Complete);
        });

    // Frames are JSON for programs, never HTML: no reason to escape '<', '&' or Polish letters.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
