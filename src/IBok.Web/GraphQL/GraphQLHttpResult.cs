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

        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            ExecutionResultJson.Write(writer, Result);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
