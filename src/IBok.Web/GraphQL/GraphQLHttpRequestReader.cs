using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using IBok.GraphQL.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace IBok.Web.GraphQL;

/// <summary>Why an HTTP request is not a well-formed GraphQL-over-HTTP request: its status and GraphQL error.</summary>
/// <param name="StatusCode">400 (unreadable JSON), 413, 415 or 422 (wrong parameters).</param>
/// <param name="Message">The error message for the client.</param>
/// <param name="Code">The error's <c>extensions.code</c>.</param>
public sealed record GraphQLRequestProblem(int StatusCode, string Message, string Code)
{
    internal static GraphQLRequestProblem BadJson(string message) => new(StatusCodes.Status400BadRequest, message, ServerErrorCodes.BadRequest);

    internal static GraphQLRequestProblem NotWellFormed(string message) => new(StatusCodes.Status422UnprocessableEntity, message, ServerErrorCodes.BadRequest);
}

/// <summary>
/// A GraphQL request read from HTTP; owns the JSON document (and pooled buffer) its values point into, so it
/// must stay undisposed until the response is written.
/// </summary>
public sealed class GraphQLHttpRequest : IDisposable
{
    private JsonDocument? _document;
    private byte[]? _buffer;
    private byte[]? _queryBuffer;

    internal GraphQLHttpRequest(GraphQLRequest request, JsonDocument? document = null, byte[]? buffer = null, byte[]? queryBuffer = null)
    {
        Request = request;
        _document = document;
        _buffer = buffer;
        _queryBuffer = queryBuffer;
    }

    /// <summary>The request for the engine.</summary>
    public GraphQLRequest Request { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        _document?.Dispose();
        _document = null;
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }

        if (_queryBuffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_queryBuffer);
            _queryBuffer = null;
        }
    }
}

/// <summary>
/// Reads the parameters of GraphQL over HTTP ("Request Parameters": <c>query</c>, <c>operationName</c>,
/// <c>variables</c>, <c>extensions</c>) from a GET query string or a POST <c>application/json</c> body, and says
/// precisely what is wrong with a request that does not carry them correctly.
/// </summary>
public static class GraphQLHttpRequestReader
{
    private const string QueryName = "query";
    private const string OperationNameName = "operationName";
    private const string VariablesName = "variables";
    private const string ExtensionsName = "extensions";
    private const int InitialBufferBytes = 4096;

    /// <summary>
    /// The request encoded in <paramref name="query"/> (GraphQL over HTTP, "GET"): each parameter at most once,
    /// <c>variables</c> and <c>extensions</c> as JSON objects; the empty string means "not given".
    /// </summary>
    public static (GraphQLHttpRequest? Request, GraphQLRequestProblem? Problem) FromQueryString(IQueryCollection query, AllowedOperations allowedOperations)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problem = FirstProblem(
            Single(query, QueryName, out var queryText),
            Single(query, OperationNameName, out var operationName),
            Single(query, VariablesName, out var variablesText),
            Single(query, ExtensionsName, out var extensionsText),
            ParseObjectParameter(VariablesName, variablesText, out var variables),
            ParseObjectParameter(ExtensionsName, extensionsText, out var extensions));
        if (problem is not null)
        {
            return (null, problem);
        }

