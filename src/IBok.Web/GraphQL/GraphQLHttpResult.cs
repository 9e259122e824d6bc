using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using IBok.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IBok.Web.GraphQL;

/// <summary>
/// A GraphQL response written straight to the response body with the engine's serializer
/// (<see cref="ExecutionResultJson"/>), with its status and Content-Type.
/// </summary>
/// <param name="Result">The response.</param>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="ContentType">The Content-Type header value.</param>
/// <param name="Allow">The Allow header value of a 405, else null.</param>
public sealed record GraphQLHttpResult(ExecutionResult Result, int StatusCode, string ContentType, string? Allow = null) : IResult
{
    // Only quotes, backslashes and control characters are escaped: the body is never embedded in HTML, and Polish text stays readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A thread's buffer grown past this is dropped after use, so one huge response does not pin its memory for good.
    private const int KeptBufferBytes = 256 * 1024;

    // Each thread's serialization buffer and writer, reused: serializing is synchronous, so no other request can
    // take them from this thread in between.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>A response to a request that failed before the engine saw it.</summary>
    public static GraphQLHttpResult Error(
        int statusCode,
        string message,
        string code,
        GraphQLResponseMediaType mediaType,
        string? allow = null) =>
        new(
            ExecutionResult.FromErrors([new GraphQLError(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code })]),
            statusCode,
            GraphQLMediaTypes.ContentTypeFor(mediaType, statusCode),
            allow);

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        response.Headers[HeaderNames.CacheControl] = "no-store";
        if (Allow is not null)
        {
            response.Headers[HeaderNames.Allow] = Allow;
        }

        WriteBody(response);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Serializes the response into this thread's buffer, then hands it to the server with its Content-Length: one
    /// write, no chunked framing for the server to add or the client to undo.
    /// </summary>
    private void WriteBody(HttpResponse response)
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(16 * 1024);
        var writer = t_writer ?? new Utf8JsonWriter(buffer, WriterOptions);
        t_buffer = null;
        t_writer = null;
        writer.Reset(buffer);
        try
        {
            ExecutionResultJson.Write(writer, Result);
            writer.Flush();
            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenSpan);
        }
        finally
        {
            writer.Reset();
            buffer.ResetWrittenCount();
            if (buffer.Capacity <= KeptBufferBytes)
            {
                t_buffer = buffer;
                t_writer = writer;
            }
        }
    }
}