        var request = new GraphQLRequest
        {
            Query = queryText,
            OperationName = operationName,
            VariablesJson = variables,
            Extensions = extensions is { } extensionsObject ? ToDictionary(extensionsObject) : null,
            AllowedOperations = allowedOperations,
        };
        return (new GraphQLHttpRequest(request), null);
    }

    /// <summary>
    /// The request in the body of <paramref name="httpRequest"/> (GraphQL over HTTP, "POST" and "JSON Encoding"):
    /// <c>application/json</c> in UTF-8 (415 otherwise), at most <paramref name="maxBytes"/> bytes (413), valid
    /// JSON (400), a JSON object whose parameters have the right types (422).
    /// </summary>
    public static async Task<(GraphQLHttpRequest? Request, GraphQLRequestProblem? Problem)> FromBodyAsync(
        HttpRequest httpRequest,
        long maxBytes,
        AllowedOperations allowedOperations,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpRequest);
        if (CheckContentType(httpRequest.ContentType) is { } contentTypeProblem)
        {
            return (null, contentTypeProblem);
        }

        if (httpRequest.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        var (buffer, length, readProblem) = await ReadBodyAsync(httpRequest, maxBytes, cancellationToken).ConfigureAwait(false);
        if (readProblem is not null)
        {
            return (null, readProblem);
        }

        var request = ParseBody(buffer!, length, allowedOperations, out var parseProblem);
        if (parseProblem is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer!);
        }

        return (request, parseProblem);
    }

    private static GraphQLRequestProblem? CheckContentType(string? contentType)
    {
        // What clients send nearly always; parsing it as a media type costs allocations on every request.
        if (string.Equals(contentType, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(contentType, GraphQLMediaTypes.JsonUtf8, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(contentType))
        {
            return new(StatusCodes.Status415UnsupportedMediaType, "The request has no Content-Type; send the body as application/json.", TransportErrorCodes.UnsupportedMediaType);
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new(
                StatusCodes.Status415UnsupportedMediaType,
                $"The Content-Type \"{contentType}\" is not supported; send the body as application/json.",
                TransportErrorCodes.UnsupportedMediaType);
        }

        if (!GraphQLMediaTypes.IsUtf8OrUnspecified(mediaType.Charset))
        {
            return new(
                StatusCodes.Status415UnsupportedMediaType,
                $"The charset \"{HeaderUtilities.RemoveQuotes(mediaType.Charset)}\" is not supported; send the body as application/json in UTF-8.",
                TransportErrorCodes.UnsupportedMediaType);
        }

        return null;
    }

    private static async Task<(byte[]? Buffer, int Length, GraphQLRequestProblem? Problem)> ReadBodyAsync(
        HttpRequest httpRequest,
        long maxBytes,
        CancellationToken cancellationToken)
    {
        // One byte more than allowed tells "exactly at the limit" from "over it" without reading further.
        var capacity = (int)Math.Min(maxBytes + 1, (httpRequest.ContentLength ?? InitialBufferBytes) + 1);
        var buffer = ArrayPool<byte>.Shared.Rent(capacity);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await httpRequest.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length, null);
                }

                length += read;
                if (length > maxBytes)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return (null, 0, TooLarge(maxBytes));
                }
            }
        }
        catch (BadHttpRequestException exception)
        {
            // The server's own body limit or a broken chunked encoding.
            ArrayPool<byte>.Shared.Return(buffer);
            return (null, 0, exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxBytes)
                : new GraphQLRequestProblem(exception.StatusCode, "The request body could not be read.", ServerErrorCodes.BadRequest));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static GraphQLRequestProblem TooLarge(long maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        $"The request body is larger than the limit of {maxBytes} bytes.",
        TransportErrorCodes.RequestTooLarge);

    private static GraphQLHttpRequest? ParseBody(byte[] buffer, int length, AllowedOperations allowedOperations, out GraphQLRequestProblem? problem)
    {
        var start = buffer.AsSpan(0, length).StartsWith("\uFEFF"u8) ? 3 : 0;
        var json = buffer.AsMemory(start, length - start);
        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            problem = GraphQLRequestProblem.BadJson("The request body is empty; send a JSON object with a \"query\".");
            return null;
        }

        if (!Utf8.IsValid(json.Span))
        {
            problem = GraphQLRequestProblem.BadJson("The request body is not valid UTF-8.");
            return null;
        }

        if (TryReadPlainBody(json, allowedOperations, buffer) is { } plain)
        {
            problem = null;
            return plain;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            problem = GraphQLRequestProblem.BadJson("The request body is not valid JSON" + Position(exception) + ".");
            return null;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = GraphQLRequestProblem.NotWellFormed($"The request body must be a JSON object with a \"query\", not {Describe(root.ValueKind)}.");
            document.Dispose();
            return null;
        }

        problem = FirstProblem(
            Utf8StringProperty(root, json, QueryName, out var query, out var queryBuffer),
            StringProperty(root, OperationNameName, out var operationName),
            ObjectProperty(root, VariablesName, out var variables),
            ObjectProperty(root, ExtensionsName, out var extensions));
        if (problem is not null)
        {
            document.Dispose();
            if (queryBuffer is not null)
            {
                ArrayPool<byte>.Shared.Return(queryBuffer);
            }

            return null;
        }

        var request = new GraphQLRequest
        {
            QueryUtf8 = query,
            OperationName = operationName,
            VariablesJson = variables,
            Extensions = extensions is { } extensionsObject ? ToDictionary(extensionsObject) : null,
            AllowedOperations = allowedOperations,
        };
        return new GraphQLHttpRequest(request, document, buffer, queryBuffer);
    }

    /// <summary>
    /// The request of a body that is what clients nearly always send, read in one pass without a
    /// <see cref="JsonDocument"/>: a JSON object with <c>query</c> (a string without escapes), maybe
    /// <c>operationName</c> (a string), <c>variables</c> and <c>extensions</c> only as null, each at most once, other
    /// members ignored. Null for anything else, including JSON that is not valid: the full reading then answers
    /// it, with the same request or the same problem as always.
    /// </summary>
    private static GraphQLHttpRequest? TryReadPlainBody(ReadOnlyMemory<byte> json, AllowedOperations allowedOperations, byte[] buffer)
    {
        byte[]? queryBuffer = null;
        var request = ReadPlainBody(json, allowedOperations, ref queryBuffer);
        if (request is not null)
        {
            return new GraphQLHttpRequest(request, buffer: buffer, queryBuffer: queryBuffer);
        }

        if (queryBuffer is not null)
        {
            ArrayPool<byte>.Shared.Return(queryBuffer);
        }

        return null;
    }

    private static GraphQLRequest? ReadPlainBody(ReadOnlyMemory<byte> json, AllowedOperations allowedOperations, ref byte[]? queryBuffer)
    {
        var reader = new Utf8JsonReader(json.Span);
        ReadOnlyMemory<byte> query = default;
        string? operationName = null;
        bool seenQuery = false, seenOperationName = false, seenVariables = false, seenExtensions = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(QueryName))
                {
                    if (seenQuery || !reader.Read() || reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                    {
                        return null;
                    }

                    seenQuery = true;
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        continue;
                    }

                    if (!reader.ValueIsEscaped)
                    {
                        // A string token starts at its opening quote, inside the body the request owns.
                        query = json.Slice((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);
                        continue;
                    }

                    // Unescaped text is never longer than its escaped form.
                    queryBuffer = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
                    query = queryBuffer.AsMemory(0, reader.CopyString(queryBuffer));
                }
                else if (reader.ValueTextEquals(OperationNameName))
                {
                    if (seenOperationName || !reader.Read() || reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                    {
                        return null;
                    }

                    seenOperationName = true;
                    operationName = reader.GetString();
                }
                else if (reader.ValueTextEquals(VariablesName) || reader.ValueTextEquals(ExtensionsName))
                {
                    ref var seen = ref reader.ValueTextEquals(VariablesName) ? ref seenVariables : ref seenExtensions;
                    if (seen || !reader.Read() || reader.TokenType != JsonTokenType.Null)
                    {
                        return null;
                    }

                    seen = true;
                }
                else if (!reader.TrySkip())
                {
                    return null;
                }
            }

            // The object's end, then nothing but whitespace (Read throws on anything else).
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not valid JSON, or an escaped lone surrogate in a string: the full reading says which.
            return null;
        }

        return new GraphQLRequest
        {
            QueryUtf8 = query,
            OperationName = operationName,
            AllowedOperations = allowedOperations,
        };
    }

    /// <summary>
    /// A string parameter of the body <paramref name="json"/> as UTF-8 without making a string of it: the body's own
    /// bytes when the JSON string has no escapes, else unescaped into a pooled buffer the request returns when disposed.
    /// </summary>
    private static GraphQLRequestProblem? Utf8StringProperty(JsonElement root, ReadOnlyMemory<byte> json, string name, out ReadOnlyMemory<byte> value, out byte[]? pooledBuffer)
    {
        value = default;
        pooledBuffer = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            return GraphQLRequestProblem.NotWellFormed($"The \"{name}\" parameter must be a string, not {Describe(property.ValueKind)}.");
        }

        // The raw JSON string with its quotes lies inside the body buffer the request owns.
        var raw = JsonMarshal.GetRawUtf8Value(property);
        var reader = new Utf8JsonReader(raw);
        reader.Read();
        if (!reader.ValueIsEscaped && json.Span.Overlaps(reader.ValueSpan, out var offset))
        {
            value = json.Slice(offset, reader.ValueSpan.Length);
            return null;
        }

        pooledBuffer = ArrayPool<byte>.Shared.Rent(Math.Max(reader.ValueSpan.Length, 1));
        try
        {
            var length = reader.CopyString(pooledBuffer);
            value = pooledBuffer.AsMemory(0, length);
            return null;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") has no UTF-8 form.
            ArrayPool<byte>.Shared.Return(pooledBuffer);
            pooledBuffer = null;
            return GraphQLRequestProblem.BadJson($"The \"{name}\" parameter is not valid Unicode text.");
        }
    }

    private static GraphQLRequestProblem? StringProperty(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            return GraphQLRequestProblem.NotWellFormed($"The \"{name}\" parameter must be a string, not {Describe(property.ValueKind)}.");
        }

        value = property.GetString();
        return null;
    }

    private static GraphQLRequestProblem? ObjectProperty(JsonElement root, string name, out JsonElement? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.Object)
        {
            return GraphQLRequestProblem.NotWellFormed($"The \"{name}\" parameter must be a JSON object, not {Describe(property.ValueKind)}.");
        }

        value = property;
        return null;
    }

    private static GraphQLRequestProblem? Single(IQueryCollection query, string name, out string? value)
    {
        value = null;
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            return GraphQLRequestProblem.NotWellFormed($"The \"{name}\" parameter must be given once, not {values.Count} times.");
        }

        value = string.IsNullOrEmpty(values[0]) ? null : values[0];
        return null;
    }

    /// <summary>A GET parameter holding a JSON object; the document is cloned because the request outlives this call.</summary>
    private static GraphQLRequestProblem? ParseObjectParameter(string name, string? text, out JsonElement? value)
    {
        value = null;
        if (text is null)
        {
            return null;
        }

        JsonElement element;
        try
        {
            using var document = JsonDocument.Parse(text);
            element = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            return GraphQLRequestProblem.BadJson($"The \"{name}\" parameter is not valid JSON" + Position(exception) + ".");
        }

        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return GraphQLRequestProblem.NotWellFormed($"The \"{name}\" parameter must be a JSON object, not {Describe(element.ValueKind)}.");
        }

        value = element;
        return null;
    }

    private static GraphQLRequestProblem? FirstProblem(params ReadOnlySpan<GraphQLRequestProblem?> problems)
    {
        foreach (var problem in problems)
        {
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static Dictionary<string, object?> ToDictionary(JsonElement jsonObject)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in jsonObject.EnumerateObject())
        {
            map[property.Name] = property.Value;
        }

        return map;
    }

    private static string Position(JsonException exception) =>
        exception.LineNumber is { } line && exception.BytePositionInLine is { } position
            ? $" (line {line + 1}, byte {position + 1})"
            : string.Empty;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
